/**
 * The evidence behind a claim: what was found and where (source kind, selector). URLs become
 * SafeLinks; everything else is text. When the claim came from a stored clip, a button opens it.
 */
import type { Evidence } from '../lib/analyze/types';
import { sourceKey } from '../lib/i18n/keys';
import type { Id } from '../lib/plan/model';
import { useI18n } from './I18nContext';
import { useNav } from './NavContext';
import { SafeLink, safeHref } from './SafeLink';

export function EvidenceList({ evidence, observationId, limit = 8 }: { evidence: Evidence[]; observationId?: Id; limit?: number }) {
  const { t } = useI18n();
  const nav = useNav();
  return (
    <ul className="evidence">
      {evidence.slice(0, limit).map((e, k) => (
        <li key={k}>
          <span className="tag">{t(sourceKey(e.source))}</span>{' '}
          {safeHref(e.value) ? <SafeLink href={e.value}>{e.value}</SafeLink> : <span className="value">{e.value}</span>}
          {e.selector ? <code className="selector">{e.selector}</code> : null}
          {e.held ? <span className="tag held" title={t('held_consent_title')}>{t('held_consent')}</span> : null}
        </li>
      ))}
      {evidence.length > limit ? <li className="muted">{t('more_count', evidence.length - limit)}</li> : null}
      {observationId !== undefined ? (
        <li>
          <button type="button" className="link" onClick={() => nav.openObservation(observationId)}>
            {t('open_clip')}
          </button>
        </li>
      ) : null}
    </ul>
  );
}
