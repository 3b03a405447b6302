/**
 * The printable report (print to PDF): landscape, the matrix heat map, share of voice, follower
 * trends, the recommendation with budget and KPIs, and the plan inputs. Print CSS hides the
 * buttons and keeps each block on one page where it fits.
 */
import { useState } from 'react';
import { I18nProvider, useI18n } from './I18nContext';
import { NavProvider } from './NavContext';
import { usePlanInput } from './usePlan';
import { LandscapeTable } from './LandscapeTable';
import { HeatMap, type CellRef } from './HeatMap';
import { CellEvidence } from './CellEvidence';
import { ShareOfVoice } from './ShareOfVoice';
import { RecommendationCard } from './RecommendationCard';
import { LineChart } from './LineChart';
import { ScoreTable } from './ScoreTable';
import { PillarsView } from './PillarsView';
import { SearchesView } from './SearchesView';
import { LanguagePicker } from './LanguagePicker';
import type { PlanInput } from '../lib/plan/plan-input';

function FollowerTrends({ plan }: { plan: PlanInput }) {
  const { compact } = useI18n();
  const series = plan.data.competitors.flatMap((c) =>
    [...(plan.matrix.followerSeries.get(c.id) ?? [])].map(([account, points]) => ({
      label: `${c.name} · ${account}`,
      points: points.map((p) => ({ capturedAt: p.capturedAt, value: p.followers, observationId: p.observationId })),
    })),
  );
  return series.length ? <LineChart series={series.slice(0, 8)} format={compact} /> : <p className="muted">—</p>;
}

function Report() {
  const { t, dateTime } = useI18n();
  const plan = usePlanInput();
  const [cell, setCell] = useState<CellRef | null>(null);
  if (!plan) return <p className="muted">{t('loading')}</p>;
  return (
    <div className="report">
      <header className="top no-print">
        <button type="button" className="primary" onClick={() => window.print()}>
          {t('report_print')}
        </button>
        <LanguagePicker />
      </header>
      <h1>{t('report_title')}</h1>
      <p className="muted">{t('report_generated', dateTime(new Date()))}</p>
      <section className="block">
        <h2>{t('landscape_title')}</h2>
        <LandscapeTable rows={plan.landscape} />
      </section>
      <section className="block">
        <h2>{t('matrix_title')}</h2>
        <HeatMap matrix={plan.matrix} selected={cell} onSelect={setCell} />
        {cell ? <CellEvidence matrix={plan.matrix} at={cell} /> : null}
      </section>
      <section className="block">
        <h2>{t('sov_title')}</h2>
        <ShareOfVoice matrix={plan.matrix} />
      </section>
      <section className="block">
        <h2>{t('profile_follower_trend')}</h2>
        <FollowerTrends plan={plan} />
      </section>
      <section className="block">
        <h2>{t('reach_title')}</h2>
        <RecommendationCard plan={plan} />
        <ScoreTable scores={plan.recommendation.ranked} />
      </section>
      <section className="block">
        <h2>{t('pillars_title')}</h2>
        <PillarsView plan={plan} />
      </section>
      <section className="block">
        <h2>{t('searches_title')}</h2>
        <SearchesView plan={plan} />
      </section>
    </div>
  );
}

export function ReportPage() {
  return (
    <I18nProvider>
      <NavProvider syncHash={false}>
        <Report />
      </NavProvider>
    </I18nProvider>
  );
}
