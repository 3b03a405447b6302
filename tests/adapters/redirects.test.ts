import { describe, expect, it } from 'vitest';
import { adDomainHint, decodeBingTarget, isEngineUrl, isPaidClickUrl, landingUrl, unwrapOnce } from '../../lib/analyze/adapters/redirects';

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

describe('landingUrl: the advertiser URL behind ad and outbound wrappers', () => {
  it('decodes Google ad clicks on googleadservices and any google ccTLD', () => {
    expect(landingUrl('https://www.googleadservices.com/pagead/aclk?sa=L&ai=x&adurl=https%3A%2F%2Fshop.example.co.th%2Fp%3Fid%3D1')).toBe('https://shop.example.co.th/p?id=1');
    expect(landingUrl('/aclk?sa=l&ai=x&adurl=https://www.example.com/offer', 'https://www.google.co.th/search?q=x')).toBe('https://www.example.com/offer');
  });

  it('returns null, never the engine URL, when the wrapper carries no target', () => {
    expect(landingUrl('https://www.google.com/aclk?sa=l&ai=DChc&sig=AOD&adurl=')).toBeNull();
    expect(landingUrl('https://www.bing.com/aclick?ld=e8&u=')).toBeNull();
    expect(landingUrl('https://www.google.com/search?q=shoes')).toBeNull();
  });

  it('decodes Google /url?q= outbound links', () => {
    expect(landingUrl('/url?q=https://www.domain.com/domains/&sa=U&ved=2ah', 'https://www.google.com/search?q=d')).toBe('https://www.domain.com/domains/');
  });

  it("decodes Bing's base64 targets, with or without the a1 prefix, encoding and scheme", () => {
    expect(landingUrl(`https://www.bing.com/aclick?ld=e8&u=${b64('https%3a%2f%2fwix.com%2fdomain%3futm_source%3dbing')}`)).toBe('https://wix.com/domain?utm_source=bing');
    expect(landingUrl(`https://www.bing.com/aclick?ld=e8&u=${b64('www.wix.com%2fcreate')}`)).toBe('https://www.wix.com/create');
    expect(landingUrl(`https://www.bing.com/ck/a?!&&p=abc&u=a1${b64('https://www.example.org/ไทย')}&ntb=1`)).toBe('https://www.example.org/%E0%B9%84%E0%B8%97%E0%B8%A2');
    expect(decodeBingTarget('a1!!!not-base64')).toBeNull();
  });

  it("decodes Bing's aclk click URLs as well as aclick, with or without a1, and calls both paid", () => {
    const aclk = `https://www.bing.com/aclk?ld=e8abc&u=a1${b64('https://www.shop.example/sale?msclkid=1')}&rlid=x&ntb=1`;
    expect(landingUrl(aclk)).toBe('https://www.shop.example/sale?msclkid=1');
    expect(isPaidClickUrl(aclk)).toBe(true);
    expect(landingUrl(`https://www.bing.com/aclk?ld=e8&u=${b64('https%3a%2f%2fwww.shop.example%2f')}`)).toBe('https://www.shop.example/');
    expect(isEngineUrl(aclk)).toBe(true);
    expect(isEngineUrl('https://www.shop.example/')).toBe(false);
  });

  it('follows a chain of wrappers: DuckDuckGo → Bing → shop', () => {
    const bing = `https://www.bing.com/aclick?ld=e8&u=${b64('https://www.shop.example/sale')}`;
    const ddg = `https://duckduckgo.com/y.js?ad_domain=shop.example&ad_provider=bingv7aa&u3=${encodeURIComponent(bing)}`;
    expect(landingUrl(ddg)).toBe('https://www.shop.example/sale');
    expect(adDomainHint(ddg)).toBe('shop.example');
  });

  it('unwraps click trackers between the engine and the shop', () => {
    const sizmek = 'http://bs.serving-sys.com/BurstingPipe/AdServer.bs?cn=ccs&ebag=1&ccsurl=$$http://www.airasia.com/id/en/home.page$$';
    expect(landingUrl(`http://www.google.com/aclk?sa=l&adurl=${encodeURIComponent(sizmek)}`)).toBe('http://www.airasia.com/id/en/home.page');
    const adobe = 'http://pixel.everesttech.net/3739/cq?ev_sid=3&url=http%3A//www.qatarairways.com/offers.page%3FCID%3D1';
    expect(landingUrl(adobe)).toBe('http://www.qatarairways.com/offers.page?CID=1');
  });

  it('decodes Facebook outbound links (l.facebook.com/l.php?u=)', () => {
    expect(landingUrl('https://l.facebook.com/l.php?u=https%3A%2F%2Fshop.example.vn%2F%3Futm_source%3Dfb&h=AT0')).toBe('https://shop.example.vn/?utm_source=fb');
  });

  it('decodes the social networks\' outbound wrappers, and leaves their normal pages alone', () => {
    expect(landingUrl('https://l.instagram.com/?u=https%3A%2F%2Fshop.example%2Fsale&e=AT0')).toBe('https://shop.example/sale');
    expect(landingUrl('https://l.threads.net/?u=https%3A%2F%2Fshop.example%2F')).toBe('https://shop.example/');
    expect(landingUrl('https://www.youtube.com/redirect?event=channel_description&q=https%3A%2F%2Fshop.example%2F')).toBe('https://shop.example/');
    expect(landingUrl('https://www.tiktok.com/link/v2?aid=1988&lang=en&scene=bio_url&target=shop.example%2Fbio')).toBe('https://shop.example/bio');
    expect(landingUrl('https://www.linkedin.com/redir/redirect?url=https%3A%2F%2Fshop.example%2F')).toBe('https://shop.example/');
    expect(landingUrl('https://www.instagram.com/?u=x')).toBe('https://www.instagram.com/?u=x');
  });

  it('keeps a direct advertiser link as it is', () => {
    expect(landingUrl('https://www.booking.com/city/us/new-york.html')).toBe('https://www.booking.com/city/us/new-york.html');
    expect(unwrapOnce('https://www.example.com/').wrapped).toBe(false);
    expect(landingUrl('javascript:void(0)')).toBeNull();
  });

  it('tells paid clicks from organic outbound redirects', () => {
    expect(isPaidClickUrl('https://www.google.de/aclk?sa=l&adurl=')).toBe(true);
    expect(isPaidClickUrl('https://www.google.com/url?q=https://x.test/')).toBe(false);
    expect(isPaidClickUrl('https://www.example.com/aclk')).toBe(false);
  });
});
