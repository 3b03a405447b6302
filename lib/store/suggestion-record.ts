/**
 * Writes suggestions for the credits of one venue page that match no competitor. Kept apart
 * from suggestions.ts (the panel's queries) because the schema's migration uses it too and must
 * not import the database instance.
 */
import type { EntityTable } from 'dexie';
import type { SuggestionRow } from './db';
import type { Credit } from './attribution';

/** How many venue pages a suggestion remembers. */
const KEEP_SOURCES = 20;

/**
 * Records the credits of one venue page that match no competitor. Must run inside a transaction
 * over `suggestions` (the save path's, or the migration's: pass its table).
 */
export async function recordSuggestions(table: EntityTable<SuggestionRow, 'id'>, credits: readonly Credit[], observationId: number, at: string): Promise<void> {
  for (const c of credits) {
    if (c.competitorId !== null || !c.domain) continue;
    const prev = await table.where('domain').equals(c.domain).first();
    if (!prev) {
      await table.add({ domain: c.domain, name: c.name ?? c.domain, status: 'open', via: [c.via], firstSeen: at, lastSeen: at, seen: 1, observationIds: [observationId] } as SuggestionRow);
      continue;
    }
    await table.update(prev.id, {
      name: prev.name === prev.domain && c.name ? c.name : prev.name,
      via: [...new Set([...prev.via, c.via])],
      lastSeen: at > prev.lastSeen ? at : prev.lastSeen,
      seen: prev.seen + 1,
      observationIds: [...prev.observationIds.filter((id) => id !== observationId), observationId].slice(-KEEP_SOURCES),
      // Accepted once, then its competitor deleted: the domain is news again.
      ...(prev.status === 'accepted' && { status: 'open' as const }),
    });
  }
}

