/**
 * Set-up of a team database: the database answers to these credentials, the user name is
 * known (it signs every clip), and the design document that makes the server refuse malformed
 * documents is in place (installed, or replaced when older). Only a database admin may write
 * design documents: a member joining a database its admin already set up finds it there.
 */
import type { CouchClient } from './couch';
import { DESIGN_ID, designDoc, DESIGN_VERSION, type DesignDoc } from './design';
import { SyncError } from './errors';

export type DesignState = 'installed' | 'present' | 'needs-admin';

export interface SetupResult {
  user: string | null;
  design: DesignState;
}

export async function setupDatabase(client: CouchClient): Promise<SetupResult> {
  await client.info();
  const user = await client.userName();
  const current = await client.get<DesignDoc>(DESIGN_ID);
  if (current && current.racescout >= DESIGN_VERSION) return { user, design: 'present' };
  try {
    await client.put({ ...designDoc(), ...(current?._rev && { _rev: current._rev }) });
    return { user, design: 'installed' };
  } catch (e) {
    // A member (not an admin) may sync, but the server then checks nothing: the panel says so.
    if (e instanceof SyncError && (e.code === 'unauthorized' || e.code === 'forbidden')) return { user, design: 'needs-admin' };
    throw e;
  }
}
