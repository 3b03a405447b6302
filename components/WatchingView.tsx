/** The "Watching" tab: the "What changed" inbox, then the watched pages, and "Check all now". */
import { useState } from 'react';
import { useI18n } from './I18nContext';
import { WatchInbox } from './WatchInbox';
import { WatchList } from './WatchList';
import { runWatches } from './runtime';

export function WatchingView() {
  const { t, number } = useI18n();
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const checkAll = async () => {
    setBusy(true);
    const r = await runWatches(true);
    setBusy(false);
    setStatus(r.ok ? t('watch_checked', number(r.checked), number(r.changed), number(r.failed)) : r.error);
  };
  return (
    <section data-view="watching">
      <h2>{t('watch_inbox_title')}</h2>
      <WatchInbox />
      <h2>{t('watch_pages_title')}</h2>
      <div className="row">
        <button type="button" onClick={() => void checkAll()} disabled={busy} data-testid="watch-check-all">
          {busy ? t('watch_checking') : t('watch_check_now')}
        </button>
        <span className="small muted" role="status">
          {status}
        </span>
      </div>
      <WatchList />
    </section>
  );
}
