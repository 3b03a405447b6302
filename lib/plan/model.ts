/**
 * The plan's view of stored data. lib/plan works on these narrow shapes, not on Dexie rows, so
 * scoring, matrix and exports stay pure and testable in Node; lib/plan/source.ts maps store rows
 * onto them.
 */
import type { Observation } from '../analyze/types';

/** Store ids may be numbers (auto-increment) or strings; the plan never does arithmetic on them. */
export type Id = number | string;

export interface PlanCompetitor {
  id: Id;
  name: string;
  /** Registrable domains attached to this competitor. */
  domains: string[];
  /** Social handles attached, as `platform:handle`. */
  handles: string[];
  /** The user's own brand. */
  own: boolean;
}

export interface PlanObservation {
  id: Id;
  competitorId: Id;
  /** ISO time of the clip. */
  capturedAt: string;
  obs: Observation;
}

/** Everything the plan reads, in one value. */
export interface PlanData {
  competitors: PlanCompetitor[];
  observations: PlanObservation[];
}
