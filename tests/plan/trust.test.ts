/**
 * What makes the plan's conclusions trustworthy: a draft until the user's context is given, no
 * fit claimed on assumed values, counts beside shares, money in the user's currency, clicks and
 * sales from budget, CPC and conversion rate, and clip times that tell clips apart.
 */
import { describe, expect, it } from 'vitest';
import { CONTEXT_STEPS, markStated, missingSteps, normalizeContext } from '../../lib/plan/context';
import { buildPlanInput } from '../../lib/plan/plan-input';
import { readPlanSettings } from '../../lib/plan/settings';
import { estimateMonth } from '../../lib/plan/estimate';
import { BENCHMARKS, withOverrides } from '../../lib/plan/benchmarks';
import { renderMarkdownPlan } from '../../lib/plan/markdown';
import { reasonText } from '../../lib/plan/reason-text';
import { timesNeedingSeconds } from '../../lib/plan/clip-time';
import { fromUsd, inCurrency } from '../../lib/plan/fx';
import { makeI18n } from '../../lib/i18n';
import { claim, comp, data, po } from './make';

const rivals = data(
  [comp(1, 'Me', ['me.example']), comp(2, 'A', ['a.example']), comp(3, 'B', ['b.example']), comp(4, 'C', ['c.example'])],
  [
    po(2, '2026-01-01T00:00:00Z', { channels: [claim('paid-search', 0.9), claim('email-sms', 0.85)] }),
    po(3, '2026-01-01T00:00:00Z', { channels: [claim('paid-search', 0.9)] }),
    po(4, '2026-01-01T00:00:00Z', { channels: [claim('organic-social', 0.9)] }),
  ],
);
const FULL = { brandDomain: 'me.example', market: { country: 'TH', language: 'th', currency: 'THB' }, monthlyBudget: 30000, currency: 'THB', goals: ['sales'], stated: ['budget', 'goal', 'audience'] };
const planWith = (ctx: unknown) => buildPlanInput(rivals, readPlanSettings((k) => (k === 'planContext' ? ctx : undefined)));
const en = makeI18n('en');
const allReasons = (p: ReturnType<typeof planWith>) => p.recommendation.ranked.flatMap((s) => s.reasons.map((r) => reasonText(r, en)));

describe('context first', () => {
  it('asks brand, market, budget, goal, audience in that order, and knows which are missing', () => {
    expect(CONTEXT_STEPS).toEqual(['brand', 'market', 'budget', 'goal', 'audience']);
    const blank = normalizeContext(null);
    expect(missingSteps(blank, false)).toEqual(CONTEXT_STEPS);
    // Marking a competitor as one's own brand gives the brand.
    expect(missingSteps(blank, true)).toEqual(['market', 'budget', 'goal', 'audience']);
    const some = markStated(markStated({ ...blank, market: { country: 'VN', language: 'vi', currency: 'VND' } }, 'budget'), 'budget');
    expect(some.stated).toEqual(['budget']);
    expect(missingSteps(some, true)).toEqual(['goal', 'audience']);
    expect(missingSteps(normalizeContext(FULL as never), false)).toEqual([]);
  });

  it('on defaults, the recommendation and the plan are a draft and claim no fit to budget or audience', () => {
    const p = planWith(null);
    expect(p.recommendation.draft).toBe(true);
    const reasons = allReasons(p);
    expect(reasons).not.toContain('Fits your budget');
    expect(reasons).not.toContain('Reaches your audience well');
    expect(reasons).not.toContain('Serves your goals’ funnel stage');
    expect(reasons.some((r) => r.startsWith('Budget not given yet'))).toBe(true);
    expect(reasons).toContain('Audience not given yet: fit judged on a default audience');
    const md = renderMarkdownPlan(p, en, new Date('2026-02-01T00:00:00Z'));
    const top = md.split('\n').slice(0, 6).join('\n');
    expect(top).toMatch(/draft/);
    expect(top).toContain('your brand, market, monthly budget, goal, audience');
    expect(md).toContain('(assumed, not given)');
  });

  it('once everything is given, it is no draft and may say the budget fits', () => {
    const p = planWith(FULL);
    expect(p.recommendation.draft).toBe(false);
    expect(renderMarkdownPlan(p, en)).not.toMatch(/draft/i);
    expect(allReasons(p).some((r) => r === 'Fits your budget' || r.startsWith('Budget is below'))).toBe(true);
  });

  it('says how many rivals of how many, beside the share', () => {
    const reasons = allReasons(planWith(FULL));
    // Me is not marked own here, so four rivals; two run paid search.
    expect(reasons).toContain('2 of 4 rivals (50%) are here: proven demand');
    // One rival of four is a count, not a verdict.
    expect(reasons).toContain('1 of 4 rivals (25%) are here');
    expect(reasons).not.toContain('1 of 4 rivals (25%) are here: proven demand');
  });
});

