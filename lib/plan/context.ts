/**
 * The user's own context for channel selection and its defaults. Stored in settings under
 * `planContext`; `normalizeContext` repairs partial or old values so the scorer never sees holes.
 */
import type { AudienceAge, AudienceBuyer, AudiencePurchase, Skill } from './channel-profiles';
import { SKILLS } from './channel-profiles';

export type Goal = 'awareness' | 'traffic' | 'leads' | 'sales' | 'retention';
export const GOALS: readonly Goal[] = ['awareness', 'traffic', 'leads', 'sales', 'retention'];

/** How to read competitors' presence: a gap is an opening, presence proves demand, or both. */
export type PresenceStrategy = 'gap' | 'proven' | 'balanced';

export type SkillLevel = 0 | 1 | 2;

export interface UserContext {
  audience: { description: string; age: AudienceAge; buyer: AudienceBuyer; purchase: AudiencePurchase };
  monthlyBudget: number;
  currency: string;
  /** USD per unit of `currency`; empty means the built-in approximation. */
  usdPerUnit: number | null;
  skills: Record<Skill, SkillLevel>;
  hoursPerWeek: number;
  goals: Goal[];
  presenceStrategy: PresenceStrategy;
}

export type Factor = 'audience' | 'presence' | 'cost' | 'team' | 'funnel';
export const FACTORS: readonly Factor[] = ['audience', 'presence', 'cost', 'team', 'funnel'];
export type Weights = Record<Factor, number>;

export const DEFAULT_WEIGHTS: Weights = { audience: 0.25, presence: 0.2, cost: 0.2, team: 0.2, funnel: 0.15 };

export const DEFAULT_CONTEXT: UserContext = {
  audience: { description: '', age: 'adult', buyer: 'b2c', purchase: 'impulse' },
  monthlyBudget: 500,
  currency: 'USD',
  usdPerUnit: null,
  skills: Object.fromEntries(SKILLS.map((s) => [s, 1])) as Record<Skill, SkillLevel>,
  hoursPerWeek: 10,
  goals: ['sales'],
  presenceStrategy: 'balanced',
};

/** Fill what is missing from a stored (possibly older) context with defaults. */
export function normalizeContext(value: Partial<UserContext> | null | undefined): UserContext {
  const v = value ?? {};
  return {
    ...DEFAULT_CONTEXT,
    ...v,
    audience: { ...DEFAULT_CONTEXT.audience, ...(v.audience ?? {}) },
    skills: { ...DEFAULT_CONTEXT.skills, ...(v.skills ?? {}) },
    goals: Array.isArray(v.goals) ? v.goals.filter((g): g is Goal => GOALS.includes(g)) : DEFAULT_CONTEXT.goals,
  };
}

export function normalizeWeights(value: Partial<Weights> | null | undefined): Weights {
  const w = { ...DEFAULT_WEIGHTS, ...(value ?? {}) };
  for (const f of Object.keys(w) as Factor[]) if (!Number.isFinite(w[f]) || w[f] < 0) w[f] = 0;
  return w;
}
