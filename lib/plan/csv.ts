/**
 * CSV exports with papaparse: one row per clip (observation) and one row per competitor ×
 * channel cell of the matrix. Column names are stable English identifiers so spreadsheets and
 * scripts keep working whatever the UI language. Cells that start with = + - @ are prefixed with
 * a quote so a spreadsheet never runs captured text as a formula.
 */
import Papa from 'papaparse';
import type { ChannelMatrix } from './matrix';
import type { PlanCompetitor, PlanData } from './model';
import type { AdPlacement, DistinctAd } from './ads';
import type { LandscapeEntry, OrganicEntry, PaidEntry, SearchLandscape } from './search-landscape';

export function safeCell(v: unknown): string | number | boolean | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  const s = String(v);
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

const unparse = (fields: string[], rows: unknown[][]) => Papa.unparse({ fields, data: rows.map((r) => r.map(safeCell)) }, { newline: '\n' });

export function observationsCsv(data: PlanData): string {
  const names = new Map(data.competitors.map((c) => [c.id, c.name]));
  const fields = ['observation_id', 'competitor', 'captured_at', 'kind', 'url', 'domain', 'title', 'description', 'lang', 'canonical', 'price', 'currency', 'regular_price', 'technologies', 'channels', 'social_profiles', 'email_capture', 'ads', 'followers', 'headline'];
  const rows = data.observations.map((o) => {
    const x = o.obs;
    const offer = x.offers[0];
    return [
      o.id,
      names.get(o.competitorId) ?? '',
      o.capturedAt,
      x.kind,
      x.url,
      x.domain,
      x.page.title,
      x.page.description,
      x.page.lang,
      x.page.canonical,
      offer?.price ?? null,
      offer?.currency ?? null,
      offer?.regularPrice ?? null,
      x.technologies.map((t) => t.name).join('; '),
      x.channels.map((c) => `${c.channel}:${c.confidence}`).join('; '),
      x.socialProfiles.map((s) => `${s.platform}:${s.handle}`).join('; '),
      x.emailCapture.present,
      x.ads.length,
      x.profile?.followers ?? null,
      x.messaging?.headline ?? null,
    ];
  });
  return unparse(fields, rows);
}

export function matrixCsv(m: ChannelMatrix): string {
  const fields = ['competitor', 'own', 'channel', 'media', 'funnel', 'strength', 'level', 'observations', 'evidence_urls', 'total_followers', 'ads'];
  const rows: unknown[][] = [];
  m.competitors.forEach((c, i) =>
    m.channels.forEach((ch, j) => {
      const cell = m.rows[i][j];
      rows.push([c.name, c.own, ch.id, ch.media, ch.funnel, cell.strength, cell.level, cell.observations, cell.evidence.map((e) => e.url).join(' '), m.voice[i].totalFollowers, m.voice[i].ads]);
    }),
  );
  return unparse(fields, rows);
}

/** UTF-8 byte-order mark: without it Excel reads a UTF-8 CSV as the system code page and mangles é, €, ไทย. */
export const BOM = '\uFEFF';

/** A CSV table as a file's text, starting with the byte-order mark. */
export function csvFile(table: string): string {
  return table.startsWith(BOM) ? table : BOM + table;
}

/** One row per distinct ad (the swipe file), however often it was seen. */
export function adsCsv(ads: readonly DistinctAd[], competitors: readonly PlanCompetitor[], creativeFiles?: ReadonlyMap<string, string>): string {
  const names = new Map(competitors.map((c) => [c.id, c.name]));
  const fields = ['ad_key', 'competitor', 'advertiser', 'advertiser_domain', 'headline', 'text', 'cta', 'landing_url', 'display_url', 'platform', 'placement', 'library_id', 'first_seen', 'last_seen', 'times_seen', 'observation_ids', ...(creativeFiles ? ['creative_file'] : [])];
  const rows = ads.map((ad) => [
    ad.key,
    ad.competitorId === null ? '' : (names.get(ad.competitorId) ?? ''),
    ad.advertiser,
    ad.advertiserDomain,
    ad.headline,
    ad.text,
    ad.cta,
    ad.landingUrl,
    ad.displayUrl,
    ad.platform,
    [...new Set(ad.sightings.map((s) => placementLabel(s.placement)))].join('; '),
    ad.libraryId,
    ad.firstSeen,
    ad.lastSeen,
    ad.timesSeen,
    ad.sightings.map((s) => s.observationId).join(' '),
    ...(creativeFiles ? [creativeFiles.get(ad.key) ?? ''] : []),
  ]);
  return unparse(fields, rows);
}

/** `google: "running shoes"`, `meta-ad-library`, `news.example.com` */
export function placementLabel(p: AdPlacement): string {
  return p.query ? `${p.where}: "${p.query}"` : p.where;
}

/** One row per query, engine and domain: its best organic rank and first ad position there. */
export function searchesCsv(landscape: SearchLandscape, competitors: readonly PlanCompetitor[]): string {
  const names = new Map(competitors.map((c) => [c.id, c.name]));
  const fields = ['query', 'engine', 'domain', 'competitor', 'own', 'organic_rank', 'organic_title', 'organic_url', 'ad_position', 'ad_headline', 'captured_at', 'observation_id'];
  const rows: unknown[][] = [];
  for (const q of landscape.queries) {
    const byDomain = new Map<string, { entry: LandscapeEntry; organic?: OrganicEntry; paid?: PaidEntry }>();
    const slot = (e: LandscapeEntry) => {
      const key = e.domain ?? '';
      let s = byDomain.get(key);
      if (!s) byDomain.set(key, (s = { entry: e }));
      return s;
    };
    for (const r of q.organic) {
      const s = slot(r);
      if (!s.organic || r.rank < s.organic.rank) s.organic = r;
    }
    for (const ad of q.paid) {
      const s = slot(ad);
      if (!s.paid || ad.position < s.paid.position) s.paid = ad;
    }
    const sorted = [...byDomain.values()].sort((a, b) => (a.organic?.rank ?? 1e9) - (b.organic?.rank ?? 1e9) || (a.paid?.position ?? 1e9) - (b.paid?.position ?? 1e9));
    for (const { entry, organic, paid } of sorted) {
      rows.push([
        q.query,
        q.engine,
        entry.domain,
        entry.competitorId === null ? '' : (names.get(entry.competitorId) ?? ''),
        entry.own,
        organic?.rank ?? null,
        organic?.title ?? null,
        organic?.url ?? null,
        paid?.position ?? null,
        paid?.headline ?? null,
        q.capturedAt,
        q.observationId,
      ]);
    }
  }
  return unparse(fields, rows);
}
