/** What the panel shows of sync: the set-up (never the password) and how the last sync went. */
export interface SyncStatus {
  configured: boolean;
  url: string | null;
  username: string | null;
  /** The CouchDB user name the server signed us in as. */
  user: string | null;
  design: 'installed' | 'present' | 'needs-admin' | null;
  screenshots: boolean;
  rawCaptures: boolean;
  running: boolean;
  lastSyncAt: string | null;
  lastAttemptAt: string | null;
  /** The last sync's error as one sentence in the user's language, or null when it succeeded. */
  lastError: string | null;
  lastPushed: number;
  lastPulled: number;
  /** Documents from a newer RaceScout this version left alone. */
  newer: number;
}
