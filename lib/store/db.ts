/**
 * The one schema module: the Dexie database `racescout`, its typed tables and every version.
 * A new version is added only when data must move; each keeps its `.upgrade()` and a test
 * opens a database written by the version before it (tests/store/migrations.test.ts).
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Observation, ObservationKind, SocialPlatform } from '../analyze/types';
import type { VenueKind } from '../analyze/venues/classify';
import { migrateVenuesV3 } from './migrate-venues';
import { SCHEMA_V4, type WatchTables } from './watch-schema';
import { installSyncMarks, type SyncFields } from './sync-marks';
import { migrateSyncV6 } from './migrate-sync';
import type { NoteVersion } from '../sync/doc';

export const DB_NAME = 'racescout';

export interface CompetitorRow extends SyncFields {
  id: number;
  name: string;
  /** Registrable domains attached to this competitor (the first is the one it was created from). */
  domains: string[];
  /** Social handles attached, as `platform:handle` (lower case). */
  handles: string[];
  /** The user's own brand. */
  own: boolean;
  createdAt: string;
  /** Other names it goes by (advertiser and profile names seen in clips), lower case; since version 2. */
  aliases?: string[];
  /** Gids of competitors that became this one (same domain on two machines, or merged by a user); since version 6. */
  mergedGids?: string[];
}

export interface ObservationRow extends SyncFields {
  id: number;
  /** The competitor whose page (or ad) this is; null for a venue page (since version 3). */
  competitorId: number | null;
  /** Set on a venue page: a search, ad-library, social, marketplace or publisher page (since version 3). */
  venue?: VenueKind | null;
  /** Registrable domain of that venue (`google.de`). */
  venueDomain?: string | null;
  url: string;
  domain: string | null;
  kind: ObservationKind;
  /** ISO time of the clip. */
  capturedAt: string;
  analyzerVersion: number;
  observation: Observation;
  /** Viewport (or picked-element) screenshot as a data: URL, when one was taken. */
  screenshot?: string | null;
  /** The CouchDB user who clipped it (set when it was synced; since version 6). */
  by?: string | null;
}

/** The raw capture, gzip'd JSON of the CaptureInput, so an observation can be derived again. */
export interface CaptureRow {
  id: number;
  observationId: number;
  gz: Uint8Array;
  /** Length of the JSON before compression. */
  bytes: number;
  /** Viewport (or picked-element) screenshot as a data: URL; kept here, not on the observation, so list queries stay light. */
  screenshot?: string | null;
}

