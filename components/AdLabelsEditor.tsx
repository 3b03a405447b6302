/** Tags and boards of one ad: chips to remove, one field to add a tag or put the ad on a board. */
import { useState } from 'react';
import type { AdLabels } from '../lib/plan/ads';
import { setAdLabels } from '../lib/store/queries-research';
import { useI18n } from './I18nContext';

const NONE: AdLabels = { tags: [], boards: [] };

export function AdLabelsEditor({ adKey, labels = NONE }: { adKey: string; labels?: AdLabels }) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const save = (next: AdLabels) => void setAdLabels(adKey, next);
  const add = (part: keyof AdLabels) => {
    const v = text.trim();
    if (!v) return;
    save({ ...labels, [part]: [...labels[part], v] });
    setText('');
  };
  const remove = (part: keyof AdLabels, v: string) => save({ ...labels, [part]: labels[part].filter((x) => x !== v) });
  return (
    <div className="labels small">
      {labels.boards.map((b) => (
        <button key={`b|${b}`} type="button" className="chip board" title={t('ads_remove_label')} onClick={() => remove('boards', b)} dir="auto">
          ▦ {b} ×
        </button>
      ))}
      {labels.tags.map((tag) => (
        <button key={`t|${tag}`} type="button" className="chip" title={t('ads_remove_label')} onClick={() => remove('tags', tag)} dir="auto">
          #{tag} ×
        </button>
      ))}
      <div className="row wrap">
        <input type="text" value={text} onChange={(e) => setText(e.target.value)} placeholder={t('ads_label_placeholder')} aria-label={t('ads_label_placeholder')} maxLength={60} dir="auto" />
        <button type="button" onClick={() => add('tags')} disabled={!text.trim()}>
          {t('ads_tag_add')}
        </button>
        <button type="button" onClick={() => add('boards')} disabled={!text.trim()}>
          {t('ads_board_add')}
        </button>
      </div>
    </div>
  );
}
