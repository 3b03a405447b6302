/**
 * The Reach and plan views rendered from a real PlanInput: the recommendation with reasons,
 * evidence, budget and KPIs; every channel scored; benchmarks with their sources; the
 * landscape; all in the chosen language with Intl formatting.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { buildPlanInput } from '../../lib/plan/plan-input';
import { readPlanSettings } from '../../lib/plan/settings';
import { BENCHMARKS } from '../../lib/plan/benchmarks';
import { RecommendationCard } from '../../components/RecommendationCard';
import { ScoreTable } from '../../components/ScoreTable';
import { BenchmarksTable } from '../../components/BenchmarksTable';
import { LandscapeTable } from '../../components/LandscapeTable';
import { claim, comp, data, obs, po } from '../plan/make';
import { SearchesView } from '../../components/SearchesView';
import { render } from './render';

const context = { audience: { description: '', age: 'adult', buyer: 'b2c', purchase: 'impulse' }, monthlyBudget: 30000, currency: 'THB', goals: ['sales'], hoursPerWeek: 20 };
const plan = buildPlanInput(
  data(
    [comp(1, 'Me', ['me.co.th'], true), comp(2, 'Rival One', ['rival-one.com']), comp(3, 'Rival Two', ['rival-two.vn'])],
    [
      po(2, '2026-02-01T00:00:00Z', { url: 'https://rival-one.com/', channels: [claim('paid-search', 0.95, 'Google Ads'), claim('email-sms', 0.8, 'Klaviyo')], offers: [{ price: 590, currency: 'THB', evidence: [] }] }, 51),
      po(3, '2026-02-02T00:00:00Z', { url: 'https://rival-two.vn/', channels: [claim('paid-search', 0.9, 'Google Ads')] }, 52),
    ],
  ),
  readPlanSettings((k) => (k === 'planContext' ? context : undefined)),
);

describe('Reach views', () => {
  it('the recommendation names one or two focus channels with reasons, evidence, budget and KPIs', () => {
    const html = render(<RecommendationCard plan={plan} />);
    const focus = html.match(/data-channel="([a-z-]+)"/g) ?? [];
    expect(focus.length).toBeGreaterThanOrEqual(1);
    expect(focus.length).toBeLessThanOrEqual(2);
    expect(plan.recommendation.focus[0].reasons.length).toBeGreaterThan(1);
    // Budget lines in the user's currency, the reserve included, adding up to the budget.
    expect(html).toMatch(/Reserve for tests: <strong>THB\s?3,000\.00<\/strong>/);
    expect(plan.recommendation.budget.reduce((s, b) => s + b.amount, 0)).toBe(30000);
    const rendered = plan.recommendation.focus.map((f) => f.channel);
    if (rendered.includes('paid-search')) {
      expect(html).toContain('Rival One (strong)');
      expect(html).toContain('WordStream');
    }
  });

  it('scores every channel, and speaks Arabic when chosen', () => {
    expect((render(<ScoreTable scores={plan.recommendation.ranked} />).match(/<tr>/g) ?? []).length).toBe(14);
    const ar = render(<RecommendationCard plan={plan} />, 'ar');
    expect(ar).toContain('احتياطي');
    expect(ar).toContain(new Intl.NumberFormat('ar', { style: 'currency', currency: 'THB' }).format(3000));
    expect(ar).not.toContain('Reserve for tests');
  });
});

describe('plan views', () => {
  it('benchmarks show every figure with a link to its source', () => {
    const html = render(<BenchmarksTable plan={plan} />);
    for (const b of BENCHMARKS) expect(html).toContain(`href="${b.source.url}"`);
    expect((html.match(/<tr>/g) ?? []).length).toBe(BENCHMARKS.length + 1);
  });

  it('the landscape marks the own brand and formats prices per language', () => {
    const en = render(<LandscapeTable rows={plan.landscape} />);
    expect(en).toContain('Rival One');
    expect(en).toMatch(/THB\s?590\.00|฿590\.00/);
    const th = render(<LandscapeTable rows={plan.landscape} />, 'th');
    expect(th).toContain('฿590.00');
  });
});

describe('searches owned', () => {
  const serpPage = (query: string, resultUrl: string) => ({
    id: 90,
    venue: 'search',
    venueDomain: 'google.com',
    capturedAt: '2026-02-03T00:00:00Z',
    obs: obs({ kind: 'serp', url: `https://www.google.com/search?q=${query}`, serp: { engine: 'google', query, results: [{ rank: 1, title: 'x', url: resultUrl }] } as never }),
  });
  const owned = (pages: ReturnType<typeof serpPage>[]) => {
    const d = data([comp(2, 'Rival One', ['rival-one.com'])], []);
    return render(<SearchesView plan={buildPlanInput({ ...d, venuePages: pages }, readPlanSettings(() => undefined))} />);
  };

  it('says result pages were clipped but no competitor shows on them, rather than "none clipped"', () => {
    const html = owned([serpPage('buy domain', 'https://registrar.example/')]);
    expect(html).toContain('None of your competitors ranks or advertises on the 1 result pages clipped.');
    expect(html).not.toContain('No search result pages clipped yet.');
    expect(owned([])).toContain('No search result pages clipped yet.');
  });

  it('lists a competitor that ranks on a clipped result page', () => {
    const html = owned([serpPage('rival shoes', 'https://www.rival-one.com/shoes')]);
    expect(html).toContain('rival shoes');
    expect(html).toContain('#1');
  });
});
