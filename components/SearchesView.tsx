/** Which searches each competitor owns (organic rank, paid position), from clipped result pages. */
import type { PlanInput } from '../lib/plan/plan-input';
import { useI18n } from './I18nContext';
import { useNav } from './NavContext';

export function SearchesView({ plan }: { plan: PlanInput }) {
  const { t, number } = useI18n();
  const nav = useNav();
  const rows = plan.data.competitors.flatMap((c) => (plan.searches.get(c.id) ?? []).map((s) => ({ c, s })));
  if (!rows.length) {
    // Result pages clipped where no competitor shows are not "no searches": say so, and where to look.
    const clipped = [...(plan.data.venuePages ?? []), ...plan.data.observations].filter((o) => o.obs.kind === 'serp').length;
    if (!clipped) return <p className="muted">{t('searches_none')}</p>;
    return (
      <p className="muted">
        {t('searches_none_owned', number(clipped))}{' '}
        <button type="button" className="link" onClick={() => nav.go({ view: 'searches' })}>
          {t('nav_searches')}
        </button>
      </p>
    );
  }
  return (
    <div className="scroll-x">
      <table className="small">
        <thead>
          <tr>
            <th>{t('landscape_col_competitor')}</th>
            <th>{t('searches_query')}</th>
            <th>{t('searches_organic_col')}</th>
            <th>{t('searches_paid_col')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ c, s }) => (
            <tr key={`${String(c.id)}|${s.engine}|${s.query}`}>
              <td dir="auto">{c.name}</td>
              <td>
                <button type="button" className="link" dir="auto" onClick={() => nav.openObservation(s.observationId)}>
                  {s.query}
                </button>{' '}
                <span className="muted">({s.engine})</span>
              </td>
              <td className="num">{s.organicRank === null ? '—' : `#${s.organicRank}`}</td>
              <td>{s.paidPosition ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
