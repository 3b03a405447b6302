/**
 * Seeds for the RACE stages after Reach, taken from what competitors already do: their lead
 * capture (Act), their chat, reviews and buy-now-pay-later offers (Convert), their loyalty and
 * email programmes (Engage). Each seed keeps the observation it came from.
 */
import type { ChannelId, RaceStage } from '../analyze/types';
import type { ChannelMatrix } from './matrix';
import type { Id, PlanData } from './model';

export type SeedTopic = 'lead-capture' | 'chat' | 'reviews' | 'bnpl' | 'loyalty' | 'email';

export interface Seed {
  stage: Extract<RaceStage, 'act' | 'convert' | 'engage'>;
  topic: SeedTopic;
  competitorId: Id;
  competitorName: string;
  detail: string;
  observationId: Id;
  url: string;
}

/** Topics read off matrix cells: the channel, and the stage it seeds. */
const CHANNEL_TOPICS: { channel: ChannelId; topic: SeedTopic; stage: Seed['stage'] }[] = [
  { channel: 'chat-messaging', topic: 'chat', stage: 'convert' },
  { channel: 'reviews', topic: 'reviews', stage: 'convert' },
  { channel: 'loyalty-referral', topic: 'loyalty', stage: 'engage' },
  { channel: 'email-sms', topic: 'email', stage: 'engage' },
];

export function raceSeeds(matrix: ChannelMatrix, data: PlanData): Seed[] {
  const seeds: Seed[] = [];
  const names = new Map(matrix.competitors.map((c) => [c.id, c.name]));
  const rivals = new Set(matrix.competitors.filter((c) => !c.own).map((c) => c.id));
  const once = new Set<string>();
  const fresh = (topic: SeedTopic, competitorId: Id) => !once.has(`${topic}|${competitorId}`);
  const push = (s: Seed) => {
    if (!fresh(s.topic, s.competitorId)) return;
    once.add(`${s.topic}|${s.competitorId}`);
    seeds.push(s);
  };
  for (const o of data.observations) {
    if (!rivals.has(o.competitorId)) continue;
    // One seed per topic and competitor: the first clip showing it is enough.
    const lead = o.obs.emailCapture.present && fresh('lead-capture', o.competitorId);
    const bnpl = fresh('bnpl', o.competitorId) ? o.obs.promotions.find((p) => p.type === 'bnpl') : undefined;
    if (!lead && !bnpl) continue;
    const base = { competitorId: o.competitorId, competitorName: names.get(o.competitorId) ?? '', observationId: o.id, url: o.obs.url };
    if (lead) {
      const forms = o.obs.emailCapture.forms?.filter((f) => f.kind === 'newsletter' || f.kind === 'register') ?? [];
      push({ ...base, stage: 'act', topic: 'lead-capture', detail: forms.map((f) => f.kind).join(', ') || (o.obs.emailCapture.evidence[0]?.value ?? '') });
    }
    if (bnpl) push({ ...base, stage: 'convert', topic: 'bnpl', detail: bnpl.text });
  }
  for (const { channel, topic, stage } of CHANNEL_TOPICS) {
    const j = matrix.channels.findIndex((c) => c.id === channel);
    if (j < 0) continue;
    matrix.competitors.forEach((c, i) => {
      const cell = matrix.rows[i][j];
      const top = cell.evidence[0];
      if (c.own || cell.level < 1 || !top) return;
      const detail = top.evidence.map((e) => e.value).slice(0, 3).join(', ');
      push({ stage, topic, competitorId: c.id, competitorName: c.name, detail, observationId: top.observationId, url: top.url });
    });
  }
  return seeds;
}
