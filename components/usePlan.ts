/**
 * Live plan data for the views: observations and settings are read through named queries and
 * watched separately, so typing in a settings form does not re-read 10,000 observations; the
 * matrix is recomputed only when the data changes.
 */
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { planData, planSettings } from '../lib/store/queries-plan';
import { computeMatrix } from '../lib/plan/matrix';
import { buildPlanInput, type PlanInput } from '../lib/plan/plan-input';

export function usePlanInput(): PlanInput | undefined {
  const data = useLiveQuery(planData, []);
  const settings = useLiveQuery(planSettings, []);
  const matrix = useMemo(() => (data ? computeMatrix(data) : undefined), [data]);
  return useMemo(() => (data && settings && matrix ? buildPlanInput(data, settings, matrix) : undefined), [data, settings, matrix]);
}
