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

/**
 * What Reach asks for first, in this order. Until all are given the plan is a draft on assumed
 * values; `stated` records which of budget, goal and audience the user has actually entered
 * (their defaults look like real values, so the value alone cannot tell).
 */
export type ContextStep = 'brand' | 'market' | 'budget' | 'goal' | 'audience';
export const CONTEXT_STEPS: readonly ContextStep[] = ['brand', 'market', 'budget', 'goal', 'audience'];

export interface UserContext {
  /** The user's own shop when it is not one of the clipped competitors (a registrable domain). */
  brandDomain: string;
  /** Where the user sells: ISO country, language and the currency prices are in. */
  market: { country: string; language: string; currency: string };
  /** Steps the user has entered themselves. */
  stated: ContextStep[];
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
  brandDomain: '',
  market: { country: '', language: '', currency: '' },
  stated: [],
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
    market: { ...DEFAULT_CONTEXT.market, ...(v.market ?? {}) },
    brandDomain: typeof v.brandDomain === 'string' ? v.brandDomain : '',
    stated: Array.isArray(v.stated) ? v.stated.filter((x): x is ContextStep => CONTEXT_STEPS.includes(x)) : [],
    skills: { ...DEFAULT_CONTEXT.skills, ...(v.skills ?? {}) },
    goals: Array.isArray(v.goals) ? v.goals.filter((g): g is Goal => GOALS.includes(g)) : DEFAULT_CONTEXT.goals,
  };
}

export function normalizeWeights(value: Partial<Weights> | null | undefined): Weights {
  const w = { ...DEFAULT_WEIGHTS, ...(value ?? {}) };
  for (const f of Object.keys(w) as Factor[]) if (!Number.isFinite(w[f]) || w[f] < 0) w[f] = 0;
  return w;
}

/**
 * The steps still missing, in the order the form asks them. The brand is given by marking a
 * competitor as one's own or by typing a domain; the market by choosing a country; budget, goal
 * and audience once the user has entered them.
 */
export function missingSteps(ctx: UserContext, hasOwnCompetitor: boolean): ContextStep[] {
  const given: Record<ContextStep, boolean> = {
    brand: hasOwnCompetitor || ctx.brandDomain.trim() !== '',
    market: ctx.market.country.trim() !== '',
    budget: ctx.stated.includes('budget') && ctx.monthlyBudget > 0,
    goal: ctx.stated.includes('goal') && ctx.goals.length > 0,
    audience: ctx.stated.includes('audience'),
  };
  return CONTEXT_STEPS.filter((s) => !given[s]);
}

/** `ctx` with `step` recorded as entered by the user. */
export function markStated(ctx: UserContext, step: ContextStep): UserContext {
  return ctx.stated.includes(step) ? ctx : { ...ctx, stated: [...ctx.stated, step] };
}
