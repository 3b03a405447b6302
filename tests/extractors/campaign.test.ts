import { describe, expect, it } from 'vitest';
import { extractCampaign, mediumChannel } from '../../lib/analyze/extractors/campaign';

describe('extractCampaign: click ids', () => {
  it.each([
    ['gclid', 'paid-search'],
    ['gbraid', 'paid-search'],
    ['wbraid', 'paid-search'],
    ['msclkid', 'paid-search'],
    ['fbclid', 'paid-social'],
    ['ttclid', 'paid-social'],
    ['li_fat_id', 'paid-social'],
    ['twclid', 'paid-social'],
    ['dclid', 'display-retargeting'],
    ['irclickid', 'affiliate'],
  ])('%s → %s', (id, channel) => {
    const c = extractCampaign(`https://shop.example.com/p/1?${id}=Cj0KCQ123`);
    expect(c?.channel).toBe(channel);
    expect(c?.clickIds).toEqual([id]);
    expect(c?.evidence).toEqual([{ source: 'url', value: `${id}=Cj0KCQ123`, ref: channel }]);
  });

  it('lets a click id outrank what utm_medium says, keeping both as evidence', () => {
    const c = extractCampaign('https://a.example/?utm_medium=email&fbclid=x');
    expect(c?.channel).toBe('paid-social');
    expect(c?.evidence).toEqual([
      { source: 'url', value: 'fbclid=x', ref: 'paid-social' },
      { source: 'url', value: 'utm_medium=email' },
    ]);
  });
});

describe('extractCampaign: utm parameters', () => {
  it('reads all five fields, whatever the case of the names', () => {
    const c = extractCampaign('https://a.example/?UTM_SOURCE=google&utm_medium=cpc&utm_campaign=sale_11.11&utm_term=%E0%B9%80%E0%B8%AA%E0%B8%B7%E0%B9%89%E0%B8%AD&utm_content=ad1');
    expect(c).toMatchObject({ channel: 'paid-search', source: 'google', medium: 'cpc', name: 'sale_11.11', term: 'เสื้อ', content: 'ad1', clickIds: [] });
    expect(c?.evidence).toEqual([{ source: 'url', value: 'utm_source=google&utm_medium=cpc&utm_campaign=sale_11.11&utm_term=เสื้อ&utm_content=ad1' }]);
  });

  it('maps media through the table; paid media from a social network are paid social', () => {
    expect(mediumChannel('cpc', 'facebook')).toBe('paid-social');
    expect(mediumChannel('paid', 'ig')).toBe('paid-social');
    expect(mediumChannel('CPC', 'naver')).toBe('paid-search');
    expect(mediumChannel('Paid Social', 'tiktok')).toBe('paid-social');
    expect(mediumChannel('newsletter', 'klaviyo')).toBe('email-sms');
    expect(mediumChannel('sms', null)).toBe('email-sms');
    expect(mediumChannel('affiliate', 'accesstrade')).toBe('affiliate');
    expect(mediumChannel('display', 'gdn')).toBe('display-retargeting');
    expect(mediumChannel('influencer', 'kol')).toBe('influencer');
    expect(mediumChannel('organic', 'google')).toBeNull();
    expect(mediumChannel(null, 'google')).toBeNull();
  });

  it('reads parameters a single-page shop put in the fragment', () => {
    expect(extractCampaign('https://a.example/#/p/1?utm_source=line&utm_medium=social')?.channel).toBe('organic-social');
  });
});

describe('extractCampaign: nothing to say', () => {
  it('returns null without campaign parameters or with an unreadable URL', () => {
    expect(extractCampaign('https://a.example/p/1?variant=42')).toBeNull();
    expect(extractCampaign('not a url')).toBeNull();
    expect(extractCampaign('https://a.example/?utm_source=')).toBeNull();
  });
});
