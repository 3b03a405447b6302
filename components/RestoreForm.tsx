/**
 * Restore from a JSON backup: the file is checked and previewed here (counts, date); applying it
 * goes through the `restore` message, which validates again and replaces everything in one transaction.
 */
import { useState } from 'react';
import { parseBackup, type BackupPreview } from '../lib/plan/backup-schema';
import { useI18n } from './I18nContext';
import { requestRestore } from './runtime';

export function RestoreForm() {
  const { t, dateTime, number } = useI18n();
  const [text, setText] = useState<string | null>(null);
  const [preview, setPreview] = useState<BackupPreview | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const pick = async (file: File | undefined) => {
    setMessage(null);
    setPreview(null);
    setText(null);
    setFileName(file?.name ?? null);
    if (!file) return;
    const raw = await file.text();
    const p = parseBackup(raw);
    if (!p.ok) return setMessage({ ok: false, text: t('restore_error', t(p.error.key, ...p.error.params)) });
    setText(raw);
    setPreview(p.preview);
  };
  const apply = async () => {
    if (!text) return;
    const r = await requestRestore(text);
    // The restore answer is already a full sentence in the user's language ("Nothing was changed: …").
    setMessage(r.ok ? { ok: true, text: t('restore_done') } : { ok: false, text: r.error });
    if (r.ok) {
      setText(null);
      setPreview(null);
    }
  };
  return (
    <div className="form">
      {/* The native file input names its button in the browser's language; it is hidden behind a label in ours. */}
      <div className="file-pick">
        <span>{t('restore_pick')}</span>
        <label className="button" data-testid="restore-choose">
          {t('restore_choose')}
          <input className="sr-only" type="file" accept="application/json,.json" onChange={(e) => void pick(e.target.files?.[0])} data-testid="restore-file" />
        </label>
        <span className="muted small" dir="auto">{fileName ?? t('restore_no_file')}</span>
      </div>
      {preview ? (
        <div className="card" data-testid="restore-preview">
          <p>{t('restore_preview', number(preview.counts.competitors ?? 0), number(preview.counts.observations ?? 0), number(preview.counts.captures ?? 0), number(preview.counts.settings ?? 0), dateTime(preview.exportedAt))}</p>
          <p className="warning">{t('restore_warning')}</p>
          <button type="button" className="danger" onClick={() => void apply()} data-testid="restore-apply">
            {t('restore_apply')}
          </button>
        </div>
      ) : null}
      {message ? <p role="status" className={message.ok ? 'ok' : 'error'}>{message.text}</p> : null}
    </div>
  );
}
