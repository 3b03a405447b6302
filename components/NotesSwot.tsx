/** Free notes and a SWOT for one competitor, saved as the user types (debounced). */
import { useEffect, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getSetting, setSetting } from '../lib/store/queries-plan';
import { EMPTY_NOTES, notesKey, type CompetitorNotes } from '../lib/plan/settings';
import type { Id } from '../lib/plan/model';
import { useI18n } from './I18nContext';

const SWOT = ['strengths', 'weaknesses', 'opportunities', 'threats'] as const;

export function NotesSwot({ competitorId }: { competitorId: Id }) {
  const { t } = useI18n();
  const stored = useLiveQuery(() => getSetting<CompetitorNotes>(notesKey(competitorId)), [competitorId]);
  const [draft, setDraft] = useState<CompetitorNotes | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const value = draft ?? { ...EMPTY_NOTES, ...stored, swot: { ...EMPTY_NOTES.swot, ...stored?.swot } };
  const change = (next: CompetitorNotes) => {
    setDraft(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void setSetting(notesKey(competitorId), next), 400);
  };
  return (
    <div className="notes">
      <label>
        {t('profile_notes')}
        <textarea dir="auto" rows={3} value={value.notes} onChange={(e) => change({ ...value, notes: e.target.value })} />
      </label>
      <div className="swot">
        {SWOT.map((k) => (
          <label key={k}>
            {t(`swot_${k}`)}
            <textarea dir="auto" rows={3} value={value.swot[k]} onChange={(e) => change({ ...value, swot: { ...value.swot, [k]: e.target.value } })} />
          </label>
        ))}
      </div>
    </div>
  );
}
