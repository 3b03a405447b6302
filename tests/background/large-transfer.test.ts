/**
 * A 100 MB database exports and restores through the background's messages: every message and
 * answer (JSON, as the browser carries them) stays under the 64 MiB a message may hold, the
 * export arrives in parts, the restore is sent in parts, and the restored store is byte for byte
 * the exported one. Runs on fake IndexedDB with WXT's fake browser; the panel's client
 * (components/runtime.ts) does the same in Chromium (tests/e2e/restore-views.e2e.ts).
 */
import 'fake-indexeddb/auto';
import { randomBytes, createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { handlers } from '../../lib/background/handlers';
import { db } from '../../lib/store/db';
import { TRANSFER_CHUNK_CHARS, type Answer, type Message, type MessageType } from '../../lib/messages';
import { splitText } from '../../lib/text/split';
import { competitorRow, observationRow } from '../plan/rows';

const MB = 1024 * 1024;
const MESSAGE_LIMIT = 64 * MB;
const ROWS = 25;
const ROW_BYTES = 4 * MB;
let largest = 0;

/** One message through the "browser": serialised both ways, its size checked. */
async function send<K extends MessageType>(message: Message<K>): Promise<Answer<K>> {
  const wire = JSON.stringify(message);
  largest = Math.max(largest, Buffer.byteLength(wire));
  expect(Buffer.byteLength(wire)).toBeLessThan(MESSAGE_LIMIT);
  const handler = handlers[message.type] as (m: unknown, s: object) => Promise<unknown>;
  const answer = JSON.stringify(await handler(JSON.parse(wire), {}));
  largest = Math.max(largest, Buffer.byteLength(answer));
  expect(Buffer.byteLength(answer)).toBeLessThan(MESSAGE_LIMIT);
  return JSON.parse(answer) as Answer<K>;
}

const digest = async () => {
  const h = createHash('sha256');
  for (const c of await db.captures.orderBy('id').toArray()) h.update(c.gz);
  return h.digest('hex');
};

describe(`a ${(ROWS * ROW_BYTES) / MB} MB database`, () => {
  beforeAll(async () => {
    fakeBrowser.reset();
    await db.transaction('rw', db.tables, async () => Promise.all(db.tables.map((t) => t.clear())));
    await db.competitors.add(competitorRow(1, 'Big', 'big.test'));
    for (let i = 1; i <= ROWS; i++) {
      await db.observations.add(observationRow(i, 1, new Date(Date.UTC(2026, 0, i)).toISOString(), { url: `https://big.test/${i}` }));
      await db.captures.add({ id: i, observationId: i, gz: new Uint8Array(randomBytes(ROW_BYTES)), bytes: ROW_BYTES * 3 });
    }
  }, 120_000);

  it('exports in parts and restores from parts, unchanged', async () => {
    const before = await digest();
    const t0 = performance.now();
    const first = await send({ type: 'export', format: 'json' });
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(first.parts).toBeGreaterThan(1);
    const parts = [first.text];
    for (let index = 1; index < first.parts!; index++) {
      const r = await send({ type: 'export-part', transfer: first.transfer!, index });
      expect(r.ok).toBe(true);
      if (r.ok) parts.push(r.text);
    }
    const text = parts.join('');
    const exportMs = performance.now() - t0;
    // a part read once is freed
    expect((await send({ type: 'export-part', transfer: first.transfer!, index: 1 })).ok).toBe(false);

    await db.transaction('rw', db.tables, async () => Promise.all(db.tables.map((t) => t.clear())));
    const t1 = performance.now();
    const transfer = 'restore-test';
    const chunks = splitText(text, TRANSFER_CHUNK_CHARS);
    for (let index = 0; index < chunks.length; index++) expect(await send({ type: 'restore-part', transfer, index, parts: chunks.length, text: chunks[index] })).toEqual({ ok: true });
    expect(await send({ type: 'restore', transfer })).toEqual({ ok: true });
    const restoreMs = performance.now() - t1;
    expect(await db.captures.count()).toBe(ROWS);
    expect(await db.observations.count()).toBe(ROWS);
    expect(await digest()).toBe(before);
    console.log(
      `[figures] ${(ROWS * ROW_BYTES) / MB} MB database: backup ${Math.round(text.length / MB)} MB of JSON in ${first.parts} parts, exported in ${Math.round(exportMs)} ms, restored from ${chunks.length} parts in ${Math.round(restoreMs)} ms; largest message ${Math.round(largest / MB)} MB (limit 64)`,
    );
  }, 300_000);

  it('refuses a restore whose parts did not all arrive, changing nothing', async () => {
    const count = await db.captures.count();
    expect(await send({ type: 'restore-part', transfer: 'half', index: 0, parts: 2, text: '{"format":' })).toEqual({ ok: true });
    const r = await send({ type: 'restore', transfer: 'half' });
    expect(r.ok).toBe(false);
    expect(await db.captures.count()).toBe(count);
  });
});
