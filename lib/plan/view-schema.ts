/**
 * The one schema of what the views read: an Observation (lib/analyze/types.ts) and the plan's
 * settings, as zod schemas that NORMALISE rather than merely check. Restore (backup-schema.ts)
 * passes every observation and setting through them, and the plan's settings reader
 * (settings.ts) reads through them, so anything a view is handed has the types it expects:
 * missing lists are empty, missing objects are null or defaults, evidence that is not an object
 * and channel ids the product does not know are dropped, settings of the wrong type fall back to
 * their defaults. A value that cannot be an observation at all (not an object, no url) is
 * refused. The compile-time check at the end ties the schema's output to the Observation type.
 */
import { z } from 'zod';
import { CHANNEL_IDS } from '../analyze/channels/taxonomy';
import { RACE_STAGES, type ChannelId, type Observation } from '../analyze/types';

const str = z.string().catch('');
const nstr = z.string().nullable().catch(null);
const ostr = z.string().nullable().optional().catch(undefined);
const num = z.number().finite().catch(0);
const nnum = z.number().finite().nullable().catch(null);
const onum = z.number().finite().optional().catch(undefined);
const obool = z.boolean().nullable().optional().catch(undefined);
const strings = z.unknown().optional().transform((v) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []));

/** A list whose items failing `item` are dropped (one odd entry does not cost the whole clip). */
function list<T extends z.ZodType>(item: T) {
  return z.unknown().optional().transform((v): z.output<T>[] => {
    if (!Array.isArray(v)) return [];
    const out: z.output<T>[] = [];
    for (const x of v) {
      const r = item.safeParse(x);
      if (r.success) out.push(r.data);
    }
    return out;
  });
}

/** An object field that may be absent or odd: normalised by `schema`, or `fallback`. */
function objectOr<T extends z.ZodType, F>(schema: T, fallback: F) {
  return z.unknown().optional().transform((v): z.output<T> | F => {
    if (!v || typeof v !== 'object' || Array.isArray(v)) return fallback;
    const r = schema.safeParse(v);
    return r.success ? r.data : fallback;
  });
}

const KNOWN_CHANNELS: ReadonlySet<string> = new Set(CHANNEL_IDS);
const channelId = z.string().refine((c): c is ChannelId => KNOWN_CHANNELS.has(c)) as unknown as z.ZodType<ChannelId>;
const stage = z.enum(RACE_STAGES as [string, ...string[]]).catch('reach') as unknown as z.ZodType<Observation['channels'][number]['stage']>;

export const evidenceSchema = z.looseObject({ source: z.string(), value: z.union([z.string(), z.number()]).transform(String).catch(''), selector: ostr, ref: ostr });
const evidence = list(evidenceSchema);

const pageSchema = z.looseObject({ title: nstr, description: nstr, lang: nstr, canonical: nstr, siteName: nstr, image: nstr });
const EMPTY_PAGE = { title: null, description: null, lang: null, canonical: null, siteName: null, image: null };

const offer = z.looseObject({ price: z.number().finite().nullable(), currency: nstr, regularPrice: onum, discountPercent: onum, priceMax: onum, name: ostr, sku: ostr, evidence });
const technology = z.looseObject({ id: z.string(), name: z.string().catch('?'), categories: strings, channels: list(channelId), stage, confidence: num, evidence });
const socialLink = z.looseObject({ platform: z.string(), handle: str, url: str, evidence });
const emailCapture = z.looseObject({ present: z.boolean().catch(false), sms: obool, forms: list(z.looseObject({ kind: z.string().catch('other'), selector: str, fields: strings })), evidence });
const claim = z.looseObject({ channel: channelId, stage, media: z.enum(['paid', 'owned', 'earned']).catch('owned'), funnel: z.enum(['tofu', 'mofu', 'bofu']).catch('mofu'), confidence: num, evidence });
const ad = z.looseObject({
  advertiser: nstr,
  headline: nstr,
  text: nstr,
  displayUrl: nstr,
  landingUrl: nstr,
  position: nstr,
  creativeUrl: ostr,
  cta: ostr,
  price: nnum.optional(),
  currency: ostr,
  platforms: strings.optional(),
  sitelinks: list(z.looseObject({ title: str, url: str })).optional(),
  evidence: evidence.optional(),
});
const profile = z.looseObject({ platform: z.string(), handle: nstr, name: nstr, followers: nnum, following: nnum, posts: nnum, bio: nstr, verified: z.boolean().nullable().catch(null), externalUrl: ostr, avatar: ostr });
const serp = z.looseObject({ engine: str, query: nstr, results: list(z.looseObject({ rank: num, title: str, url: str, displayUrl: nstr, snippet: nstr })), blocked: obool });
const promotion = z.looseObject({ type: z.string(), text: z.string(), value: onum, code: ostr, threshold: onum, evidence });
const messaging = z.looseObject({ headline: nstr, hero: nstr, ctas: strings, valueProps: strings });
const EMPTY_MESSAGING = { headline: null, hero: null, ctas: [], valueProps: [] };
const structuredData = z.looseObject({ types: strings, jsonld: z.array(z.unknown()).catch([]), microdata: z.array(z.unknown()).catch([]), rdfa: z.array(z.unknown()).catch([]) });
const EMPTY_STRUCTURED = { types: [], jsonld: [], microdata: [], rdfa: [] };
const campaign = z.looseObject({ channel: channelId.nullable().catch(null), source: nstr, medium: nstr, name: nstr, clickIds: strings, evidence });

