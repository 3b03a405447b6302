/** Changes since the last clip of the same page: price, headline, offers, new pixels or channels, followers. */
import { useMemo } from 'react';
import { changesSinceLastClip, type Change } from '../lib/plan/changes';
import { changeKey, channelKey } from '../lib/i18n/keys';
import { useI18n } from './I18nContext';
import { useNav } from './NavContext';
import { usePlanInput } from './usePlan';
import { Empty } from './Empty';

export function ChangesView() {
  const { t, dateTime } = useI18n();
  const nav = useNav();
  const plan = usePlanInput();
  const sets = useMemo(() => (plan ? changesSinceLastClip(plan.data.observations) : []), [plan]);
  if (!plan) return <p className="muted">{t('loading')}</p>;
  const names = new Map(plan.data.competitors.map((c) => [c.id, c.name]));
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
              <button type="button" className="link" onClick={() => nav.openObservation(s.previousId)}>{dateTime(s.previousAt)}</button> →{' '}
              <button type="button" className="link" onClick={() => nav.openObservation(s.observationId)}>{dateTime(s.capturedAt)}</button>
            </div>
            <ul>
              {s.changes.map((c, k) => (
                <ChangeLine key={k} c={c} />
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}

function ChangeLine({ c }: { c: Change }) {
  const { t, money, number } = useI18n();
  const show = (v: string | number | null) => {
    if (v === null) return '—';
    if (typeof v === 'number') return c.kind.includes('price') || c.kind.startsWith('offer') ? money(v, c.currency) : number(v);
    return c.kind.startsWith('channel') ? t(channelKey(v)) : v;
  };
  const subject = c.subject && !c.kind.startsWith('channel') && c.kind !== 'followers' ? ` (${c.subject})` : c.kind === 'followers' ? ` (${c.subject})` : '';
  return (
    <li className={`change ${c.kind}`}>
      <span className="tag">{t(changeKey(c.kind))}</span>
      <span dir="auto">
        {subject} {c.before !== null && c.after !== null ? t('changes_between', show(c.before), show(c.after)) : show(c.after ?? c.before)}
      </span>
    </li>
  );
}
