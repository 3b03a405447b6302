/**
 * The documents RaceScout keeps in a team's CouchDB database: one per shared record, `_id`
 * `<type>:<gid>`, each carrying the sync schema it was written with. Pure: the mapping between
 * stored rows and documents runs in Node (tests, the benchmark) and in the service worker alike.
 */
import type { Observation, ObservationKind, SocialPlatform } from '../analyze/types';
import type { Every } from '../watch/types';

/** The document schema this client writes and understands; documents above it are skipped. */
export const SYNC_SCHEMA = 1;

export const DOC_TYPES = ['competitor', 'observation', 'snapshot', 'note', 'watch'] as const;
export type DocType = (typeof DOC_TYPES)[number];

/** An attachment as CouchDB takes and gives it inline (base64). */
export interface InlineAttachment {
  content_type: string;
  data: string;
}

export interface BaseDoc {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  type: DocType;
  schema: number;
  gid: string;
  updatedAt: string;
  /** The CouchDB user name of whoever wrote it (who clipped, for an observation). */
  by: string | null;
  _attachments?: Record<string, InlineAttachment | { stub: true; content_type: string }>;
}

export interface CompetitorDoc extends BaseDoc {
  type: 'competitor';
  name: string;
  domains: string[];
  handles: string[];
  aliases: string[];
  own: boolean;
  createdAt: string;
  /** Set when this competitor became one with another (same domain on two machines, or merged by a user). */
  mergedInto: string | null;
}

export interface ObservationDoc extends BaseDoc {
  type: 'observation';
  /** The competitor's gid, or null for a venue page. */
  competitor: string | null;
  venue: string | null;
  venueDomain: string | null;
  url: string;
  domain: string | null;
  kind: ObservationKind;
  capturedAt: string;
  analyzerVersion: number;
  observation: Observation;
}

export interface SnapshotDoc extends BaseDoc {
  type: 'snapshot';
  competitor: string;
  observationGid: string;
  profileKey: string;
  platform: SocialPlatform;
  capturedAt: string;
  followers: number | null;
  following: number | null;
  posts: number | null;
}

export interface NoteText {
  notes: string;
  swot: { strengths: string; weaknesses: string; opportunities: string; threats: string };
}

/** One version kept when a note was edited on two machines at once. */
export interface NoteVersion extends NoteText {
  by: string | null;
  updatedAt: string;
}

export interface NoteDoc extends BaseDoc, NoteText {
  type: 'note';
  /** The competitor's gid (also the note's gid: one note per competitor). */
  competitor: string;
  /** Set when two machines edited it at once: the text holds both, these are the versions. */
  conflict: NoteVersion[] | null;
}

export interface WatchDoc extends BaseDoc {
  type: 'watch';
  url: string;
  every: Every;
  paused: boolean;
  competitor: string | null;
  createdAt: string;
}

export type SyncDoc = CompetitorDoc | ObservationDoc | SnapshotDoc | NoteDoc | WatchDoc;

export const docId = (type: DocType, gid: string) => `${type}:${gid}`;

/** `{ type, gid }` of a document id this client writes, or null for any other id. */
export function parseDocId(id: string): { type: DocType; gid: string } | null {
  const i = id.indexOf(':');
  const type = id.slice(0, i) as DocType;
  return i > 0 && DOC_TYPES.includes(type) ? { type, gid: id.slice(i + 1) } : null;
}

export type DocVerdict = { use: true; doc: SyncDoc } | { use: false; why: 'newer' | 'malformed' | 'foreign' | 'deleted' };

const isString = (v: unknown): v is string => typeof v === 'string';
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);

/** What each type must hold to be applied; a document lacking any of it is skipped, never half-applied. */
const REQUIRED: Record<DocType, (d: Record<string, unknown>) => boolean> = {
  competitor: (d) => isString(d.name) && isStrings(d.domains) && isStrings(d.handles) && isString(d.createdAt),
  observation: (d) => isString(d.url) && isString(d.capturedAt) && isString(d.kind) && typeof d.observation === 'object' && d.observation !== null,
  snapshot: (d) => isString(d.competitor) && isString(d.observationGid) && isString(d.profileKey) && isString(d.capturedAt),
  note: (d) => isString(d.competitor) && isString(d.notes) && typeof d.swot === 'object' && d.swot !== null,
  watch: (d) => isString(d.url) && isString(d.every) && isString(d.createdAt),
};

/**
 * Whether a document from the server can be applied: one of ours, of a schema this client
 * knows, well formed. A document from a newer RaceScout is left alone (counted, not applied),
 * so an older client never rewrites what it does not understand.
 */
export function checkDoc(raw: unknown): DocVerdict {
  if (typeof raw !== 'object' || raw === null) return { use: false, why: 'malformed' };
  const d = raw as Record<string, unknown>;
  const id = isString(d._id) ? parseDocId(d._id) : null;
  if (!id) return { use: false, why: 'foreign' };
  if (d._deleted) return { use: false, why: 'deleted' };
  if (typeof d.schema !== 'number' || !Number.isInteger(d.schema) || d.schema < 1) return { use: false, why: 'malformed' };
  if (d.schema > SYNC_SCHEMA) return { use: false, why: 'newer' };
  if (d.type !== id.type || d.gid !== id.gid || !isString(d.updatedAt) || !REQUIRED[id.type](d)) return { use: false, why: 'malformed' };
  return { use: true, doc: d as unknown as SyncDoc };
}

/** A data: URL as an inline attachment, or null when it is none. */
export function dataUrlAttachment(url: string | null | undefined): InlineAttachment | null {
  const m = url ? /^data:([a-z]+\/[a-z0-9.+-]+);base64,(.*)$/is.exec(url) : null;
  return m ? { content_type: m[1], data: m[2] } : null;
}

export function attachmentDataUrl(a: InlineAttachment | undefined): string | null {
  return a && /^image\/(png|jpeg|webp)$/.test(a.content_type) ? `data:${a.content_type};base64,${a.data}` : null;
}

/** Attachment names on an observation document. */
export const ATTACHMENT = { screenshot: 'screenshot', capture: 'capture.json.gz' } as const;
