/**
 * What is not evidence of a vendor's tag: its URL as a value in a config object that is switched
 * off or has no account, a link to an image on its host. And what still is: loader calls,
 * config objects that are on, images the page shows (tracking pixels).
 */
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../lib/analyze/document';
import { detectTechnologies } from '../../lib/analyze/signatures/detect';
import { enclosingObject, isInertConfigUrl } from '../../lib/analyze/signatures/evidence-rules';

const ids = (html: string, url = 'https://shop.example/') => detectTechnologies(parsePage(html, url), { html, url }).map((t) => t.id);

describe('config objects', () => {
  it('finds the innermost object around a position, or none in a loader call', () => {
    const text = 'var a = {"x": {"src": "https://v.example/a.js", "enabled": false}, "y": 1};';
    expect(enclosingObject(text, text.indexOf('https'))).toBe('{"src": "https://v.example/a.js", "enabled": false}');
    const call = "(function(){ s.src = 'https://v.example/a.js'; })();";
    expect(enclosingObject(call, call.indexOf('https'))).toBe("{ s.src = 'https://v.example/a.js'; }");
    expect(enclosingObject('load("https://v.example/a.js")', 6)).toBeNull();
  });

  it.each([
    '{"klaviyo": {"enabled": false, "script": "https://static.klaviyo.com/onsite/js/klaviyo.js?company_id=AbC123"}}',
    '{"pixel": {"pixelId": "", "src": "https://connect.facebook.net/en_US/fbevents.js"}}',
    "{ accountId: null, url: 'https://static.klaviyo.com/onsite/js/klaviyo.js' }",
    '{"status": "disabled", "loader": "https://static.hotjar.com/c/hotjar-1.js?sv=6"}',
  ])('a switched-off or empty config is not evidence: %s', (config) => {
    const text = `window.appSettings = ${config};`;
    expect(isInertConfigUrl(text, text.indexOf('https'))).toBe(true);
    expect(ids(`<script>${text}</script>`)).toEqual([]);
  });

  it('a config that is on, and a loader, still are', () => {
    expect(ids('<script>var asyncLoad = {"urls": ["https:\\/\\/static.klaviyo.com\\/onsite\\/js\\/klaviyo.js?company_id=AbC123"], "enabled": true};</script>')).toContain('klaviyo');
    expect(ids("<script>(function(){var s=document.createElement('script');s.src='https://static.klaviyo.com/onsite/js/klaviyo.js?company_id=AbC123';document.head.appendChild(s);})();</script>")).toContain('klaviyo');
  });
});

describe('images', () => {
  it('a link to an image file on a vendor host is not evidence', () => {
    expect(ids('<a href="https://www.trustpilot.com/review/shop.example/logo.png">Trustpilot</a>')).toEqual([]);
  });

  it('an image shown on the page still is: a tracking pixel', () => {
    expect(ids('<noscript><img height="1" width="1" style="display:none" src="https://www.facebook.com/tr?id=123456789012345&ev=PageView&noscript=1"></noscript>')).toContain('meta-pixel');
  });
});

describe('legacy Google Analytics loader', () => {
  it("is read when its URL is built by concatenation: '//www' + '.google-analytics.com/ga.js'", () => {
    expect(ids("<script>var _gaq=[]; (function(){var ga=document.createElement('script'); ga.src=('https:'==document.location.protocol?'https://ssl':'http://www')+'.google-analytics.com/ga.js'; document.body.appendChild(ga);})();</script>")).toContain('universal-analytics');
  });
});
