import { describe, expect, it } from 'vitest';
import { clean, cleanDisplayUrl, isAdLabel, stripAdLabel } from '../../lib/analyze/adapters/text';

describe('adapter text helpers', () => {
  it('removes bidi marks and folds whitespace', () => {
    expect(clean('\u200E Airbnb \n - airbnb.com\u200E')).toBe('Airbnb - airbnb.com');
    expect(clean(' \u200F ')).toBeNull();
  });

  it('recognises ad labels in many languages, alone or before the text', () => {
    for (const l of ['Ad', 'Sponsored', '광고', 'Quảng cáo', 'โฆษณา', 'إعلان', 'Реклама', 'Ad ·']) expect(isAdLabel(l), l).toBe(true);
    expect(isAdLabel('Adidas')).toBe(false);
    expect(stripAdLabel('Adidas Ultraboost')).toBe('Adidas Ultraboost');
    expect(stripAdLabel('AdWix Has Free Domains')).toBe('Wix Has Free Domains');
    expect(stripAdLabel('Sponsored · shop.example')).toBe('shop.example');
    expect(stripAdLabel('Quảng cáo tiki.vn')).toBe('tiki.vn');
  });

  it('keeps display URLs as shown', () => {
    expect(cleanDisplayUrl('Ad·www.godaddy.com/')).toBe('www.godaddy.com/');
    expect(cleanDisplayUrl('https://www.google.com›account ›about')).toBe('https://www.google.com › account › about');
  });
});

describe('visibleText', () => {
  it('keeps words apart across line breaks and blocks, and skips scripts', async () => {
    const { load } = await import('cheerio');
    const { visibleText } = await import('../../lib/analyze/adapters/text');
    const $ = load('<div id="x">Promo Akhir Tahun<br>Diskon 20%<div>Semua Rute</div><span>!</span><script>x()</script></div>');
    expect(clean(visibleText($('#x')[0]))).toBe('Promo Akhir Tahun Diskon 20% Semua Rute !');
  });
});
