/**
 * The competitive landscape table of the situation analysis: one row per competitor with what
 * the clips show — how many, which channels at medium strength or more, followers, ads seen,
 * the median price (in the most common currency) and the last clip.
 */
import type { ChannelId } from '../analyze/types';
import type { ChannelMatrix } from './matrix';
import type { Id, PlanData } from './model';

export interface LandscapeRow {
  competitorId: Id;
  name: string;
  own: boolean;
  clips: number;
  channels: ChannelId[];
  followers: number;
  ads: number;
  medianPrice: number | null;
  currency: string | null;
  technologies: number;
  lastClip: string | null;
}

export function landscape(matrix: ChannelMatrix, data: PlanData): LandscapeRow[] {
  const byComp = new Map<Id, { clips: number; prices: Map<string, number[]>; tech: Set<string>; last: string | null }>();
  for (const c of data.competitors) byComp.set(c.id, { clips: 0, prices: new Map(), tech: new Set(), last: null });
  for (const o of data.observations) {
    const e = byComp.get(o.competitorId);
    if (!e) continue;
    e.clips++;
    if (!e.last || o.capturedAt > e.last) e.last = o.capturedAt;
    for (const t of o.obs.technologies) e.tech.add(t.id);
    for (const offer of o.obs.offers) {
      if (offer.price === null) continue;
      const cur = offer.currency ?? '';
      const list = e.prices.get(cur) ?? [];
      list.push(offer.price);
      e.prices.set(cur, list);
    }
  }
  return matrix.competitors.map((c, i) => {
    const e = byComp.get(c.id)!;
    const [currency, prices] = [...e.prices].sort((a, b) => b[1].length - a[1].length)[0] ?? [null, []];
    return {
      competitorId: c.id,
      name: c.name,
      own: c.own,
      clips: e.clips,
      channels: matrix.channels.filter((_ch, j) => matrix.rows[i][j].level >= 2).map((ch) => ch.id),
      followers: matrix.voice[i].totalFollowers,
      ads: matrix.voice[i].ads,
      medianPrice: median(prices),
      currency: currency || null,
      technologies: e.tech.size,
      lastClip: e.last,
    };
  });
}

export function median(values: number[]): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
