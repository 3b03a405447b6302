/** A watch's state in words, in the user's language: failing says why, access removed says which site. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { WatchState } from '../../components/WatchState';
import type { WatchRow } from '../../lib/store/watch-schema';
import { render } from './render';

const row = (over: Partial<WatchRow> = {}): WatchRow => ({
  id: 1,
  url: 'https://shop.test/p',
  origin: 'https://shop.test',
  competitorId: 1,
  every: 'day',
  paused: false,
  revoked: false,
  createdAt: '2026-03-01T00:00:00Z',
  nextAt: 0,
  failures: 0,
  lastCheckedAt: null,
  lastOutcome: null,
  lastReason: null,
  baselineId: null,
  clipId: null,
  needsRendered: false,
  ...over,
});

describe('WatchState', () => {
  it('says watching, failing with the reason, paused, or access removed for the site', () => {
    expect(render(<WatchState w={row()} />)).toContain('Watching');
    expect(render(<WatchState w={row({ failures: 3, lastReason: 'bot-wall' })} />)).toContain('Failing: the site showed a bot check');
    expect(render(<WatchState w={row({ paused: true })} />)).toContain('Paused');
    const revoked = render(<WatchState w={row({ revoked: true })} />);
    expect(revoked).toContain('Access to shop.test was removed in the browser');
    expect(revoked).toContain('Allow again');
  });

  it('speaks the chosen language', () => {
    expect(render(<WatchState w={row({ failures: 3, lastReason: 'server-error' })} />, 'th')).toContain('ตรวจไม่สำเร็จ: เว็บไซต์ตอบกลับด้วยข้อผิดพลาดของเซิร์ฟเวอร์');
  });
});
