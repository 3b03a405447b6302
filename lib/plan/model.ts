/**
 * The plan's view of stored data. lib/plan works on these narrow shapes, not on Dexie rows, so
 * scoring, matrix and exports stay pure and testable in Node; lib/store/queries-plan.ts maps
 * store rows onto them.
 */
import type { Observation, SocialPlatform } from '../analyze/types';

/** Store keys (auto-increment); the plan compares them, never does arithmetic on them. */
export type Id = number;

export interface PlanCompetitor {
  id: Id;
  name: string;
  /** Registrable domains attached to this competitor. */
  domains: string[];
  /** Social handles attached, as `platform:handle`. */
  handles: string[];
  /** The user's own brand. */
  own: boolean;
  /** Other names it goes by (advertiser and profile names), lower case: ads on venue pages are credited by them too. */
  aliases?: string[];
}

/**
 * A page of a venue (search engine, ad library, social network, marketplace, publisher): never a
 * competitor's row; the ads and results on it are credited to competitors when read.
 */
export interface PlanVenuePage {
  id: Id;
  /** search | ad-library | social | marketplace | publisher */
  venue: string;
  /** Registrable domain of the venue. */
  venueDomain: string | null;
  capturedAt: string;
  obs: Observation;
}

export interface PlanObservation {
  id: Id;
  competitorId: Id;
  /** ISO time of the clip. */
  capturedAt: string;
  obs: Observation;
}

/** One dated follower reading of a social profile (the store's `snapshots` table). */
export interface PlanSnapshot {
  competitorId: Id;
  observationId: Id;
  /** `platform:handle` */
  profileKey: string;
  platform: SocialPlatform;
  capturedAt: string;
  followers: number;
}

/** Everything the plan reads, in one value. */
export interface PlanData {
  competitors: PlanCompetitor[];
  /** Competitors' own clips (and their picked ads). */
  observations: PlanObservation[];
  snapshots: PlanSnapshot[];
  /** Venue pages; absent where a caller has none. */
  venuePages?: PlanVenuePage[];
}
