/**
 * The store's own actions: saving a clip and deriving stored observations again. (The panel's
 * read queries and competitor edits are in queries-plan.ts.)
 */
import type { CaptureInput, Observation } from '../analyze/types';
import { db, snapshotOf, type CompetitorRow, type ObservationRow, type RaceScoutDb } from './db';
import { decodeCapture, encodeCapture, type EncodedCapture } from './capture-codec';
import type { MatchKeys } from './match';
import { CompetitorIndex, fileObservation } from './attribution';
import { recordSuggestions } from './suggestion-record';
import { newGid, snapshotGid } from './sync-marks';

/**
 * Files the clip (attribution.ts: a competitor's own page, or a venue page whose ads and results
 * are credited) and writes it in ONE transaction: the competitor found or created, or the venue
 * page and its suggestions; the observation, the gzip'd raw capture with the screenshot and, for
 * a profile, its dated snapshot. All of it is stored, or nothing (a failure or a service worker
 * stopped mid-way aborts the transaction). Returns the observation id.
 */
export async function saveClip(capture: CaptureInput, observation: Observation, screenshot: string | null, database: RaceScoutDb = db): Promise<number> {
  // Compress before the transaction opens: IndexedDB transactions should not wait on CPU work.
  return saveEncodedClip(encodeCapture(capture), capture, observation, screenshot, database);
}

/** saveClip with the capture already compressed (the analysis worker gzips it off the service worker's thread). */
export async function saveEncodedClip(
  { gz, bytes }: EncodedCapture,
  capture: Pick<CaptureInput, 'capturedAt'>,
  observation: Observation,
  screenshot: string | null,
  database: RaceScoutDb = db,
): Promise<number> {
  const capturedAt = capture.capturedAt ?? observation.capturedAt ?? new Date().toISOString();
  const { competitors, observations, captures, snapshots, suggestions } = database;
  return database.transaction('rw', [competitors, observations, captures, snapshots, suggestions], async () => {
    const filing = fileObservation(observation, new CompetitorIndex(await competitors.toArray()));
    const place =
      filing.to === 'competitor'
        ? { competitorId: await findOrCreateCompetitor(database, filing.keys, capturedAt) }
        : { competitorId: null, venue: filing.venue.kind, venueDomain: filing.venue.domain };
    const row: Omit<ObservationRow, 'id'> = {
      // Given here, not by the store's hook, so its snapshot's gid can be derived from it.
      gid: newGid(),
      ...place,
      url: observation.url,
      domain: observation.domain,
      kind: observation.kind,
      capturedAt,
      analyzerVersion: observation.analyzerVersion,
      observation,
    };
    const observationId = await observations.add(row as ObservationRow);
    await captures.add({ observationId, gz, bytes, screenshot } as never);
    const snapshot = snapshotOf({ ...row, id: observationId });
    if (snapshot) await snapshots.add({ ...snapshot, gid: snapshotGid(row.gid!) } as never);
    if (filing.to === 'venue') await recordSuggestions(suggestions, filing.credits, observationId, capturedAt);
    return observationId;
  });
}

/** Must run inside a transaction over `competitors`. */
export async function findOrCreateCompetitor(database: RaceScoutDb, keys: MatchKeys, now: string): Promise<number> {
  const found = await findCompetitor(database, keys);
  if (found) {
    await attachKeys(database, found, keys);
    return found.id;
  }
  const handles = [...(keys.handle ? [keys.handle] : []), ...(await unclaimedHandles(database, keys.linkedHandles))];
  const created: Omit<CompetitorRow, 'id'> = {
    name: keys.newName,
    domains: keys.domains.slice(0, 1),
    handles: [...new Set(handles)],
    own: false,
    createdAt: now,
    aliases: keys.name ? [keys.name.toLowerCase()] : [],
  };
  return database.competitors.add(created as CompetitorRow);
}

