/** When tags may run unseen: each rule fires on its condition and stays quiet on an ordinary page. */
import { describe, expect, it } from 'vitest';
import { hiddenTagSigns } from '../../lib/plan/hidden-tags';
import type { Technology } from '../../lib/analyze/types';
import { obs } from './make';

const tech = (id: string, categories: string[], values: [string, string][]): Technology => ({
  id,
  name: id,
  categories,
  channels: [],
  stage: 'plan',
  confidence: 0.9,
  evidence: values.map(([source, value]) => ({ source: source as never, value })),
});

const reasons = (technologies: Technology[], url = 'https://www.shop.example/') => hiddenTagSigns(obs({ url, domain: 'shop.example', technologies })).map((s) => s.reason);

describe('hidden tag signs', () => {
  const cases: [string, Technology[], string[]][] = [
    ['GTM from Google', [tech('google-tag-manager', ['tag-manager'], [['script-src', 'https://www.googletagmanager.com/gtm.js?id=GTM-AB12']])], []],
    ['gtm.js served by the shop', [tech('google-tag-manager', ['tag-manager'], [['script-src', 'https://sst.shop.example/gtm.js?id=GTM-AB12']])], ['first-party-loader', 'tag-server-host', 'custom-loader']],
    ['gtag from a tag server on another label', [tech('google-analytics', ['analytics'], [['resource', 'https://data.shop.example/gtag/js?id=G-XYZ']])], ['first-party-loader']],
    ['a stape.io container', [tech('google-analytics', ['analytics'], [['resource', 'https://abcd.eu.stape.io/x7y.js']])], ['tag-server-host']],
    ['GTM seen only inline (renamed loader)', [tech('google-tag-manager', ['tag-manager'], [['inline-script', "w[l].push({'gtm.start'"]])], ['custom-loader']],
    ['a consent manager', [tech('cookiebot', ['consent'], [['script-src', 'https://consent.cookiebot.com/uc.js']])], ['consent-manager']],
    ['ordinary pixels', [tech('meta-pixel', ['advertising'], [['script-src', 'https://connect.facebook.net/en_US/fbevents.js']])], []],
    ['a tags. subdomain of someone else', [tech('x', ['analytics'], [['script-src', 'https://tags.vendor.example/x.js']])], []],
  ];
  it.each(cases)('%s', (_name, technologies, expected) => {
    expect(reasons(technologies)).toEqual(expected);
  });

  it('names the evidence it read', () => {
    const [sign] = hiddenTagSigns(obs({ domain: 'shop.example', technologies: [tech('cookiebot', ['consent'], [['script-src', 'https://consent.cookiebot.com/uc.js']])] }));
    expect(sign.evidence).toMatchObject({ source: 'technology', value: 'cookiebot' });
  });
});
