import { describe, expect, it } from 'vitest';
import { parsePage } from '../../lib/analyze/document';
import { extractMessaging, VALUE_PROP_PATTERNS } from '../../lib/analyze/extractors/messaging';

const msg = (html: string) => extractMessaging(parsePage(html, 'https://shop.example.com/'));

describe('extractMessaging: headline and hero', () => {
  it('takes the first h1 outside the page chrome, and the paragraph after it', () => {
    const m = msg(`<header><h1><a href="/">Brand</a></h1></header><nav><h2>Menu</h2></nav>
      <section class="hero"><h1>Summer linen, made to last</h1><span>New</span><p>Breathable shirts woven in Chiang Mai from European flax.</p><a class="btn" href="/c">Shop now →</a></section>`);
    expect(m.headline).toBe('Summer linen, made to last');
    expect(m.hero).toBe('Breathable shirts woven in Chiang Mai from European flax.');
  });

  it('picks, among several h1, the one closest to the page title', () => {
    const m = msg('<title>Linen shirt – white | Brand</title><div class="widget"><h1>Follow us</h1></div><main><h1>Linen shirt, white</h1></main>');
    expect(m.headline).toBe('Linen shirt, white');
  });

  it('falls back to the first h2, and to nothing', () => {
    expect(msg('<h2>Sale</h2><div>Up to 50% off everything in store today</div>').headline).toBe('Sale');
    expect(msg('<p>no headings</p>')).toEqual({ headline: null, hero: null, ctas: [], valueProps: [] });
  });
});

describe('extractMessaging: headlines read as shown', () => {
  const headline = (html: string) => extractMessaging(parsePage(html, 'https://shop.example/')).headline;
  it('puts a separator between parts from separate boxes', () => {
    expect(headline('<h1><span class="badge">20% off</span><span class="price">€29.90</span><s>€49.10</s><small>VAT included</small></h1>')).toBe('20% off €29.90 €49.10 VAT included');
    expect(headline('<h1><div>New season</div><div>Linen shirts</div></h1>')).toBe('New season Linen shirts');
  });
  it('keeps words and prices split only for styling whole', () => {
    expect(headline('<h1>Summer <b>Sale</b> from $<span>29</span>.<span>90</span></h1>')).toBe('Summer Sale from $29.90');
    expect(headline('<h1>H<sub>2</sub>O bottle</h1>')).toBe('H2O bottle');
  });
});

describe('extractMessaging: calls to action in any language', () => {
  it('finds buttons and links that start with a CTA phrase', () => {
    const m = msg(`<a href="/th">ซื้อเลย</a><button>지금 구매하기</button><a href="/vi">Mua ngay</a><a href="/ar">تسوق الآن</a>
      <input type="submit" value="Add to cart"><a href="/x" class="hero-cta">Xem bộ sưu tập</a>`);
    expect(m.ctas).toEqual(['지금 구매하기', 'Add to cart', 'ซื้อเลย', 'Mua ngay', 'تسوق الآن', 'Xem bộ sưu tập']);
  });

  it('ignores words that merely contain a phrase, long links and duplicates', () => {
    const m = msg(`<a href="/legal">Disclaimers</a><a href="/about">Before you get started, read our story</a>
      <a href="/a">Shop now</a><a href="/b">SHOP NOW</a><a href="/c">Learn more about our incredibly long history of craftsmanship</a>`);
    expect(m.ctas).toEqual(['Shop now']);
  });
});

describe('extractMessaging: value propositions', () => {
  it('keeps trust-bar lines whole, in several languages, once each', () => {
    const m = msg(`<div class="usp"><span>Free shipping on orders over <b>$50</b></span><span>30-day returns</span></div>
      <ul><li>ส่งฟรีทั่วประเทศ</li><li>무료배송</li><li>Miễn phí vận chuyển toàn quốc</li><li>شحن مجاني لجميع الطلبات</li></ul>
      <footer><p>Free shipping on orders over $50</p></footer><script>var s = "free shipping";</script>`);
    expect(m.valueProps).toEqual(['Free shipping on orders over $50', '30-day returns', 'ส่งฟรีทั่วประเทศ', '무료배송', 'Miễn phí vận chuyển toàn quốc', 'شحن مجاني لجميع الطلبات']);
  });

  it('does not call every mention of shipping a promise', () => {
    expect(msg('<p>Shipping policy</p><a href="/w">Warranty</a><p>Returns</p>').valueProps).toEqual([]);
  });
});

describe('messaging data', () => {
  it('writes value-proposition patterns in lower case, the one convention for the data', () => {
    const offending = Object.values(VALUE_PROP_PATTERNS)
      .flat()
      .filter((p) => p.replace(/\\[a-zA-Z]/g, '') !== p.replace(/\\[a-zA-Z]/g, '').toLowerCase());
    expect(offending).toEqual([]);
  });
});