/** One dated reading of a social profile's counts (follower growth over time). */
export interface ProfileSnapshotRow extends SyncFields {
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

/**
 * A business seen on a venue page (an advertiser, a ranking domain) that is no competitor yet:
 * the user accepts it ("add as competitor?") or dismisses it; nothing becomes a competitor
 * silently. One row per registrable domain (since version 3).
 */
export interface SuggestionRow {
  id: number;
  domain: string;
  /** The advertiser's name where an ad gave one, else the domain. */
  name: string;
  status: 'open' | 'accepted' | 'dismissed';
  /** How it was seen: as an advertiser, a ranking result, or both. */
  via: ('ad' | 'result')[];
  firstSeen: string;
  lastSeen: string;
  /** How many venue pages showed it. */
  seen: number;
  /** Some of those venue pages (latest last), to show where. */
  observationIds: number[];
}

/** The user's tags and boards of one distinct ad of the swipe file (lib/plan/ads.ts `adKey`); since version 5. */
export interface AdLabelRow {
  key: string;
  tags: string[];
  boards: string[];
  updatedAt: string;
}

export interface SettingRow extends SyncFields {
  key: string;
  value: unknown;
  /** A note edited on two machines at once: the versions its text now joins (since version 6). */
  conflict?: NoteVersion[] | null;
}

export type RaceScoutDb = Dexie & {
  competitors: EntityTable<CompetitorRow, 'id'>;
  observations: EntityTable<ObservationRow, 'id'>;
  captures: EntityTable<CaptureRow, 'id'>;
  snapshots: EntityTable<ProfileSnapshotRow, 'id'>;
  settings: EntityTable<SettingRow, 'key'>;
  suggestions: EntityTable<SuggestionRow, 'id'>;
  adLabels: EntityTable<AdLabelRow, 'key'>;
} & WatchTables;

/** Version 1 stores; later versions list only what changes. */
export const SCHEMA_V1 = {
  competitors: '++id, name, *domains, *handles',
  observations: '++id, competitorId, capturedAt, [competitorId+capturedAt], url, kind',
  captures: '++id, &observationId',
  settings: 'key',
} as const;

/** Version 2: dated readings of social profiles (follower growth), and competitors' other names (ads and profiles name them so). */
export const SCHEMA_V2 = {
  competitors: '++id, name, *domains, *handles, *aliases',
  snapshots: '++id, competitorId, observationId, profileKey, [profileKey+capturedAt]',
} as const;

/**
 * Version 3: venues are not competitors. Venue pages stay in `observations` with no competitor
 * and a `venue` (indexed); businesses seen on them wait in `suggestions` until the user decides.
 */
export const SCHEMA_V3 = {
  observations: '++id, competitorId, capturedAt, [competitorId+capturedAt], url, kind, venue',
  suggestions: '++id, &domain, status',
} as const;

/** Version 5: tags and boards the user gives ads in the swipe file (a new table; nothing moves). */
export const SCHEMA_V5 = {
  adLabels: '&key, *tags, *boards',
} as const;

/**
 * Version 6: team sync. Every shared row (competitor, observation, snapshot, note, watch) gets a
 * global id (`gid`, unique), an `updatedAt` and a `dirty` mark (indexed: what waits to be sent);
 * competitors remember the gids merged into them; observations who clipped them.
 */
export const SCHEMA_V6 = {
  competitors: '++id, name, *domains, *handles, *aliases, &gid, dirty, *mergedGids',
  observations: '++id, competitorId, capturedAt, [competitorId+capturedAt], url, kind, venue, &gid, dirty, [by+capturedAt]',
  snapshots: '++id, competitorId, observationId, profileKey, [profileKey+capturedAt], &gid, dirty',
  watches: '++id, &url, origin, competitorId, nextAt, &gid, dirty',
  settings: 'key, dirty',
} as const;

/** The database with every version declared; `name` lets tests open a throwaway copy. */
export function openRaceScoutDb(name: string = DB_NAME): RaceScoutDb {
  const database = new Dexie(name) as RaceScoutDb;
  database.version(1).stores(SCHEMA_V1);
  database
    .version(2)
    .stores(SCHEMA_V2)
    .upgrade(async (tx) => {
      // Profiles clipped before snapshots existed still count: derive one snapshot per stored
      // social-profile observation.
      const rows = (await tx.table('observations').where('kind').equals('social-profile').toArray()) as ObservationRow[];
      const snapshots = rows.map(snapshotOf).filter((s): s is Omit<ProfileSnapshotRow, 'id'> => s !== null);
      if (snapshots.length) await tx.table('snapshots').bulkAdd(snapshots);
    });
  // Search engines, publishers and the like that earlier versions made competitors become venue pages.
  database.version(3).stores(SCHEMA_V3).upgrade(migrateVenuesV3);
  // Version 4 only adds the watch stores (watch-schema.ts): nothing stored earlier moves.
  database.version(4).stores(SCHEMA_V4);
  database.version(5).stores(SCHEMA_V5);
  // Everything stored before gets its global id and waits to be shared on the first sync.
  database.version(6).stores(SCHEMA_V6).upgrade(migrateSyncV6);
  installSyncMarks(database);
  return database;
}

/** The snapshot a stored profile observation implies, or null when it names no profile. */
export function snapshotOf(row: Pick<ObservationRow, 'id' | 'competitorId' | 'capturedAt' | 'observation'>): Omit<ProfileSnapshotRow, 'id'> | null {
  const profile = row.observation?.profile;
  if (!profile?.platform || !profile.handle || row.competitorId === null) return null;
  return {
    competitorId: row.competitorId,
    observationId: row.id,
    profileKey: profileKey(profile.platform, profile.handle),
    platform: profile.platform,
    capturedAt: row.capturedAt,
    followers: profile.followers ?? null,
    following: profile.following ?? null,
    posts: profile.posts ?? null,
  };
}

/** `platform:handle`, lower case, without the `@`: how competitors list their handles. */
export function profileKey(platform: string, handle: string): string {
  return `${platform}:${handle.replace(/^@/, '')}`.toLowerCase();
}

/** The extension's database (one per extension origin: background, panel and report share it). */
export const db: RaceScoutDb = openRaceScoutDb();
