/**
 * The observation's size bound. Extractors read capped amounts of the page, but claims still
 * gather evidence (one per link, form or offer) and structured data is kept as written; so the
 * finished observation is bounded here, in one place, whatever the page: evidence per claim
 * (with a count of the rest), list lengths, string lengths, and finally its serialized size
 * (MAX_OBSERVATION_BYTES), cutting the largest lists and strings first. What was cut is noted
 * in `observation.limits`.
 */
import type { Limits } from './limits';
import type { Evidence, Observation } from './types';

/** An observation is stored, listed, synced and exported with every other: 256 KB at most. */
export const MAX_OBSERVATION_BYTES = 256 * 1024;
/** Evidence kept per claim; enough to show where, the rest is counted in `moreEvidence`. */
export const MAX_EVIDENCE_PER_CLAIM = 10;
/** Characters of an evidence value or selector (a data: URL or an inline snippet is cut). */
export const MAX_EVIDENCE_TEXT = 300;
/** Characters of any other string in the observation (a description, a heading, a JSON-LD text). */
export const MAX_STRING = 5_000;

/** Entries kept per list of the observation; real pages stay well under these. */
export const OBSERVATION_LIST_CAPS: Readonly<Record<string, number>> = {
  offers: 50,
  promotions: 60,
  technologies: 300,
  socialProfiles: 60,
  channels: 50,
  ads: 200,
  'emailCapture.forms': 100,
  'serp.results': 200,
  'page.headings': 200,
  'page.hreflang': 200,
  'page.keywords': 100,
  'messaging.ctas': 50,
  'messaging.valueProps': 50,
  'structuredData.types': 200,
  'structuredData.jsonld': 200,
  'structuredData.microdata': 200,
  'structuredData.rdfa': 200,
};

interface Claim {
  evidence?: Evidence[];
  moreEvidence?: number;
}

export function boundObservation(obs: Observation, limits: Limits): Observation {
  for (const [path, cap] of Object.entries(OBSERVATION_LIST_CAPS)) capList(obs, path, cap, limits);
  for (const [part, claims] of claimLists(obs)) for (const c of claims) capEvidence(c, part, limits);
  capStrings(obs, limits);
  fitSize(obs, limits);
  const notes = limits.list();
  if (notes.length) obs.limits = notes;
  return obs;
}

function claimLists(obs: Observation): [string, Claim[]][] {
  return [
    ['offers', obs.offers],
    ['promotions', obs.promotions],
    ['technologies', obs.technologies],
    ['socialProfiles', obs.socialProfiles],
    ['emailCapture', [obs.emailCapture]],
    ['campaign', obs.campaign ? [obs.campaign] : []],
    ['channels', obs.channels],
    ['ads', obs.ads],
  ];
}

function capList(obs: Observation, path: string, cap: number, limits: Limits): void {
  const [head, key] = path.includes('.') ? path.split('.') : [null, path];
  const holder = (head ? (obs as unknown as Record<string, unknown>)[head] : obs) as Record<string, unknown> | null | undefined;
  const list = holder?.[key];
  if (!Array.isArray(list) || list.length <= cap) return;
  limits.note(`observation.${path}`, cap, list.length - cap);
  holder![key] = list.slice(0, cap);
}

function capEvidence(claim: Claim, part: string, limits: Limits): void {
  const list = claim.evidence;
  if (!list) return;
  if (list.length > MAX_EVIDENCE_PER_CLAIM) {
    const rest = list.length - MAX_EVIDENCE_PER_CLAIM;
    claim.evidence = list.slice(0, MAX_EVIDENCE_PER_CLAIM);
    claim.moreEvidence = (claim.moreEvidence ?? 0) + rest;
    limits.note(`evidence.${part}`, MAX_EVIDENCE_PER_CLAIM, rest);
  }
  for (const e of claim.evidence!) {
    e.value = cut(e.value, MAX_EVIDENCE_TEXT);
    if (e.selector) e.selector = cut(e.selector, MAX_EVIDENCE_TEXT);
  }
}

