/**
 * The recommended one or two focus channels: a draft notice while the context is incomplete,
 * reasons, competitors' evidence, budget split in the user's currency, clicks and sales a month
 * the budget buys, and KPIs with benchmarks that name their source, year and region.
 */
import type { PlanInput } from '../lib/plan/plan-input';
import { channelKey, kpiKey, levelKey } from '../lib/i18n/keys';
import { benchmarkValue, sourceLabel } from '../lib/plan/markdown';
import { draftNotice, reasonText } from '../lib/plan/reason-text';
import { useI18n } from './I18nContext';
import { useNav } from './NavContext';
import { LevelLegend } from './LevelLegend';
import { EstimateBlock } from './EstimateBlock';

export function RecommendationCard({ plan }: { plan: PlanInput }) {
  const i = useI18n();
  const { t, money, percent, number } = i;
  const nav = useNav();
  const rec = plan.recommendation;
  return (
    <div className="card recommendation" data-testid="recommendation">
      {rec.draft ? (
        <p className="draft" role="note" data-testid="draft-notice">
          {draftNotice(rec.missing, i)}
        </p>
      ) : null}
      <h3>
        {t('reach_recommend')} {rec.draft ? <span className="tag warn">{t('draft_tag')}</span> : null}
      </h3>
      {rec.focus.map((s) => {
        const kpis = rec.kpis.find((k) => k.channel === s.channel)?.kpis ?? [];
        const est = rec.estimates.find((e) => e.channel === s.channel);
        return (
          <div key={s.channel} className="focus" data-channel={s.channel}>
            <h4>
              {t(channelKey(s.channel))} <span className="muted small">{t('reach_total')} {number(s.total)}</span>
            </h4>
            <ul>
              {s.reasons.map((r) => <li key={r.key}>{reasonText(r, i)}</li>)}
            </ul>
            {s.evidence.length ? (
              <p className="small">
                {t('reach_evidence')}:{' '}
                {s.evidence.slice(0, 6).map((e) => (
                  <button key={String(e.competitorId)} type="button" className="link chip" onClick={() => e.evidence[0] && nav.openObservation(e.evidence[0].observationId)}>
                    {e.competitorName} ({t(levelKey(e.level))})
                  </button>
                ))}
              </p>
            ) : null}
            {est ? <EstimateBlock estimate={est} plan={plan} /> : null}
            <p className="small">
              <strong>{t('reach_kpis')}:</strong>
            </p>
            <ul className="small kpis">
              {kpis.map((k) => (
                <li key={k.kpi}>
                  {t(kpiKey(k.kpi))}
                  {k.benchmark ? ` — ${t('reach_benchmark', benchmarkValue(k.benchmark, k.benchmark.value, plan, i), sourceLabel(k.benchmark, i))}` : ''}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
      {rec.focus.some((s) => s.evidence.length) ? <LevelLegend hideNone /> : null}
      <h4>{t('reach_budget')}</h4>
      <ul className="budget">
        {rec.budget.map((b) => (
          <li key={b.channel}>
            {b.channel === 'reserve' ? t('reach_reserve') : t(channelKey(b.channel))}: <strong>{money(b.amount, rec.currency)}</strong> <span className="muted">({percent(b.share)})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
