import { describe, expect, it } from 'vitest';
import { computeMatrix } from '../../lib/plan/matrix';
import { costScore, funnelScore, presenceScore, recommend, scoreChannels, splitBudget, teamScore, kpisFor } from '../../lib/plan/scoring';
import { DEFAULT_CONTEXT, normalizeContext, type UserContext } from '../../lib/plan/context';
import { PROFILE_BY_CHANNEL } from '../../lib/plan/channel-profiles';
import { claim, comp, data, po } from './make';

const ctx = (over: Partial<UserContext> = {}) => normalizeContext({ ...DEFAULT_CONTEXT, ...over });
const emptyMatrix = computeMatrix(data([comp(1, 'A'), comp(2, 'B')], []));

describe('factor scores', () => {
  it('presence follows the chosen strategy', () => {
    expect(presenceScore(0, 'gap')).toBe(1);
    expect(presenceScore(1, 'gap')).toBe(0);
    expect(presenceScore(1, 'proven')).toBe(1);
    expect(presenceScore(0.5, 'balanced')).toBeGreaterThan(presenceScore(0, 'balanced'));
    expect(presenceScore(0.5, 'balanced')).toBeGreaterThan(presenceScore(1, 'balanced'));
  });

  it('cost compares the budget (converted to USD) with the channel minimum', () => {
    const search = PROFILE_BY_CHANNEL.get('paid-search')!;
    expect(costScore(search, ctx({ monthlyBudget: 1000, currency: 'USD' }))).toBe(1);
    expect(costScore(search, ctx({ monthlyBudget: 150, currency: 'USD' }))).toBeCloseTo(0.5);
    // 5,000 THB ≈ 140 USD at the built-in rate; the user's own rate wins.
    expect(costScore(search, ctx({ monthlyBudget: 5000, currency: 'THB' }))).toBeLessThan(0.5);
    expect(costScore(search, ctx({ monthlyBudget: 5000, currency: 'THB', usdPerUnit: 0.1 }))).toBe(1);
    expect(costScore(PROFILE_BY_CHANNEL.get('seo-content')!, ctx({ monthlyBudget: 0 }))).toBe(1);
  });

  it('team ability needs both the skills and the hours', () => {
    const seo = PROFILE_BY_CHANNEL.get('seo-content')!;
    const strong = ctx({ skills: { writing: 2, visual: 2, ads: 2, analytics: 2, community: 2, crm: 2 }, hoursPerWeek: 40 });
    expect(teamScore(seo, strong)).toBe(1);
    expect(teamScore(seo, { ...strong, hoursPerWeek: 4 })).toBe(0.5);
    expect(teamScore(seo, { ...strong, skills: { ...strong.skills, writing: 0, analytics: 0 } })).toBe(0);
  });

  it('funnel matches goals to the channel funnel stage', () => {
    expect(funnelScore('paid-search', ['sales'])).toBe(1);
    expect(funnelScore('paid-social', ['sales'])).toBe(0.1);
    expect(funnelScore('email-sms', ['retention'])).toBe(1);
    expect(funnelScore('display-retargeting', ['sales'])).toBe(0.5);
  });
});

describe('scoreChannels and recommend', () => {
  it('weights decide: only cost weighted ranks free channels first', () => {
    const ranked = scoreChannels(emptyMatrix, ctx({ monthlyBudget: 0 }), { audience: 0, presence: 0, cost: 1, team: 0, funnel: 0 });
    const top = ranked.filter((s) => s.total === 1).map((s) => s.channel);
    expect(top).toContain('seo-content');
    expect(top).not.toContain('paid-search');
  });

  it('competitor presence moves a channel with a gap strategy, and the evidence is attached', () => {
    const d = data(
      [comp(1, 'A'), comp(2, 'B')],
      [po(1, '2026-01-01T00:00:00Z', { channels: [claim('paid-social', 0.95)] }, 21), po(2, '2026-01-01T00:00:00Z', { channels: [claim('paid-social', 0.9)] }, 22)],
    );
    const m = computeMatrix(d);
    const gap = scoreChannels(m, ctx({ presenceStrategy: 'gap' })).find((s) => s.channel === 'paid-social')!;
    const proven = scoreChannels(m, ctx({ presenceStrategy: 'proven' })).find((s) => s.channel === 'paid-social')!;
    expect(gap.factors.presence).toBe(0);
    expect(proven.factors.presence).toBe(1);
    expect(proven.total).toBeGreaterThan(gap.total);
    expect(gap.reasons.map((r) => r.key)).toContain('reason_presence_crowded');
    expect(gap.evidence.map((e) => e.evidence[0].observationId).sort()).toEqual([21, 22]);
  });

  it('recommends one or two channels with a budget that adds up and KPIs with benchmarks', () => {
    const rec = recommend(emptyMatrix, ctx({ monthlyBudget: 1234, hoursPerWeek: 40, goals: ['sales'] }));
    expect(rec.focus.length).toBeGreaterThanOrEqual(1);
    expect(rec.focus.length).toBeLessThanOrEqual(2);
    expect(rec.focus[0].total).toBe(rec.ranked[0].total);
    expect(rec.budget.reduce((a, b) => a + b.amount, 0)).toBe(1234);
    expect(rec.budget.at(-1)!.channel).toBe('reserve');
    expect(rec.kpis).toHaveLength(rec.focus.length);
  });

  it('keeps to one channel when the team has no time for two', () => {
    const rec = recommend(emptyMatrix, ctx({ hoursPerWeek: 1 }));
    expect(rec.focus).toHaveLength(1);
  });

  it('budget split favours media channels and the reserve takes rounding', () => {
    const lines = splitBudget(
      [
        { channel: 'paid-search', total: 0.8, factors: { audience: 0, presence: 0, cost: 0, team: 0, funnel: 0 }, reasons: [], evidence: [] },
        { channel: 'seo-content', total: 0.8, factors: { audience: 0, presence: 0, cost: 0, team: 0, funnel: 0 }, reasons: [], evidence: [] },
      ],
      1000,
    );
    expect(lines.map((l) => l.amount)).toEqual([720, 180, 100]);
  });

  it('KPIs carry the benchmark with its source', () => {
    const k = kpisFor('paid-search');
    const ctr = k.find((x) => x.kpi === 'ctr')!;
    expect(ctr.benchmark!.value).toBeGreaterThan(0);
    expect(ctr.benchmark!.source.url).toMatch(/^https:\/\//);
  });
});
