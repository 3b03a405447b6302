/**
 * The profile adapters on real saved pages in ../shared/corpus (metascraper's social fixtures and
 * the m.facebook.com cassettes), with the labels scripts/eval/social.ts derives from the corpus:
 * profile pages are profiles of the right platform and handle, posts and videos are not, and a
 * follower count the page states is read as a number. Skipped where the corpus is absent.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { facebookCases, followersAgree, rightProfile, runCase, socialCases } from '../../scripts/eval/social';

const CORPUS = path.resolve(process.cwd(), '../shared/corpus');
const HAS_CORPUS = existsSync(path.join(CORPUS, 'pages.jsonl'));

describe.skipIf(!HAS_CORPUS)('social corpus pages', () => {
  const cases = HAS_CORPUS ? socialCases(CORPUS) : [];

  it('finds profile pages and other pages to measure', () => {
    expect(cases.filter((c) => c.isProfile).length).toBeGreaterThanOrEqual(6);
    expect(cases.filter((c) => !c.isProfile).length).toBeGreaterThanOrEqual(10);
  });

  for (const c of cases) {
    const label = `${c.isProfile ? 'profile' : 'not a profile'}: ${c.url} (${path.basename(c.path)})`;
    it(label, () => {
      const out = runCase(CORPUS, c);
      if (!c.isProfile) {
        expect(out.kind).not.toBe('social-profile');
        return;
      }
      expect(out.kind).toBe('social-profile');
      expect(rightProfile(c, out.profile), JSON.stringify(out.profile)).toBe(true);
      if (c.statesFollowers) expect(followersAgree(c, out.profile), `followers ${out.profile?.followers} vs ${c.statedFollowers}`).toBe(true);
      for (const n of [out.profile?.followers, out.profile?.following, out.profile?.posts]) {
        if (n !== null && n !== undefined) expect(Number.isInteger(n) && n >= 0).toBe(true);
      }
    });
  }
});

describe.skipIf(!HAS_CORPUS)('facebook cassettes', () => {
  const cases = HAS_CORPUS ? facebookCases(CORPUS) : [];
  for (const c of cases) {
    it(`${c.expectedName ? `page "${c.expectedName}"` : 'not a page header'}: ${path.basename(c.path)}`, () => {
      const out = runCase(CORPUS, c);
      if (c.expectedName) expect(out.profile?.name).toBe(c.expectedName);
      else expect(out.kind).not.toBe('social-profile');
    });
  }
});
