/** The watched pages: state and last result, frequency, pause / resume, stop watching. */
import { useLiveQuery } from 'dexie-react-hooks';
import { listWatches } from '../lib/store/watches';
import { EVERY, type Every } from '../lib/watch/types';
import { useI18n } from './I18nContext';
import { Empty } from './Empty';
import { setWatch, unwatchPage } from './runtime';
import { SafeLink } from './SafeLink';
import { WatchState, reasonKey } from './WatchState';

export function WatchList() {
  const { t, dateTime } = useI18n();
  const rows = useLiveQuery(() => listWatches());
  if (!rows) return <p className="muted">{t('loading')}</p>;
  if (!rows.length) return <Empty text={t('watch_pages_empty')} />;
  return (
    <ul className="cards" data-testid="watch-list">
      {rows.map((w) => (
        <li key={w.id} className="card" data-watch={w.url}>
          <div className="small">
            {w.competitorName ? <strong>{w.competitorName}</strong> : null} <SafeLink href={w.url}>{w.url}</SafeLink>
          </div>
          <div className="small">
            <WatchState w={w} />
            {' · '}
            {w.lastCheckedAt && w.lastOutcome
              ? t('watch_last_check', dateTime(w.lastCheckedAt), w.lastOutcome === 'failed' ? t('watch_outcome_failed', t(reasonKey(w.lastReason ?? 'network'))) : t(`watch_outcome_${w.lastOutcome}`))
              : t('watch_never_checked')}
          </div>
          {w.needsRendered ? <p className="small muted">{t('watch_needs_rendered')}</p> : null}
          <div className="row small">
            <select aria-label={t('watch_every_label')} value={w.every} onChange={(e) => void setWatch(w.id, { every: e.target.value as Every })}>
              {EVERY.map((e) => (
                <option key={e} value={e}>
                  {t(`watch_every_${e}`)}
                </option>
              ))}
            </select>
            <button type="button" onClick={() => void setWatch(w.id, { paused: !w.paused })}>
              {w.paused ? t('watch_resume') : t('watch_pause')}
            </button>
            <button type="button" onClick={() => void unwatchPage(w.id)}>
              {t('watch_remove')}
            </button>
          </div>
        </li>
      ))}
    </ul>
  );
}
