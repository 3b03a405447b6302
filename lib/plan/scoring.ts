/**
 * Channel selection for the Reach stage. Each channel gets five factor scores in 0..1 —
 * audience fit, competitor presence, cost against the budget, the team's ability to run it,
 * and fit with the goals' funnel stage — combined with the user's weights. The recommendation
 * keeps one or two focus channels, splits the budget and lists KPIs with benchmark targets.
 * Reasons are i18n keys with parameters, so the panel and the exported plan speak the user's language.
 */
import { CHANNELS, CHANNEL_BY_ID } from '../analyze/channels/taxonomy';
import type { ChannelId, FunnelStage } from '../analyze/types';
import { BENCHMARKS, benchmarksFor, type Benchmark } from './benchmarks';
import { PROFILE_BY_CHANNEL, type ChannelProfile, type KpiId } from './channel-profiles';
import { FACTORS, normalizeWeights, type ContextStep, type Factor, type Goal, type UserContext, type Weights } from './context';
import { inCurrency, toUsd, type Money } from './fx';
import { estimateMonth, type Estimate, type OwnFigures } from './estimate';
import type { ChannelMatrix, CellEvidence } from './matrix';
import type { Id } from './model';

/** A reason's parameter: text, a number, or money the reader sees in the money format of their language. */
export type ReasonParam = string | number | Money;

export interface Reason {
  /** i18n key, e.g. `reason_presence_gap`. */
  key: string;
  params: ReasonParam[];
}

export interface ChannelEvidenceRef {
  competitorId: Id;
  competitorName: string;
  level: number;
  evidence: CellEvidence[];
}

export interface ChannelScore {
  channel: ChannelId;
  factors: Record<Factor, number>;
  total: number;
  reasons: Reason[];
  /** Competitors active in the channel, strongest first. */
  evidence: ChannelEvidenceRef[];
}

export interface BudgetLine {
  channel: ChannelId | 'reserve';
  amount: number;
  share: number;
}

export interface KpiLine {
  kpi: KpiId;
  benchmark?: Benchmark;
}

export interface Recommendation {
  ranked: ChannelScore[];
  focus: ChannelScore[];
  budget: BudgetLine[];
  kpis: { channel: ChannelId; kpis: KpiLine[] }[];
  currency: string;
  /** Context steps the user has not given: while any is missing the recommendation is a draft. */
  missing: ContextStep[];
  draft: boolean;
  /** Clicks and sales a month the budget lines buy at benchmark cost per click and conversion rate. */
  estimates: Estimate[];
}

/** Share of the budget held back for tests and measurement. */
export const RESERVE_SHARE = 0.1;
/** A second focus channel only when it scores at least this share of the first. */
export const SECOND_CHANNEL_RATIO = 0.85;

const round2 = (n: number) => Math.round(n * 100) / 100;
const clamp01 = (n: number) => Math.max(0, Math.min(1, n));

export function audienceFit(p: ChannelProfile, ctx: UserContext): number {
  return (p.fit[ctx.audience.age] + p.fit[ctx.audience.buyer] + p.fit[ctx.audience.purchase]) / 3;
}

/** gap: few rivals present is good; proven: many present is good; balanced: peaks when about half are there. */
export function presenceScore(share: number, strategy: UserContext['presenceStrategy']): number {
  if (strategy === 'gap') return 1 - share;
  if (strategy === 'proven') return share;
  return 0.4 + 0.6 * 4 * share * (1 - share);
}

export function costScore(p: ChannelProfile, ctx: UserContext): number {
  if (p.minMonthlyBudgetUsd <= 0) return 1;
  const usd = toUsd(ctx.monthlyBudget, ctx.currency, ctx.usdPerUnit);
  if (usd === null) return 0.5;
  return clamp01(usd / p.minMonthlyBudgetUsd);
}

export function teamScore(p: ChannelProfile, ctx: UserContext): number {
  const skill = p.skills.length ? p.skills.reduce((s, k) => s + ctx.skills[k], 0) / (2 * p.skills.length) : 1;
  const time = clamp01(ctx.hoursPerWeek / p.hoursPerWeek);
  return skill * time;
}

const GOAL_FUNNEL: Record<Exclude<Goal, 'retention'>, FunnelStage[]> = {
  awareness: ['tofu'],
  traffic: ['tofu', 'mofu'],
  leads: ['mofu'],
  sales: ['bofu'],
};
const FUNNEL_ORDER: FunnelStage[] = ['tofu', 'mofu', 'bofu'];

