/**
 * Large texts between the panel and the background in parts: an extension message carries at
 * most 64 MiB, and a backup of many clips is larger. Exports are held here until their parts
 * are read; a restore's parts are gathered until the restore message names them. Entries not
 * touched for a while are dropped, so an abandoned transfer does not keep its memory.
 */
import { TRANSFER_CHUNK_CHARS } from '../messages';
import { splitText } from '../text/split';

const IDLE_MS = 5 * 60_000;

interface Entry {
  parts: (string | undefined)[];
  touched: number;
}

const outgoing = new Map<string, Entry>();
const incoming = new Map<string, Entry>();

function sweep(now = Date.now()): void {
  for (const map of [outgoing, incoming]) for (const [id, e] of map) if (now - e.touched > IDLE_MS) map.delete(id);
}

const newId = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

/** The first part of `text` to answer with, keeping the rest for `takePart`. */
export function offer(text: string, size: number = TRANSFER_CHUNK_CHARS): { text: string; transfer?: string; parts?: number } {
  if (text.length <= size) return { text };
  sweep();
  const parts = splitText(text, size);
  const transfer = newId();
  outgoing.set(transfer, { parts: [undefined, ...parts.slice(1)], touched: Date.now() });
  return { text: parts[0], transfer, parts: parts.length };
}

export function takePart(transfer: string, index: number): string | null {
  const e = outgoing.get(transfer);
  const part = e?.parts[index];
  if (!e || part === undefined) return null;
  e.parts[index] = undefined;
  e.touched = Date.now();
  if (e.parts.every((p) => p === undefined)) outgoing.delete(transfer);
  return part;
}

/** Keeps one part of an incoming text; false when the part does not fit the transfer. */
export function receivePart(transfer: string, index: number, parts: number, text: string): boolean {
  sweep();
  if (!Number.isInteger(parts) || parts < 1 || parts > 10_000 || !Number.isInteger(index) || index < 0 || index >= parts || typeof text !== 'string') return false;
  let e = incoming.get(transfer);
  if (!e) incoming.set(transfer, (e = { parts: new Array<string | undefined>(parts).fill(undefined), touched: Date.now() }));
  if (e.parts.length !== parts) return false;
  e.parts[index] = text;
  e.touched = Date.now();
  return true;
}

/** The whole incoming text once every part arrived (and forgets it), else null. */
export function assemble(transfer: string): string | null {
  const e = incoming.get(transfer);
  if (!e || e.parts.some((p) => p === undefined)) return null;
  incoming.delete(transfer);
  return e.parts.join('');
}
