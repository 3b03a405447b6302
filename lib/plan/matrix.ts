/**
 * The channel matrix: competitors × channels, each cell the strongest claim seen across that
 * competitor's observations, with the evidence (observation id + the evidence list) behind it.
 * Also the share-of-voice figures: latest follower counts (from the follower snapshots) and ad
 * counts per competitor. One pass over the observations; no sorting of the whole set.
 */
import { CHANNELS, type ChannelInfo } from '../analyze/channels/taxonomy';
import type { ChannelId, Evidence, SocialPlatform } from '../analyze/types';
import { makeAttributor } from './attribution';
import { followerHistory, type FollowerPoint } from './history';
import type { Id, PlanCompetitor, PlanData, PlanObservation, PlanSnapshot } from './model';

/** How many observations' evidence a cell keeps to show (the count keeps counting). */
export const CELL_EVIDENCE_LIMIT = 5;

export type StrengthLevel = 0 | 1 | 2 | 3;

export interface CellEvidence {
  observationId: Id;
  capturedAt: string;
  url: string;
  confidence: number;
  evidence: Evidence[];
}

export interface MatrixCell {
  strength: number;
  level: StrengthLevel;
  /** Observations that claim this channel. */
  observations: number;
  /** Strongest first, then latest; at most CELL_EVIDENCE_LIMIT. */
  evidence: CellEvidence[];
}

export interface CompetitorVoice {
  competitorId: Id;
  /** Latest follower count per platform (summed over that platform's accounts). */
  followers: Partial<Record<SocialPlatform, number>>;
  totalFollowers: number;
  ads: number;
}

export interface ChannelMatrix {
  competitors: PlanCompetitor[];
  channels: readonly ChannelInfo[];
  /** rows[i][j]: competitors[i] × channels[j]. */
  rows: MatrixCell[][];
  /** Share (0..1) of rival competitors (own brand excluded) with at least a medium claim per channel. */
  presence: Record<ChannelId, number>;
  voice: CompetitorVoice[];
  /** Follower series per competitor and account (`platform:handle`), oldest first. */
  followerSeries: Map<Id, Map<string, FollowerPoint[]>>;
}

/** Strength thresholds: below 0.5 weak, below 0.8 medium, else strong. */
export function levelOf(strength: number): StrengthLevel {
  if (strength <= 0) return 0;
  if (strength < 0.5) return 1;
  if (strength < 0.8) return 2;
  return 3;
}

const emptyCell = (): MatrixCell => ({ strength: 0, level: 0, observations: 0, evidence: [] });

export function computeMatrix(data: PlanData, channels: readonly ChannelInfo[] = CHANNELS): ChannelMatrix {
  const compIndex = new Map<Id, number>(data.competitors.map((c, i) => [c.id, i]));
  const chanIndex = new Map<ChannelId, number>(channels.map((c, j) => [c.id, j]));
  const rows = data.competitors.map(() => channels.map(emptyCell));
  const ads = data.competitors.map(() => 0);
  const attributor = makeAttributor(data.competitors);

  for (const o of data.observations) {
    const i = compIndex.get(o.competitorId);
    if (i !== undefined) addClaims(rows[i], chanIndex, o);
    for (const ad of o.obs.ads) {
      const owner = attributor.byAd(ad) ?? (o.obs.kind === 'ad' ? o.competitorId : null);
      const k = owner === null ? undefined : compIndex.get(owner);
      if (k !== undefined) ads[k]++;
    }
  }
  // Venue pages are nobody's row; the ads on them count for the advertisers they name.
  for (const v of data.venuePages ?? []) {
    for (const ad of v.obs.ads) {
      const owner = attributor.byAd(ad);
      const k = owner === null ? undefined : compIndex.get(owner);
      if (k !== undefined) ads[k]++;
    }
  }
  const followerSeries = seriesOf(data.snapshots);
  return {
    competitors: data.competitors,
    channels,
    rows,
    presence: presenceOf(data.competitors, rows, channels),
    voice: data.competitors.map((c, i) => voiceOf(c.id, followerSeries.get(c.id), ads[i])),
    followerSeries,
  };
}

function addClaims(row: MatrixCell[], chanIndex: Map<ChannelId, number>, o: PlanObservation): void {
  for (const claim of o.obs.channels) {
    const j = chanIndex.get(claim.channel);
    if (j === undefined) continue;
    const cell = row[j];
    cell.observations++;
    if (claim.confidence > cell.strength) {
      cell.strength = claim.confidence;
      cell.level = levelOf(claim.confidence);
    }
    const at = evidenceSlot(cell.evidence, claim.confidence, o.capturedAt);
    // Allocate only what is kept: most claims of a busy cell fall past the limit.
    if (at < CELL_EVIDENCE_LIMIT) {
      cell.evidence.splice(at, 0, { observationId: o.id, capturedAt: o.capturedAt, url: o.obs.url, confidence: claim.confidence, evidence: claim.evidence });
      if (cell.evidence.length > CELL_EVIDENCE_LIMIT) cell.evidence.pop();
    }
  }
}

/** Where a claim goes in a list ordered strongest-then-latest (the list length when it goes last). */
function evidenceSlot(list: readonly CellEvidence[], confidence: number, capturedAt: string): number {
  let at = list.length;
  while (at > 0 && (confidence > list[at - 1].confidence || (confidence === list[at - 1].confidence && capturedAt > list[at - 1].capturedAt))) at--;
  return at;
}

/** Snapshots grouped by competitor, then by account, oldest first. */
function seriesOf(snapshots: readonly PlanSnapshot[]): ChannelMatrix['followerSeries'] {
  const byCompetitor = new Map<Id, PlanSnapshot[]>();
  for (const s of snapshots) {
    const list = byCompetitor.get(s.competitorId);
    if (list) list.push(s);
    else byCompetitor.set(s.competitorId, [s]);
  }
  return new Map([...byCompetitor].map(([id, list]) => [id, new Map(followerHistory(list).map((h) => [h.key, h.points]))]));
}

/** `instagram:shop` → `instagram`. */
const platformOf = (profileKey: string) => profileKey.slice(0, profileKey.indexOf(':')) as SocialPlatform;

function voiceOf(competitorId: Id, series: Map<string, FollowerPoint[]> | undefined, ads: number): CompetitorVoice {
  const followers: Partial<Record<SocialPlatform, number>> = {};
  let total = 0;
  for (const [key, points] of series ?? []) {
    const latest = points[points.length - 1].followers;
    const platform = platformOf(key);
    followers[platform] = (followers[platform] ?? 0) + latest;
    total += latest;
  }
  return { competitorId, followers, totalFollowers: total, ads };
}

function presenceOf(competitors: PlanCompetitor[], rows: MatrixCell[][], channels: readonly ChannelInfo[]): Record<ChannelId, number> {
  const rivals = competitors.map((c, i) => (c.own ? -1 : i)).filter((i) => i >= 0);
  const out = {} as Record<ChannelId, number>;
  channels.forEach((ch, j) => {
    const present = rivals.filter((i) => rows[i][j].level >= 2).length;
    out[ch.id] = rivals.length ? present / rivals.length : 0;
  });
  return out;
}

/** Share of a total, for share-of-voice charts; 0 when nobody has anything. */
export function shares(values: number[]): number[] {
  const sum = values.reduce((a, b) => a + b, 0);
  return values.map((v) => (sum ? v / sum : 0));
}
