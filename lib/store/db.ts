/**
 * The one schema module: the Dexie database `racescout`, its typed tables and every version.
 * A new version is added only when data must move; each keeps its `.upgrade()` and a test
 * opens a database written by the version before it (tests/store/migrations.test.ts).
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Observation, ObservationKind, SocialPlatform } from '../analyze/types';

export const DB_NAME = 'racescout';

export interface CompetitorRow {
  id: number;
  name: string;
  /** Registrable domains attached to this competitor (the first is the one it was created from). */
  domains: string[];
  /** Social handles attached, as `platform:handle` (lower case). */
  handles: string[];
  /** The user's own brand. */
  own: boolean;
  createdAt: string;
}

export interface ObservationRow {
  id: number;
  competitorId: number;
  url: string;
  domain: string | null;
  kind: ObservationKind;
  /** ISO time of the clip. */
  capturedAt: string;
  analyzerVersion: number;
  observation: Observation;
  /** Viewport (or picked-element) screenshot as a data: URL, when one was taken. */
  screenshot?: string | null;
}

/** The raw capture, gzip'd JSON of the CaptureInput, so an observation can be derived again. */
export interface CaptureRow {
  id: number;
  observationId: number;
  gz: Uint8Array;
  bytes: number;
}

/** One dated reading of a social profile's counts (follower growth over time). */
export interface ProfileSnapshotRow {
  id: number;
  competitorId: number;
  observationId: number;
  /** `platform:handle` */
  profileKey: string;
  platform: SocialPlatform;
  capturedAt: string;
  followers: number | null;
  following: number | null;
  posts: number | null;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

export type RaceScoutDb = Dexie & {
  competitors: EntityTable<CompetitorRow, 'id'>;
  observations: EntityTable<ObservationRow, 'id'>;
  captures: EntityTable<CaptureRow, 'id'>;
  snapshots: EntityTable<ProfileSnapshotRow, 'id'>;
  settings: EntityTable<SettingRow, 'key'>;
};

/** Version 1 stores; later versions list only what changes (see the migrations module). */
export const SCHEMA_V1 = {
  competitors: '++id, name, *domains, *handles',
  observations: '++id, competitorId, capturedAt, [competitorId+capturedAt], url, kind',
  captures: '++id, &observationId',
  settings: 'key',
} as const;
