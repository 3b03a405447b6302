import { describe, expect, it } from 'vitest';
import { loadedResources } from '../../lib/capture/page-capture';
import { MAX_URL_CHARS } from '../../lib/capture/limits';
import { MARKETING_GLOBALS, MARKETING_GLOBAL_NAMES } from '../../lib/capture/marketing-globals';

const perf = (names: string[]) => ({ getEntriesByType: (type: string) => (type === 'resource' ? names.map((name) => ({ name })) : []) }) as unknown as Performance;

describe('loaded resources', () => {
  it('keeps http(s) URLs once each, in load order', () => {
    const urls = loadedResources(perf(['https://www.googletagmanager.com/gtm.js?id=GTM-1', 'data:image/png;base64,AAA', 'https://connect.facebook.net/en_US/fbevents.js', 'https://www.googletagmanager.com/gtm.js?id=GTM-1', 'blob:https://x/1', 'http://analytics.tiktok.com/i18n/pixel/events.js']));
    expect(urls).toEqual(['https://www.googletagmanager.com/gtm.js?id=GTM-1', 'https://connect.facebook.net/en_US/fbevents.js', 'http://analytics.tiktok.com/i18n/pixel/events.js']);
  });

  it('shortens pixel URLs whose query carries a whole event', () => {
    const long = `https://www.facebook.com/tr/?id=1&ev=Purchase&cd[contents]=${'x'.repeat(5000)}`;
    const [url] = loadedResources(perf([long]));
    expect(url).toHaveLength(MAX_URL_CHARS);
    expect(url.startsWith('https://www.facebook.com/tr/?id=1&ev=Purchase')).toBe(true);
  });
});

describe('marketing globals list', () => {
  it('names each global once, with its vendor', () => {
    expect(MARKETING_GLOBAL_NAMES.length).toBe(MARKETING_GLOBALS.length);
    for (const g of MARKETING_GLOBALS) {
      expect(g.name).toMatch(/^[A-Za-z_$][\w$]*$/);
      expect(g.vendor.length).toBeGreaterThan(1);
    }
    expect(MARKETING_GLOBAL_NAMES).toEqual(expect.arrayContaining(['fbq', 'ttq', 'dataLayer', 'gtag', '_learnq', 'klaviyo', 'pintrk', 'snaptr', 'twq', 'rdt', 'uetq', 'lintrk', '_hsq', 'criteo_q']));
  });
});

describe('globals the capture reads', () => {
  it('include every global a technology signature looks for, so late tags seen only as globals are found', async () => {
    const { GLOBALS_TO_READ } = await import('../../lib/background/inject');
    const { SIGNATURE_GLOBALS } = await import('../../lib/analyze/signatures/registry');
    expect(SIGNATURE_GLOBALS.length).toBeGreaterThan(50);
    expect(GLOBALS_TO_READ).toEqual(expect.arrayContaining([...SIGNATURE_GLOBALS, ...MARKETING_GLOBAL_NAMES]));
    expect(new Set(GLOBALS_TO_READ).size).toBe(GLOBALS_TO_READ.length);
  });
});
