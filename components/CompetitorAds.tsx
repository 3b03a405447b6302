/**
 * A competitor's ads on its profile: every distinct ad credited to it, wherever it was seen (its
 * own picked ads, search pages, ad libraries), as in the Ads view — not only ads inside its own
 * clips. The newest few are shown; the Ads view holds the rest with filters.
 */
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { adSources } from '../lib/plan/sources';
import { creativeOf, distinctAds, filterAds } from '../lib/plan/ads';
import type { Id } from '../lib/plan/model';
import { planData } from '../lib/store/queries-plan';
import { adLabels } from '../lib/store/queries-research';
import { screenshotsOf } from '../lib/store/screenshots';
import { useI18n } from './I18nContext';
import { useNav } from './NavContext';
import { AdCard } from './AdCard';

const SHOWN = 6;

export function CompetitorAds({ id }: { id: Id }) {
  const { t, number } = useI18n();
  const nav = useNav();
  const data = useLiveQuery(planData, []);
  const labels = useLiveQuery(adLabels, []);
  const ads = useMemo(() => (data ? filterAds(distinctAds(adSources(data), data.competitors), { competitorId: id }) : []), [data, id]);
  const shown = ads.slice(0, SHOWN);
  const shotIds = shown.flatMap((a) => a.sightings.map((s) => s.observationId));
  const shots = useLiveQuery(() => screenshotsOf(shotIds), [shotIds.join(',')]);
  if (!data) return <p className="muted">{t('loading')}</p>;
  if (!ads.length) return <p className="muted">—</p>;
  const competitor = data.competitors.find((c) => c.id === id) ?? null;
  return (
    <>
      <ul className="ads" data-testid="competitor-ads">
        {shown.map((ad) => (
          <AdCard key={ad.key} ad={ad} competitor={competitor} labels={labels?.get(ad.key)} creative={shots ? creativeOf(ad, shots) : null} />
        ))}
      </ul>
      {ads.length > SHOWN ? (
        <button type="button" className="link small" onClick={() => nav.go({ view: 'ads' })}>
          {t('profile_ads_all', number(ads.length))}
        </button>
      ) : null}
    </>
  );
}
