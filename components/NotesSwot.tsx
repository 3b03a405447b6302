/**
 * Free notes and a SWOT for one competitor, saved as the user types (debounced). A SWOT box the
 * user has not written yet shows lines suggested from the evidence, marked as suggestions; they
 * become the user's (and reach the plan) only once edited. Clearing a box keeps it empty.
 */
import { useEffect, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getSetting, setSetting } from '../lib/store/queries-plan';
import { noteConflictOf } from '../lib/store/sync-store';
import { EMPTY_NOTES, notesKey, type CompetitorNotes } from '../lib/plan/settings';
import { SWOT_PARTS, type SwotLine, type SwotPart } from '../lib/plan/profile-summary';
import type { Id } from '../lib/plan/model';
import { channelKey } from '../lib/i18n/keys';
import { useI18n } from './I18nContext';

type Stored = { notes?: string; swot?: Partial<CompetitorNotes['swot']> };

/** Tall enough for the suggestions in a half-width box (about 28 characters a line), within reason. */
const rowsFor = (text: string) => Math.min(12, Math.max(4, text.split('\n').reduce((n, line) => n + Math.ceil((line.length || 1) / 28), 0) + 1));

export function NotesSwot({ competitorId, suggestions }: { competitorId: Id; suggestions?: Record<SwotPart, SwotLine[]> }) {
  const { t, tn, number } = useI18n();
  const stored = useLiveQuery(() => getSetting<Stored>(notesKey(competitorId)), [competitorId]);
  const conflict = useLiveQuery(() => noteConflictOf(Number(competitorId)), [competitorId]);
  const [draft, setDraft] = useState<Stored | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const base: Stored = draft ?? stored ?? {};
  const channel = (l: SwotLine) => (l.channel ? t(channelKey(l.channel)) : '');
  const line = (l: SwotLine) => `- ${typeof l.value === 'number' ? tn(l.key, l.value, channel(l), number(l.value)) : t(l.key, channel(l), l.value ?? '')}`;
  const suggested = (k: SwotPart) => (suggestions?.[k] ?? []).map(line).join('\n');
  const isSuggested = (k: SwotPart) => typeof base.swot?.[k] !== 'string' && suggested(k) !== '';
  const change = (next: Stored) => {
    setDraft(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void setSetting(notesKey(competitorId), { ...EMPTY_NOTES, ...next, swot: { ...next.swot } }), 400);
  };
  return (
    <div className="notes">
      {conflict?.length ? (
        <p className="note warning small" role="note" data-testid="notes-conflict">
          {t('notes_conflict')}
        </p>
      ) : null}
      <label>
        {t('profile_notes')}
        <textarea dir="auto" rows={3} value={base.notes ?? ''} onChange={(e) => change({ ...base, notes: e.target.value })} />
      </label>
      {SWOT_PARTS.some(isSuggested) ? <p className="small muted">{t('swot_suggested_note')}</p> : null}
      <div className="swot">
        {SWOT_PARTS.map((k) => (
          <label key={k} className={isSuggested(k) ? 'suggested' : undefined}>
            <span>
              {t(`swot_${k}`)} {isSuggested(k) ? <span className="tag">{t('swot_suggested')}</span> : null}
            </span>
            <textarea dir="auto" rows={rowsFor(base.swot?.[k] ?? suggested(k))} data-swot={k} value={base.swot?.[k] ?? suggested(k)} onChange={(e) => change({ ...base, swot: { ...base.swot, [k]: e.target.value } })} />
          </label>
        ))}
      </div>
    </div>
  );
}
