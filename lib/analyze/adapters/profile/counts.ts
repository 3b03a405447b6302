/**
 * Reading which count is which on a profile: "1.2M Followers, 300 Following, 1,234 Posts",
 * "팔로워 1.2만명, 팔로잉 300명", "١٢ ألف متابع، ٣٠٠ متابَع", "0Following783.4KFollowers". The label
 * words come from labels.ts; the numbers are read by parseCount in the page's language.
 */
import type { CheerioAPI, Cheerio } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { textOf } from '../../document';
import { parseCount } from '../../../numbers/count';
import { normalizeNumerals } from '../../../numbers/digits';
import { clean } from '../text';
import { COUNT_LABELS, COUNTER_WORDS, JOINERS, type CountLabels, type CountMetric } from './labels';
import { escapeRegExp } from '../../../text/regexp';

export type Counts = Partial<Record<CountMetric, number>>;

/** Extra labels one platform adds (or re-assigns) on top of COUNT_LABELS. */
export type ExtraLabels = Partial<Record<CountMetric, readonly string[]>>;

interface LabelHit {
  metric: CountMetric;
  start: number;
  end: number;
}

interface Matcher {
  re: RegExp;
  metricOf: Map<string, CountMetric>;
}

const LATIN = /^[\p{Script=Latin}\s'’.]+$/u;
/** A Latin label starts a word, or follows a shortened number with no space ("783.4KFollowers"). */
const LATIN_START = '(?:(?<!\\p{L})|(?<=\\d[\\p{L}.]{1,4}))';
/** Between phrases of a description: "1.2M Followers, 300 Following · 12 Posts | TikTok". */
const PHRASE_SEPARATOR = /\s+[|•·]\s+|,\s+|[،、;；]\s*|\n/;
const DIGIT = /\d/;
const DIGIT_RUN = /\d[\d.,'’\u00a0\u202f ]*/g;
const MAX_COUNT_TEXT = 80;
const TEXT_SCAN_LIMIT = 400;

const matchers = new Map<string, Matcher>();


/** One alternation of every label, longest first; Latin words must stand alone ("Following" ≠ "Follower"). */
function matcherFor(extra: ExtraLabels = {}): Matcher {
  const key = JSON.stringify(extra);
  const cached = matchers.get(key);
  if (cached) return cached;
  const metricOf = new Map<string, CountMetric>();
  for (const table of [COUNT_LABELS, extra] as (CountLabels | ExtraLabels)[]) {
    for (const [metric, words] of Object.entries(table) as [CountMetric, readonly string[]][]) {
      for (const w of words) metricOf.set(w.toLowerCase(), metric);
    }
  }
  // One shared word-start test for all Latin labels (not one per label): the regex runs on
  // every short text of a header, and per-label lookbehinds made it quadratic in practice.
  const words = [...metricOf.keys()].sort((a, b) => b.length - a.length);
  const latin = words.filter((w) => LATIN.test(w)).map(escapeRegExp);
  const other = words.filter((w) => !LATIN.test(w)).map(escapeRegExp);
  const re = new RegExp(`${LATIN_START}(?:${latin.join('|')})(?!\\p{L})|${other.join('|')}`, 'gu');
  const matcher = { re, metricOf };
  matchers.set(key, matcher);
  return matcher;
}

/** Labels are matched on lower-cased text (the same length for every script we read). */
function findLabels(text: string, m: Matcher): LabelHit[] {
  const hits: LabelHit[] = [];
  const lower = text.toLowerCase();
  m.re.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = m.re.exec(lower))) {
    const metric = m.metricOf.get(match[0].toLowerCase());
    if (metric) hits.push({ metric, start: match.index, end: match.index + match[0].length });
  }
  return hits;
}

/** True when the text names a count ("followers", "팔로워"...). */
export function hasCountLabel(text: string, extra?: ExtraLabels): boolean {
  const m = matcherFor(extra);
  m.re.lastIndex = 0;
  return m.re.test(text.toLowerCase());
}

/**
 * Every labelled count in a text. A phrase whose first label has a number before it is read
 * number-first ("1.2M Followers"), otherwise label-first ("팔로워 1.2만"); the first value of a
 * metric wins.
 */
