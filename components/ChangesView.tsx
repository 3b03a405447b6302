/** Changes since the last clip of the same page: price, headline, offers, new pixels or channels, followers. */
import { useMemo } from 'react';
import { changesSinceLastClip } from '../lib/plan/changes';
import { timesNeedingSeconds } from '../lib/plan/clip-time';
import { useI18n } from './I18nContext';
import { useNav } from './NavContext';
import { usePlanInput } from './usePlan';
import { Empty } from './Empty';
import { ChangeList } from './ChangeList';

export function ChangesView() {
  const { t, dateTime, dateTimeSeconds } = useI18n();
  const nav = useNav();
  const plan = usePlanInput();
  const sets = useMemo(() => (plan ? changesSinceLastClip(plan.data.observations) : []), [plan]);
  if (!plan) return <p className="muted">{t('loading')}</p>;
  const names = new Map(plan.data.competitors.map((c) => [c.id, c.name]));
  const precise = timesNeedingSeconds(sets.flatMap((s) => [s.previousAt, s.capturedAt]));
  const when = (iso: string) => (precise.has(iso) ? dateTimeSeconds(iso) : dateTime(iso));
  const owner = new Map(plan.data.observations.map((o) => [o.id, o.competitorId]));
  return (
    <section data-view="changes">
      <h2>{t('changes_title')}</h2>
      {!sets.length ? <Empty text={t('changes_none')} /> : null}
      <ul className="cards">
        {sets.map((s) => (
          <li key={String(s.observationId)} className="card">
            <div className="small muted">
              <strong>{names.get(owner.get(s.observationId)!)}</strong> · {s.url}
            </div>
            <div className="small">
              <button type="button" className="link" onClick={() => nav.openObservation(s.previousId)}>{when(s.previousAt)}</button> →{' '}
              <button type="button" className="link" onClick={() => nav.openObservation(s.observationId)}>{when(s.capturedAt)}</button>
            </div>
            <ChangeList changes={s.changes} />
          </li>
        ))}
      </ul>
    </section>
  );
}
