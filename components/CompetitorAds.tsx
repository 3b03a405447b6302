/**
 * A competitor's ads on its profile: every distinct ad credited to it, wherever it was seen (its
 * own picked ads, search pages, ad libraries), as in the Ads view — not only ads inside its own
 * clips. The newest few are shown; the Ads view holds the rest with filters.
 */
import { useMemo } from 'react';
import { filterAds } from '../lib/plan/ads';
import type { Id } from '../lib/plan/model';
import { useCreatives, useDistinctAds } from './useAds';
import { useI18n } from './I18nContext';
import { useNav } from './NavContext';
import { AdCard } from './AdCard';

const SHOWN = 6;

export function CompetitorAds({ id }: { id: Id }) {
  const { t, number } = useI18n();
  const nav = useNav();
  const { data, ads: all, labels } = useDistinctAds();
  const ads = useMemo(() => filterAds(all, { competitorId: id }), [all, id]);
  const shown = useMemo(() => ads.slice(0, SHOWN), [ads]);
  const creatives = useCreatives(shown);
  if (!data) return <p className="muted">{t('loading')}</p>;
  if (!ads.length) return <p className="muted">—</p>;
  const competitor = data.competitors.find((c) => c.id === id) ?? null;
  return (
    <>
      <ul className="ads" data-testid="competitor-ads">
        {shown.map((ad) => (
          <AdCard key={ad.key} ad={ad} competitor={competitor} labels={labels.get(ad.key)} creative={creatives.get(ad.key) ?? null} />
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
