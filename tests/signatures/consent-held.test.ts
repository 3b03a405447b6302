/**
 * Tags a consent manager parks until the visitor accepts cookies: found (the channel is set up),
 * marked as held, never as running; a tag that also shows it ran is not held.
 */
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../lib/analyze/document';
import { analyze } from '../../lib/analyze/analyze';
import { heldForConsent, HOLD_MARKERS } from '../../lib/analyze/signatures/consent-held';
import type { Element } from 'domhandler';

const URL_ = 'https://shop.example/';
const PIXEL = `!function(f,b,e,v,n,t,s){n=f.fbq=function(){};t=b.createElement(e);t.src=v}(window,document,'script','https://connect.facebook.net/en_US/fbevents.js');fbq('init','123456789012345');fbq('track','PageView');`;
const meta = (html: string, extra = {}) => analyze({ html: `<html><body>${html}</body></html>`, url: URL_, ...extra }).technologies.find((t) => t.id === 'meta-pixel');
const scriptEl = (html: string) => parsePage(html, URL_).scripts[0].el as Element;

describe('tags parked until cookie consent', () => {
  it('reads each consent manager’s marker and category', () => {
    expect(heldForConsent(scriptEl('<script type="text/plain" data-cookieconsent="marketing">x</script>'), 'text/plain')).toEqual({ cmp: 'Cookiebot', category: 'marketing' });
    expect(heldForConsent(scriptEl('<script type="text/plain" class="optanon-category-C0004">x</script>'), 'text/plain')).toEqual({ cmp: 'OneTrust', category: 'C0004' });
    expect(heldForConsent(scriptEl('<script type="text/plain" class="_iub_cs_activate">x</script>'), 'text/plain')).toMatchObject({ cmp: 'iubenda' });
    // A parked type with no marker is still parked: the browser does not run text/plain.
    expect(heldForConsent(scriptEl('<script type="text/plain">x</script>'), 'text/plain')).toEqual({ cmp: null, category: null });
    // A marker on a script that runs is a consent manager's bookkeeping, not a held tag.
    expect(heldForConsent(scriptEl('<script data-cookieconsent="ignore">x</script>'), null)).toBeNull();
    expect(heldForConsent(scriptEl('<script type="module" data-category="marketing">x</script>'), 'module')).toBeNull();
    expect(new Set(HOLD_MARKERS.map((m) => m.cmp)).size).toBe(HOLD_MARKERS.length);
  });

  it('a Meta pixel parked by Cookiebot is found, held, and its channel evidence says so', () => {
    const obs = analyze({ html: `<html><body><script type="text/plain" data-cookieconsent="marketing">${PIXEL}</script></body></html>`, url: URL_ });
    const t = obs.technologies.find((x) => x.id === 'meta-pixel')!;
    expect(t).toBeDefined();
    expect(t.held).toBe('consent');
    expect(t.evidence.filter((e) => e.source !== 'implies').every((e) => e.held === 'consent')).toBe(true);
    const claim = obs.channels.find((c) => c.evidence.some((e) => e.ref === 'meta-pixel'))!;
    expect(claim.evidence.find((e) => e.ref === 'meta-pixel')?.held).toBe('consent');
  });

  it('a parked script src is held too; a running pixel is not', () => {
    expect(meta('<script type="text/plain" class="optanon-category-C0004" src="https://connect.facebook.net/en_US/fbevents.js"></script>')?.held).toBe('consent');
    const running = meta(`<script>${PIXEL}</script>`);
    expect(running).toBeDefined();
    expect(running!.held).toBeUndefined();
  });

  it('once the visitor accepted, the pixel loaded: evidence that it ran outweighs the parked copy', () => {
    const t = meta(`<script type="text/plain" data-cookieconsent="marketing">${PIXEL}</script>`, { resources: ['https://connect.facebook.net/en_US/fbevents.js'] });
    expect(t).toBeDefined();
    expect(t!.held).toBeUndefined();
  });
});