describe('money in the user’s currency', () => {
  it('converts USD figures, and leaves them in USD when the currency is unknown', () => {
    expect(fromUsd(2.8, 'THB')).toBeCloseTo(100, 5);
    expect(inCurrency(300, 'THB')).toEqual({ amount: 300 / 0.028, currency: 'THB' });
    expect(inCurrency(300, 'XYZ')).toEqual({ amount: 300, currency: 'USD' });
    expect(inCurrency(300, 'XYZ', 0.5)).toEqual({ amount: 600, currency: 'XYZ' });
  });

  it('states a channel minimum in the budget currency', () => {
    const p = planWith({ ...FULL, monthlyBudget: 1000 });
    const ths = makeI18n('th');
    const short = p.recommendation.ranked.flatMap((s) => s.reasons).find((r) => r.key === 'reason_cost_short')!;
    expect(reasonText(short, en)).toMatch(/THB\s?[\d,]+\.00 a month/);
    expect(reasonText(short, ths)).toContain('฿');
  });
});

describe('clicks and sales a month', () => {
  it('divides spend by cost per click and applies the conversion rate, in the budget currency', () => {
    const [e] = estimateMonth([{ channel: 'paid-search', amount: 1000 }, { channel: 'reserve', amount: 100 }], BENCHMARKS, 'USD');
    expect(e).toMatchObject({ channel: 'paid-search', clicks: Math.floor(1000 / 2.69), sales: Math.floor((Math.floor(1000 / 2.69) * 3.75) / 100), cpc: { amount: 2.69, currency: 'USD' } });
    expect(e.cpcSource).toMatchObject({ id: 'paid-search.cpc' });
    const [thb] = estimateMonth([{ channel: 'paid-search', amount: 28000 }], BENCHMARKS, 'THB');
    expect(thb.cpc?.currency).toBe('THB');
    expect(thb.clicks).toBe(Math.floor(28000 / (2.69 / 0.028)));
  });

  it('uses the user’s own figures (cost per click in the budget currency) before the benchmark', () => {
    const [own] = estimateMonth([{ channel: 'paid-search', amount: 1000 }], BENCHMARKS, 'THB', null, { 'paid-search': { cpc: 2, cvr: 10 } });
    expect(own).toMatchObject({ clicks: 500, sales: 50, cpc: { amount: 2, currency: 'THB' }, cpcSource: 'own', cvrSource: 'own' });
    // Edited benchmark rows count too.
    const [edited] = estimateMonth([{ channel: 'paid-search', amount: 1000 }], withOverrides({ 'paid-search.cpc': 2, 'paid-search.cvr': 10 }), 'USD');
    expect(edited).toMatchObject({ clicks: 500, sales: 50 });
  });

  it('says what is missing instead of guessing', () => {
    const [unknownRate] = estimateMonth([{ channel: 'paid-search', amount: 1000 }], BENCHMARKS, 'XYZ');
    expect(unknownRate).toMatchObject({ cpc: null, clicks: null, sales: null, conversionRate: 3.75 });
    const [noBenchmark] = estimateMonth([{ channel: 'shopping-marketplaces', amount: 1000 }], BENCHMARKS, 'USD');
    expect(noBenchmark).toMatchObject({ cpc: null, conversionRate: null, clicks: null, sales: null });
    const [entered] = estimateMonth([{ channel: 'shopping-marketplaces', amount: 1000 }], BENCHMARKS, 'USD', null, { 'shopping-marketplaces': { cpc: 0.5, cvr: 2 } });
    expect(entered).toMatchObject({ clicks: 2000, sales: 40 });
  });

  it('every benchmark names its source, year and region', () => {
    for (const b of BENCHMARKS) expect(b.source).toEqual(expect.objectContaining({ name: expect.any(String), year: expect.any(Number), region: expect.stringMatching(/^([A-Z]{2}|global)$/) }));
  });
});

describe('clip times', () => {
  it('only times that share a minute need seconds', () => {
    const times = ['2026-01-01T10:00:05Z', '2026-01-01T10:00:40.123Z', '2026-01-01T10:01:00Z', 'nonsense'];
    expect([...timesNeedingSeconds(times)]).toEqual(['2026-01-01T10:00:05Z', '2026-01-01T10:00:40.123Z']);
    expect(timesNeedingSeconds(['2026-01-01T10:00:05Z']).size).toBe(0);
  });
});
