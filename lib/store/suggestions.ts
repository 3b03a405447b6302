/**
 * Suggestions: businesses seen on venue pages (advertisers, ranking domains) that are no
 * competitor yet. Written with each venue page; the panel lists the open ones and the user
 * accepts ("add as competitor") or dismisses each. A dismissed domain is not suggested again.
 */
import { db, type CompetitorRow, type RaceScoutDb, type SuggestionRow } from './db';

export { recordSuggestions } from './suggestion-record';

/** Open suggestions, most often seen first: what the panel asks about. */
export async function openSuggestions(database: RaceScoutDb = db): Promise<SuggestionRow[]> {
  const rows = await database.suggestions.where('status').equals('open').toArray();
  return rows.sort((a, b) => b.seen - a.seen || b.lastSeen.localeCompare(a.lastSeen) || a.domain.localeCompare(b.domain));
}

export async function dismissSuggestion(id: number, database: RaceScoutDb = db): Promise<void> {
  await database.suggestions.update(id, { status: 'dismissed' });
}

/**
 * Makes the suggested business a competitor (its domain, and its advertiser name as alias). The
 * searches and ad pages it was seen on stay venue pages; from now on what they show is credited
 * to it when read. One transaction; returns the competitor id.
 */
export async function acceptSuggestion(id: number, database: RaceScoutDb = db, now: string = new Date().toISOString()): Promise<number | null> {
  const { suggestions, competitors } = database;
  return database.transaction('rw', [suggestions, competitors], async () => {
    const s = await suggestions.get(id);
    if (!s) return null;
    const existing = await competitors.where('domains').equals(s.domain).first();
    const competitorId =
      existing?.id ??
      (await competitors.add({ name: s.name, domains: [s.domain], handles: [], own: false, createdAt: now, aliases: s.name !== s.domain ? [s.name.toLowerCase()] : [] } as Omit<CompetitorRow, 'id'> as CompetitorRow));
    await suggestions.update(id, { status: 'accepted' });
    return competitorId;
  });
}
