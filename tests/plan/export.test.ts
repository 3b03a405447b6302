import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { db } from '../../lib/store/db';
import { exportData } from '../../lib/background/export';
import { setSetting } from '../../lib/store/queries-plan';
import { SETTING, notesKey } from '../../lib/plan/settings';
import { claim } from './make';
import { captureRow, competitorRow, observationRow } from './rows';

const NOW = new Date('2026-03-01T12:00:00Z');

async function seedThreeShops() {
  await db.competitors.bulkAdd([competitorRow(1, 'My Shop', 'myshop.co.th', true), competitorRow(2, 'Rival One', 'rival-one.com'), competitorRow(3, 'Rival Two', 'rival-two.vn')]);
  const at = (d: number) => new Date(Date.UTC(2026, 1, d)).toISOString();
  await db.observations.bulkAdd([
    observationRow(10, 2, at(1), { url: 'https://rival-one.com/', domain: 'rival-one.com', channels: [claim('paid-social', 0.95, 'Meta Pixel'), claim('email-sms', 0.8, 'Klaviyo')], emailCapture: { present: true, forms: [{ kind: 'newsletter', selector: 'form#nl', fields: ['email'] }], evidence: [{ source: 'form', value: 'form#nl' }] }, messaging: { headline: 'Free shipping | today only [x](javascript:alert(1))', hero: null, ctas: ['Shop now'], valueProps: [] }, promotions: [{ type: 'bnpl', text: 'Pay in 3 with Atome', evidence: [] }] }),
    observationRow(11, 3, at(2), { url: 'https://rival-two.vn/', domain: 'rival-two.vn', channels: [claim('paid-social', 0.9, 'TikTok Pixel'), claim('chat-messaging', 0.7, 'zalo')], offers: [{ price: 199000, currency: 'VND', evidence: [] }] }),
    observationRow(12, 1, at(3), { url: 'https://myshop.co.th/', domain: 'myshop.co.th', channels: [claim('seo-content', 0.5)] }),
  ]);
}

beforeEach(async () => {
  await db.transaction('rw', db.tables, async () => Promise.all(db.tables.map((table) => table.clear())));
  await seedThreeShops();
});

describe('exportData markdown', () => {
  it('writes the Reach section in full and seeds Act, Convert and Engage from competitors', async () => {
    await setSetting(SETTING.context, { audience: { description: 'Women 25-34 in Bangkok', age: 'adult', buyer: 'b2c', purchase: 'impulse' }, monthlyBudget: 30000, currency: 'THB', goals: ['sales'], hoursPerWeek: 20 });
    await setSetting(SETTING.pestle, { legal: 'PDPA consent for email' });
    await setSetting(notesKey(2), { notes: 'Strong on Instagram', swot: { strengths: 'Fast delivery', weaknesses: '', opportunities: '', threats: 'Cuts prices [every](javascript:x) week' } });
    const md = await exportData('markdown', { locale: 'en', now: NOW });
    for (const heading of ['# Digital marketing plan (RACE)', '## Plan: situation analysis', '### Competitive landscape', '### PESTLE', '### Goals against benchmarks', '## Reach', '### Target audience', '### Chosen channels', '### Budget', '## Act', '## Convert', '## Engage']) expect(md).toContain(heading);
    expect(md).toContain('Women 25-34 in Bangkok');
    expect(md).toContain('PDPA consent for email');
    expect(md).toContain('#### Rival One — Notes and SWOT');
    expect(md).toContain('- **Strengths:** Fast delivery');
    expect(md).not.toContain('**Weaknesses:**');
    expect(md).toMatch(/\| Rival Two \| 1 \| Paid social, Chat and messaging \|/);
    expect(md).toContain('[https://rival-one.com/](<https://rival-one.com/>)');
    expect(md).toContain('Rival One collects leads (newsletter)');
    expect(md).toContain('Rival One offers pay-later: Pay in 3 with Atome');
    expect(md).toContain('Rival Two offers chat (zalo)');
    expect(md).toContain('Rival One runs email or SMS (Klaviyo)');
    expect(md).toContain('wordstream.com');
    // Budget lines add up to the monthly budget, in the user's currency.
    expect(md).toMatch(/Reserve for tests \| THB\s?3,000\.00/);
    // Captured text cannot inject a link.
    expect(md).not.toContain('](javascript:');
  });

  it('is written in the chosen language', async () => {
    await setSetting(SETTING.language, 'th');
    const th = await exportData('markdown', { now: NOW });
    expect(th).toContain('# แผนการตลาดดิจิทัล (RACE)');
    expect(th).toContain('ภาพรวมการแข่งขัน');
    const ar = await exportData('markdown', { locale: 'ar', now: NOW });
    expect(ar).toContain('خطة التسويق الرقمي');
    expect(ar).not.toContain('Competitive landscape');
  });
});

