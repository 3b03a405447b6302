/** The competitors list: own brand first, then by last clip; delete offers an undo. */
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { competitorSummaries, deleteCompetitor, undoDelete, type DeletedCompetitor } from '../lib/store/queries-plan';
import { useI18n } from './I18nContext';
import { CompetitorRow } from './CompetitorRow';
import { Empty } from './Empty';
import { UndoBar } from './UndoBar';
import { SuggestionsCard } from './SuggestionsCard';
import type { Id } from '../lib/plan/model';

export function CompetitorsView() {
  const { t } = useI18n();
  const list = useLiveQuery(competitorSummaries, []);
  const [deleted, setDeleted] = useState<{ name: string; data: DeletedCompetitor } | null>(null);
  if (!list) return <p className="muted">{t('loading')}</p>;
  if (!list.length)
    return (
      <>
        <SuggestionsCard />
        <Empty text={t('empty_no_data')} />
      </>
    );
  const sorted = [...list].sort((a, b) => Number(b.own) - Number(a.own) || (b.lastClip ?? '').localeCompare(a.lastClip ?? ''));
  const remove = async (id: Id, name: string) => {
    const data = await deleteCompetitor(id);
    if (data) setDeleted({ name, data });
  };
  return (
    <section data-view="competitors">
      <h2>{t('competitors_title')}</h2>
      {deleted ? (
        <UndoBar
          text={t('competitor_deleted', deleted.name)}
          onUndo={async () => {
            await undoDelete(deleted.data);
            setDeleted(null);
          }}
          onDismiss={() => setDeleted(null)}
        />
      ) : null}
      <SuggestionsCard />
      <ul className="cards">
        {sorted.map((c) => (
          <CompetitorRow key={String(c.id)} c={c} others={sorted.filter((o) => o.id !== c.id)} onDelete={() => remove(c.id, c.name)} />
        ))}
      </ul>
    </section>
  );
}
