/**
 * Which searches each competitor owns, read from clipped result pages (serp observations):
 * the organic rank of their domain and whether they bought an ad on that query. The latest
 * clip of each query wins, so the view follows the market as it is now.
 */
import type { Id, PlanData } from './model';
import { makeAttributor } from './attribution';

export interface OwnedSearch {
  query: string;
  engine: string;
  /** Best organic rank of one of the competitor's domains; null when only paid. */
  organicRank: number | null;
  /** Best ad position text (e.g. "top-1"); null when only organic. */
  paidPosition: string | null;
  observationId: Id;
  capturedAt: string;
}

export function searchesOwned(data: PlanData): Map<Id, OwnedSearch[]> {
  const attributor = makeAttributor(data.competitors);
  // Latest clip per engine+query decides.
  const latest = new Map<string, { id: Id; capturedAt: string; obs: PlanData['observations'][number]['obs'] }>();
  // Result pages are venue pages since store version 3; older callers may still pass them as clips.
  for (const o of [...(data.venuePages ?? []), ...data.observations]) {
    const q = o.obs.serp?.query;
    if (o.obs.kind !== 'serp' || !q) continue;
    const key = `${o.obs.serp!.engine}|${q.trim().toLowerCase()}`;
    const prev = latest.get(key);
    if (!prev || prev.capturedAt < o.capturedAt) latest.set(key, o);
  }
  const out = new Map<Id, OwnedSearch[]>();
  for (const o of latest.values()) {
    const serp = o.obs.serp!;
    const rows = new Map<Id, OwnedSearch>();
    const row = (id: Id) => {
      let r = rows.get(id);
      if (!r) rows.set(id, (r = { query: serp.query!, engine: serp.engine, organicRank: null, paidPosition: null, observationId: o.id, capturedAt: o.capturedAt }));
      return r;
    };
    for (const res of serp.results) {
      const id = attributor.byUrl(res.url);
      if (id === null) continue;
      const r = row(id);
      if (r.organicRank === null || res.rank < r.organicRank) r.organicRank = res.rank;
    }
    for (const ad of o.obs.ads) {
      const id = attributor.byAd(ad);
      if (id === null) continue;
      const r = row(id);
      r.paidPosition ??= ad.position ?? 'ad';
    }
    for (const [id, r] of rows) out.set(id, [...(out.get(id) ?? []), r]);
  }
  for (const list of out.values()) list.sort((a, b) => (a.organicRank ?? 99) - (b.organicRank ?? 99) || a.query.localeCompare(b.query));
  return out;
}
