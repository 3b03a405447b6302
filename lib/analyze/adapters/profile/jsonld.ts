/**
 * The profile a page describes about itself in JSON-LD: a `ProfilePage` whose `mainEntity` is
 * the Person or Organization (X, TikTok, Bluesky, Instagram write one), or a bare Organization
 * (LinkedIn). Counts come from `interactionStatistic` (what others do to the profile: follow it)
 * and `agentInteractionStatistic` (what it does: follow others, write posts).
 */
import type { PageDoc } from '../../document';
import type { SocialProfile } from '../../types';

type Json = Record<string, unknown>;
type Field = 'followers' | 'following' | 'posts';

/**
 * Which statistic is which count, tried in order. X departs from schema.org: it lists its own
 * tweets under `interactionStatistic` and the accounts it follows as a SubscribeAction named
 * "Friends"; the rows say so rather than code.
 */
const STATISTICS: readonly { list: string; action: string; name?: RegExp; field: Field }[] = [
  { list: 'interactionStatistic', action: 'FollowAction', field: 'followers' },
  { list: 'interactionStatistic', action: 'SubscribeAction', name: /^friends$/i, field: 'following' },
  { list: 'interactionStatistic', action: 'SubscribeAction', field: 'followers' },
  { list: 'interactionStatistic', action: 'WriteAction', field: 'posts' },
  { list: 'agentInteractionStatistic', action: 'FollowAction', field: 'following' },
  { list: 'agentInteractionStatistic', action: 'WriteAction', field: 'posts' },
];

const PROFILE_TYPES = /^(Person|Organization|Corporation|LocalBusiness|Brand|OnlineBusiness|OnlineStore)$/;

export type JsonLdProfile = Partial<Pick<SocialProfile, 'name' | 'bio' | 'avatar' | 'externalUrl' | 'followers' | 'following' | 'posts'>> & {
  /** Handles as the page writes them (alternateName, additionalName, identifier), `@` dropped. */
  handles: string[];
  /** The entity's own URL, when given. */
  url?: string;
};

/** Every JSON-LD object of the page, `@graph`s flattened; unparsable blocks skipped. */
export function jsonLdObjects(doc: PageDoc): Json[] {
  const out: Json[] = [];
  for (const s of doc.scripts) {
    if (!/ld\+json/i.test(s.type ?? '')) continue;
    try {
      flatten(JSON.parse(s.text), out);
    } catch {
      // A broken block is the page's problem, not a reason to lose the rest.
    }
  }
  return out;
}

function flatten(value: unknown, out: Json[]): void {
  if (Array.isArray(value)) value.forEach((v) => flatten(v, out));
  else if (value && typeof value === 'object') {
    const obj = value as Json;
    out.push(obj);
    if (obj['@graph']) flatten(obj['@graph'], out);
  }
}

function types(obj: Json): string[] {
  const t = obj['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/** The profile's entity: a ProfilePage's mainEntity, else the first Person/Organization. */
function profileEntity(objects: Json[]): Json | null {
  for (const obj of objects) {
    if (types(obj).includes('ProfilePage') && obj.mainEntity && typeof obj.mainEntity === 'object') {
      return (Array.isArray(obj.mainEntity) ? obj.mainEntity[0] : obj.mainEntity) as Json;
    }
  }
  return objects.find((o) => types(o).some((t) => PROFILE_TYPES.test(t))) ?? null;
}

function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === 'object') {
    const o = v as Json;
    return str(o.contentUrl ?? o.url ?? o['@id']);
  }
  return undefined;
}

function actionName(stat: Json): string {
  const t = stat.interactionType;
  const raw = typeof t === 'string' ? t : t && typeof t === 'object' ? str((t as Json)['@type']) ?? str((t as Json)['@id']) ?? '' : '';
  return raw.replace(/^.*[/:]/, '');
}

function counts(entity: Json): Partial<Record<Field, number>> {
  const out: Partial<Record<Field, number>> = {};
  for (const list of ['interactionStatistic', 'agentInteractionStatistic']) {
    const raw = entity[list];
    const stats = (Array.isArray(raw) ? raw : raw ? [raw] : []) as Json[];
    for (const stat of stats) {
      const value = Number(stat.userInteractionCount);
      if (!Number.isFinite(value)) continue;
      const name = typeof stat.name === 'string' ? stat.name : '';
      const row = STATISTICS.find((r) => r.list === list && r.action === actionName(stat) && (!r.name || r.name.test(name)));
      if (row && out[row.field] === undefined) out[row.field] = value;
    }
  }
  return out;
}

/** The profile the page's JSON-LD describes, or null when it describes none. */
export function jsonLdProfile(doc: PageDoc): JsonLdProfile | null {
  const entity = profileEntity(jsonLdObjects(doc));
  if (!entity) return null;
  const handles = [entity.alternateName, entity.additionalName, entity.identifier]
    .map(str)
    .filter((h): h is string => !!h && !/^did:|^\d+$/.test(h))
    .map((h) => h.replace(/^@/, ''));
  const sameAs = str(entity.sameAs);
  return {
    handles,
    url: str(entity.url),
    name: str(entity.name) ?? null,
    bio: str(entity.description) ?? null,
    avatar: str(entity.image) ?? str(entity.logo) ?? null,
    externalUrl: sameAs ?? null,
    ...counts(entity),
  };
}
