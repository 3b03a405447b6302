/**
 * "Clip this page" and "Pick an ad" for the active tab, with the outcome in words: the clip's
 * title and a link to it, or why it failed (browser pages, PDFs, too large…).
 */
import { useState } from 'react';
import { useI18n } from './I18nContext';
import { useNav } from './NavContext';
import { activeTabId, captureTab, startPicker } from './runtime';
import type { Id } from '../lib/plan/model';

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; observationId: Id } | { kind: 'picking' } | { kind: 'error'; error: string };

export function ClipBar() {
  const { t } = useI18n();
  const nav = useNav();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const withTab = async (run: (tabId: number) => Promise<void>) => {
    const tabId = await activeTabId().catch(() => null);
    if (tabId === null) return setStatus({ kind: 'error', error: t('clip_no_tab') });
    await run(tabId);
  };
  const clip = () =>
    withTab(async (tabId) => {
      setStatus({ kind: 'busy' });
      const r = await captureTab(tabId);
      setStatus(r.ok ? { kind: 'done', observationId: r.observationId } : { kind: 'error', error: r.error });
    });
  const pick = () =>
    withTab(async (tabId) => {
      const r = await startPicker(tabId);
      setStatus(r.ok ? { kind: 'picking' } : { kind: 'error', error: r.error });
    });

  return (
    <div className="clipbar">
      <div className="row">
        <button type="button" className="primary" onClick={clip} disabled={status.kind === 'busy'} data-testid="clip-page">
          {status.kind === 'busy' ? t('clip_working') : t('clip_page')}
        </button>
        <button type="button" onClick={pick} data-testid="pick-ad">
          {t('clip_pick')}
        </button>
      </div>
      <p className={`status ${status.kind}`} role="status" aria-live="polite">
        {status.kind === 'done' ? (
          <>
            {t('clip_done')}{' '}
            <button type="button" className="link" onClick={() => nav.openObservation(status.observationId)}>
              {t('open_clip')}
            </button>
          </>
        ) : status.kind === 'picking' ? (
          t('clip_pick_started')
        ) : status.kind === 'error' ? (
          t('clip_error', status.error)
        ) : null}
      </p>
    </div>
  );
}