describe('exportData csv and json', () => {
  it('CSV of observations: one row per clip, formulas neutralised', async () => {
    await db.table('observations').update(11, { 'observation.page.title': '=HYPERLINK("http://evil")' });
    const rows = Papa.parse<Record<string, string>>(await exportData('csv'), { header: true }).data.filter((r) => r.observation_id);
    expect(rows).toHaveLength(3);
    expect(rows.find((r) => r.observation_id === '11')).toMatchObject({ competitor: 'Rival Two', price: '199000', currency: 'VND' });
    expect(rows.find((r) => r.observation_id === '11')!.title.startsWith("'=")).toBe(true);
  });

  it('both CSV files start with a UTF-8 byte-order mark, once', async () => {
    for (const table of ['observations', 'matrix'] as const) {
      const text = await exportData('csv', { table });
      expect(text.charCodeAt(0)).toBe(0xfeff);
      expect(text.charCodeAt(1)).not.toBe(0xfeff);
      expect(new TextEncoder().encode(text).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    }
  });

  it('the matrix CSV has no venue row, and the clips CSV no venue page', async () => {
    await db.observations.add({ ...observationRow(20, 2, '2026-02-05T00:00:00.000Z', { url: 'https://www.google.de/search?q=schuhe', domain: 'google.de', kind: 'serp' }), competitorId: null, venue: 'search', venueDomain: 'google.de' });
    const matrix = Papa.parse<Record<string, string>>(await exportData('csv', { table: 'matrix' }), { header: true }).data.filter((r) => r.competitor);
    expect(new Set(matrix.map((r) => r.competitor))).toEqual(new Set(['My Shop', 'Rival One', 'Rival Two']));
    const clips = Papa.parse<Record<string, string>>(await exportData('csv'), { header: true }).data.filter((r) => r.observation_id);
    expect(clips.map((r) => r.observation_id)).not.toContain('20');
  });

  it('CSV of the matrix: competitor × channel with strength and evidence URLs', async () => {
    const rows = Papa.parse<Record<string, string>>(await exportData('csv', { table: 'matrix' }), { header: true }).data.filter((r) => r.competitor);
    expect(rows).toHaveLength(3 * 13);
    expect(rows.find((r) => r.competitor === 'Rival One' && r.channel === 'paid-social')).toMatchObject({ strength: '0.95', level: '3', evidence_urls: 'https://rival-one.com/' });
  });

  it('JSON backup holds every table, settings included', async () => {
    await setSetting(SETTING.language, 'vi');
    await db.captures.add(captureRow(5, 10, new Uint8Array([1, 2, 3, 250])));
    const b = JSON.parse(await exportData('json', { now: NOW }));
    expect(b).toMatchObject({ format: 'racescout-backup', version: 1, exportedAt: NOW.toISOString() });
    expect(b.tables.competitors).toHaveLength(3);
    expect(b.tables.observations).toHaveLength(3);
    expect(b.tables.settings).toEqual([{ key: 'language', value: 'vi' }]);
    expect(b.tables.captures[0].gz).toEqual({ $bytes: 'AQID+g==' });
  });
});
