import { load } from 'cheerio';
import type { Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { advertiserNameIn, domainOfDisplay, searchAd } from '../../lib/analyze/adapters/search-ads';
import { shoppingAd } from '../../lib/analyze/adapters/shopping-ads';

const AD = `<div id="ad"><a id="main" href="https://www.google.com/aclk?sa=l&amp;adurl=https%3A%2F%2Fwww.shop.co.th%2Fsale">
  <div role="heading">Big Sale - Shop.co.th</div><span>Shop TH</span><span data-dtld="shop.co.th" role="text">https://www.shop.co.th</span></a>
  <div><span>Up to 50% off running shoes this week only.</span></div>
  <a href="https://www.google.com/aclk?sa=l&amp;adurl=https%3A%2F%2Fwww.shop.co.th%2Fnew">New In</a>
  <a href="https://www.google.com/aclk?sa=l&amp;adurl=">Gift cards</a>
  <a href="https://reviews.example/shop">Trusted Reviews</a></div>`;

describe('searchAd: one sponsored result', () => {
  const $ = load(AD);
  const ad = searchAd($, { block: $('#ad')[0] as Element, link: $('#main')[0] as Element, position: 'top-1', platform: 'google', base: 'https://www.google.co.th/search?q=x' });

  it('decodes the landing URL and names the advertiser and its domain', () => {
    expect(ad.landingUrl).toBe('https://www.shop.co.th/sale');
    expect(ad.advertiser).toBe('Shop TH');
    expect(ad.advertiserDomain).toBe('shop.co.th');
    expect(ad.headline).toBe('Big Sale - Shop.co.th');
    expect(ad.text).toBe('Up to 50% off running shoes this week only.');
  });

  it('keeps decodable sitelinks to the advertiser, drops undecodable clicks and links elsewhere', () => {
    expect(ad.sitelinks).toEqual([{ title: 'New In', url: 'https://www.shop.co.th/new' }]);
  });

  it('reads names and display domains', () => {
    expect(advertiserNameIn($, $('#main')[0] as Element)).toBe('Shop TH');
    expect(domainOfDisplay('www.godaddy.com/offers')).toBe('godaddy.com');
    expect(domainOfDisplay('https://shop.example.co.uk › sale')).toBe('example.co.uk');
    expect(domainOfDisplay(null)).toBeNull();
  });
});

describe('shoppingAd: product, price, merchant', () => {
  it('reads a Vietnamese shopping card', () => {
    const $ = load(`<div id="c"><a href="https://www.googleadservices.com/pagead/aclk?adurl=https%3A%2F%2Ftiki.example.vn%2Fp%2F1"><div class="title">Nồi chiên không dầu 5L</div></a>
      <div>1.290.000 ₫</div><div>Tiki Trading</div><div>Miễn phí vận chuyển</div></div>`);
    const ad = shoppingAd($, $('#c')[0] as Element, { position: 'shopping-1', platform: 'google-shopping', base: 'https://www.google.com.vn/search?q=x', lang: 'vi' });
    expect([ad.product, ad.price, ad.currency, ad.merchant, ad.landingUrl]).toEqual(['Nồi chiên không dầu 5L', 1290000, 'VND', 'Tiki Trading', 'https://tiki.example.vn/p/1']);
  });
});
