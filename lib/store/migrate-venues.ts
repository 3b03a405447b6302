/**
 * Version 3's upgrade: venues that earlier versions made competitors (a `google.de`, a
 * `bing.com`, a news site) become venue pages. Each of their observations is filed again by the
 * attribution module against the competitors that remain: a venue page keeps its clip, capture
 * and screenshot, and what it shows is credited (a known competitor, else a suggestion). Picked
 * ads stored with their host page's stack are reduced to the ad.
 */
import type { EntityTable, Transaction } from 'dexie';
import { adOnlyObservation } from '../analyze/ads/picked-observation';
import { isVenueDomain, venueOfPage, venueOfUrl } from '../analyze/venues/classify';
import type { CompetitorRow, ObservationRow, ProfileSnapshotRow, SuggestionRow } from './db';
import { CompetitorIndex, fileObservation } from './attribution';
import { recordSuggestions } from './suggestion-record';

/** A competitor that is a venue: every domain of it is one, or every clip of it is a publisher's article. */
export function isVenueCompetitor(c: Pick<CompetitorRow, 'domains' | 'own'>, clips: readonly ObservationRow[]): boolean {
  if (c.own) return false;
  if (c.domains.length && c.domains.every((d) => isVenueDomain(d))) return true;
  // Handles do not save it: version 2 attached the accounts a page linked to.
  return clips.length > 0 && clips.every((o) => venueOfPage(o.observation)?.by === 'page');
}

export async function migrateVenuesV3(tx: Transaction): Promise<void> {
  const competitors = (await tx.table('competitors').toArray()) as CompetitorRow[];
  const rows = (await tx.table('observations').toArray()) as ObservationRow[];
  const clipsOf = new Map<number, ObservationRow[]>();
  for (const r of rows) if (r.competitorId != null) clipsOf.set(r.competitorId, [...(clipsOf.get(r.competitorId) ?? []), r]);
  const venueIds = new Set(competitors.filter((c) => isVenueCompetitor(c, clipsOf.get(c.id) ?? [])).map((c) => c.id));
  const known = new CompetitorIndex(competitors.filter((c) => !venueIds.has(c.id)));

  for (const row of rows) {
    const pickedAd = row.kind === 'ad' && row.observation.adapter === 'picked-ad';
    const observation = pickedAd ? adOnlyObservation(row.observation) : row.observation;
    if (row.competitorId == null || !venueIds.has(row.competitorId)) {
      if (pickedAd) await tx.table('observations').update(row.id, { observation });
      continue;
    }
    const filing = fileObservation(observation, known);
    if (filing.to === 'competitor' && filing.competitorId !== null) {
      await tx.table('observations').update(row.id, { observation, competitorId: filing.competitorId });
      await tx.table('snapshots').where('observationId').equals(row.id).modify({ competitorId: filing.competitorId });
      continue;
    }
    const venue = filing.to === 'venue' ? filing.venue : (venueOfUrl(row.url) ?? { kind: 'publisher' as const, domain: row.domain ?? '' });
    await tx.table('observations').update(row.id, { observation, competitorId: null, venue: venue.kind, venueDomain: venue.domain });
    await tx.table('snapshots').where('observationId').equals(row.id).delete();
    if (filing.to === 'venue') await recordSuggestions(tx.table('suggestions') as EntityTable<SuggestionRow, 'id'>, filing.credits, row.id, row.capturedAt);
  }
  // A venue's own readings and the venue rows themselves go; their pages stay (above).
  await tx.table('snapshots').filter((s: ProfileSnapshotRow) => venueIds.has(s.competitorId)).delete();
  await tx.table('competitors').bulkDelete([...venueIds]);
}
