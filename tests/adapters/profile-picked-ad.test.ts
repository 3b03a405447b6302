/**
 * The picked-ad adapter: an element the user picked becomes one Ad, whatever page it is on, and
 * it wins over the page's own site adapter. The whole output of each fixture
 * (`tests/fixtures/adapters/picked-ad/*.html`, picked element marked `data-racescout-picked`) is
 * checked by the golden test; these tests state what matters in it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../lib/analyze/document';
import { ADAPTERS, runAdapters } from '../../lib/analyze/adapters/registry';
import { pickedFromPage } from '../../lib/analyze/adapters/sites/picked-ad';
import type { CaptureInput } from '../../lib/analyze/types';
import { fixtureCapture } from './golden-cases';

const DIR = path.resolve('tests/fixtures/adapters/picked-ad');
const MARK = '[data-racescout-picked]';

function load(file: string): { capture: CaptureInput; doc: ReturnType<typeof parsePage> } {
  const html = readFileSync(path.join(DIR, file), 'utf8');
  const url = /<!--\s*url:\s*(\S+)/.exec(html)![1];
  const doc = parsePage(html, url);
  return { doc, capture: { html, url, picked: pickedFromPage(doc, MARK) ?? undefined } };
}

it('pickedFromPage hands over what the golden fixtures capture', () => {
  const { capture } = load('sponsored-feed-post-vi.html');
  const html = readFileSync(path.join(DIR, 'sponsored-feed-post-vi.html'), 'utf8');
  const golden = fixtureCapture(html, capture.url, path.join(DIR, 'sponsored-feed-post-vi.html')).picked!;
  expect(capture.picked).toMatchObject({ links: golden.links, images: golden.images, selector: golden.selector });
});

describe('picked-ad', () => {
  it('reads the sponsored post, not the viewer or the page around it', () => {
    const { doc, capture } = load('sponsored-feed-post-vi.html');
    const ad = runAdapters(doc, capture)?.ads?.[0];
    expect(ad).toMatchObject({
      advertiser: 'Cà Phê Núi Rừng',
      landingUrl: 'https://caphenuirung.vn/arabica?utm_source=facebook&utm_medium=paid',
      advertiserDomain: 'caphenuirung.vn',
      cta: 'Mua ngay',
      creativeType: 'image',
      platform: 'facebook',
    });
    expect(JSON.stringify(ad)).not.toContain('Minh Anh');
  });

  it('decodes the ad server wrapper of a banner to the advertiser', () => {
    const { doc, capture } = load('banner-en.html');
    expect(runAdapters(doc, capture)?.ads?.[0]).toMatchObject({ advertiser: 'brightsole.com', landingUrl: 'https://www.brightsole.com/summer-sale?gclid=abc' });
  });

  it('reads a marketplace tile as a product with its price and shop', () => {
    const { doc, capture } = load('marketplace-tile-th.html');
    expect(runAdapters(doc, capture)?.ads?.[0]).toMatchObject({ merchant: 'Sunkiss Official Store', price: 259, currency: 'THB', platform: 'shopee' });
  });

  it('runs only when an element was picked', () => {
    const { doc, capture } = load('banner-en.html');
    expect(runAdapters(doc, { ...capture, picked: undefined })).toBeNull();
  });

  it('comes before the site adapters, so a pick on a profile page is an ad', () => {
    expect(ADAPTERS[0].id).toBe('picked-ad');
    const html = readFileSync(path.resolve('tests/fixtures/adapters/facebook/page-signed-in-ar.html'), 'utf8');
    const url = 'https://www.facebook.com/OudAlShamsPerfumes';
    const doc = parsePage(html, url);
    const picked = pickedFromPage(doc, '[role="feed"] [role="article"]')!;
    const result = runAdapters(doc, { html, url, picked });
    expect(result?.adapter).toBe('picked-ad');
    expect(result?.kind).toBe('ad');
    expect(runAdapters(doc, { html, url })?.adapter).toBe('facebook');
  });
});
