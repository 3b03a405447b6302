/** Social profile URLs: platform and handle right, non-profiles rejected (socials URL cases). */
import { parseProfileUrl } from '../../lib/analyze/extractors/social/parse-profile-url';
import { loadSocialUrlCases } from '../corpus/socials-url-cases';
import { prf, type EvalResult } from './types';

export function run(corpusDir: string): EvalResult[] {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const misses: string[] = [];
  for (const c of loadSocialUrlCases(corpusDir)) {
    const got = parseProfileUrl(c.url);
    const right = c.platform ? got?.platform === c.platform && (c.handle === undefined || got.handle === c.handle) : got === null;
    if (c.platform && right) tp++;
    if (got && !right) fp++;
    if (c.platform && !right) fn++;
    if (!right) misses.push(`${c.url} → ${got ? `${got.platform}:${got.handle}` : 'none'}`);
  }
  const n = loadSocialUrlCases(corpusDir).length;
  return [{ name: 'social profile URLs (socials cases)', n, ...prf(tp, fp, fn), target: 0.95, targetMetric: 'f1', note: misses.join('; ') || undefined }];
}
