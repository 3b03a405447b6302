/**
 * Captured text is rendered as text and links open only http(s) URLs, in the components that
 * show captured content (the clip's evidence, ads, the matrix).
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { SafeLink, safeHref } from '../../components/SafeLink';
import { ObservationDetails } from '../../components/ObservationDetails';
import { AdsGallery } from '../../components/AdsGallery';
import { HeatMap } from '../../components/HeatMap';
import { computeMatrix } from '../../lib/plan/matrix';
import { claim, comp, data, po } from '../plan/make';
import { render } from './render';

const EVIL = '<img src=x onerror="alert(1)">';

describe('SafeLink', () => {
  it('links http(s) only, in a new tab without the opener', () => {
    expect(renderToStaticMarkup(<SafeLink href="https://shop.example/a?b=1">shop</SafeLink>)).toBe('<a href="https://shop.example/a?b=1" target="_blank" rel="noopener noreferrer">shop</a>');
    for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,hi', 'chrome://settings', '/relative', 'not a url', ''])
      expect(renderToStaticMarkup(<SafeLink href={bad}>x</SafeLink>), bad).not.toContain('<a');
    expect(safeHref(' https://a.example ')).toBe('https://a.example/');
  });
});

describe('captured content is text', () => {
  it('the clip evidence view escapes titles, OG values, evidence and social links', () => {
    const o = po(1, '2026-01-01T00:00:00Z', {
      url: 'https://shop.example/',
      page: { title: EVIL, description: `desc ${EVIL}`, lang: 'th', canonical: 'javascript:alert(1)', siteName: null, image: null, openGraph: { 'og:title': EVIL } },
      socialProfiles: [{ platform: 'instagram', handle: 'shop', url: 'javascript:alert(2)' }],
      channels: [{ ...claim('paid-social', 0.9), evidence: [{ source: 'script-src', value: 'javascript:alert(3)' }, { source: 'resource', value: 'https://connect.facebook.net/en_US/fbevents.js' }] }],
    });
    const html = render(<ObservationDetails o={o} />);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).toContain('href="https://connect.facebook.net/en_US/fbevents.js"');
    expect(html).toContain('Paid social');
  });

  it('ads show only http(s) creatives and landing links', () => {
    const o = po(1, '2026-01-01T00:00:00Z', { kind: 'ad', ads: [{ advertiser: EVIL, headline: 'Sale', text: EVIL, displayUrl: 'shop.example', landingUrl: 'javascript:alert(1)', position: null, creativeType: 'image', creativeUrl: 'data:image/png;base64,AAAA' }] });
    const html = render(<AdsGallery items={[o]} />);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('&lt;img');
  });
});

describe('matrix heat map', () => {
  it('labels every cell with competitor, channel and level, in the chosen language', () => {
    const m = computeMatrix(data([comp(1, 'Rival <b>')], [po(1, '2026-01-01T00:00:00Z', { channels: [claim('paid-social', 0.95)] })]));
    const en = render(<HeatMap matrix={m} selected={null} onSelect={() => {}} />);
    expect(en).toContain('aria-label="Rival &lt;b&gt; · Paid social · strong (detection confidence 95%)"');
    expect((en.match(/role="gridcell"/g) ?? []).length).toBe(13);
    const ar = render(<HeatMap matrix={m} selected={null} onSelect={() => {}} />, 'ar');
    expect(ar).toContain('الإعلانات الاجتماعية المدفوعة');
    expect(ar).toContain('قوي');
    // Levels are defined where they are shown, and 0 is "not detected", not "none".
    expect(en).toContain('80% or more');
    expect(en).toContain('Paid search · not detected');
  });
});
