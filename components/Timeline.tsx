/** The competitor's clips, newest first; each opens the clip with its screenshot. */
import type { PlanObservation } from '../lib/plan/model';
import { kindKey } from '../lib/i18n/keys';
import { useI18n } from './I18nContext';
import { useNav } from './NavContext';
import { timesNeedingSeconds } from '../lib/plan/clip-time';

export function Timeline({ items, limit = 30 }: { items: PlanObservation[]; limit?: number }) {
  const { t, dateTime, dateTimeSeconds } = useI18n();
  const nav = useNav();
  const precise = timesNeedingSeconds(items.slice(0, limit).map((o) => o.capturedAt));
  return (
    <ol className="timeline">
      {items.slice(0, limit).map((o) => (
        <li key={String(o.id)}>
          <button type="button" className="link" onClick={() => nav.openObservation(o.id)}>
            {precise.has(o.capturedAt) ? dateTimeSeconds(o.capturedAt) : dateTime(o.capturedAt)}
          </button>{' '}
          <span className="tag">{t(kindKey(o.obs.kind))}</span> <span dir="auto">{o.obs.page.title ?? o.obs.url}</span>
        </li>
      ))}
      {items.length > limit ? <li className="muted">{t('more_count', items.length - limit)}</li> : null}
    </ol>
  );
}
