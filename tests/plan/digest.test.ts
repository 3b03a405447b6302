import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { makeI18n } from '../../lib/i18n';
import { digestSection, digestSince } from '../../lib/plan/digest';
import { exportData } from '../../lib/background/export';
import { openRaceScoutDb } from '../../lib/store/db';
import { addWatch, recordCheck } from '../../lib/store/watches';
import { pageObservation } from '../store/observations';

const now = new Date('2026-03-10T00:00:00Z');
const base = { since: digestSince(now), watches: [{ url: 'https://a.test/p', failing: false, needsRendered: false }, { url: 'https://b.test/', failing: true, needsRendered: true }] };

describe('weekly digest', () => {
  it('lists the week’s confirmed changes per competitor, one line each, and the watches that need attention', () => {
    const md = digestSection(
      {
        ...base,
        changes: [
          { competitorName: 'Shop A', url: 'https://a.test/p', at: '2026-03-09T08:00:00Z', field: 'price', subject: null, before: 1290, after: 990, currency: 'THB' },
          { competitorName: 'Shop B', url: 'https://b.test/', at: '2026-03-08T08:00:00Z', field: 'technology', subject: 'tiktok-pixel', before: null, after: 'TikTok Pixel' },
          { competitorName: 'Shop A', url: 'https://a.test/p', at: '2026-02-01T08:00:00Z', field: 'headline', subject: null, before: 'Old', after: 'Older' },
        ],
      },
      makeI18n('en'),
    ).join('\n');
    expect(md).toContain('## This week on watched pages');
    expect(md).toContain('2 pages watched, 1 failing, 2 confirmed changes since');
    expect(md).toContain('### Shop A');
    expect(md).toContain('- Shop A: price 1,290 ฿ → 990 ฿');
    expect(md).toContain('- Shop B added TikTok Pixel');
    expect(md).not.toContain('Older'); // older than a week
    expect(md).toContain('Need a rendered check');
  });

  it('says so when nothing changed, and is left out when nothing is watched', () => {
    expect(digestSection({ ...base, changes: [] }, makeI18n('th')).join('\n')).toContain('สัปดาห์นี้ไม่มีการเปลี่ยนแปลงที่ยืนยันแล้ว');
    expect(digestSection({ since: base.since, watches: [], changes: [] }, makeI18n('en'))).toEqual([]);
  });

  it('escapes captured text', () => {
    const md = digestSection({ ...base, changes: [{ competitorName: 'Evil [x](javascript:alert(1))', url: 'https://a.test/p', at: '2026-03-09T08:00:00Z', field: 'headline', subject: null, before: 'a', after: '<img src=x onerror=alert(1)>' }] }, makeI18n('en')).join('\n');
    expect(md).not.toContain('](javascript');
    expect(md).toContain('\\<img'); // escaped: Markdown renders it as text
    expect(md).not.toMatch(/(^|[^\\])<img/);
  });

  it('is part of the exported Markdown plan', async () => {
    const name = 'racescout-digest-test';
    const database = openRaceScoutDb(name);
    const id = await addWatch('https://shop.baanthai.co.th/p', 'day', now, database);
    const item = { id, url: 'https://shop.baanthai.co.th/p', origin: 'https://shop.baanthai.co.th' };
    await recordCheck(item, { outcome: 'baseline', observation: pageObservation(), needsRendered: false }, now.getTime() - 86_400_000, Math.random, database);
    await recordCheck(item, { outcome: 'changed', observation: pageObservation(), changes: [{ field: 'price', subject: null, before: 1290, after: 990, currency: 'THB' }] }, now.getTime() - 3_600_000, Math.random, database);
    const md = await exportData('markdown', { database, now, locale: 'en' });
    expect(md).toMatch(/## This week on watched pages[\s\S]*### baanthai\.co\.th[\s\S]*- baanthai\.co\.th: price 1,290 ฿ → 990 ฿/);
    database.close();
    await Dexie.delete(name);
  });
});
