/**
 * The watch tables (schema version 4): watched pages, the outcome of each check, the fetched
 * observations a watch keeps (its baseline and each confirmed change, linked to the one
 * before), and the changes inbox. Kept beside db.ts so the watch schema reads in one place.
 */
import type { EntityTable } from 'dexie';
import type { Observation } from '../analyze/types';
import type { CheckOutcome, Every, FailReason, WatchField } from '../watch/types';
import type { SyncFields } from './sync-marks';

export interface WatchRow extends SyncFields {
  id: number;
  /** The page, without its fragment; one watch per URL. */
  url: string;
  origin: string;
  competitorId: number | null;
  every: Every;
  paused: boolean;
  /** The browser's access to the origin was removed: paused until granted again. */
  revoked: boolean;
  createdAt: string;
  /** When the next check is due (ms since epoch). */
  nextAt: number;
  /** Consecutive failed checks. */
  failures: number;
  lastCheckedAt: string | null;
  lastOutcome: CheckOutcome | null;
  lastReason: FailReason | null;
  /** The fetched observation changes are measured from (watchObservations id), once there is one. */
  baselineId: number | null;
  /** The rendered clip the watch started from (observations id), if any. */
  clipId: number | null;
  /** The fetched HTML lacks most of what the rendered clip had (a page built by scripts). */
  needsRendered: boolean;
}

/**
 * What a watch knows before its first check: no failures, no outcome, no baseline, no hint that
 * the page needs rendering. A new watch, made here or arriving from a teammate, starts from it.
 */
export const NOT_YET_CHECKED = {
  failures: 0,
  lastCheckedAt: null,
  lastOutcome: null,
  lastReason: null,
  baselineId: null,
  needsRendered: false,
} as const satisfies Partial<WatchRow>;

/** A check that found nothing new stores only this: when, and how it went. */
export interface WatchCheckRow {
  id: number;
  watchId: number;
  at: string;
  outcome: CheckOutcome;
  reason: FailReason | null;
  changes: number;
}

export interface WatchObservationRow {
  id: number;
  watchId: number;
  capturedAt: string;
  /** The observation this one was compared with (null for a baseline). */
  previousId: number | null;
  observation: Observation;
}

export interface WatchChangeRow {
  id: number;
  watchId: number;
  competitorId: number | null;
  url: string;
  at: string;
  field: WatchField;
  subject: string | null;
  before: string | number | boolean | null;
  after: string | number | boolean | null;
  currency?: string | null;
  /** The observation that showed the change, and the one before it (watchObservations ids). */
  observationId: number;
  previousId: number | null;
  /** 0 unseen, 1 seen (a number: IndexedDB cannot index booleans). */
  seen: 0 | 1;
}

export type WatchTables = {
  watches: EntityTable<WatchRow, 'id'>;
  watchChecks: EntityTable<WatchCheckRow, 'id'>;
  watchObservations: EntityTable<WatchObservationRow, 'id'>;
  watchChanges: EntityTable<WatchChangeRow, 'id'>;
};

/** Version 4: only the new watch stores. */
export const SCHEMA_V4 = {
  watches: '++id, &url, origin, competitorId, nextAt',
  watchChecks: '++id, watchId, at',
  watchObservations: '++id, watchId',
  watchChanges: '++id, watchId, competitorId, at, seen, field',
} as const;
