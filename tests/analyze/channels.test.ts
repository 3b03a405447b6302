import { describe, expect, it } from 'vitest';
import { inferChannels } from '../../lib/analyze/channels/infer';
import { CHANNELS, CHANNEL_IDS } from '../../lib/analyze/channels/taxonomy';
import { RACE_STAGES, type Technology } from '../../lib/analyze/types';

const empty = {
  kind: 'page' as const,
  technologies: [] as Technology[],
  socialProfiles: [],
  emailCapture: { present: false, evidence: [] },
  campaign: null,
  ads: [],
  profile: null,
  structuredData: { types: [], jsonld: [], microdata: [], rdfa: [] },
};

const tech = (id: string, channels: Technology['channels'], confidence = 1): Technology => ({
  id, name: id, categories: ['advertising'], channels, stage: 'reach', confidence, evidence: [{ source: 'script-src', value: `https://${id}.test/x.js` }],
});

describe('channel taxonomy', () => {
  it('covers every channel the product must recognise, each with a valid stage', () => {
    expect(CHANNEL_IDS).toHaveLength(13);
    for (const c of CHANNELS) expect(RACE_STAGES).toContain(c.stage);
  });
});

describe('inferChannels', () => {
  it('finds nothing without evidence', () => {
    expect(inferChannels(empty)).toEqual([]);
  });

  it('turns a pixel into a paid social claim that points at the technology', () => {
    const [claim] = inferChannels({ ...empty, technologies: [tech('meta-pixel', ['paid-social'])] });
    expect(claim).toMatchObject({ channel: 'paid-social', stage: 'reach', media: 'paid', funnel: 'tofu' });
    expect(claim.evidence).toEqual([{ source: 'technology', value: 'meta-pixel', ref: 'meta-pixel' }]);
  });

  it('counts an e-mail tool without a sign-up form once, as a technology, not as a form', () => {
    const klaviyo = tech('klaviyo', ['email-sms']);
    const capture = { present: true, signupForm: false, evidence: [{ source: 'technology' as const, value: 'klaviyo', ref: 'klaviyo' }] };
    const toolOnly = inferChannels({ ...empty, technologies: [klaviyo], emailCapture: capture });
    expect(toolOnly.find((c) => c.channel === 'email-sms')).toMatchObject({ confidence: 0.8, evidence: [{ source: 'technology', ref: 'klaviyo' }] });
    const form = { source: 'form' as const, value: 'newsletter form (email)', selector: 'form' };
    const withForm = inferChannels({ ...empty, technologies: [klaviyo], emailCapture: { present: true, signupForm: true, evidence: [form, ...capture.evidence] } });
    expect(withForm.find((c) => c.channel === 'email-sms')!.confidence).toBeGreaterThan(0.8);
  });

  it('raises confidence with independent evidence', () => {
    const one = inferChannels({ ...empty, technologies: [tech('a', ['paid-social'])] })[0].confidence;
    const two = inferChannels({ ...empty, technologies: [tech('a', ['paid-social']), tech('b', ['paid-social'])] })[0].confidence;
    expect(two).toBeGreaterThan(one);
    expect(two).toBeLessThanOrEqual(1);
  });

  it('maps messaging apps to chat and other profiles to organic social', () => {
    const claims = inferChannels({
      ...empty,
      socialProfiles: [
        { platform: 'line', handle: 'shop', url: 'https://line.me/R/ti/p/@shop' },
        { platform: 'instagram', handle: 'shop', url: 'https://instagram.com/shop' },
      ],
    });
    expect(claims.map((c) => c.channel).sort()).toEqual(['chat-messaging', 'organic-social']);
  });

  it('reads the paid channel from the campaign and search ads', () => {
    const claims = inferChannels({
      ...empty,
      kind: 'serp',
      campaign: { channel: 'paid-search', source: 'google', medium: 'cpc', name: null, clickIds: ['gclid'], evidence: [{ source: 'url', value: 'gclid' }] },
      ads: [{ advertiser: 'rival.test', headline: 'Sale', text: null, displayUrl: null, landingUrl: 'https://rival.test/', position: 'top-1' }],
    });
    expect(claims).toHaveLength(1);
    expect(claims[0].channel).toBe('paid-search');
    expect(claims[0].evidence).toHaveLength(2);
  });
});
