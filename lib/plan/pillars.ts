/**
 * Content pillars for a chosen channel: the messaging themes the competitors active in that
 * channel lean on (from their headlines, value propositions, calls to action and promotions),
 * ranked by how many competitors use them, each with example texts that link to their clip.
 * Themes nobody uses are returned too: an unclaimed angle is a pillar candidate.
 */
import type { ChannelId } from '../analyze/types';
import type { ChannelMatrix } from './matrix';
import type { Id, PlanData } from './model';
import { THEMES, themesOfPromotion, themesOfText, type ThemeId } from './themes';

export interface PillarExample {
  competitorId: Id;
  observationId: Id;
  text: string;
}

export interface Pillar {
  theme: ThemeId;
  competitors: number;
  examples: PillarExample[];
}

export interface Pillars {
  channel: ChannelId;
  used: Pillar[];
  unclaimed: ThemeId[];
}

const EXAMPLES_PER_PILLAR = 3;

export function pillarsFor(channel: ChannelId, matrix: ChannelMatrix, data: PlanData): Pillars {
  const j = matrix.channels.findIndex((c) => c.id === channel);
  const active = new Set<Id>(matrix.competitors.filter((c, i) => j >= 0 && !c.own && matrix.rows[i][j].level > 0).map((c) => c.id));
  const byTheme = new Map<ThemeId, { who: Set<Id>; examples: PillarExample[] }>();
  const add = (theme: ThemeId, ex: PillarExample) => {
    const entry = byTheme.get(theme) ?? { who: new Set<Id>(), examples: [] };
    entry.who.add(ex.competitorId);
    if (entry.examples.length < EXAMPLES_PER_PILLAR && !entry.examples.some((e) => e.text === ex.text)) entry.examples.push(ex);
    byTheme.set(theme, entry);
  };
  // Re-clipped pages repeat their texts: read each distinct text once.
  const seen = new Map<string, ThemeId[]>();
  const themesOf = (text: string) => seen.get(text) ?? (seen.set(text, themesOfText(text)), seen.get(text)!);
  for (const o of data.observations) {
    if (!active.has(o.competitorId)) continue;
    const m = o.obs.messaging;
    const texts = [m?.headline, m?.hero, ...(m?.valueProps ?? []), ...(m?.ctas ?? [])].filter((t): t is string => !!t);
    for (const text of texts) for (const th of themesOf(text)) add(th, { competitorId: o.competitorId, observationId: o.id, text });
    for (const p of o.obs.promotions) for (const th of themesOfPromotion(p)) add(th, { competitorId: o.competitorId, observationId: o.id, text: p.text });
  }
  const used = [...byTheme].map(([theme, e]) => ({ theme, competitors: e.who.size, examples: e.examples })).sort((a, b) => b.competitors - a.competitors || a.theme.localeCompare(b.theme));
  return { channel, used, unclaimed: THEMES.map((t) => t.id).filter((t) => !byTheme.has(t)) };
}
