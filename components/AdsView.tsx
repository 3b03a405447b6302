/**
 * The swipe file: every distinct ad of every clip with its creative, where it ran and how often
 * it was seen; filters, tags and boards; each sighting opens its clip. Creatives are the stored
 * crops only — a remote creative URL is a link, never loaded.
 */
import { useMemo, useState } from 'react';
import { filterAds, type AdFilter, type DistinctAd } from '../lib/plan/ads';
import type { Id, PlanCompetitor } from '../lib/plan/model';
import { useCreatives, useDistinctAds } from './useAds';
import { useI18n } from './I18nContext';
import { Empty } from './Empty';
import { AdCard } from './AdCard';
import { AdsFilters } from './AdsFilters';
import { AdsExport } from './AdsExport';

/** Cards rendered at once; the rest behind "show more" so 10,000 clips stay responsive. */
const PAGE = 30;

export function AdsView() {
  const { t, number } = useI18n();
  const { data, ads, labels } = useDistinctAds();
  const [filter, setFilter] = useState<AdFilter>({});
  const [shown, setShown] = useState(PAGE);
  const visible = useMemo(() => filterAds(ads, filter, labels), [ads, filter, labels]);
  const page = useMemo(() => visible.slice(0, shown), [visible, shown]);
  const creatives = useCreatives(page);
  if (!data) return <p className="muted">{t('loading')}</p>;
  const competitors = new Map<Id, PlanCompetitor>(data.competitors.map((c) => [c.id, c]));
  return (
    <section data-view="ads">
      <h2>{t('ads_title')}</h2>
      {ads.length ? (
        <>
          <AdsFilters ads={ads} competitors={data.competitors} labels={labels} filter={filter} onChange={(f) => (setFilter(f), setShown(PAGE))} />
          <p className="muted small" role="status">
            {t('ads_count', number(visible.length), number(visible.reduce((n, a) => n + a.timesSeen, 0)))}
          </p>
          <AdsExport ads={visible} competitors={data.competitors} />
          <ul className="ads">
            {page.map((ad: DistinctAd) => (
              <AdCard key={ad.key} ad={ad} competitor={ad.competitorId === null ? null : (competitors.get(ad.competitorId) ?? null)} labels={labels.get(ad.key)} creative={creatives.get(ad.key) ?? null} />
            ))}
          </ul>
          {visible.length > shown ? (
            <button type="button" onClick={() => setShown((n) => n + PAGE)}>
              {t('ads_more', number(visible.length - shown))}
            </button>
          ) : null}
        </>
      ) : (
        <Empty text={t('ads_none')} />
      )}
    </section>
  );
}

