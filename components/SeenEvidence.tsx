/**
 * Evidence listed once, with the clips it was seen in (not once per clip): what was found and
 * where, then "seen in" and a button per clip.
 */
import type { SeenEvidence } from '../lib/plan/profile-summary';
import { sourceKey } from '../lib/i18n/keys';
import { timesNeedingSeconds } from '../lib/plan/clip-time';
import { useI18n } from './I18nContext';
import { useNav } from './NavContext';
import { SafeLink, safeHref } from './SafeLink';

export function SeenEvidenceList({ items, limit = 6, clipLimit = 4 }: { items: SeenEvidence[]; limit?: number; clipLimit?: number }) {
  const { t, tn, number, dateTime, dateTimeSeconds } = useI18n();
  const nav = useNav();
  const precise = timesNeedingSeconds(items.flatMap((x) => x.clips.map((c) => c.capturedAt)));
  return (
    <ul className="evidence" data-testid="seen-evidence">
      {items.slice(0, limit).map(({ evidence: e, clips }, k) => (
        <li key={k}>
          <span className="tag">{t(sourceKey(e.source))}</span> {safeHref(e.value) ? <SafeLink href={e.value}>{e.value}</SafeLink> : <span className="value">{e.value}</span>}
          <div className="muted">
            {tn('seen_in_clips', clips.length, number(clips.length))}:{' '}
            {clips.slice(0, clipLimit).map((c) => (
              <button key={String(c.id)} type="button" className="link chip" onClick={() => nav.openObservation(c.id)}>
                {precise.has(c.capturedAt) ? dateTimeSeconds(c.capturedAt) : dateTime(c.capturedAt)}
              </button>
            ))}
            {clips.length > clipLimit ? t('more_count', clips.length - clipLimit) : null}
          </div>
        </li>
      ))}
      {items.length > limit ? <li className="muted">{t('more_count', items.length - limit)}</li> : null}
    </ul>
  );
}
