import { describe, expect, it, vi } from 'vitest';
import { parsePage } from '../../lib/analyze/document';
import { ADAPTERS, adapterIdFromPath, orderAdapters, runFirstAdapter } from '../../lib/analyze/adapters/registry';
import type { Adapter } from '../../lib/analyze/adapters/types';

const url = 'https://example.test/page';
const doc = parsePage('<p>x</p>', url);

function fake(id: string, over: Partial<Adapter>): Adapter {
  return { id, matches: [/example\.test/], detect: () => 'ad', extract: () => ({ kind: 'ad', ads: [] }), ...over };
}

describe('adapter registry', () => {
  it('takes the id from the file name', () => {
    expect(adapterIdFromPath('./sites/meta-ad-library.ts')).toBe('meta-ad-library');
  });

  it('tries higher priorities first, then ids in order (a picked element beats the site it was picked on)', () => {
    const ordered = orderAdapters([fake('google', {}), { ...fake('picked-ad', {}), priority: 100 } as Adapter, fake('bing', {})]);
    expect(ordered.map((a) => a.id)).toEqual(['picked-ad', 'bing', 'google']);
    expect(ADAPTERS.length).toBeGreaterThan(0);
  });

  it('runs the first adapter whose URL patterns and detection accept the page', () => {
    const list = [
      fake('other-site', { matches: [/elsewhere\.test/] }),
      fake('not-this-kind', { detect: () => null }),
      fake('reader', {}),
      fake('later', {}),
    ];
    expect(runFirstAdapter(list, doc, { html: '', url })).toEqual({ kind: 'ad', ads: [], adapter: 'reader' });
  });

  it('skips an adapter that throws, in detect or extract, and tries the next one', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const list = [
      fake('broken-detect', { detect: () => { throw new Error('selector gone'); } }),
      fake('broken-extract', { extract: () => { throw new TypeError('null'); } }),
      fake('reader', {}),
    ];
    expect(runFirstAdapter(list, doc, { html: '', url })?.adapter).toBe('reader');
    expect(warn).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });

  it('returns null when no adapter reads the page', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(runFirstAdapter([fake('x', { detect: () => { throw new Error('x'); } })], doc, { html: '', url })).toBeNull();
    expect(runFirstAdapter([], doc, { html: '', url })).toBeNull();
    warn.mockRestore();
  });
});