const observationShape = z.looseObject({
  url: z.string(),
  domain: nstr,
  kind: z.enum(['page', 'product', 'serp', 'ad', 'social-profile']).catch('page'),
  page: objectOr(pageSchema, EMPTY_PAGE),
  offers: list(offer),
  technologies: list(technology),
  socialProfiles: list(socialLink),
  emailCapture: objectOr(emailCapture, { present: false, evidence: [] }),
  channels: list(claim),
  ads: list(ad),
  profile: objectOr(profile, null),
  serp: objectOr(serp, undefined),
  structuredData: objectOr(structuredData, EMPTY_STRUCTURED),
  promotions: list(promotion),
  messaging: objectOr(messaging, EMPTY_MESSAGING),
  campaign: objectOr(campaign, null),
  adapter: ostr,
  capturedAt: ostr,
  analyzerVersion: num,
});

/** Missing fields are read as null, so each field's own default applies (zod leaves absent keys unparsed). */
const OBSERVATION_KEYS = Object.keys(observationShape.shape);
export const observationSchema = z.preprocess((v) => {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return v;
  const filled: Record<string, unknown> = { ...(v as Record<string, unknown>) };
  for (const k of OBSERVATION_KEYS) if (filled[k] === undefined) filled[k] = null;
  return filled;
}, observationShape);

/** The observation with defaults filled and odd parts dropped, or null when it cannot be one. */
export function normalizeObservation(value: unknown): Observation | null {
  const r = observationSchema.safeParse(value);
  return r.success ? (r.data as Observation) : null;
}

/* ------------------------------------------------------------------ settings */

const text = z.string().catch('');
const numberRecord = z.unknown().optional().transform((v): Record<string, number> => {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return {};
  return Object.fromEntries(Object.entries(v).filter(([k, x]) => k !== '__proto__' && typeof x === 'number' && Number.isFinite(x))) as Record<string, number>;
});
const textRecord = z.unknown().optional().transform((v): Record<string, string> => {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return {};
  return Object.fromEntries(Object.entries(v).filter(([k, x]) => k !== '__proto__' && typeof x === 'string')) as Record<string, string>;
});
const notesSchema = z.object({
  notes: text,
  swot: z.object({ strengths: text, weaknesses: text, opportunities: text, threats: text }).catch({ strengths: '', weaknesses: '', opportunities: '', threats: '' }),
});
const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const oneOf = <T extends string>(v: unknown, options: readonly T[]): v is T => typeof v === 'string' && (options as readonly string[]).includes(v);
const plainStrings = (v: Record<string, unknown>) => Object.fromEntries(Object.entries(v).filter(([k, x]) => k !== '__proto__' && typeof x === 'string'));

/** What each known context field must be; a field failing it is left out (normalizeContext in context.ts fills the default). */
const CONTEXT_FIELDS: Readonly<Record<string, (v: unknown) => unknown>> = {
  brandDomain: (v) => (typeof v === 'string' ? v : undefined),
  market: (v) => (isObj(v) ? plainStrings(v) : undefined),
  stated: (v) => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : undefined),
  audience: (v) => {
    if (!isObj(v)) return undefined;
    const out: Record<string, unknown> = {};
    if (typeof v.description === 'string') out.description = v.description;
    if (oneOf(v.age, ['young', 'adult', 'mature'])) out.age = v.age;
    if (oneOf(v.buyer, ['b2c', 'b2b'])) out.buyer = v.buyer;
    if (oneOf(v.purchase, ['impulse', 'considered'])) out.purchase = v.purchase;
    return out;
  },
  monthlyBudget: (v) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : undefined),
  hoursPerWeek: (v) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : undefined),
  currency: (v) => (typeof v === 'string' && v ? v : undefined),
  usdPerUnit: (v) => (v === null || (typeof v === 'number' && Number.isFinite(v) && v > 0) ? v : undefined),
  skills: (v) => (isObj(v) ? Object.fromEntries(Object.entries(v).filter(([, x]) => x === 0 || x === 1 || x === 2)) : undefined),
  goals: (v) => (Array.isArray(v) ? v.filter((g) => typeof g === 'string') : undefined),
  presenceStrategy: (v) => (oneOf(v, ['gap', 'proven', 'balanced']) ? v : undefined),
};

/** The user's context as far as it has the right types; unknown keys with plain values pass (later versions add some). */
const contextSchema = z.unknown().optional().transform((v): Record<string, unknown> | null => {
  if (!isObj(v)) return null;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) {
    if (k === '__proto__') continue;
    const check = CONTEXT_FIELDS[k];
    const kept = check ? check(x) : typeof x === 'string' || typeof x === 'boolean' || (typeof x === 'number' && Number.isFinite(x)) ? x : undefined;
    if (kept !== undefined) out[k] = kept;
  }
  return out;
});

/** Each setting key's schema; `notes:<id>` keys use `notes`. Keys not listed pass unchanged. */
export const SETTING_SCHEMAS = {
  language: z.string().catch('auto'),
  planContext: contextSchema,
  planWeights: numberRecord,
  benchmarkOverrides: numberRecord,
  benchmarkGoals: numberRecord,
  pestle: textRecord,
  notes: notesSchema,
} as const;

/** A stored setting's value in the type its readers expect (defaults where it had the wrong type). */
export function normalizeSetting(key: string, value: unknown): unknown {
  const schema = key.startsWith('notes:') ? SETTING_SCHEMAS.notes : (SETTING_SCHEMAS as Record<string, z.ZodType>)[key];
  if (!schema) return value;
  const r = schema.safeParse(value);
  return r.success ? r.data : undefined;
}