export function funnelScore(channel: ChannelId, goals: Goal[]): number {
  const info = CHANNEL_BY_ID.get(channel)!;
  if (!goals.length) return 0.5;
  let best = 0.1;
  for (const g of goals) {
    if (g === 'retention') best = Math.max(best, info.stage === 'engage' ? 1 : info.funnel === 'bofu' ? 0.5 : 0.1);
    else
      for (const f of GOAL_FUNNEL[g]) {
        const d = Math.abs(FUNNEL_ORDER.indexOf(f) - FUNNEL_ORDER.indexOf(info.funnel));
        best = Math.max(best, d === 0 ? 1 : d === 1 ? 0.5 : 0.1);
      }
  }
  return best;
}

export function scoreChannels(matrix: ChannelMatrix, ctx: UserContext, weightsIn?: Partial<Weights>, missing: readonly ContextStep[] = []): ChannelScore[] {
  const weights = normalizeWeights(weightsIn);
  const wSum = FACTORS.reduce((s, f) => s + weights[f], 0) || 1;
  const scores: ChannelScore[] = [];
  const rivals = matrix.competitors.filter((c) => !c.own).length;
  for (const info of CHANNELS) {
    const p = PROFILE_BY_CHANNEL.get(info.id);
    if (!p) continue;
    const share = matrix.presence[info.id] ?? 0;
    const factors: Record<Factor, number> = {
      audience: round2(audienceFit(p, ctx)),
      presence: round2(presenceScore(share, ctx.presenceStrategy)),
      cost: round2(costScore(p, ctx)),
      team: round2(teamScore(p, ctx)),
      funnel: round2(funnelScore(info.id, ctx.goals)),
    };
    const total = round2(FACTORS.reduce((s, f) => s + weights[f] * factors[f], 0) / wSum);
    const evidence = channelEvidence(matrix, info.id);
    scores.push({ channel: info.id, factors, total, reasons: reasonsFor({ p, f: factors, share, rivals, active: evidence.length, ctx, missing }), evidence });
  }
  return scores.sort((a, b) => b.total - a.total || a.channel.localeCompare(b.channel));
}

function channelEvidence(matrix: ChannelMatrix, channel: ChannelId): ChannelEvidenceRef[] {
  const j = matrix.channels.findIndex((c) => c.id === channel);
  if (j < 0) return [];
  const out: ChannelEvidenceRef[] = [];
  matrix.competitors.forEach((c, i) => {
    const cell = matrix.rows[i][j];
    // Presence is about rivals: the user's own brand is not evidence of competition.
    if (!c.own && cell.level > 0) out.push({ competitorId: c.id, competitorName: c.name, level: cell.level, evidence: cell.evidence });
  });
  return out.sort((a, b) => b.level - a.level);
}

interface ReasonInput {
  p: ChannelProfile;
  f: Record<Factor, number>;
  share: number;
  rivals: number;
  active: number;
  ctx: UserContext;
  missing: readonly ContextStep[];
}

/**
 * Why a channel scores as it does. Presence says how many rivals of how many; a fit to the
 * budget, the audience or the goals is claimed only when the user has stated them — on assumed
 * values the reason says so instead.
 */
