/**
 * How two versions of a shared record become one, the same on every machine whatever order
 * they meet in: each function here is commutative (merge(a, b) equals merge(b, a)).
 *
 * - observations and snapshots never change once made: the first written stays;
 * - competitors: domains, handles and aliases are joined, name and "own" follow the latest edit;
 *   two competitors with a registrable domain in common become one, the older (then the
 *   smaller gid) surviving;
 * - a note edited on two machines at once keeps both texts, flagged for the user;
 * - a watch follows the latest edit.
 */
import type { CompetitorDoc, NoteText, NoteVersion, WatchDoc } from './doc';

/** A total order on anything JSON: the final tie-break, so no two inputs compare equal unless identical. */
const json = (v: unknown) => JSON.stringify(v);
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export type CompetitorFields = Pick<CompetitorDoc, 'gid' | 'name' | 'domains' | 'handles' | 'aliases' | 'own' | 'createdAt' | 'updatedAt' | 'by' | 'mergedInto'>;

/** Older first, then the smaller gid: which of two competitors survives when they become one. */
export function survivorOrder(a: Pick<CompetitorFields, 'createdAt' | 'gid'>, b: Pick<CompetitorFields, 'createdAt' | 'gid'>): number {
  return cmp(a.createdAt, b.createdAt) || cmp(a.gid, b.gid);
}

/** Later edit first; ties broken by author, then content. */
function latestFirst<T extends { updatedAt: string; by?: string | null }>(a: T, b: T): number {
  return cmp(b.updatedAt, a.updatedAt) || cmp(b.by ?? '', a.by ?? '') || cmp(json(b), json(a));
}

const union = (...lists: (readonly string[] | undefined)[]) => [...new Set(lists.flatMap((l) => l ?? []))];

/**
 * Two versions of competitors that are one (same gid, or sharing a domain): the survivor's gid
 * and creation, every domain, handle and alias of both, the latest name and "own" flag.
 */
export function mergeCompetitors<T extends CompetitorFields>(a: T, b: T): T {
  const [first, second] = survivorOrder(a, b) <= 0 ? [a, b] : [b, a];
  // Same gid: both are versions of one record, so the order of lists follows the survivor's
  // own order (the first domain is the one it was created from).
  const [latest] = [a, b].sort(latestFirst);
  const gid = first.gid;
  return {
    ...first,
    gid,
    name: latest.name,
    own: latest.own,
    domains: union(first.domains, second.domains),
    handles: union(first.handles, second.handles),
    aliases: union(first.aliases, second.aliases),
    updatedAt: latest.updatedAt,
    by: latest.by,
    mergedInto: a.gid === b.gid ? (a.mergedInto ?? b.mergedInto ?? null) : null,
  };
}

/** Whether two competitors are the same business: a registrable domain in common. */
export function sameBusiness(a: Pick<CompetitorFields, 'domains'>, b: Pick<CompetitorFields, 'domains'>): boolean {
  const mine = new Set(a.domains.map((d) => d.toLowerCase()));
  return b.domains.some((d) => mine.has(d.toLowerCase()));
}

const SWOT_KEYS = ['strengths', 'weaknesses', 'opportunities', 'threats'] as const;

export function sameText(a: NoteText, b: NoteText): boolean {
  return a.notes === b.notes && SWOT_KEYS.every((k) => (a.swot[k] ?? '') === (b.swot[k] ?? ''));
}

/** The line that separates two kept versions of a note's text. */
export const versionLine = (v: Pick<NoteVersion, 'by' | 'updatedAt'>) => `──── ${v.by ?? '?'} · ${v.updatedAt.slice(0, 16).replace('T', ' ')} ────`;

function joinTexts(versions: readonly NoteVersion[], pick: (v: NoteText) => string): string {
  const texts = versions.map((v) => ({ v, text: pick(v) ?? '' }));
  const distinct = texts.filter((t, i) => t.text.trim() && texts.findIndex((u) => u.text === t.text) === i);
  if (distinct.length <= 1) return distinct[0]?.text ?? '';
  return distinct.map((t) => `${versionLine(t.v)}\n${t.text}`).join('\n\n');
}

/**
 * A note edited on two machines at once: nothing is dropped. Each field where the versions
 * differ holds both texts, oldest first, each under a line naming who wrote it and when; the
 * versions are kept for the panel's flag. Commutative, so both machines write the same note.
 */
export function keepBothNotes(a: NoteVersion, b: NoteVersion): NoteText & { conflict: NoteVersion[]; updatedAt: string; by: string | null } {
  const versions = [a, b].sort((x, y) => -latestFirst(x, y));
  const [, newest] = versions;
  return {
    notes: joinTexts(versions, (v) => v.notes),
    swot: Object.fromEntries(SWOT_KEYS.map((k) => [k, joinTexts(versions, (v) => v.swot[k])])) as NoteText['swot'],
    conflict: versions,
    updatedAt: newest.updatedAt,
    by: newest.by,
  };
}

/** Two versions of one watch: the later edit wins, whole. */
export function latestWatch<T extends Pick<WatchDoc, 'updatedAt' | 'by'>>(a: T, b: T): T {
  return [a, b].sort(latestFirst)[0];
}
