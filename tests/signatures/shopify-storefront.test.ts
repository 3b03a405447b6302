/**
 * A Shopify storefront whose apps load through the theme's `asyncLoad` list, where every URL is
 * a JSON string with escaped slashes (`https:\/\/static.klaviyo.com\/…`): the apps are found from
 * those URLs, while an article that only names the same vendors (in prose, links and JSON-LD)
 * shows none of them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../lib/analyze/document';
import { detectTechnologies } from '../../lib/analyze/signatures/detect';

const FIXTURES = join(process.cwd(), 'tests/fixtures/signatures');
const APPS = ['klaviyo', 'smile-io', 'privy', 'judge-me'];

function detect(file: string, url: string) {
  const html = readFileSync(join(FIXTURES, file), 'utf8');
  return detectTechnologies(parsePage(html, url), { html, url });
}

describe('Shopify storefront with apps in asyncLoad', () => {
  const found = detect('shopify-storefront.html', 'https://oakandthread.example/products/linen-apron');
  const byId = new Map(found.map((t) => [t.id, t]));

  it('detects the shop platform and every app the loader lists', () => {
    expect(byId.has('shopify')).toBe(true);
    for (const id of APPS) expect(byId.has(id), id).toBe(true);
  });

  it('reports each app by its un-escaped script URL as inline-script evidence', () => {
    const klaviyo = byId.get('klaviyo')!.evidence;
    expect(klaviyo).toContainEqual(expect.objectContaining({
      source: 'inline-script',
      value: 'https://static.klaviyo.com/onsite/js/klaviyo.js?company_id=Xk7pQ2&shop=oak-and-thread.myshopify.com',
    }));
    const smile = byId.get('smile-io')!.evidence.map((e) => e.value);
    expect(smile).toContain('https://js.smile.io/v1/smile-shopify.js?shop=oak-and-thread.myshopify.com');
  });
});

describe('an article that names the same vendors', () => {
  it('detects none of them', () => {
    const ids = detect('vendor-roundup-article.html', 'https://oakandthread.example/blogs/news/apps').map((t) => t.id);
    for (const id of APPS) expect(ids).not.toContain(id);
  });
});
