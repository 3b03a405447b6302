/**
 * The panel's trust cues rendered: the draft notice and the estimate in the recommendation, the
 * profile summary, ads that link (never load) remote creatives, the localised restore picker,
 * SWOT suggestions, "unknown" followers.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { buildPlanInput } from '../../lib/plan/plan-input';
import { readPlanSettings } from '../../lib/plan/settings';
import { profileSummary, swotSuggestions } from '../../lib/plan/profile-summary';
import { RecommendationCard } from '../../components/RecommendationCard';
import { ProfileSummaryCard } from '../../components/ProfileSummaryCard';
import { AdsGallery } from '../../components/AdsGallery';
import { RestoreForm } from '../../components/RestoreForm';
import { NotesSwot } from '../../components/NotesSwot';
import { LandscapeTable } from '../../components/LandscapeTable';
import { ContextForm } from '../../components/ContextForm';
import { HeatMap } from '../../components/HeatMap';
import { computeMatrix } from '../../lib/plan/matrix';
import { claim, comp, data, po } from '../plan/make';
import { render } from './render';

const d = data(
  [comp(1, 'Rival One', ['rival-one.com']), comp(2, 'Rival Two', ['rival-two.com'])],
  [
    po(1, '2026-02-01T00:00:00Z', { channels: [claim('paid-search', 0.95, 'Google Ads'), claim('paid-social', 0.9, 'Meta Pixel')] }, 61),
    po(2, '2026-02-01T00:00:30Z', { channels: [claim('paid-search', 0.9, 'Google Ads')] }, 62),
  ],
);
const draft = buildPlanInput(d, readPlanSettings(() => undefined));
const given = buildPlanInput(
  d,
  readPlanSettings((k) =>
    k === 'planContext'
      ? { brandDomain: 'me.com', market: { country: 'US', language: 'en', currency: 'USD' }, monthlyBudget: 2000, currency: 'USD', goals: ['sales'], stated: ['budget', 'goal', 'audience'], presenceStrategy: 'proven' }
      : // Presence alone decides, so paid search (both rivals) is the focus.
        k === 'planWeights'
        ? { audience: 0, presence: 1, cost: 0, team: 0, funnel: 0 }
        : undefined,
  ),
);

describe('recommendation', () => {
  it('on defaults opens with the draft notice and claims no fit', () => {
    const html = render(<RecommendationCard plan={draft} />);
    expect(html.indexOf('data-testid="draft-notice"')).toBeLessThan(html.indexOf('data-channel='));
    expect(html).toContain('This is a draft on assumed values');
    expect(html).not.toContain('Fits your budget');
    expect(html).not.toContain('Reaches your audience well');
    // Every budget line gets an estimate block: figures to enter where none is published.
    expect((html.match(/data-testid="estimate"/g) ?? []).length).toBe(draft.recommendation.estimates.length);
    expect(draft.recommendation.estimates.length).toBeGreaterThan(0);
    const th = render(<RecommendationCard plan={draft} />, 'th');
    expect(th).toContain('ฉบับร่าง');
  });

  it('with the context given, estimates clicks and sales and names benchmark source, year and region', () => {
    const html = render(<RecommendationCard plan={given} />);
    expect(html).not.toContain('draft-notice');
    expect(given.recommendation.focus[0].channel).toBe('paid-search');
    // 1,800 of 2,000 after the reserve, at $2.69 a click and 3.75 %.
    expect(html).toContain('669 clicks and 25 sales');
    expect(html).toContain('— 2019, United States');
  });
});

describe('context form', () => {
  it('asks brand, market, budget, goal and audience in that order, marking what is missing', () => {
    const html = render(<ContextForm context={draft.context} competitors={d.competitors} missing={draft.recommendation.missing} />);
    const order = ['brand', 'market', 'budget', 'goal', 'audience'].map((s) => html.indexOf(`data-step="${s}"`));
    expect(order.every((x, i) => x > 0 && (i === 0 || x > order[i - 1]))).toBe(true);
    expect((html.match(/not given yet/g) ?? []).length).toBe(5);
    // Country names come from Intl in the UI language.
    expect(render(<ContextForm context={draft.context} competitors={d.competitors} missing={[]} />, 'ar')).toContain('تايلاند');
  });
});

describe('profile', () => {
  it('summarises channels by media with confidence named as such and counts of clips', () => {
    const s = profileSummary(d.observations.filter((o) => o.competitorId === 1));
    const html = render(<ProfileSummaryCard s={s} />);
    expect(html).toContain('data-testid="profile-summary"');
    expect(html).toContain('detection confidence 95%');
    expect(html).toContain('in 1 of 1 clips');
    expect(html).toContain('None seen in the clips.');
  });

  it('says "not detected — tags may be hidden" when a consent manager runs', () => {
    const s = profileSummary([po(1, '2026-02-01T00:00:00Z', { technologies: [{ id: 'onetrust', name: 'OneTrust', categories: ['consent'], channels: [], stage: 'plan', confidence: 0.9, evidence: [] }] })]);
    const html = render(<ProfileSummaryCard s={s} />);
    expect(html).toContain('data-testid="not-detected"');
    expect(html).toContain('Tags may be hidden');
    expect(html).toContain('A consent manager runs here');
  });

  it('one price is a price, not a band, in every language', () => {
    const one = profileSummary([po(1, '2026-02-01T00:00:00Z', { offers: [{ price: 590, currency: 'THB', evidence: [] }] })]);
    for (const lang of ['en', 'th', 'ar'] as const) {
      const html = render(<ProfileSummaryCard s={one} />, lang);
      expect(html, lang).not.toMatch(/590\.00\s*–/);
    }
    expect(render(<ProfileSummaryCard s={one} />)).toMatch(/590\.00 \(1 price\)/);
    const two = profileSummary([po(1, '2026-02-01T00:00:00Z', { offers: [{ price: 590, currency: 'THB', evidence: [] }, { price: 990, currency: 'THB', evidence: [] }] })]);
    expect(render(<ProfileSummaryCard s={two} />, 'th')).toMatch(/590\.00\s*–\s*฿990\.00/);
  });

  it('pre-fills the SWOT with suggestions, marked as such', () => {
    const s = profileSummary(d.observations.filter((o) => o.competitorId === 1));
    const html = render(<NotesSwot competitorId={1} suggestions={swotSuggestions(s)} />);
    expect(html).toContain('- Strong in Paid search (Google Ads)');
    expect(html).toContain('suggested');
  });
});

describe('ads and small things', () => {
  it('shows a remote creative as a link only, never as an image', () => {
    const o = po(1, '2026-02-01T00:00:00Z', { kind: 'serp', ads: [{ advertiser: 'Rival', headline: 'Buy', text: null, displayUrl: null, landingUrl: 'https://rival-one.com/', position: 'top-1', creativeType: 'image', creativeUrl: 'https://cdn.example/ad.jpg' }] });
    const html = render(<AdsGallery items={[o]} />);
    expect(html).not.toContain('<img');
    expect(html).toContain('href="https://cdn.example/ad.jpg"');
  });

  it('names the restore file button in the UI language', () => {
    expect(render(<RestoreForm />)).toContain('Choose file…');
    const ar = render(<RestoreForm />, 'ar');
    expect(ar).toContain('اختر ملفًا…');
    expect(ar).toContain('class="sr-only" type="file"');
  });

  it('shows unknown followers as unknown, not 0', () => {
    expect(render(<LandscapeTable rows={draft.landscape} />)).toContain('unknown');
  });
});

describe('matrix', () => {
  it('tells "not detected, tags may be hidden" from plain "not detected" on paid cells', () => {
    const m = computeMatrix(d);
    const html = render(<HeatMap matrix={m} selected={null} onSelect={() => {}} hidden={new Set([2])} />);
    expect(html).toContain('Rival Two · Paid social · not detected — Tags may be hidden');
    expect(html).toContain('Rival One · Display and retargeting · not detected"');
    // Owned and earned cells are not masked: tag servers hide paid pixels.
    expect(html).not.toContain('Rival Two · Email and SMS · not detected — Tags may be hidden');
    expect(html).toContain('not proof of absence');
    expect(render(<HeatMap matrix={m} selected={null} onSelect={() => {}} />)).not.toContain('masked');
  });
});
