/**
 * The real `audit` command on saved pages, spawned as users run it (vite-node), so argument
 * parsing, exit codes and the printed JSON are what is tested, not a function behind them.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const corpus = resolve(process.cwd(), '../shared/corpus');
const PRODUCT = join(corpus, 'extruct/tests/samples/websites/microdata-with-description.html');
const ARTICLE = join(corpus, 'metascraper/packages/metascraper/test/integration/bbc/input.html');
const tmp = mkdtempSync(join(tmpdir(), 'audit-cli-'));

function audit(...args: string[]) {
  const r = spawnSync('npx', ['vite-node', 'scripts/audit.ts', '--', ...args], { cwd: process.cwd(), encoding: 'utf8', timeout: 110_000 });
  return { code: r.status, out: r.stdout, err: r.stderr, lines: r.stdout.split('\n').filter(Boolean) };
}

describe('audit PAGE.html', () => {
  it('prints a readable summary of a saved article', () => {
    const r = audit(ARTICLE, '--url', 'https://www.bbc.com/news/business-40504764');
    expect(r.code).toBe(0);
    expect(r.out).toContain('domain: bbc.com');
    expect(r.out).toContain('title: The man who built a $1bn firm in his basement');
    expect(r.out).toMatch(/language: en/);
  }, 120_000);

  it('prints the observation with --json: the contract’s names, numbers as numbers', () => {
    const r = audit(PRODUCT, '--url', 'https://www.monsterpetsupplies.co.uk/cats/cat-flea-tick/johnsons-4-fleas-cats-kittens-tablets', '--json');
    expect(r.code).toBe(0);
    const o = JSON.parse(r.out) as Record<string, unknown> & { page: Record<string, unknown>; offers: Record<string, unknown>[]; channels: Record<string, unknown>[]; emailCapture: Record<string, unknown> };
    expect(Object.keys(o)).toEqual(expect.arrayContaining(['url', 'domain', 'kind', 'page', 'offers', 'technologies', 'socialProfiles', 'emailCapture', 'channels', 'ads', 'profile']));
    expect(Object.keys(o.page)).toEqual(expect.arrayContaining(['title', 'description', 'lang', 'canonical', 'siteName', 'image']));
    expect(o.domain).toBe('monsterpetsupplies.co.uk');
    expect(o.kind).toBe('product');
    expect(o.offers.length).toBeGreaterThan(0);
    for (const offer of o.offers) {
      expect(typeof offer.price).toBe('number');
      expect(offer.currency).toBe('GBP');
    }
    expect(typeof o.emailCapture.present).toBe('boolean');
    for (const c of o.channels) expect(typeof c.confidence).toBe('number');
    expect(o.profile).toBeNull();
  }, 120_000);
});

describe('audit --batch', () => {
  it('prints one line per page in input order; a bad page gives an error line and the rest go on', () => {
    const list = join(tmp, 'list.jsonl');
    writeFileSync(
      list,
      [
        JSON.stringify({ path: ARTICLE, url: 'https://www.bbc.com/news/business-40504764' }),
        JSON.stringify({ path: join(tmp, 'missing.html'), url: 'https://missing.example/' }),
        'not json',
        JSON.stringify({ path: PRODUCT, url: 'https://www.monsterpetsupplies.co.uk/p' }),
      ].join('\n') + '\n',
    );
    const r = audit('--batch', list);
    expect(r.code).toBe(0);
    const rows = r.lines.map((l) => JSON.parse(l) as { url?: string; error?: string });
    expect(rows).toHaveLength(4);
    expect(rows[0].url).toBe('https://www.bbc.com/news/business-40504764');
    expect(rows[1].error).toMatch(/missing\.html/);
    expect(rows[2].error).toBeTruthy();
    expect(rows[3].url).toBe('https://www.monsterpetsupplies.co.uk/p');
  }, 120_000);
});

describe('audit --prices', () => {
  it('prints one {"amount","currency"} line per input line', () => {
    const file = join(tmp, 'prices.txt');
    writeFileSync(file, '฿1,290\n1.290.000₫\n\n29,000원\n١٢٩ ر.س\n$1,234.56\n');
    const r = audit('--prices', file);
    expect(r.code).toBe(0);
    expect(r.lines.map((l) => JSON.parse(l) as unknown)).toEqual([
      { amount: 1290, currency: 'THB' },
      { amount: 1290000, currency: 'VND' },
      { amount: null, currency: null },
      { amount: 29000, currency: 'KRW' },
      { amount: 129, currency: 'SAR' },
      { amount: 1234.56, currency: 'USD' },
    ]);
  }, 120_000);
});

describe('audit with a missing file', () => {
  it.each([[['page']], [['--batch']], [['--prices']]])('%s: one line on stderr, nothing on stdout, non-zero exit', (mode) => {
    const missing = join(tmp, 'does-not-exist');
    const r = audit(...(mode[0] === 'page' ? [missing] : [mode[0], missing]));
    expect(r.code).not.toBe(0);
    expect(r.out).toBe('');
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toContain('does-not-exist');
  }, 120_000);
});
