/**
 * "Watch this page": a frequency and a button. The click first asks the browser for access to
 * this page's origin only (the sentence beside it says why), then starts the watch, whose first
 * fetch becomes the baseline. A page already watched shows its state instead.
 */
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { watchByUrl, watchUrl } from '../lib/store/watches';
import { originOf } from '../lib/watch/origin-lock';
import { EVERY, type Every } from '../lib/watch/types';
import { useI18n } from './I18nContext';
import { useNav } from './NavContext';
import { requestOriginAccess, watchPage } from './runtime';
import { WatchState } from './WatchState';

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done' } | { kind: 'error'; text: string };

export function WatchButton({ url, label }: { url: string; label?: string }) {
  const { t } = useI18n();
  const nav = useNav();
  const key = watchUrl(url);
  const origin = key ? originOf(key) : null;
  const existing = useLiveQuery(() => (key ? watchByUrl(key) : null), [key]);
  const [every, setEvery] = useState<Every>('day');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  if (!key || !origin) return null;
  const host = new URL(origin).host;

  if (existing) {
    return (
      <div className="watch-button small" data-testid="watch-state">
        <WatchState w={existing} />{' '}
        <button type="button" className="link" onClick={() => nav.go({ view: 'watching' })}>
          {t('nav_watching')}
        </button>
      </div>
    );
  }

  const start = async () => {
    // The permission prompt first, while the click still counts as the user's gesture.
    const granted = await requestOriginAccess(origin);
    if (!granted) return setStatus({ kind: 'error', text: t('watch_denied', host) });
    setStatus({ kind: 'busy' });
    const r = await watchPage(key, every);
    setStatus(r.ok ? { kind: 'done' } : { kind: 'error', text: r.error });
  };

  return (
    <div className="watch-button">
      <div className="row">
        <label className="small">
          {t('watch_every_label')}{' '}
          <select value={every} onChange={(e) => setEvery(e.target.value as Every)}>
            {EVERY.map((e) => (
              <option key={e} value={e}>
                {t(`watch_every_${e}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => void start()} disabled={status.kind === 'busy'} data-testid="watch-page">
          {status.kind === 'busy' ? t('watch_checking') : (label ?? t('watch_this_page'))}
        </button>
      </div>
      <p className="small muted">{t('watch_why', host)}</p>
      {status.kind === 'done' ? <p className="small" role="status">{t('watch_added')}</p> : null}
      {status.kind === 'error' ? (
        <p className="small error" role="alert">
          {status.text}
        </p>
      ) : null}
    </div>
  );
}
