/**
 * The whole analyzer on every page of the shared corpus (532 real pages): it never throws,
 * what it returns keeps the observation contract, and every claim carries its evidence.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze } from '../../lib/analyze/analyze';
import { RACE_STAGES, type Observation } from '../../lib/analyze/types';
import { CHANNEL_IDS } from '../../lib/analyze/channels/taxonomy';

const corpus = resolve(process.cwd(), '../shared/corpus');
const pages = readFileSync(resolve(corpus, 'pages.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as { path: string; url: string | null; page_type: string });

const isNum = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
const numOrNull = (v: unknown) => v === null || isNum(v);

function contractProblems(o: Observation): string[] {
  const p: string[] = [];
  for (const k of ['url', 'domain', 'kind', 'page', 'offers', 'technologies', 'socialProfiles', 'emailCapture', 'channels', 'ads', 'profile'] as const) if (!(k in o)) p.push(`missing ${k}`);
  for (const k of ['title', 'description', 'lang', 'canonical', 'siteName', 'image'] as const) if (!(k in o.page)) p.push(`page.${k} missing`);
  for (const of of o.offers) {
    if (!isNum(of.price)) p.push(`offer price ${String(of.price)}`);
    if (of.currency !== null && !/^[A-Z]{3}$/.test(of.currency)) p.push(`currency ${of.currency}`);
    if (of.regularPrice !== undefined && !isNum(of.regularPrice)) p.push('regularPrice not a number');
  }
  for (const t of o.technologies) if (!t.evidence.length) p.push(`technology ${t.id} without evidence`);
  for (const c of o.channels) {
    if (!CHANNEL_IDS.includes(c.channel)) p.push(`unknown channel ${c.channel}`);
    if (!RACE_STAGES.includes(c.stage)) p.push(`unknown stage ${c.stage}`);
    if (!c.evidence.length) p.push(`channel ${c.channel} without evidence`);
  }
  if (typeof o.emailCapture.present !== 'boolean') p.push('emailCapture.present not boolean');
  if (o.profile) for (const k of ['followers', 'following', 'posts'] as const) if (!numOrNull(o.profile[k])) p.push(`profile.${k} ${String(o.profile[k])}`);
  for (const s of o.socialProfiles) if (s.handle.startsWith('@')) p.push(`handle with @ ${s.handle}`);
  return p;
}

describe('analyze() on the corpus', () => {
  it('has the corpus pages', () => expect(pages.length).toBeGreaterThan(500));

  it('returns a contract-shaped observation with evidence for every page', () => {
    const problems: string[] = [];
    for (const page of pages) {
      const html = readFileSync(resolve(corpus, page.path), 'utf8');
      try {
        const o = analyze({ html, url: page.url ?? 'https://unknown.example/' });
        for (const problem of contractProblems(o)) problems.push(`${page.path}: ${problem}`);
        JSON.stringify(o);
      } catch (e) {
        problems.push(`${page.path}: threw ${(e as Error).message}`);
      }
    }
    expect(problems).toEqual([]);
  }, 300_000);
});