async function findCompetitor(database: RaceScoutDb, keys: MatchKeys): Promise<CompetitorRow | undefined> {
  const { competitors } = database;
  if (keys.handle) {
    const byHandle = await competitors.where('handles').equals(keys.handle).first();
    if (byHandle) return byHandle;
  }
  for (const domain of keys.domains) {
    const byDomain = await competitors.where('domains').equals(domain).first();
    if (byDomain) return byDomain;
  }
  if (!keys.name) return undefined;
  return (await competitors.where('aliases').equals(keys.name.toLowerCase()).first()) ?? competitors.where('name').equalsIgnoreCase(keys.name).first();
}

/**
 * What this clip teaches about a known competitor: the handle it was found by, the handles its
 * own page links to, the name an ad or profile gives it, a profile's website.
 */
async function attachKeys(database: RaceScoutDb, competitor: CompetitorRow, keys: MatchKeys): Promise<void> {
  const handles = addAll(competitor.handles, [...(keys.handle ? [keys.handle] : []), ...(await unclaimedHandles(database, keys.linkedHandles))]);
  const aliases = addAll(competitor.aliases, keys.name && keys.name.toLowerCase() !== competitor.name.toLowerCase() ? [keys.name.toLowerCase()] : []);
  const domains = addAll(competitor.domains, keys.handle ? keys.domains.slice(0, 1) : []);
  const patch = { ...(handles && { handles }), ...(aliases && { aliases }), ...(domains && { domains }) };
  if (Object.keys(patch).length) await database.competitors.update(competitor.id, patch);
}

/** `list` with `more` added, or null when nothing new was added. */
function addAll(list: string[] | undefined, more: string[]): string[] | null {
  const next = [...new Set([...(list ?? []), ...more])];
  return next.length > (list ?? []).length ? next : null;
}

/** Handles no competitor has yet (a handle belongs to one competitor; the first to claim it keeps it). */
async function unclaimedHandles(database: RaceScoutDb, handles: string[]): Promise<string[]> {
  if (!handles.length) return [];
  const claimed = new Set((await database.competitors.where('handles').anyOf(handles).toArray()).flatMap((c) => c.handles));
  return [...new Set(handles)].filter((h) => !claimed.has(h));
}

export interface ReanalyzeResult {
  reanalyzed: number;
  failed: number;
}

/**
 * "Re-analyse all": derives every stored observation again from its raw capture with the
 * analyzer given (the current one), keeping its competitor and time. Each observation is
 * rewritten in its own transaction, so a failure leaves the others done and itself unchanged.
 */
export async function reanalyzeAll(analyze: (capture: CaptureInput) => Observation | Promise<Observation>, database: RaceScoutDb = db): Promise<ReanalyzeResult> {
  // A team member's clip synced without its raw capture has nothing to derive again from.
  const ids = (await database.captures.filter((c) => c.gz.length > 0).primaryKeys()) as number[];
  const result: ReanalyzeResult = { reanalyzed: 0, failed: 0 };
  for (const id of ids) {
    const ok = await reanalyzeOne(database, id, analyze).catch(() => false);
    result[ok ? 'reanalyzed' : 'failed']++;
  }
  return result;
}

async function reanalyzeOne(database: RaceScoutDb, captureId: number, analyze: (capture: CaptureInput) => Observation | Promise<Observation>): Promise<boolean> {
  const capture = await database.captures.get(captureId);
  if (!capture) return false;
  const input = decodeCapture(capture.gz);
  const observation = await analyze(input);
  const { observations, snapshots } = database;
  return database.transaction('rw', observations, snapshots, async () => {
    const row = await observations.get(capture.observationId);
    if (!row) return false;
    const next: ObservationRow = { ...row, observation: { ...observation, capturedAt: row.capturedAt }, kind: observation.kind, domain: observation.domain, analyzerVersion: observation.analyzerVersion };
    await observations.put(next);
    await snapshots.where('observationId').equals(row.id).delete();
    const snapshot = snapshotOf(next);
    if (snapshot) await snapshots.add({ ...snapshot, ...(row.gid && { gid: snapshotGid(row.gid) }) } as never);
    return true;
  });
}
