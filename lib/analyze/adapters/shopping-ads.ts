/**
 * A shopping ad card (product, price, merchant) → Ad. Engines lay these out as a short stack
 * of lines: a product title link, a price, the merchant; the price is the line that reads as a
 * price, the merchant the short line after it that is not a rating, shipping or label.
 */
import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { locate } from '../document';
import { registrableDomain } from '../domain';
import { parsePrice } from '../../numbers/price';
import type { Ad } from '../types';
import { landingUrl, urlsInHandlers } from './redirects';
import { clean, isAdLabel, visibleText } from './text';

export interface ShoppingAdOptions {
  position: string | null;
  platform: string;
  base: string;
  /** Page language, which settles `$`, `kr` and `¥` in prices. */
  lang?: string | null;
}

/** Lines that are neither product, price nor merchant. */
const NOISE = /^(\d([.,]\d)?\s*\(\d|[★☆]|free (shipping|delivery)|sale|on sale|\d+%|price drop|compare|more|ver más|mehr)/i;
/** The unit's own label ("Sponsored · Google", "By Google"): the engine, never the merchant. */
const ENGINE_LABEL = /^(?:(?:by|from|via)\s+)?(google|bing|microsoft|yahoo|naver|yandex)(\s+shopping)?$/i;

export function shoppingAd($: CheerioAPI, card: Element, opts: ShoppingAdOptions): Ad {
  const lines = textLines($, card);
  const link = $(card).find('a[href]').toArray().find((a) => clean(visibleText(a))) ?? $(card).find('a[href]')[0];
  const product = clean($(card).find('[class*="title"], h3, h4').first().text()) ?? clean(link ? $(link).attr('aria-label') ?? visibleText(link) : null) ?? lines[0] ?? null;
  const priceIndex = lines.findIndex((l) => l !== product && parsePrice(l, { lang: opts.lang }).amount !== null && /\D/.test(l.replace(/[\d.,\s]/g, '')));
  const price = priceIndex >= 0 ? parsePrice(lines[priceIndex], { lang: opts.lang }) : null;
  const merchant = $(card).attr('data-merchant') ?? lines.slice(priceIndex + 1).find((l) => l !== product && !NOISE.test(l) && !ENGINE_LABEL.test(l) && !isAdLabel(l) && l.length <= 60) ?? null;
  const landing = [link ? $(link).attr('href') : null, ...(link ? urlsInHandlers(link.attribs) : [])].map((h) => landingUrl(h, opts.base)).find(Boolean) ?? null;
  return {
    advertiser: merchant,
    advertiserDomain: landing ? registrableDomain(landing) : null,
    headline: product,
    text: null,
    displayUrl: null,
    landingUrl: landing,
    landingSource: landing ? 'link' : null,
    position: opts.position,
    platform: opts.platform,
    product,
    price: price?.amount ?? null,
    currency: price?.currency ?? null,
    merchant,
    evidence: [{ source: 'adapter', value: product ?? '', selector: locate(card) }],
  };
}

/**
 * Shopping units end with their own cards ("View all", "More from Google"), which stay on the
 * engine and show no price: only a card that leads to a shop or prices a product is an ad.
 */
export function isProductAd(ad: Ad): boolean {
  return !!ad.headline && (ad.landingUrl !== null || ad.price != null);
}

/** The card's visible text lines: texts of elements with no element children. */
function textLines($: CheerioAPI, card: Element): string[] {
  const lines: string[] = [];
  $(card)
    .find('*')
    .each((_, el) => {
      if ((el as Element).children.some((c) => c.type === 'tag' && !['b', 'em', 'strong', 'i'].includes((c as Element).name))) return;
      const t = clean(visibleText(el));
      if (t && !lines.includes(t)) lines.push(t);
    });
  return lines;
}
