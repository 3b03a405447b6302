/**
 * Seeds a store for plan tests and the panel benchmark: competitors with domains, observations
 * with channel claims, offers, promotions, messaging, profiles and SERPs, spread over time.
 * Deterministic (a small LCG), so figures are comparable between runs.
 */
import { snapshotOf, type CompetitorRow, type ObservationRow, type RaceScoutDb } from '../../lib/store/db';
import { CHANNEL_IDS } from '../../lib/analyze/channels/taxonomy';
import type { Observation } from '../../lib/analyze/types';
import { claim, obs } from './make';

export function rng(seed = 42) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

export interface SeedOptions {
  competitors: number;
  observations: number;
  seed?: number;
}

const PLATFORMS = ['instagram', 'tiktok', 'facebook'] as const;
const HEADLINES = ['Free shipping on every order', 'ลดสูงสุด 50% วันนี้เท่านั้น', '신상품 출시 기념 20% 할인', 'Chính hãng, bảo hành 12 tháng', 'شحن مجاني لفترة محدودة'];

export function makeObservation(r: () => number, c: number, k: number): Observation {
  const domain = `shop${c}.example`;
  const kindPick = r();
  const base = obs({
    url: `https://www.${domain}/p/${k % 40}`,
    domain,
    page: { title: `Shop ${c} product ${k % 40}`, description: 'desc', lang: 'en', canonical: null, siteName: null, image: null },
    channels: CHANNEL_IDS.filter(() => r() < 0.3).map((ch) => claim(ch, Math.round(r() * 100) / 100)),
    offers: [{ price: 100 + Math.round(r() * 50), currency: 'THB', evidence: [], sku: `S${k % 40}` }],
    promotions: r() < 0.3 ? [{ type: 'percent-off', text: '20% off', evidence: [] }] : [],
    messaging: { headline: HEADLINES[(c + k) % HEADLINES.length], hero: null, ctas: ['Buy now'], valueProps: [] },
    emailCapture: { present: r() < 0.5, evidence: [{ source: 'form', value: 'newsletter' }] },
  });
  if (kindPick < 0.1) {
    const platform = PLATFORMS[k % PLATFORMS.length];
    return { ...base, kind: 'social-profile', url: `https://www.${platform}.com/shop${c}`, profile: { platform, handle: `shop${c}`, name: null, followers: 1000 + k * 3, following: null, posts: null, bio: null, verified: null } };
  }
  if (kindPick < 0.15) {
    return {
      ...base,
      kind: 'serp',
      url: `https://www.google.com/search?q=q${k % 30}`,
      serp: { engine: 'google', query: `q${k % 30}`, results: [1, 2, 3].map((rank) => ({ rank, title: 't', url: `https://shop${(c + rank) % 50}.example/`, displayUrl: null, snippet: null })) },
      ads: [{ advertiser: null, headline: 'ad', text: null, displayUrl: `shop${c}.example`, landingUrl: null, position: 'top-1' }],
    };
  }
  return base;
}

/** Writes competitor, observation and snapshot rows in the store's shapes (lib/store/db.ts). */
export async function seedStore(database: RaceScoutDb, o: SeedOptions): Promise<void> {
  const r = rng(o.seed);
  const competitors: CompetitorRow[] = Array.from({ length: o.competitors }, (_, c) => ({ id: c + 1, name: `Shop ${c}`, domains: [`shop${c}.example`], handles: [], own: c === 0, createdAt: '2026-01-01T00:00:00.000Z' }));
  const t0 = Date.parse('2026-01-01T00:00:00Z');
  const observations: ObservationRow[] = Array.from({ length: o.observations }, (_, k) => {
    const c = k % o.competitors;
    const observation = makeObservation(r, c, k);
    return { id: k + 1, competitorId: c + 1, url: observation.url, domain: observation.domain, kind: observation.kind, capturedAt: new Date(t0 + k * 60_000).toISOString(), analyzerVersion: observation.analyzerVersion, observation };
  });
  const snapshots = observations.map(snapshotOf).filter((s) => s !== null);
  await database.transaction('rw', database.competitors, database.observations, database.snapshots, async () => {
    await database.competitors.bulkAdd(competitors);
    await database.observations.bulkAdd(observations);
    await database.snapshots.bulkAdd(snapshots);
  });
}
