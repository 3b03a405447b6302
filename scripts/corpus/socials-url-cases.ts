/**
 * The socials URL cases (../shared/corpus/socials-url-cases) read as expectations of
 * parseProfileUrl: which URLs are profiles, with which handle, and which are not. E-mail and
 * phone cases are out of scope (they are not social accounts) and are skipped.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SocialUrlCase {
  url: string;
  /** The platform's id in our taxonomy, or null when the URL must not be read as a profile. */
  platform: string | null;
  /** Expected handle; undefined where the case checks the platform only. */
  handle: string | null | undefined;
  test: string;
}

const FILE_PLATFORM: Record<string, string> = {
  facebook: 'facebook',
  github: 'github',
  instagram: 'instagram',
  linkedin: 'linkedin',
  twitter: 'x',
  youtube: 'youtube',
};

/** A profile path on each platform, for the cases that name only a host. */
const SAMPLE_PATH: Record<string, string> = { linkedin: '/in/someuser' };

const HANDLE_PARAMS = ['username', 'user_id', 'company_id', 'channel_id', 'custom_url', 'owner'];

export function loadSocialUrlCases(corpusDir: string): SocialUrlCase[] {
  const lines = readFileSync(join(corpusDir, 'socials-url-cases/url_cases.jsonl'), 'utf8').split('\n').filter(Boolean);
  return lines.flatMap((line) => {
    const { file, test, params } = JSON.parse(line) as { file: string; test: string; params: Record<string, string> };
    const name = /test_(\w+)\.py$/.exec(file)?.[1] ?? '';
    const platform = FILE_PLATFORM[name] ?? (params.expected_platform && FILE_PLATFORM[params.expected_platform]) ?? null;
    if (!platform) return [];
    if (params.hostname) {
      const valid = test.includes('handles_valid');
      return [{ url: `https://${params.hostname}${SAMPLE_PATH[platform] ?? '/someuser'}`, platform: valid ? platform : null, handle: valid ? 'someuser' : null, test }];
    }
    const rejects = test.startsWith('test_rejects');
    const handle = params.expected_platform ? undefined : (HANDLE_PARAMS.map((k) => params[k]).find(Boolean) ?? null);
    return [{ url: params.url, platform: rejects ? null : platform, handle: rejects ? null : handle, test }];
  });
}
