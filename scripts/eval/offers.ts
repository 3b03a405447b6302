/**
 * Offers on real pages: extractOffers against hand labels (tests/labels/offers.json) of product
 * pages, listings and content pages from ../shared/corpus (formasaurus add-to-cart pages,
 * Amazon pages from metascraper, extruct product samples, recipe pages of shops).
 *
 * - price F1: the first offer's price against the labelled price. A page labelled "no product"
 *   with an offer is a false positive; a wrong price is both a false positive and a miss.
 * - currency and availability accuracy: on labelled products where an offer was found.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parsePage } from '../../lib/analyze/document';
import { extractOffers } from '../../lib/analyze/extractors/offers';
import { extractStructuredData } from '../../lib/analyze/extractors/structured-data';
import type { Offer } from '../../lib/analyze/types';
import { prf, type EvalResult } from './types';

export interface OfferLabel {
  path: string;
  url: string;
  price: number | null;
  currency: string | null;
  availability: string | string[] | null;
  note?: string;
}

export interface OfferCaseResult {
  label: OfferLabel;
  offer: Offer | null;
  priceOk: boolean;
  currencyOk: boolean | null;
  availabilityOk: boolean | null;
}

const LABELS = path.resolve(process.cwd(), 'tests/labels/offers.json');

export function loadOfferLabels(file = LABELS): OfferLabel[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as { pages: OfferLabel[] }).pages;
}

export function evaluateOffer(corpusDir: string, label: OfferLabel): OfferCaseResult {
  const html = readFileSync(path.join(corpusDir, label.path), 'utf8');
  const doc = parsePage(html, label.url);
  const offer = extractOffers(doc, extractStructuredData(doc))[0] ?? null;
  const priceOk = label.price === null ? offer === null : offer !== null && samePrice(offer.price, label.price);
  const measured = label.price !== null && offer !== null;
  const accepted = label.availability === null ? ['unknown'] : [label.availability].flat();
  return {
    label,
    offer,
    priceOk,
    currencyOk: measured ? offer.currency === label.currency : null,
    availabilityOk: measured ? accepted.includes(offer.availability ?? 'unknown') : null,
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
    if (r.offer && !r.priceOk) fp++;
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
  };
}

export function run(corpusDir: string): EvalResult[] {
  const results = loadOfferLabels().map((l) => evaluateOffer(corpusDir, l));
  const s = scoreOffers(results);
  return [
    { name: 'offers: product price', n: results.length, precision: s.precision, recall: s.recall, f1: s.f1, target: 0.93, targetMetric: 'f1', note: `tp ${s.tp} fp ${s.fp} fn ${s.fn}` },
    { name: 'offers: currency', n: s.currency.n, accuracy: s.currency.accuracy, target: 0.95, targetMetric: 'accuracy' },
    { name: 'offers: availability', n: s.availability.n, accuracy: s.availability.accuracy, target: 0.96, targetMetric: 'accuracy' },
  ];
}
