/**
 * Raw captures are kept gzip'd (fflate): a 1 MB page shrinks to ~150 kB, and the standard gzip
 * format can be opened by anything (the e2e tests read it back with DecompressionStream).
 */
import { gunzipSync, gzipSync, strFromU8, strToU8 } from 'fflate';
import type { CaptureInput } from '../analyze/types';

export interface EncodedCapture {
  gz: Uint8Array;
  /** Length in bytes of the JSON before compression. */
  bytes: number;
}

export function encodeCapture(capture: CaptureInput): EncodedCapture {
  const raw = strToU8(JSON.stringify(capture));
  // Level 6 is gzip's default: near the best ratio at a fraction of level 9's time.
  return { gz: gzipSync(raw, { level: 6 }), bytes: raw.length };
}

export function decodeCapture(gz: Uint8Array): CaptureInput {
  return JSON.parse(strFromU8(gunzipSync(gz))) as CaptureInput;
}
