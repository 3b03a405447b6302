/**
 * Derives every stored clip again from its raw capture with the current analyzer, so an
 * improved extractor reaches old clips too (the `reanalyze-all` message).
 */
import { useState } from 'react';
import { useI18n } from './I18nContext';
import { requestReanalyzeAll } from './runtime';

export function ReanalyzeAll() {
  const { t } = useI18n();
  const [status, setStatus] = useState<string | null>(null);
  const run = async () => {
    setStatus(t('loading'));
    const r = await requestReanalyzeAll();
    setStatus(r.ok ? t('reanalyze_done', String(r.reanalyzed), String(r.failed)) : t('export_error', r.error));
  };
  return (
    <div data-testid="reanalyze">
      <p>{t('reanalyze_help')}</p>
      <button type="button" onClick={() => void run()}>{t('reanalyze_button')}</button>
      {status ? <p role="status" className="status">{status}</p> : null}
    </div>
  );
}