export function readCounts(text: string | null | undefined, lang: string | null, extra?: ExtraLabels): Counts {
  const out: Counts = {};
  if (!text) return out;
  const m = matcherFor(extra);
  for (const phrase of normalizeNumerals(text).split(PHRASE_SEPARATOR)) {
    const hits = findLabels(phrase, m);
    if (!hits.length) continue;
    const numberFirst = DIGIT.test(phrase.slice(0, hits[0].start));
    hits.forEach((hit, i) => {
      const segment = numberFirst
        ? phrase.slice(i === 0 ? 0 : hits[i - 1].end, hit.start)
        : phrase.slice(hit.end, i + 1 < hits.length ? hits[i + 1].start : phrase.length);
      const value = numberIn(segment, lang, numberFirst);
      if (value !== null && out[hit.metric] === undefined) out[hit.metric] = value;
    });
  }
  return out;
}

const JOINER_TAIL = new RegExp(`\\s+(?:${JOINERS.map(escapeRegExp).join('|')})\\s*$`, 'u');
const JOINER_HEAD = new RegExp(`^\\s*(?:${JOINERS.map(escapeRegExp).join('|')})\\s+`, 'u');
const COUNTER_TAIL = new RegExp(`\\s*(?:${COUNTER_WORDS.map(escapeRegExp).join('|')})\\s*$`, 'u');

/** The number next to a label: the last one before it, or the first one after it. */
function numberIn(segment: string, lang: string | null, numberFirst: boolean): number | null {
  const s = numberFirst ? segment.replace(JOINER_TAIL, '') : segment.replace(JOINER_HEAD, '');
  const runs = [...s.matchAll(DIGIT_RUN)];
  if (!runs.length) return null;
  const from = (numberFirst ? runs[runs.length - 1] : runs[0]).index ?? 0;
  const raw = s.slice(from).replace(/[\s:：()（）]+$/, '').replace(COUNTER_TAIL, '').trim();
  const value = raw ? parseCount(raw, lang ?? undefined) : null;
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null;
}

/**
 * Counts written in a profile header: every smallest element under `root` whose short text holds
 * a label and a digit ("3,893 Followers", `<strong>0</strong><span>Following</span>`). An exact
 * number in `aria-label` or in a digits-only `title` (Instagram's `<span title="1,234,567">1.2M`)
 * is preferred to the rounded one shown.
 */
export function readCountsIn($: CheerioAPI, root: Cheerio<AnyNode>, lang: string | null, extra?: ExtraLabels, exclude?: string): Counts {
  const out: Counts = {};
  for (const el of smallestLabelled($, root, extra)) {
    if (exclude && $(el).closest(exclude).length) continue;
    const found = exactCounts($, el, lang, extra);
    for (const [metric, value] of Object.entries(found) as [CountMetric, number][]) {
      if (out[metric] === undefined) out[metric] = value;
    }
  }
  return out;
}

function isCountText(text: string | null, extra?: ExtraLabels): text is string {
  return !!text && text.length <= MAX_COUNT_TEXT && DIGIT.test(normalizeNumerals(text)) && hasCountLabel(text, extra);
}

function smallestLabelled($: CheerioAPI, root: Cheerio<AnyNode>, extra?: ExtraLabels): Element[] {
  const found: Element[] = [];
  root.find('*').each((_, el) => {
    // textOf stops early: a header's big containers are never a count, and reading them whole is quadratic.
    if (isCountText(clean(textOf(el, TEXT_SCAN_LIMIT)), extra) || isCountText(clean(el.attribs['aria-label']), extra)) found.push(el);
  });
  const hasFoundInside = new Set<AnyNode>();
  for (const el of found) for (let p = el.parent; p; p = p.parent) hasFoundInside.add(p);
  return found.filter((el) => !hasFoundInside.has(el) || isCountText(clean(el.attribs['aria-label']), extra));
}

function exactCounts($: CheerioAPI, el: Element, lang: string | null, extra?: ExtraLabels): Counts {
  const aria = clean(el.attribs['aria-label']);
  if (isCountText(aria, extra)) {
    const fromAria = readCounts(aria, lang, extra);
    if (Object.keys(fromAria).length) return fromAria;
  }
  const counts = readCounts(clean(textOf(el)), lang, extra);
  const metrics = Object.keys(counts) as CountMetric[];
  const exactTitle = $(el)
    .find('[title]')
    .addBack('[title]')
    .toArray()
    .map((t) => normalizeNumerals((t as Element).attribs.title ?? '').trim())
    .find((t) => /^\d[\d.,\s\u00a0\u202f]*$/.test(t));
  if (exactTitle && metrics.length === 1) {
    const exact = parseCount(exactTitle, lang ?? undefined);
    if (typeof exact === 'number' && Number.isFinite(exact)) counts[metrics[0]] = exact;
  }
  return counts;
}
