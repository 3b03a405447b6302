/**
 * Everything the plan views and the exported plan need, computed once from the data and the
 * settings: the matrix, the recommendation, landscape, pillars for the chosen channels,
 * searches owned and the seeds of the later RACE stages.
 */
import { adSources } from './sources';
import { withOverrides, type Benchmark } from './benchmarks';
import { missingSteps, normalizeContext, normalizeWeights, type UserContext, type Weights } from './context';
import { landscape, type LandscapeRow } from './landscape';
import { computeMatrix, type ChannelMatrix } from './matrix';
import type { Id, PlanData } from './model';
import { pillarsFor, type Pillars } from './pillars';
import { recommend, type Recommendation } from './scoring';
import { searchesOwned, type OwnedSearch } from './searches';
import { raceSeeds, type Seed } from './seeds';
import { searchLandscape, type SearchLandscape } from './search-landscape';
import { missingTags, utmConventions, type CompetitorUtm, type MissingTag } from './campaign-tracking';
import type { PlanSettings } from './settings';

export interface PlanInput {
  data: PlanData;
  settings: PlanSettings;
  context: UserContext;
  weights: Weights;
  benchmarks: Benchmark[];
  matrix: ChannelMatrix;
  recommendation: Recommendation;
  landscape: LandscapeRow[];
  pillars: Pillars[];
  searches: Map<Id, OwnedSearch[]>;
  /** Every clipped query: who ranks, who advertises, share of search, keyword gaps. */
  search: SearchLandscape;
  /** UTM conventions competitors were seen using. */
  utm: CompetitorUtm[];
  /** Measurement tags competitors run that the own site lacks. */
  missingTags: MissingTag[];
  seeds: Seed[];
}

/** `matrix` may be passed when the caller already has it for the same data (the panel memoises it). */
export function buildPlanInput(data: PlanData, settings: PlanSettings, matrix: ChannelMatrix = computeMatrix(data)): PlanInput {
  const context = normalizeContext(settings.context);
  const weights = normalizeWeights(settings.weights);
  const benchmarks = withOverrides(settings.benchmarkOverrides);
  const missing = missingSteps(context, data.competitors.some((c) => c.own));
  const recommendation = recommend(matrix, context, weights, benchmarks, missing, settings.estimateInputs);
  return {
    data,
    settings,
    context,
    weights,
    benchmarks,
    matrix,
    recommendation,
    landscape: landscape(matrix, data),
    pillars: recommendation.focus.map((f) => pillarsFor(f.channel, matrix, data)),
    searches: searchesOwned(data),
    search: searchLandscape(adSources(data), data.competitors),
    utm: utmConventions(data.observations, data.competitors),
    missingTags: missingTags(data.observations, data.competitors),
    seeds: raceSeeds(matrix, data),
  };
}
