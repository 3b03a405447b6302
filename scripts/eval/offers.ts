/**
 * Offers on real pages: extractOffers against hand labels (tests/labels/offers.json) of product
 * pages, listings and content pages from ../shared/corpus (formasaurus add-to-cart pages,
 * Amazon pages from metascraper, extruct product samples, recipe pages of shops).
 *
 * - price F1: the first offer's price against the labelled price. A page labelled "no product"
 *   with an offer is a false positive; a wrong price is both a false positive and a miss.
 * - currency and availability accuracy: on labelled products where an offer was found.
 *
 * Each measure is reported on all labels, on the tune and holdout halves (scripts/eval/split.ts),
 * and on the labels of the latest batch (`batch`), which were read from the pages before any code
 * was changed for them: their first figures are the nearest thing to "pages nobody tuned to".
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parsePage } from '../../lib/analyze/document';
import { extractOffers } from '../../lib/analyze/extractors/offers';
import { extractStructuredData } from '../../lib/analyze/extractors/structured-data';
import type { Offer } from '../../lib/analyze/types';
import { halfName, HALVES, splitByHalf } from './split';
import { prf, type EvalResult } from './types';

export interface OfferLabel {
  path: string;
  url: string;
  price: number | null;
  currency: string | null;
  availability: string | string[] | null;
  note?: string;
  /** The struck-through (regular) price the page shows beside the selling price, where labelled. */
  regularPrice?: number;
  /** Set on labels added in a later round, e.g. "issue-10": read before code was changed for them. */
  batch?: string;
}

/** The batch whose labels were added unseen for issue 10 (reported on their own). */
export const NEW_BATCH = 'issue-10';
/** Every batch of labels read unseen, each reported on its own: the second round came after code had changed for the first. */
export const UNSEEN_BATCHES = [NEW_BATCH, 'issue-10-r2'] as const;

export interface OfferCaseResult {
  label: OfferLabel;
  offer: Offer | null;
  priceOk: boolean;
  currencyOk: boolean | null;
  availabilityOk: boolean | null;
  /** Only where the label names a regular price and the offer's price is right. */
  regularOk: boolean | null;
  /** An offer without a price on a page labelled as no product at all (a false "sold out"). */
  pricelessOnNothing: boolean;
}

const LABELS = path.resolve(process.cwd(), 'tests/labels/offers.json');

export function loadOfferLabels(file = LABELS): OfferLabel[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as { pages: OfferLabel[] }).pages;
}

export function evaluateOffer(corpusDir: string, label: OfferLabel): OfferCaseResult {
  const html = readFileSync(path.join(corpusDir, label.path), 'utf8');
  const doc = parsePage(html, label.url);
  const offer = extractOffers(doc, extractStructuredData(doc))[0] ?? null;
  // An offer without a price (a sold-out product shown without one) is no price: right where the label has none.
  const priceOk = label.price === null ? offer === null || offer.price === null : offer !== null && offer.price !== null && samePrice(offer.price, label.price);
  const priced = label.price !== null && offer !== null && offer.price !== null;
  // A product labelled without a price but with its stock (sold out) is measured on availability alone.
  const stockOnly = label.price === null && label.availability !== null;
  const accepted = label.availability === null ? ['unknown'] : [label.availability].flat();
  return {
    label,
    offer,
    priceOk,
    currencyOk: priced ? offer.currency === label.currency : null,
    availabilityOk: priced || stockOnly ? accepted.includes(offer?.availability ?? 'unknown') : null,
    regularOk: label.regularPrice !== undefined && offer !== null && priceOk ? offer.regularPrice !== undefined && samePrice(offer.regularPrice, label.regularPrice) : null,
    pricelessOnNothing: label.price === null && label.availability === null && offer !== null && offer.price === null,
  };
}

function samePrice(a: number, b: number): boolean {
  return Math.abs(a - b) < 0.005 + b * 1e-6;
}

export function scoreOffers(results: OfferCaseResult[]) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const r of results) {
    if (r.label.price !== null && r.priceOk) tp++;
    if (r.offer && r.offer.price !== null && !r.priceOk) fp++;
    if (r.label.price !== null && !r.priceOk) fn++;
  }
  const share = (xs: (boolean | null)[]) => {
    const m = xs.filter((x): x is boolean => x !== null);
    return { n: m.length, accuracy: m.length ? m.filter(Boolean).length / m.length : 1 };
  };
  return {
    ...prf(tp, fp, fn),
    tp,
    fp,
    fn,
    currency: share(results.map((r) => r.currencyOk)),
    availability: share(results.map((r) => r.availabilityOk)),
    regular: share(results.map((r) => r.regularOk)),
    pricelessOnNothing: results.filter((r) => r.pricelessOnNothing).length,
  };
}

export function run(corpusDir: string): EvalResult[] {
  const results = loadOfferLabels().map((l) => evaluateOffer(corpusDir, l));
  const halves = splitByHalf(results, (r) => r.label.path);
  return [
    ...rows('offers', results, false),
    ...HALVES.flatMap((h) => rows(halfName('offers', h), halves[h], h === 'tune')),
    ...UNSEEN_BATCHES.flatMap((batch) => {
      const fresh = results.filter((r) => r.label.batch === batch);
      return [
        ...rows(`offers [new labels, ${batch}]`, fresh, false),
        ...HALVES.flatMap((h) => rows(`offers [new labels, ${batch}, ${h}]`, fresh.filter((r) => halves[h].includes(r)), false)),
      ];
    }),
  ];
}

/** Misses are listed (--verbose) for the tune half only: reading holdout misses is tuning on them. */
function rows(prefix: string, results: OfferCaseResult[], showMisses: boolean): EvalResult[] {
  const s = scoreOffers(results);
  const misses = results.filter((r) => !r.priceOk || r.currencyOk === false || r.availabilityOk === false || r.pricelessOnNothing).map(describeMiss);
  return [
    { name: `${prefix}: product price`, n: results.length, precision: s.precision, recall: s.recall, f1: s.f1, target: 0.95, targetMetric: 'f1', note: `tp ${s.tp} fp ${s.fp} fn ${s.fn}${showMisses ? `; ${misses.join('; ')}` : ' (misses not listed outside the tune half)'}` },
    { name: `${prefix}: currency`, n: s.currency.n, accuracy: s.currency.accuracy, target: 0.95, targetMetric: 'accuracy' },
    { name: `${prefix}: availability`, n: s.availability.n, accuracy: s.availability.accuracy, target: 0.97, targetMetric: 'accuracy' },
    ...(s.regular.n ? [{ name: `${prefix}: regular price kept`, n: s.regular.n, accuracy: s.regular.accuracy }] : []),
    ...(s.pricelessOnNothing ? [{ name: `${prefix}: offers without a price on pages with no product`, n: s.pricelessOnNothing }] : []),
  ];
}

function describeMiss(r: OfferCaseResult): string {
  const got = r.offer ? `${r.offer.price} ${r.offer.currency} ${r.offer.availability ?? 'unknown'}` : 'none';
  const want = `${r.label.price} ${r.label.currency} ${[r.label.availability].flat().join('|')}`;
  return `${r.label.path}: want ${want}, got ${got}`;
}
