import { describe, expect, it } from 'vitest';
import { extractInlineUrls, MAX_URLS_PER_TEXT, unescapeUrl } from '../../lib/analyze/signatures/inline-urls';

describe('extractInlineUrls', () => {
  it('un-escapes JSON-escaped slashes and \\u escapes', () => {
    const text = String.raw`var urls = ["https:\/\/static.klaviyo.com\/onsite\/js\/klaviyo.js?company_id=X\u0026shop=a.myshopify.com","\/\/searchserverapi.com\/widgets\/init.js"];`;
    expect(extractInlineUrls(text)).toEqual([
      'https://static.klaviyo.com/onsite/js/klaviyo.js?company_id=X&shop=a.myshopify.com',
      '//searchserverapi.com/widgets/init.js',
    ]);
  });

  it('reads \\u002F slashes and plain URLs in quotes', () => {
    const text = String.raw`load("https:\u002F\u002Fcdn.example.com\u002Fa.js"); s.src='//static.ads-twitter.com/uwt.js';`;
    expect(extractInlineUrls(text)).toEqual(['https://cdn.example.com/a.js', '//static.ads-twitter.com/uwt.js']);
  });

  it('skips comment slashes and host-less strings, and keeps each URL once', () => {
    const text = `// Insert the pixel id below\nvar a = "//x"; f('https://a.example/p.js'); f('https://a.example/p.js');`;
    expect(extractInlineUrls(text)).toEqual(['https://a.example/p.js']);
  });

  it('stops at a stray backslash and bounds the work on hostile text', () => {
    expect(unescapeUrl(String.raw`https:\/\/a.example\/x\n`)).toBe('https://a.example/x');
    const many = Array.from({ length: MAX_URLS_PER_TEXT + 500 }, (_, i) => `"https://h${i}.example/s.js"`).join(',');
    expect(extractInlineUrls(many)).toHaveLength(MAX_URLS_PER_TEXT);
  });
});
