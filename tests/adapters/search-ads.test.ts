import { load } from 'cheerio';
import type { Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { advertiserNameIn, domainOfDisplay, searchAd, urlOfDisplay } from '../../lib/analyze/adapters/search-ads';
import { isProductAd, shoppingAd } from '../../lib/analyze/adapters/shopping-ads';
import { isAdMenuLabel, stripAdMenuLabels } from '../../lib/analyze/adapters/text';

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

  it('keeps sitelinks to the advertiser (an opaque click with no URL rather than the engine\'s), drops links elsewhere', () => {
    expect(ad.sitelinks).toEqual([
      { title: 'New In', url: 'https://www.shop.co.th/new' },
      { title: 'Gift cards', url: null },
    ]);
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

describe('searchAd: Google 2020-2021 ads (the Thai "why this ad" menu inside the link, an opaque click)', () => {
  // The shape of the real Thai page in shared/corpus/real-serps: label and display URL as plain spans
  // inside the headline link, the menu caption beside them, sitelinks with empty `adurl=`.
  const $ = load(`<div id="tads"><h1>โฆษณา</h1><div class="ad1"><div><a id="m" href="https://www.google.com/aclk?sa=L&amp;ai=x&amp;adurl=">
    <div role="heading"><span>AWS Sign Up</span></div><div><span>โฆษณา<span>·</span></span><span><span>aws.amazon.example/account/sign-up</span></span>
    <span><div role="button" title="ทำไมจึงแสดงโฆษณานี้"></div><g-popup><span>ทำไมจึงแสดงโฆษณานี้</span></g-popup></span></div></a></div>
    <div><div><span>Build, deploy and manage websites on a reliable network.</span></div></div>
    <div role="list"><h3><div role="listitem"><a href="https://www.google.com/aclk?sa=L&amp;adurl=">Compute</a></div></h3></div></div></div>`);
  const ad = searchAd($, { block: $('.ad1')[0] as Element, link: $('#m')[0] as Element, position: 'top-1', platform: 'google', base: 'https://www.google.com/search?q=aws' });

  it('never takes the menu caption or the display URL for the name or the text', () => {
    expect(ad.advertiser).toBe('amazon.example');
    expect(ad.text).toBe('Build, deploy and manage websites on a reliable network.');
    expect(ad.displayUrl).toBe('aws.amazon.example/account/sign-up');
  });

  it('takes the landing URL from the display URL when the click hides it, and says so', () => {
    expect(ad.landingUrl).toBe('https://aws.amazon.example/account/sign-up');
    expect(ad.landingSource).toBe('display-url');
  });

  it('reads a breadcrumb display URL as its site only, and never an engine', () => {
    expect(urlOfDisplay('https://www.shop.example › shoes › men')).toBe('https://www.shop.example/');
    expect(urlOfDisplay('www.google.com/search')).toBeNull();
    expect(urlOfDisplay('Free returns')).toBeNull();
  });

  it('strips ad-menu captions in several languages', () => {
    expect(stripAdMenuLabels('th.godaddy.com/ Why this ad?')).toBe('th.godaddy.com/');
    expect(isAdMenuLabel('Tại sao lại có quảng cáo này?')).toBe(true);
    expect(isAdMenuLabel('Shop TH')).toBe(false);
  });
});

describe('isProductAd: a shopping unit\'s own cards are not ads', () => {
  it('drops "View all" (stays on the engine, no price) and keeps a priced product', () => {
    const $ = load(`<div class="u"><div class="pla-unit" id="p"><a href="https://www.shop.example/p/1"><div class="title">Road bike</div></a><div>THB 7,600</div><div>Shop Example</div></div>
      <div class="pla-unit" id="v"><a href="/search?q=bike&amp;tbm=shop"><span>View all</span></a></div><div class="pla-unit" id="g"><span>Sponsored</span><span>Google</span></div></div>`);
    const base = 'https://www.google.com/search?q=bike';
    const cards = ['#p', '#v', '#g'].map((id) => shoppingAd($, $(id)[0] as Element, { position: null, platform: 'google-shopping', base }));
    expect(cards.map(isProductAd)).toEqual([true, false, false]);
    expect(cards[0].merchant).toBe('Shop Example');
  });
});
