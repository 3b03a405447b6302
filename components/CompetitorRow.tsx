/** One competitor card: name (own brand marked), last clip, counts, and its actions. */
import { useState } from 'react';
import type { CompetitorSummary } from '../lib/store/queries-plan';
import { attachToCompetitor, mergeCompetitors, renameCompetitor, setOwnBrand } from '../lib/store/queries-plan';
import { useI18n } from './I18nContext';
import { useNav } from './NavContext';

type Mode = 'none' | 'rename' | 'merge' | 'attach';

export function CompetitorRow({ c, others, onDelete }: { c: CompetitorSummary; others: CompetitorSummary[]; onDelete: () => void }) {
  const { t, tn, dateTime, number } = useI18n();
  const nav = useNav();
  const [mode, setMode] = useState<Mode>('none');
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = async () => {
    setError(null);
    if (mode === 'rename') await renameCompetitor(c.id, value);
    if (mode === 'merge' && value) await mergeCompetitors(c.id, others.find((o) => String(o.id) === value)!.id);
    if (mode === 'attach' && !(await attachToCompetitor(c.id, value))) return setError(t('competitor_attach_invalid'));
    setMode('none');
    setValue('');
  };
  const open = (m: Mode) => {
    setMode(m);
    setError(null);
    setValue(m === 'rename' ? c.name : '');
  };

  return (
    <li className={`card${c.own ? ' own' : ''}`} data-competitor={c.name}>
      <div className="card-head">
        <button type="button" className="link title" onClick={() => nav.openCompetitor(c.id)}>
          {c.name}
        </button>
        {c.own ? <span className="badge">{t('competitor_own')}</span> : null}
      </div>
      <div className="muted small">
        {[...c.domains, ...c.handles].join(' · ')}
        <br />
        {c.lastClip ? t('competitor_last_clip', dateTime(c.lastClip)) : t('competitor_never')} · {tn('competitor_counts', c.clips, number(c.clips))}
      </div>
      <div className="row wrap actions">
        <button type="button" onClick={() => open('rename')}>{t('competitor_rename')}</button>
        <button type="button" onClick={() => open('attach')}>{t('competitor_attach')}</button>
        {others.length ? <button type="button" onClick={() => open('merge')}>{t('competitor_merge')}</button> : null}
        <button type="button" onClick={() => setOwnBrand(c.id, !c.own)}>{c.own ? t('competitor_unmark_own') : t('competitor_mark_own')}</button>
        <button type="button" className="danger" onClick={onDelete}>{t('delete')}</button>
      </div>
      {mode !== 'none' ? (
        <form
          className="row wrap inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          {mode === 'merge' ? (
            <select value={value} onChange={(e) => setValue(e.target.value)} aria-label={t('competitor_merge_pick')}>
              <option value="">{t('competitor_merge_pick')}</option>
              {others.map((o) => (
                <option key={String(o.id)} value={String(o.id)}>{o.name}</option>
              ))}
            </select>
          ) : (
            <input
              value={value}
              onChange={(e) => setValue(e.target.value)}
              placeholder={mode === 'attach' ? t('competitor_attach_placeholder') : undefined}
              aria-label={mode === 'attach' ? t('competitor_attach') : t('competitor_rename')}
              dir="auto"
            />
          )}
          <button type="submit" className="primary">{t('save')}</button>
          <button type="button" onClick={() => setMode('none')}>{t('cancel')}</button>
          {error ? <p className="error">{error}</p> : null}
        </form>
      ) : null}
    </li>
  );
}
