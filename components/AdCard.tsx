/** One distinct ad of the swipe file: creative, copy, landing page, where and how often it was seen, labels. */
import type { AdLabels, DistinctAd } from '../lib/plan/ads';
import type { PlanCompetitor } from '../lib/plan/model';
import { placementLabel } from '../lib/plan/csv';
import { useI18n } from './I18nContext';
import { useNav } from './NavContext';
import { SafeLink } from './SafeLink';
import { AdLabelsEditor } from './AdLabelsEditor';

export function AdCard({ ad, competitor, labels, creative }: { ad: DistinctAd; competitor: PlanCompetitor | null; labels: AdLabels | undefined; creative: string | null }) {
  const { t, date, number } = useI18n();
  const nav = useNav();
  return (
    <li className="ad card" data-ad-key={ad.key} data-testid="ad-card">
      {creative ? <img className="creative" src={creative} alt={t('ads_creative_alt', ad.advertiser ?? ad.advertiserDomain ?? '')} data-testid="ad-creative" /> : null}
      <strong dir="auto">{ad.headline ?? ad.advertiser ?? t('ad_untitled')}</strong>
      {ad.text ? <p dir="auto">{ad.text}</p> : null}
      <div className="small">
        <span dir="auto">{ad.advertiser ?? ad.advertiserDomain ?? '—'}</span>
        {ad.advertiserDomain && ad.advertiser ? <span className="muted"> ({ad.advertiserDomain})</span> : null}
        {' · '}
        {competitor ? (
          <button type="button" className="link" dir="auto" onClick={() => nav.openCompetitor(competitor.id)}>
            {competitor.own ? t('competitor_own') : competitor.name}
          </button>
        ) : (
          <span className="muted">{t('ads_unattributed')}</span>
        )}
      </div>
      <div className="muted small">
        {[t('ads_platform_value', ad.platform), ad.cta ? t('ads_cta_value', ad.cta) : null].filter(Boolean).join(' · ')}
      </div>
      {ad.landingUrl ? (
        <div className="small ellipsis">
          {t('ads_landing')}: <SafeLink href={ad.landingUrl}>{ad.displayUrl ?? ad.landingUrl}</SafeLink>
        </div>
      ) : null}
      {!creative && ad.creativeUrl ? (
        <div className="small ellipsis">
          <SafeLink href={ad.creativeUrl}>{t('ads_creative_link')}</SafeLink>
        </div>
      ) : null}
      <p className="small" data-times-seen={ad.timesSeen}>
        {t('ads_seen', number(ad.timesSeen), date(ad.firstSeen), date(ad.lastSeen))}
      </p>
      <details>
        <summary className="small">{t('ads_sightings', number(ad.sightings.length))}</summary>
        <ul className="small plain">
          {ad.sightings.map((s) => (
            <li key={`${String(s.observationId)}|${s.placement.position ?? ''}`}>
              <button type="button" className="link" onClick={() => nav.openObservation(s.observationId)}>
                {date(s.capturedAt)}
              </button>{' '}
              <span dir="auto">{placementLabel(s.placement)}</span>
              {s.placement.position ? <span className="muted"> · {s.placement.position}</span> : null}
            </li>
          ))}
        </ul>
      </details>
      <AdLabelsEditor adKey={ad.key} labels={labels} />
    </li>
  );
}
