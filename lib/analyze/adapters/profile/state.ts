/**
 * A profile as the platform's own app state holds it: the JSON a page embeds for its scripts
 * (TikTok's `__UNIVERSAL_DATA_FOR_REHYDRATION__` and `SIGI_STATE`, Instagram's `_sharedData` and
 * relay payloads, X's `__INITIAL_STATE__`, `__NEXT_DATA__`). Its counts are exact numbers the
 * page's visible text only rounds ("783.4K"), and they are never free text, so they are trusted
 * before anything the page shows. The owner's object is the one whose handle key equals the
 * profile's handle; its counts sit in it or in its direct children (TikTok's `userInfo.user` beside
 * `userInfo.stats`, Instagram's `edge_followed_by: { count }`).
 */
import type { PageDoc } from '../../document';
import { parseCount } from '../../../numbers/count';
import type { SocialProfile } from '../../types';

export type StateMetric = 'followers' | 'following' | 'posts';

/** Key names a platform's state uses, per field; a table per platform in its adapter file. */
export interface StateKeys {
  handle: readonly string[];
  followers?: readonly string[];
  following?: readonly string[];
  posts?: readonly string[];
  name?: readonly string[];
  bio?: readonly string[];
  verified?: readonly string[];
}

export type StateParts = Partial<Pick<SocialProfile, 'name' | 'bio' | 'verified' | StateMetric>>;

type Json = Record<string, unknown>;

/** Script ids and assignments that carry app state. */
const STATE_IDS = /^(__UNIVERSAL_DATA_FOR_REHYDRATION__|SIGI_STATE|__NEXT_DATA__|__NUXT_DATA__|__APOLLO_STATE__|__INITIAL_STATE__)$/;
const ASSIGNMENT = /(?:window\.|var\s+|let\s+|const\s+)?(?:_sharedData|__INITIAL_STATE__|__PRELOADED_STATE__|__APOLLO_STATE__|SIGI_STATE|ytInitialData)\s*=\s*(\{[\s\S]*\})\s*;?\s*$/;
/** Bounds: a page's state can be megabytes; the owner sits near the top of it. */
const MAX_SCRIPT = 4_000_000;
const MAX_NODES = 200_000;

/** Every app-state JSON the page embeds, parsed; unparsable ones skipped. */
export function stateObjects(doc: PageDoc): unknown[] {
  const out: unknown[] = [];
  for (const s of doc.scripts) {
    if (s.src || !s.text || s.text.length > MAX_SCRIPT) continue;
    const id = s.el.attribs.id ?? '';
    const json = STATE_IDS.test(id) || /json/i.test(s.type ?? '') ? s.text : ASSIGNMENT.exec(s.text.trim())?.[1];
    if (!json || /ld\+json/i.test(s.type ?? '')) continue;
    try {
      out.push(JSON.parse(json));
    } catch {
      /* not JSON: a script, not state */
    }
  }
  return out;
}

/** The owner's fields from the page's app state, or {} when no object names this handle. */
export function stateProfile(doc: PageDoc, handle: string, keys: StateKeys, lang: string | null): StateParts {
  if (!handle) return {};
  let best: StateParts = {};
  let bestScore = 0;
  for (const root of stateObjects(doc)) {
    for (const view of ownerViews(root, handle.replace(/^@/, '').toLowerCase(), keys.handle)) {
      const parts = partsOf(view, keys, lang);
      const score = (['followers', 'following', 'posts'] as const).filter((m) => parts[m] != null).length;
      if (score > bestScore) [best, bestScore] = [parts, score];
    }
  }
  return best;
}

/** Each object whose handle key (its own or a direct child's) is the handle: its fields and its children's, as lists. */
function ownerViews(root: unknown, handle: string, handleKeys: readonly string[]): Map<string, unknown[]>[] {
  const views: Map<string, unknown[]>[] = [];
  const stack: unknown[] = [root];
  for (let n = 0; stack.length && n < MAX_NODES; n++) {
    const node = stack.pop();
    if (!node || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      for (const v of node) if (v && typeof v === 'object') stack.push(v);
      continue;
    }
    const obj = node as Json;
    const view = new Map<string, unknown[]>();
    const add = (k: string, v: unknown) => view.set(k, [...(view.get(k) ?? []), v]);
    for (const [k, v] of Object.entries(obj)) {
      add(k, v);
      if (v && typeof v === 'object' && !Array.isArray(v)) for (const [ck, cv] of Object.entries(v as Json)) add(ck, cv);
      if (v && typeof v === 'object') stack.push(v);
    }
    const own = handleKeys.some((k) => (view.get(k) ?? []).some((v) => typeof v === 'string' && v.replace(/^@/, '').toLowerCase() === handle));
    if (own) views.push(view);
  }
  return views;
}

function partsOf(view: Map<string, unknown[]>, keys: StateKeys, lang: string | null): StateParts {
  const values = (names?: readonly string[]) => (names ?? []).flatMap((k) => view.get(k) ?? []);
  const text = (names?: readonly string[]) => values(names).find((v): v is string => typeof v === 'string' && v.trim() !== '')?.trim();
  const parts: StateParts = {};
  for (const metric of ['followers', 'following', 'posts'] as const) {
    const n = bestCount(values(keys[metric]).map((v) => countOf(v, lang)));
    if (n !== null) parts[metric] = n;
  }
  const name = text(keys.name);
  if (name) parts.name = name;
  const bio = text(keys.bio);
  if (bio) parts.bio = bio;
  const verified = values(keys.verified).find((v) => typeof v === 'boolean');
  if (typeof verified === 'boolean') parts.verified = verified;
  return parts;
}

/** 783400, "783427", { count: 2362 }, { simpleText: "4.69M subscribers" } → a whole number. */
function countOf(v: unknown, lang: string | null): number | null {
  if (typeof v === 'number') return Number.isFinite(v) && v >= 0 ? Math.round(v) : null;
  if (typeof v === 'string') return /^\d+$/.test(v.trim()) ? Number(v.trim()) : parseCount(v, lang);
  if (v && typeof v === 'object') {
    const o = v as Json;
    return countOf(o.count ?? o.simpleText ?? null, lang);
  }
  return null;
}

/**
 * Platforms keep a rounded and an exact copy (TikTok's `stats` 783400 and `statsV2` "783427"):
 * of values within 5% of each other, the one with the fewest trailing zeros is the exact one.
 */
function bestCount(values: (number | null)[]): number | null {
  const found = values.filter((v): v is number => v !== null);
  if (!found.length) return null;
  const zeros = (n: number) => (n === 0 ? 0 : /0*$/.exec(String(n))![0].length);
  const first = found[0];
  const close = found.filter((v) => Math.abs(v - first) <= Math.max(1, first * 0.05));
  return close.sort((a, b) => zeros(a) - zeros(b))[0];
}
