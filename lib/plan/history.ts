/**
 * Time series for one competitor's charts: price per offer (keyed by sku, name or page) and
 * followers per platform, oldest first, each point linked to its clip.
 */
import type { SocialPlatform } from '../analyze/types';
import type { Id, PlanObservation } from './model';

export interface PricePoint {
  capturedAt: string;
  price: number;
  currency: string | null;
  observationId: Id;
}

export interface Series<P> {
  key: string;
  points: P[];
}

/** At most `limit` offers, the most-clipped first. */
export function priceHistory(observations: readonly PlanObservation[], limit = 5): Series<PricePoint>[] {
  const byKey = new Map<string, PricePoint[]>();
  for (const o of observations) {
    o.obs.offers.forEach((offer) => {
      const key = offer.sku ?? offer.name ?? o.obs.page.title ?? o.obs.url;
      const list = byKey.get(key) ?? [];
      if (!list.some((p) => p.observationId === o.id)) list.push({ capturedAt: o.capturedAt, price: offer.price, currency: offer.currency, observationId: o.id });
      byKey.set(key, list);
    });
  }
  return [...byKey]
    .map(([key, points]) => ({ key, points: points.sort((a, b) => a.capturedAt.localeCompare(b.capturedAt)) }))
    .sort((a, b) => b.points.length - a.points.length || a.key.localeCompare(b.key))
    .slice(0, limit);
}

export interface FollowerPoint {
  capturedAt: string;
  followers: number;
  observationId: Id;
}

export function followerHistory(observations: readonly PlanObservation[]): Series<FollowerPoint>[] {
  const byPlatform = new Map<SocialPlatform, FollowerPoint[]>();
  for (const o of observations) {
    const p = o.obs.profile;
    if (!p || p.followers === null) continue;
    byPlatform.set(p.platform, [...(byPlatform.get(p.platform) ?? []), { capturedAt: o.capturedAt, followers: p.followers, observationId: o.id }]);
  }
  return [...byPlatform].map(([key, points]) => ({ key, points: points.sort((a, b) => a.capturedAt.localeCompare(b.capturedAt)) }));
}
