/**
 * Every clip that can hold ads or results: competitors' own clips and venue pages (searches,
 * ad libraries, articles). The swipe file and the search landscape read both; attribution
 * credits each ad or result to the competitor it names, whichever page it was seen on.
 */
import type { PlanData } from './model';
import type { AdSource } from './ads';

export function adSources(data: PlanData): AdSource[] {
  return [...data.observations, ...(data.venuePages ?? [])];
}
