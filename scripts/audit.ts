/**
 * The analysis without a browser, on saved pages:
 *   npm run -s audit -- PAGE.html [--url URL] [--json]   readable summary, or the observation as JSON
 *   npm run -s audit -- --batch LIST.jsonl                one {"path","url"} per line → one JSON line per page
 *   npm run -s audit -- --prices FILE                     one raw price per line → {"amount","currency"} per line
 * Runs through vite-node so the folder registries (import.meta.glob) load as in the extension.
 * A missing or unreadable file is a one-line error on stderr and exit code 1; bad usage exits 2.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Observation } from '../lib/analyze/types';

const USAGE = 'usage: audit PAGE.html [--url URL] [--json] | --batch LIST.jsonl | --prices FILE';

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv.filter((a) => a !== '--'),
    options: { url: { type: 'string' }, json: { type: 'boolean', default: false }, batch: { type: 'string' }, prices: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  });
  if (values.help) return print(USAGE), 0;
  if (values.prices) return auditPrices(values.prices);
  if (values.batch) return auditBatch(values.batch);
  if (positionals.length !== 1) throw new UsageError(USAGE);
  const obs = await auditPage(positionals[0], values.url);
  print(values.json ? JSON.stringify(obs, null, 2) : summary(obs));
  return 0;
}

/** The analyzer loads on first use, so `--prices` starts without it. */
async function auditPage(path: string, url: string | undefined): Promise<Observation> {
  const html = readHtml(path);
  const { analyze } = await import('../lib/analyze/analyze');
  return analyze({ html, url: url ?? pathToFileURL(resolve(path)).href });
}

/** One line out per line in, in order; a bad line or page says so and the batch goes on. */
async function auditBatch(listPath: string): Promise<number> {
  const base = dirname(resolve(listPath));
  for (const line of inputLines(readText(listPath))) {
    if (!line.trim()) continue;
    try {
      const item = JSON.parse(line) as { path?: unknown; url?: unknown };
      if (typeof item.path !== 'string') throw new Error('each line needs a "path"');
      const path = existsSync(item.path) ? item.path : resolve(base, item.path);
      print(JSON.stringify(await auditPage(path, typeof item.url === 'string' ? item.url : undefined)));
    } catch (e) {
      print(JSON.stringify({ error: message(e), input: line.slice(0, 500) }));
    }
  }
  return 0;
}

async function auditPrices(path: string): Promise<number> {
  const lines = inputLines(readText(path));
  const { parsePrice } = await import('../lib/numbers/price');
  for (const line of lines) {
    const { amount, currency } = line.trim() ? parsePrice(line) : { amount: null, currency: null };
    print(JSON.stringify({ amount, currency }));
  }
  return 0;
}

/** Lines of a text file; the newline that ends the last line does not start another. */
function inputLines(text: string): string[] {
  const lines = text.split(/\r?\n/);
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw new FileError(path, e);
  }
}

/**
 * Saved pages are not all UTF-8: a page that declares another charset in its first bytes
 * (`<meta charset=windows-1251>`) is decoded with it when the runtime knows that encoding.
 */
function readHtml(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new FileError(path, e);
  }
  const head = bytes.subarray(0, 4096).toString('latin1');
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (declared && declared !== 'utf-8' && declared !== 'utf8') {
    try {
      return new TextDecoder(declared).decode(bytes);
    } catch {
      // unknown label: fall through to UTF-8
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
}

class FileError extends Error {
  constructor(path: string, cause: unknown) {
    const code = (cause as NodeJS.ErrnoException)?.code;
    super(`cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : message(cause)}`);
  }
}

/** The readable summary: what a marketer wants from one page, one fact a line. */
function summary(o: Observation): string {
  const p = o.page;
  const lines = [
    `${o.url}`,
    `  domain: ${o.domain ?? '—'}   kind: ${o.kind}${o.adapter ? `   adapter: ${o.adapter}` : ''}`,
    `  title: ${p.title ?? '—'}`,
    `  description: ${short(p.description)}`,
    `  language: ${p.lang ?? '—'}${p.dir === 'rtl' ? ' (rtl)' : ''}   site: ${p.siteName ?? '—'}`,
    `  canonical: ${p.canonical ?? '—'}`,
    `  structured data: ${o.structuredData.types.join(', ') || '—'}`,
    `  offers: ${o.offers.map((x) => `${x.price ?? 'no price'} ${x.currency ?? '?'}${x.regularPrice ? ` (was ${x.regularPrice})` : ''}${x.availability ? ` ${x.availability}` : ''}`).join('; ') || '—'}`,
    `  promotions: ${o.promotions.map(promotionLabel).slice(0, 8).join(', ') || '—'}`,
    `  technologies (${o.technologies.length}): ${o.technologies.map((t) => t.name).join(', ') || '—'}`,
    `  social profiles: ${o.socialProfiles.map((s) => `${s.platform}:${s.handle}`).join(', ') || '—'}`,
    `  email capture: ${o.emailCapture.present ? `${o.emailCapture.signupForm === false ? 'e-mail tool only, no sign-up form' : 'sign-up form'}${o.emailCapture.sms ? ' (+SMS)' : ''}` : 'no'}`,
    `  campaign: ${o.campaign ? [o.campaign.channel ?? 'unknown channel', o.campaign.source, o.campaign.medium, o.campaign.name].filter(Boolean).join(' / ') : '—'}`,
    `  headline: ${o.messaging.headline ?? '—'}`,
    `  calls to action: ${o.messaging.ctas.join(' · ') || '—'}`,
    `  value propositions: ${o.messaging.valueProps.join(' · ') || '—'}`,
    `  channels: ${o.channels.map((c) => `${c.channel} ${c.confidence.toFixed(2)} (${c.stage})`).join(', ') || '—'}`,
  ];
  if (o.ads.length) lines.push(`  ads (${o.ads.length}): ${o.ads.slice(0, 5).map((a) => a.headline ?? a.advertiser ?? a.landingUrl).join(' · ')}`);
  if (o.profile) lines.push(`  profile: ${o.profile.platform} ${o.profile.handle ?? ''} followers ${o.profile.followers ?? '—'}`);
  return lines.join('\n');
}

function short(s: string | null | undefined, max = 160): string {
  if (!s) return '—';
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function print(s: string): void {
  process.stdout.write(`${s}\n`);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`audit: ${message(e).split('\n')[0]}\n`);
    process.exitCode = e instanceof UsageError || (e as NodeJS.ErrnoException)?.code?.startsWith('ERR_PARSE_ARGS') ? 2 : 1;
  },
);

/** One promotion as its kind and the figure that matters (several kinds often share one banner). */
function promotionLabel(p: Observation['promotions'][number]): string {
  const figure = p.code ?? (p.threshold !== undefined ? `from ${p.threshold}` : p.value !== undefined ? String(p.value) : null);
  return figure ? `${p.type} ${figure}` : p.type;
}
