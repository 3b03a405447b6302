/**
 * "What changed": confirmed changes on watched pages, newest first, filtered by competitor and
 * kind; each opens the fetched observation before and after it; unseen ones can be marked seen.
 */
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { competitorNames, listChanges } from '../lib/store/watches';
import { changeLine } from '../lib/watch/lines';
import { WATCH_FIELDS } from '../lib/watch/types';
import { useI18n } from './I18nContext';
import { useNav } from './NavContext';
import { Empty } from './Empty';
import { markChangesSeen } from './runtime';
import { SafeLink } from './SafeLink';

export const fieldKey = (field: string) => `watch_field_${field.replace(/-/g, '_')}`;

export function WatchInbox() {
  const { t, dateTime, number } = useI18n();
  const nav = useNav();
  const [competitorId, setCompetitorId] = useState<number | null>(null);
  const [field, setField] = useState<string | null>(null);
  const rows = useLiveQuery(() => listChanges({ competitorId, field }), [competitorId, field]);
  const all = useLiveQuery(() => listChanges());
  const names = useLiveQuery(() => competitorNames());
  if (!rows || !all || !names) return <p className="muted">{t('loading')}</p>;
  const competitors = [...new Set(all.map((r) => r.competitorId).filter((id): id is number => id !== null))];
  const unseen = rows.filter((r) => !r.seen);
  const nameOf = (id: number | null, url: string) => (id !== null ? names.get(id) : undefined) ?? new URL(url).hostname;
  return (
    <div data-testid="watch-inbox">
      <div className="row wrap">
        <label className="small">
          {t('watch_filter_competitor')}{' '}
          <select value={competitorId ?? ''} onChange={(e) => setCompetitorId(e.target.value ? Number(e.target.value) : null)} data-testid="inbox-competitor">
            <option value="">{t('watch_filter_all')}</option>
            {competitors.map((id) => (
              <option key={id} value={id}>
                {names.get(id) ?? id}
              </option>
            ))}
          </select>
        </label>
        <label className="small">
          {t('watch_filter_kind')}{' '}
          <select value={field ?? ''} onChange={(e) => setField(e.target.value || null)} data-testid="inbox-kind">
            <option value="">{t('watch_filter_all')}</option>
            {WATCH_FIELDS.map((f) => (
              <option key={f} value={f}>
                {t(fieldKey(f))}
              </option>
            ))}
          </select>
        </label>
        {unseen.length ? (
          <button type="button" onClick={() => void markChangesSeen(unseen.map((r) => r.id))} data-testid="inbox-mark-all">
            {t('watch_mark_all_seen')} ({t('watch_unseen', number(unseen.length))})
          </button>
        ) : null}
      </div>
      {!rows.length ? <Empty text={t('watch_inbox_empty')} /> : null}
      <ul className="cards">
        {rows.map((r) => (
          <li key={r.id} className={`card${r.seen ? '' : ' unseen'}`} data-change={r.field} data-seen={r.seen}>
            <div dir="auto">
              {r.seen ? null : <span className="badge">{t('watch_new')}</span>} {changeLine(t, nameOf(r.competitorId, r.url), r)}
            </div>
            <div className="small muted">
              {dateTime(r.at)} · {t(fieldKey(r.field))} · <SafeLink href={r.url}>{r.url}</SafeLink>
            </div>
            <div className="small row">
              {r.previousId !== null ? (
                <button type="button" className="link" onClick={() => nav.go({ view: 'watch-observation', id: r.previousId! })}>
                  {t('watch_before')}
                </button>
              ) : null}
              <button type="button" className="link" onClick={() => nav.go({ view: 'watch-observation', id: r.observationId })}>
                {t('watch_after')}
              </button>
              {r.seen ? null : (
                <button type="button" className="link" onClick={() => void markChangesSeen([r.id])}>
                  {t('watch_mark_seen')}
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
