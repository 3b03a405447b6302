/**
 * Time series for the charts: price per offer (keyed by sku, name or page) and followers per
 * account (from the follower snapshots), oldest first, each point linked to its clip.
 */
import type { Id, PlanObservation, PlanSnapshot } from './model';

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
      // A sold-out product shown without a price has no point on a price line.
      if (offer.price === null) return;
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

/** Follower readings per account (`platform:handle`), oldest first. */
export function followerHistory(snapshots: readonly PlanSnapshot[]): Series<FollowerPoint>[] {
  const byAccount = new Map<string, FollowerPoint[]>();
  for (const s of snapshots) {
    if (!Number.isFinite(s.followers)) continue;
    const list = byAccount.get(s.profileKey) ?? [];
    list.push({ capturedAt: s.capturedAt, followers: s.followers, observationId: s.observationId });
    byAccount.set(s.profileKey, list);
  }
  return [...byAccount].map(([key, points]) => ({ key, points: points.sort((a, b) => a.capturedAt.localeCompare(b.capturedAt)) }));
}
