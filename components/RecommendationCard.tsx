/** The recommended one or two focus channels: reasons, competitors' evidence, budget split and KPIs with benchmarks. */
import type { PlanInput } from '../lib/plan/plan-input';
import { channelKey, kpiKey, levelKey } from '../lib/i18n/keys';
import { useI18n } from './I18nContext';
import { useNav } from './NavContext';

export function RecommendationCard({ plan }: { plan: PlanInput }) {
  const { t, money, percent, number } = useI18n();
  const nav = useNav();
  const rec = plan.recommendation;
  return (
    <div className="card recommendation" data-testid="recommendation">
      <h3>{t('reach_recommend')}</h3>
      {rec.focus.map((s) => {
        const kpis = rec.kpis.find((k) => k.channel === s.channel)?.kpis ?? [];
        return (
          <div key={s.channel} className="focus" data-channel={s.channel}>
            <h4>
              {t(channelKey(s.channel))} <span className="muted small">{t('reach_total')} {number(s.total)}</span>
            </h4>
            <ul>
              {s.reasons.map((r) => <li key={r.key}>{t(r.key, ...r.params.map((p) => (typeof p === 'number' ? number(p) : p)))}</li>)}
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
            <p className="small">
              <strong>{t('reach_kpis')}:</strong>{' '}
              {kpis.map((k) => `${t(kpiKey(k.kpi))}${k.benchmark ? ` (${t('reach_benchmark', k.benchmark.unit === '%' ? `${number(k.benchmark.value)} %` : money(k.benchmark.value, 'USD'), k.benchmark.source.name)})` : ''}`).join(' · ')}
            </p>
          </div>
        );
      })}
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
