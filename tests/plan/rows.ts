/** Store rows in the schema's real shapes (lib/store/db.ts), for tests that seed a database. */
import type { CaptureRow, CompetitorRow, ObservationRow, ProfileSnapshotRow } from '../../lib/store/db';
import { snapshotOf } from '../../lib/store/db';
import type { Observation } from '../../lib/analyze/types';
import { obs } from './make';

export function competitorRow(id: number, name: string, domain: string, own = false): CompetitorRow {
  return { id, name, domains: [domain], handles: [], own, createdAt: '2026-01-01T00:00:00.000Z' };
}

export function observationRow(id: number, competitorId: number, capturedAt: string, over: Partial<Observation> = {}): ObservationRow {
  const observation = obs(over);
  return { id, competitorId, url: observation.url, domain: observation.domain, kind: observation.kind, capturedAt, analyzerVersion: observation.analyzerVersion, observation };
}

export function captureRow(id: number, observationId: number, gz: Uint8Array): CaptureRow {
  return { id, observationId, gz, bytes: gz.length * 4 };
}

/** The snapshot the store writes beside a profile clip. */
export function snapshotRow(id: number, row: ObservationRow): ProfileSnapshotRow {
  const s = snapshotOf(row);
  if (!s) throw new Error(`observation ${row.id} names no profile`);
  return { id, ...s };
}