function reasonsFor({ p, f, share, rivals, active, ctx, missing }: ReasonInput): Reason[] {
  const r: Reason[] = [];
  const pct = Math.round(share * 100);
  const present = Math.round(share * rivals);
  if (active === 0) r.push({ key: 'reason_presence_none', params: [] });
  else if (share < 0.25) r.push({ key: 'reason_presence_gap', params: [present, rivals, pct] });
  else if (share > 0.75) r.push({ key: 'reason_presence_crowded', params: [present, rivals, pct] });
  // "Proven demand" needs at least two rivals and half of them; fewer is a count, not a verdict.
  else if (share < 0.5 || present < 2) r.push({ key: 'reason_presence_some', params: [present, rivals, pct] });
  else r.push({ key: 'reason_presence_proven', params: [present, rivals, pct] });
  if (missing.includes('audience')) r.push({ key: 'reason_audience_assumed', params: [] });
  else if (f.audience >= 0.8) r.push({ key: 'reason_audience_good', params: [] });
  else if (f.audience < 0.6) r.push({ key: 'reason_audience_weak', params: [] });
  const minimum = inCurrency(p.minMonthlyBudgetUsd, ctx.currency, ctx.usdPerUnit);
  if (p.minMonthlyBudgetUsd <= 0) r.push({ key: 'reason_cost_time', params: [p.hoursPerWeek] });
  else if (missing.includes('budget')) r.push({ key: 'reason_cost_assumed', params: [minimum] });
  else if (f.cost < 1) r.push({ key: 'reason_cost_short', params: [minimum] });
  else r.push({ key: 'reason_cost_ok', params: [] });
  if (f.team >= 0.7) r.push({ key: 'reason_team_good', params: [] });
  else if (f.team < 0.4) r.push({ key: 'reason_team_weak', params: [p.hoursPerWeek] });
  if (missing.includes('goal')) r.push({ key: 'reason_funnel_assumed', params: [] });
  else if (f.funnel >= 1) r.push({ key: 'reason_funnel_match', params: [] });
  else if (f.funnel <= 0.1) r.push({ key: 'reason_funnel_mismatch', params: [] });
  return r;
}

export function recommend(
  matrix: ChannelMatrix,
  ctx: UserContext,
  weights?: Partial<Weights>,
  benchmarks: readonly Benchmark[] = BENCHMARKS,
  missing: readonly ContextStep[] = [],
  own: Readonly<Record<string, OwnFigures>> = {},
): Recommendation {
  const ranked = scoreChannels(matrix, ctx, weights, missing);
  const focus = ranked.slice(0, 1);
  const second = ranked[1];
  if (second && focus[0] && second.total >= SECOND_CHANNEL_RATIO * focus[0].total && ctx.hoursPerWeek >= hoursFor(focus[0].channel) + hoursFor(second.channel) / 2) {
    focus.push(second);
  }
  const budget = splitBudget(focus, ctx.monthlyBudget);
  return {
    ranked,
    focus,
    budget,
    kpis: focus.map((s) => ({ channel: s.channel, kpis: kpisFor(s.channel, benchmarks) })),
    currency: ctx.currency,
    missing: [...missing],
    draft: missing.length > 0,
    estimates: estimateMonth(budget, benchmarks, ctx.currency, ctx.usdPerUnit, own),
  };
}

const hoursFor = (c: ChannelId) => PROFILE_BY_CHANNEL.get(c)?.hoursPerWeek ?? 0;

/**
 * Media channels get spend in proportion to their score; time-led channels (no media minimum)
 * get a quarter weight, for tools and boosting. A reserve is kept for tests and measurement.
 */
export function splitBudget(focus: ChannelScore[], monthlyBudget: number): BudgetLine[] {
  const budget = Math.max(0, monthlyBudget);
  const reserve = Math.round(budget * RESERVE_SHARE);
  const weightOf = (s: ChannelScore) => s.total * ((PROFILE_BY_CHANNEL.get(s.channel)?.minMonthlyBudgetUsd ?? 0) > 0 ? 1 : 0.25);
  const wSum = focus.reduce((a, s) => a + weightOf(s), 0);
  const spend = budget - reserve;
  const lines: BudgetLine[] = focus.map((s) => {
    const amount = wSum ? Math.round((spend * weightOf(s)) / wSum) : Math.round(spend / focus.length);
    return { channel: s.channel, amount, share: budget ? amount / budget : 0 };
  });
  // Rounding leftovers go to the reserve so the lines always add up to the budget.
  const rest = budget - lines.reduce((a, l) => a + l.amount, 0);
  lines.push({ channel: 'reserve', amount: rest, share: budget ? rest / budget : 0 });
  return lines;
}

const KPI_METRIC: Partial<Record<KpiId, Benchmark['metric']>> = {
  ctr: 'ctr',
  cpc: 'cpc',
  conversionRate: 'conversionRate',
  emailOpenRate: 'emailOpenRate',
  emailClickRate: 'emailClickRate',
};

export function kpisFor(channel: ChannelId, benchmarks: readonly Benchmark[] = BENCHMARKS): KpiLine[] {
  const mine = benchmarksFor(channel, benchmarks);
  return (PROFILE_BY_CHANNEL.get(channel)?.kpis ?? []).map((kpi) => {
    const benchmark = mine.find((b) => b.metric === KPI_METRIC[kpi]);
    return benchmark ? { kpi, benchmark } : { kpi };
  });
}
