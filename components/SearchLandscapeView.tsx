/**
 * The search landscape: share of search per competitor, keyword gaps, then every clipped query
 * with who ranks organically and who advertises, the user's brand and competitors marked.
 */
import { adSources } from '../lib/plan/sources';
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { planData } from '../lib/store/queries-plan';
import { searchLandscape, TOP_ORGANIC, type LandscapeEntry, type QueryLandscape } from '../lib/plan/search-landscape';
import type { Id, PlanCompetitor } from '../lib/plan/model';
import { useI18n } from './I18nContext';
import { useNav } from './NavContext';
import { Empty } from './Empty';
import { Section } from './Section';
import { SafeLink } from './SafeLink';
import { requestExport } from './runtime';

export function SearchLandscapeView() {
  const { t, number, date } = useI18n();
  const nav = useNav();
  const data = useLiveQuery(planData, []);
  const land = useMemo(() => (data ? searchLandscape(adSources(data), data.competitors) : null), [data]);
  if (!data || !land) return <p className="muted">{t('loading')}</p>;
  const names = new Map<Id, PlanCompetitor>(data.competitors.map((c) => [c.id, c]));
  const download = async () => {
    const r = await requestExport('csv', 'searches');
    if (!r.ok) return;
    const url = URL.createObjectURL(new Blob([r.text], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'racescout-searches.csv';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  if (!land.queries.length)
    return (
      <section data-view="searches">
        <h2>{t('searches_landscape_title')}</h2>
        <Empty text={t('searches_none')} />
      </section>
    );
  return (
    <section data-view="searches">
      <h2>{t('searches_landscape_title')}</h2>
      <p className="muted small">{t('searches_landscape_note', number(land.queries.length), number(TOP_ORGANIC))}</p>
      <p className="no-print">
        <button type="button" onClick={() => void download()} data-export="searches-csv">
          {t('searches_export_csv')}
        </button>
      </p>
      <Section title={t('searches_share_title')} id="share">
        {land.share.length ? (
          <div className="scroll-x">
            <table className="small">
              <thead>
                <tr>
                  <th>{t('landscape_col_competitor')}</th>
                  <th>{t('searches_share_organic', number(TOP_ORGANIC))}</th>
                  <th>{t('searches_share_paid')}</th>
                  <th>{t('searches_best_rank')}</th>
                </tr>
              </thead>
              <tbody>
                {land.share.map((s) => (
                  <tr key={s.competitorId} className={s.own ? 'own' : undefined}>
                    <td dir="auto">
                      <button type="button" className="link" onClick={() => nav.openCompetitor(s.competitorId)}>
                        {s.name}
                      </button>
                      {s.own ? <span className="badge">{t('competitor_own')}</span> : null}
                    </td>
                    <td className="num">{t('searches_share_of', number(s.organicQueries), number(s.queries))}</td>
                    <td className="num">{t('searches_share_of', number(s.paidQueries), number(s.queries))}</td>
                    <td className="num">{s.bestRank === null ? '—' : `#${s.bestRank}`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="muted">{t('searches_share_none')}</p>
        )}
      </Section>
      <Section title={t('searches_gaps_title')} id="gaps">
        {!land.hasOwnBrand ? (
          <p className="muted">{t('searches_gaps_need_own')}</p>
        ) : land.gaps.length ? (
          <ul className="small">
            {land.gaps.map((g) => (
              <li key={`${g.engine}|${g.query}|${String(g.competitorId)}`} dir="auto">
                “{g.query}” ({g.engine}): {names.get(g.competitorId)?.name ?? '—'} — {[g.organicRank === null ? null : t('searches_gap_organic', String(g.organicRank)), g.paid ? t('searches_gap_paid') : null].filter(Boolean).join(', ')}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('searches_gaps_none')}</p>
        )}
      </Section>
      {land.queries.map((q) => (
        <QueryCard key={`${q.engine}|${q.query}`} q={q} names={names} dateOf={date} />
      ))}
    </section>
  );
}

function Who({ e, names }: { e: LandscapeEntry; names: ReadonlyMap<Id, PlanCompetitor> }) {
  const { t } = useI18n();
  const c = e.competitorId === null ? null : names.get(e.competitorId);
  return (
    <>
      <span dir="ltr">{e.domain ?? '—'}</span>
      {c ? <span className={c.own ? 'badge own' : 'badge'}>{c.own ? t('competitor_own') : c.name}</span> : null}
    </>
  );
}

function QueryCard({ q, names, dateOf }: { q: QueryLandscape; names: ReadonlyMap<Id, PlanCompetitor>; dateOf(d: string): string }) {
  const { t, number } = useI18n();
  const nav = useNav();
  return (
    <article className="card query" data-query={q.query} data-engine={q.engine}>
      <h3 dir="auto">
        “{q.query}” <span className="muted small">{q.engine}</span>
      </h3>
      <p className="small muted">
        <button type="button" className="link" onClick={() => nav.openObservation(q.observationId)}>
          {dateOf(q.capturedAt)}
        </button>
        {q.clips > 1 ? ` · ${t('searches_clips', number(q.clips))}` : ''}
      </p>
      {q.paid.length ? (
        <>
          <h4>{t('searches_ads')}</h4>
          <ol className="small serp-list">
            {q.paid.map((a) => (
              <li key={a.position} className={a.own ? 'own' : a.competitorId !== null ? 'rival' : undefined}>
                <span dir="auto">{a.headline ?? a.advertiser ?? '—'}</span> — <Who e={a} names={names} />
              </li>
            ))}
          </ol>
        </>
      ) : null}
      <h4>{t('searches_organic')}</h4>
      <ol className="small serp-list">
        {q.organic.slice(0, 20).map((r) => (
          <li key={`${r.rank}|${r.url}`} value={r.rank} className={r.own ? 'own' : r.competitorId !== null ? 'rival' : undefined} data-rank={r.rank}>
            <SafeLink href={r.url}>{r.title || r.url}</SafeLink> — <Who e={r} names={names} />
          </li>
        ))}
      </ol>
    </article>
  );
}
