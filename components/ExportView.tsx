/**
 * Export (Markdown plan, CSV of clips and of the matrix, JSON backup) through the runtime
 * messages the tests and tools use too; copy or download; the printable report; restore.
 */
import { useState } from 'react';
import { browser } from 'wxt/browser';
import { useI18n } from './I18nContext';
import { requestExport } from './runtime';
import { RestoreForm } from './RestoreForm';
import { ReanalyzeAll } from './ReanalyzeAll';
import { Section } from './Section';

type Kind = 'markdown' | 'csv' | 'csv-matrix' | 'json';
const FILE: Record<Kind, { name: string; type: string }> = {
  markdown: { name: 'racescout-plan.md', type: 'text/markdown' },
  csv: { name: 'racescout-observations.csv', type: 'text/csv' },
  'csv-matrix': { name: 'racescout-matrix.csv', type: 'text/csv' },
  json: { name: 'racescout-backup.json', type: 'application/json' },
};

function download(text: string, kind: Kind) {
  const url = URL.createObjectURL(new Blob([text], { type: `${FILE[kind].type};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = FILE[kind].name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function ExportView() {
  const { t } = useI18n();
  const [status, setStatus] = useState<string | null>(null);
  const [preview, setPreview] = useState<{ kind: Kind; text: string } | null>(null);
  const run = async (kind: Kind, then: 'copy' | 'download') => {
    setStatus(t('loading'));
    const r = kind === 'csv-matrix' ? await requestExport('csv', 'matrix') : await requestExport(kind);
    if (!r.ok) return setStatus(t('export_error', r.error));
    setPreview({ kind, text: r.text });
    if (then === 'copy') {
      await navigator.clipboard.writeText(r.text).then(
        () => setStatus(t('export_copied')),
        () => setStatus(t('export_copy_failed')),
      );
    } else {
      download(r.text, kind);
      setStatus(t('export_downloaded', FILE[kind].name));
    }
  };
  const rows: { kind: Kind; label: string }[] = [
    { kind: 'markdown', label: t('export_markdown') },
    { kind: 'csv', label: t('export_csv_observations') },
    { kind: 'csv-matrix', label: t('export_csv_matrix') },
    { kind: 'json', label: t('export_json') },
  ];
  return (
    <section data-view="export">
      <h2>{t('export_title')}</h2>
      <ul className="cards">
        {rows.map((r) => (
          <li key={r.kind} className="card row wrap" data-export={r.kind}>
            <span className="grow">{r.label}</span>
            <button type="button" onClick={() => run(r.kind, 'copy')}>{t('export_copy')}</button>
            <button type="button" onClick={() => run(r.kind, 'download')}>{t('export_download')}</button>
          </li>
        ))}
      </ul>
      <p>
        <button type="button" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/report.html') })}>{t('export_report')}</button>
      </p>
      {status ? <p role="status" className="status">{status}</p> : null}
      {preview ? (
        <details className="preview">
          <summary>{t('export_preview')}</summary>
          <pre data-testid="export-preview" dir="auto">{preview.text.slice(0, 20000)}</pre>
        </details>
      ) : null}
      <Section title={t('restore_title')}>
        <RestoreForm />
      </Section>
      <Section title={t('reanalyze_title')}>
        <ReanalyzeAll />
      </Section>
    </section>
  );
}
