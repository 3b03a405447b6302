/** Documents: which ones a client applies, the addresses sync accepts, rows ⇄ documents. */
import { describe, expect, it } from 'vitest';
import { checkDoc, docId, parseDocId, SYNC_SCHEMA } from '../../lib/sync/doc';
import { parseDatabaseUrl } from '../../lib/sync/url';
import { captureOf, competitorDoc, competitorRow, DEFAULT_SHARE, noteDoc, observationDoc, observationRow, redirectDoc, watchDoc, watchRow } from '../../lib/sync/mapping';
import { designDoc } from '../../lib/sync/design';
import { pageObservation } from '../store/observations';
import type { CompetitorRow, ObservationRow } from '../../lib/store/db';
import type { WatchRow } from '../../lib/store/watch-schema';

const SHOT = 'data:image/png;base64,iVBORw0KGgo=';

describe('documents a client applies', () => {
  const good = { _id: 'competitor:g1', type: 'competitor', schema: SYNC_SCHEMA, gid: 'g1', updatedAt: '2026-01-01T00:00:00.000Z', by: 'alice', name: 'A', domains: ['a.com'], handles: [], aliases: [], own: false, createdAt: '2026-01-01T00:00:00.000Z', mergedInto: null };

  it('applies its own documents of its schema, skips newer ones politely, and ignores the malformed and the foreign', () => {
    expect(checkDoc(good)).toMatchObject({ use: true });
    expect(checkDoc({ ...good, schema: SYNC_SCHEMA + 1, name: 42 })).toEqual({ use: false, why: 'newer' });
    expect(checkDoc({ ...good, domains: 'a.com' })).toEqual({ use: false, why: 'malformed' });
    expect(checkDoc({ ...good, gid: 'other' })).toEqual({ use: false, why: 'malformed' });
    expect(checkDoc({ ...good, schema: undefined })).toEqual({ use: false, why: 'malformed' });
    expect(checkDoc({ _id: 'todo:1', type: 'todo' })).toEqual({ use: false, why: 'foreign' });
    expect(checkDoc({ ...good, _deleted: true })).toEqual({ use: false, why: 'deleted' });
    expect(parseDocId(docId('observation', 'x:y'))).toEqual({ type: 'observation', gid: 'x:y' });
  });

  it('ships a validate_doc_update that compiles as plain ES5 and refuses what checkDoc refuses', () => {
    const validate = new Function(`return (${designDoc().validate_doc_update})`)() as (n: unknown, o: unknown, u: unknown) => void;
    expect(() => validate(good, null, {})).not.toThrow();
    expect(() => validate({ ...good, schema: SYNC_SCHEMA + 5 }, null, {})).not.toThrow();
    expect(() => validate({ _id: 'x', hello: 1 }, null, {})).toThrow();
    expect(() => validate({ ...good, _id: 'competitor:other' }, null, {})).toThrow();
    const obs = { _id: 'observation:o1', type: 'observation', schema: 1, gid: 'o1', updatedAt: 'x', url: 'https://a.com/', capturedAt: 'x', observation: {} };
    expect(() => validate(obs, null, {})).not.toThrow();
    const refusal = (() => {
      try {
        validate(obs, { ...obs, _rev: '1-a' }, {});
        return null;
      } catch (e) {
        return e as { forbidden?: string };
      }
    })();
    expect(refusal?.forbidden).toBe('racescout: observations never change');
  });
});

describe('database addresses', () => {
  it('takes https anywhere and http on loopback only', () => {
    expect(parseDatabaseUrl('https://couch.example.com/team-audits/')).toEqual({ url: 'https://couch.example.com/team-audits', origin: 'https://couch.example.com' });
    expect(parseDatabaseUrl('http://127.0.0.1:5984/team')).toEqual({ url: 'http://127.0.0.1:5984/team', origin: 'http://127.0.0.1:5984' });
    expect(parseDatabaseUrl('http://localhost:5984/team').origin).toBe('http://localhost:5984');
    expect(() => parseDatabaseUrl('http://couch.example.com/team')).toThrow(expect.objectContaining({ code: 'insecure' }));
    expect(() => parseDatabaseUrl('http://192.168.1.5:5984/team')).toThrow(expect.objectContaining({ code: 'insecure' }));
    expect(() => parseDatabaseUrl('https://couch.example.com/')).toThrow(expect.objectContaining({ code: 'bad-url' }));
    expect(() => parseDatabaseUrl('https://alice:pw@couch.example.com/team')).toThrow(expect.objectContaining({ code: 'bad-url' }));
    expect(() => parseDatabaseUrl('ftp://couch.example.com/team')).toThrow(expect.objectContaining({ code: 'bad-url' }));
    expect(() => parseDatabaseUrl('not a url')).toThrow(expect.objectContaining({ code: 'bad-url' }));
  });
});

