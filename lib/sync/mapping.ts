/**
 * Stored rows ⇄ CouchDB documents. Pure: local ids never leave the machine (documents refer to
 * each other by gid), and what only matters locally (a watch's schedule, its last outcome) is
 * never sent.
 */
import type { Observation } from '../analyze/types';
import type { VenueKind } from '../analyze/venues/classify';
import { fromBase64, toBase64 } from '../plan/backup-codec';
import type { CaptureRow, CompetitorRow, ObservationRow, ProfileSnapshotRow } from '../store/db';
import { NOT_YET_CHECKED, type WatchRow } from '../store/watch-schema';
import { ATTACHMENT, attachmentDataUrl, dataUrlAttachment, docId, SYNC_SCHEMA, type CompetitorDoc, type DocType, type InlineAttachment, type NoteDoc, type NoteText, type NoteVersion, type ObservationDoc, type SnapshotDoc, type WatchDoc } from './doc';

/** What goes along with observations: screenshots by default, raw captures when the team chose to (they can be large). */
export interface ShareOptions {
  screenshots: boolean;
  rawCaptures: boolean;
}

export const DEFAULT_SHARE: ShareOptions = { screenshots: true, rawCaptures: false };

const base = <T extends DocType>(type: T, gid: string, updatedAt: string, by: string | null) => ({ _id: docId(type, gid), type, schema: SYNC_SCHEMA, gid, updatedAt, by });

export function competitorDoc(row: CompetitorRow, by: string | null): CompetitorDoc {
  return {
    ...base('competitor', row.gid!, row.updatedAt ?? row.createdAt, by),
    name: row.name,
    domains: row.domains,
    handles: row.handles,
    aliases: row.aliases ?? [],
    own: row.own,
    createdAt: row.createdAt,
    mergedInto: null,
  };
}

/** The document of a competitor that became `survivor`: older clients and late documents find where it went. */
export function redirectDoc(gid: string, survivor: CompetitorDoc): CompetitorDoc {
  return { ...survivor, _id: docId('competitor', gid), gid, mergedInto: survivor.gid };
}

export function observationDoc(row: ObservationRow, competitorGid: string | null, capture: Pick<CaptureRow, 'gz' | 'screenshot'> | undefined, share: ShareOptions, by: string | null): ObservationDoc {
  const attachments: Record<string, InlineAttachment> = {};
  const shot = share.screenshots ? dataUrlAttachment(capture?.screenshot ?? row.screenshot) : null;
  if (shot) attachments[ATTACHMENT.screenshot] = shot;
  if (share.rawCaptures && capture?.gz?.length) attachments[ATTACHMENT.capture] = { content_type: 'application/gzip', data: toBase64(capture.gz) };
  return {
    ...base('observation', row.gid!, row.capturedAt, row.by ?? by),
    competitor: competitorGid,
    venue: row.venue ?? null,
    venueDomain: row.venueDomain ?? null,
    url: row.url,
    domain: row.domain,
    kind: row.kind,
    capturedAt: row.capturedAt,
    analyzerVersion: row.analyzerVersion,
    observation: row.observation,
    ...(Object.keys(attachments).length && { _attachments: attachments }),
  };
}

export function snapshotDoc(row: ProfileSnapshotRow, competitorGid: string, observationGid: string, by: string | null): SnapshotDoc {
  return {
    ...base('snapshot', row.gid!, row.capturedAt, by),
    competitor: competitorGid,
    observationGid,
    profileKey: row.profileKey,
    platform: row.platform,
    capturedAt: row.capturedAt,
    followers: row.followers,
    following: row.following,
    posts: row.posts,
  };
}

/** A note's stored value, read leniently (older notes may lack parts). */
export function noteText(value: unknown): NoteText {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Partial<NoteText>;
  const s = (v.swot ?? {}) as Partial<NoteText['swot']>;
  const str = (x: unknown) => (typeof x === 'string' ? x : '');
  return { notes: str(v.notes), swot: { strengths: str(s.strengths), weaknesses: str(s.weaknesses), opportunities: str(s.opportunities), threats: str(s.threats) } };
}

export function noteDoc(value: unknown, competitorGid: string, updatedAt: string, conflict: NoteVersion[] | null, by: string | null): NoteDoc {
  return { ...base('note', competitorGid, updatedAt, by), competitor: competitorGid, ...noteText(value), conflict };
}

export function watchDoc(row: WatchRow, competitorGid: string | null, by: string | null): WatchDoc {
  return { ...base('watch', row.gid!, row.updatedAt ?? row.createdAt, by), url: row.url, every: row.every, paused: row.paused, competitor: competitorGid, createdAt: row.createdAt };
}

/* ------------------------------------------------------------------ documents → rows */

/** The shared fields of a competitor document, as a row (without its local id). */
export function competitorRow(doc: CompetitorDoc): Omit<CompetitorRow, 'id'> {
  return { gid: doc.gid, name: doc.name, domains: doc.domains, handles: doc.handles, aliases: doc.aliases ?? [], own: !!doc.own, createdAt: doc.createdAt, updatedAt: doc.updatedAt, mergedGids: [], dirty: 0 };
}

export function observationRow(doc: ObservationDoc, competitorId: number | null): Omit<ObservationRow, 'id'> {
  return {
    gid: doc.gid,
    competitorId,
    venue: (doc.venue as VenueKind | null) ?? null,
    venueDomain: doc.venueDomain ?? null,
    url: doc.url,
    domain: doc.domain ?? null,
    kind: doc.kind,
    capturedAt: doc.capturedAt,
    analyzerVersion: doc.analyzerVersion,
    observation: doc.observation as Observation,
    by: doc.by ?? null,
    updatedAt: doc.updatedAt,
    dirty: 0,
  };
}

/** The capture row an observation document brings: its screenshot and, when shared, its raw capture. */
export function captureOf(doc: ObservationDoc): { gz: Uint8Array; bytes: number; screenshot: string | null } | null {
  const a = doc._attachments ?? {};
  const shot = attachmentDataUrl(a[ATTACHMENT.screenshot] as InlineAttachment | undefined);
  const raw = a[ATTACHMENT.capture] as InlineAttachment | undefined;
  const gz = raw && 'data' in raw ? fromBase64(raw.data) : new Uint8Array(0);
  if (!shot && !gz.length) return null;
  // `bytes` 0: no raw capture came, so "re-analyse all" leaves this clip as it is.
  return { gz, bytes: gz.length, screenshot: shot };
}

export function snapshotRow(doc: SnapshotDoc, competitorId: number, observationId: number): Omit<ProfileSnapshotRow, 'id'> {
  return {
    gid: doc.gid,
    competitorId,
    observationId,
    profileKey: doc.profileKey,
    platform: doc.platform,
    capturedAt: doc.capturedAt,
    followers: doc.followers ?? null,
    following: doc.following ?? null,
    posts: doc.posts ?? null,
    updatedAt: doc.updatedAt,
    dirty: 0,
  };
}

export function watchRow(doc: WatchDoc, competitorId: number | null, nowMs: number): Omit<WatchRow, 'id'> {
  return {
    gid: doc.gid,
    url: doc.url,
    origin: new URL(doc.url).origin,
    competitorId,
    every: doc.every,
    paused: !!doc.paused,
    // The browser's access to its site is checked after the sync (lib/background/watch-access.ts).
    revoked: false,
    createdAt: doc.createdAt,
    nextAt: nowMs,
    clipId: null,
    ...NOT_YET_CHECKED,
    updatedAt: doc.updatedAt,
    dirty: 0,
  };
}