function cut(s: string, max: number): string {
  return typeof s === 'string' && s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** Every string past MAX_STRING is cut, iteratively (structured data may nest; it is depth-capped upstream). */
function capStrings(obs: Observation, limits: Limits): void {
  let cutCount = 0;
  forEachSlot(obs, (holder, key, value) => {
    if (typeof value === 'string' && value.length > MAX_STRING) {
      holder[key] = cut(value, MAX_STRING);
      cutCount++;
    }
  });
  limits.note('observation.strings', MAX_STRING, cutCount);
}

type Slot = Record<string | number, unknown>;

/** Visits every (holder, key, value) of a plain JSON tree without recursion. */
function forEachSlot(root: unknown, visit: (holder: Slot, key: string | number, value: unknown) => void): void {
  const stack: unknown[] = [root];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v !== 'object' || v === null) continue;
    const holder = v as Slot;
    for (const key of Object.keys(holder)) {
      const value = holder[key];
      visit(holder, key, value);
      if (typeof value === 'object' && value !== null) stack.push(value);
    }
  }
}

const encoder = new TextEncoder();

export function serializedBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value)).length;
}

/** UTF-8 bytes per UTF-16 unit: at least one, at most three (a lone surrogate is encoded as three, a pair as four). */
const MAX_UTF8_PER_UNIT = 3;

/**
 * Whether `value` serializes to more than `max` UTF-8 bytes. Nearly every observation is far
 * under the bound and nearly every string ASCII: the JSON's length settles it without encoding
 * a copy, which only the few within a factor of three of the bound need.
 */
function oversize(value: unknown, max: number): boolean {
  const json = JSON.stringify(value);
  if (json.length * MAX_UTF8_PER_UNIT <= max) return false;
  if (json.length > max) return true;
  return encoder.encode(json).length > max;
}

/**
 * The last resort, for pages that stay too large after the caps (real pages never get here):
 * the largest list near the top of the observation is halved until it fits; then raw
 * structured data goes; then the longest strings are halved. Each round halves something.
 */
function fitSize(obs: Observation, limits: Limits): void {
  let over = oversize(obs, MAX_OBSERVATION_BYTES);
  for (let round = 0; over && round < MAX_ROUNDS; round++) {
    const biggest = largestList(obs);
    if (!biggest) break;
    const list = biggest.holder[biggest.key] as unknown[];
    const keep = Math.floor(list.length / 2);
    biggest.holder[biggest.key] = list.slice(0, keep);
    limits.note(`observation.size:${biggest.path}`, keep, list.length - keep);
    over = oversize(obs, MAX_OBSERVATION_BYTES);
  }
  if (over) {
    const sd = obs.structuredData;
    limits.note('observation.size:structuredData', 0, sd.jsonld.length + sd.microdata.length + sd.rdfa.length);
    obs.structuredData = { ...sd, jsonld: [], microdata: [], rdfa: [] };
    over = oversize(obs, MAX_OBSERVATION_BYTES);
  }
  for (let round = 0; over && round < MAX_ROUNDS; round++) {
    const longest = longestString(obs);
    if (!longest) break;
    const value = longest.holder[longest.key] as string;
    const keep = Math.floor(value.length / 2);
    longest.holder[longest.key] = cut(value, keep);
    limits.note(`observation.size:${longest.path}`, keep, value.length - keep);
    over = oversize(obs, MAX_OBSERVATION_BYTES);
  }
}

const MAX_ROUNDS = 64;
/** Lists this near the root are candidates for halving: `technologies`, `technologies[].evidence`. */
const LIST_DEPTH = 3;

interface SlotRef {
  holder: Slot;
  key: string | number;
  path: string;
  size: number;
}

/** The list (of two or more entries, within LIST_DEPTH of the root) with the largest serialized size. */
function largestList(root: Observation): SlotRef | null {
  let best: SlotRef | null = null;
  const stack: { v: unknown; path: string; depth: number }[] = [{ v: root, path: '', depth: 0 }];
  while (stack.length) {
    const { v, path, depth } = stack.pop()!;
    if (typeof v !== 'object' || v === null || depth > LIST_DEPTH) continue;
    const holder = v as Slot;
    for (const key of Object.keys(holder)) {
      const value = holder[key];
      const here = Array.isArray(holder) ? `${path}[]` : path ? `${path}.${key}` : key;
      if (Array.isArray(value) && value.length > 1) {
        const size = JSON.stringify(value).length;
        if (!best || size > best.size) best = { holder, key, path: here, size };
      }
      if (typeof value === 'object' && value !== null) stack.push({ v: value, path: here, depth: depth + (Array.isArray(holder) ? 0 : 1) });
    }
  }
  return best;
}

function longestString(root: Observation): SlotRef | null {
  let best: SlotRef | null = null;
  forEachSlot(root, (holder, key, value) => {
    if (typeof value === 'string' && value.length > 64 && (!best || value.length > best.size)) best = { holder, key, path: String(key), size: value.length };
  });
  return best;
}