describe('rows ⇄ documents', () => {
  it('sends an observation by gids only, with its screenshot attached, and its raw capture only when chosen', () => {
    const obs = pageObservation();
    const row: ObservationRow = { id: 7, gid: 'o-1', competitorId: 3, url: obs.url, domain: obs.domain, kind: obs.kind, capturedAt: obs.capturedAt!, analyzerVersion: 1, observation: obs, updatedAt: obs.capturedAt ?? undefined };
    const gz = new Uint8Array([31, 139, 8, 0, 1, 2, 3]);
    const doc = observationDoc(row, 'c-1', { gz, screenshot: SHOT }, DEFAULT_SHARE, 'alice');
    expect(doc).toMatchObject({ _id: 'observation:o-1', type: 'observation', gid: 'o-1', competitor: 'c-1', by: 'alice', schema: SYNC_SCHEMA });
    expect(JSON.stringify(doc)).not.toContain('"id":7');
    expect(Object.keys(doc._attachments!)).toEqual(['screenshot']);
    expect(captureOf(doc)).toEqual({ gz: new Uint8Array(0), bytes: 0, screenshot: SHOT });
    const raw = observationDoc(row, 'c-1', { gz, screenshot: SHOT }, { screenshots: false, rawCaptures: true }, 'alice');
    expect(Object.keys(raw._attachments!)).toEqual(['capture.json.gz']);
    expect(captureOf(raw)).toEqual({ gz, bytes: gz.length, screenshot: null });
    expect(observationRow(doc, 9)).toMatchObject({ gid: 'o-1', competitorId: 9, url: obs.url, by: 'alice', dirty: 0, observation: obs });
    // A screenshot that is not an image data: URL is never taken back.
    expect(captureOf({ ...doc, _attachments: { screenshot: { content_type: 'text/html', data: 'PHNjcmlwdD4=' } } })).toBeNull();
  });

  it('round-trips a competitor and points a merged one at its survivor', () => {
    const row: CompetitorRow = { id: 2, gid: 'c-2', name: 'Seoul Skin', domains: ['seoulskin.kr'], handles: ['instagram:seoulskin'], own: true, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-05T00:00:00.000Z', aliases: ['seoul skin co'] };
    const doc = competitorDoc(row, 'bob');
    expect(competitorRow(doc)).toEqual({ gid: 'c-2', name: 'Seoul Skin', domains: ['seoulskin.kr'], handles: ['instagram:seoulskin'], aliases: ['seoul skin co'], own: true, createdAt: row.createdAt, updatedAt: row.updatedAt, mergedGids: [], dirty: 0 });
    expect(redirectDoc('c-9', doc)).toMatchObject({ _id: 'competitor:c-9', gid: 'c-9', mergedInto: 'c-2' });
  });

  it('shares what a watch watches and how often, never its schedule or last outcome', () => {
    const row = { id: 1, gid: 'w-1', url: 'https://shop.test/p', origin: 'https://shop.test', competitorId: 2, every: 'day', paused: false, revoked: true, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-02T00:00:00.000Z', nextAt: 99, failures: 3, lastCheckedAt: 'x', lastOutcome: 'failed', lastReason: 'http', baselineId: 5, clipId: 6, needsRendered: true } as unknown as WatchRow;
    const doc = watchDoc(row, 'c-2', 'alice');
    expect(Object.keys(doc).sort()).toEqual(['_id', 'by', 'competitor', 'createdAt', 'every', 'gid', 'paused', 'schema', 'type', 'updatedAt', 'url']);
    expect(watchRow(doc, 4, 1234)).toMatchObject({ gid: 'w-1', competitorId: 4, nextAt: 1234, failures: 0, baselineId: null, revoked: false, dirty: 0 });
  });

  it('reads notes leniently: a missing part is empty text', () => {
    expect(noteDoc({ notes: 'x' }, 'c-1', 't', null, 'alice')).toMatchObject({ _id: 'note:c-1', competitor: 'c-1', notes: 'x', swot: { strengths: '', weaknesses: '', opportunities: '', threats: '' }, conflict: null });
  });
});
