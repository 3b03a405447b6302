/**
 * The swipe file's data for any view that lists ads: every distinct ad of every clip and venue
 * page, credited to competitors, with the user's labels; and the stored creatives of the ads a
 * view shows. The Ads view and a competitor's profile read the same ads the same way.
 */
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { adSources } from '../lib/plan/sources';
import { creativeOf, distinctAds, type AdLabels, type DistinctAd } from '../lib/plan/ads';
import { planData } from '../lib/store/queries-plan';
import { adLabels } from '../lib/store/queries-research';
import { screenshotsOf } from '../lib/store/screenshots';

export function useDistinctAds() {
  const data = useLiveQuery(planData, []);
  const stored = useLiveQuery(adLabels, []);
  const labels = useMemo(() => stored ?? new Map<string, AdLabels>(), [stored]);
  const ads = useMemo(() => (data ? distinctAds(adSources(data), data.competitors) : []), [data]);
  return { data, ads, labels };
}

/** The creative of each shown ad (its stored crop), by ad key; empty until the pictures are read. */
export function useCreatives(shown: readonly DistinctAd[]): ReadonlyMap<string, string> {
  const ids = shown.flatMap((a) => a.sightings.map((s) => s.observationId));
  const shots = useLiveQuery(() => screenshotsOf(ids), [ids.join(',')]);
  return useMemo(() => {
    const out = new Map<string, string>();
    for (const ad of shown) {
      const creative = shots ? creativeOf(ad, shots) : null;
      if (creative) out.set(ad.key, creative);
    }
    return out;
  }, [shown, shots]);
}
