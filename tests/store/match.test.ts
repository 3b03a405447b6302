import { describe, expect, it } from 'vitest';
import { matchKeys } from '../../lib/store/match';
import { isSharedDomain } from '../../lib/store/shared-domains';
import { registrableDomain } from '../../lib/analyze/domain';
import { adObservation, pageObservation, profileObservation } from './observations';

describe('competitor match keys', () => {
  it('uses the registrable domain from the public-suffix list', () => {
    expect(registrableDomain('https://shop.example.co.uk/p/1')).toBe('example.co.uk');
    expect(registrableDomain('https://www.ร้านผ้า.ไทย/')).toBe('ร้านผ้า.ไทย');
    const keys = matchKeys(pageObservation({ url: 'https://shop.example.co.uk/p/1', domain: 'example.co.uk', socialProfiles: [] }));
    expect(keys).toEqual({ handle: null, domains: ['example.co.uk'], name: null, newName: 'example.co.uk', linkedHandles: [] });
  });

  it('collects the handles a page links to, lower case without @', () => {
    expect(matchKeys(pageObservation()).linkedHandles).toEqual(['instagram:baanthai.silk', 'line:baanthai']);
  });

  it('keys a profile by platform:handle, then its website, never its link-in-bio host', () => {
    expect(matchKeys(profileObservation({ handle: '@BaanThai.Silk' }))).toMatchObject({ handle: 'instagram:baanthai.silk', domains: [], name: 'Baan Thai Silk' });
    expect(matchKeys(profileObservation({ externalUrl: 'https://m.baanthai.co.th/?utm_source=ig' })).domains).toEqual(['baanthai.co.th']);
    expect(matchKeys(profileObservation({ name: null })).newName).toBe('@baanthai.silk');
  });

  it('keys an ad by its advertiser domain, from the landing or display URL', () => {
    expect(matchKeys(adObservation()).domains).toEqual(['baanthai.co.th']);
    expect(matchKeys(adObservation({ landingUrl: null, displayUrl: 'www.shop-korea.kr/sale' })).domains).toEqual(['shop-korea.kr']);
    expect(matchKeys(adObservation({ advertiserDomain: 'seoulskin.kr' })).domains).toEqual(['seoulskin.kr']);
    // A landing page on a marketplace says nothing about who advertised.
    expect(matchKeys(adObservation({ landingUrl: 'https://shopee.co.th/baanthai', displayUrl: null })).domains).toEqual([]);
  });

  it('leaves an ad with neither link nor advertiser with the site it was seen on', () => {
    const keys = matchKeys(adObservation({ landingUrl: null, displayUrl: null, advertiser: null }));
    expect(keys).toMatchObject({ domains: ['facebook.com'], name: null, newName: 'facebook.com' });
  });

  it('lists shared hosts as data', () => {
    expect(isSharedDomain('linktr.ee')).toBe(true);
    expect(isSharedDomain('baanthai.co.th')).toBe(false);
    expect(isSharedDomain(null)).toBe(false);
  });
});
