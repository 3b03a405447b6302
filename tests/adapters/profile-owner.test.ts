/**
 * Pages seen while signed in carry the viewer's own name, avatar, inbox and counts. Each
 * signed-in fixture names its viewer; the profile read from it must be the page owner's and
 * must hold nothing of the viewer's.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../lib/analyze/document';
import { runAdapters } from '../../lib/analyze/adapters/registry';

interface Viewer {
  fixture: string;
  owner: { name: string; handle: string };
  viewer: { name: string; handle: string; followers: number; avatar: string };
}

const VIEWERS: Viewer[] = [
  { fixture: 'instagram/profile-signed-in-th', owner: { name: 'Baan Mae Shop บ้านแม่', handle: 'baanmaeshop' }, viewer: { name: 'Somchai Dev', handle: 'somchai.dev', followers: 52, avatar: 'somchai' } },
  { fixture: 'tiktok/profile-signed-in-ko', owner: { name: 'Seoul Skin Lab 서울스킨랩', handle: 'seoul.skin.lab' }, viewer: { name: '김민지', handle: 'minji.k', followers: 87, avatar: 'minji' } },
  { fixture: 'youtube/channel-signed-in-vi', owner: { name: 'Bếp Nhà Cook', handle: 'bepnhacook' }, viewer: { name: 'Trần Minh', handle: 'tranminh', followers: 12, avatar: 'tranminh' } },
  { fixture: 'facebook/page-signed-in-ar', owner: { name: 'عود الشمس للعطور', handle: 'OudAlShamsPerfumes' }, viewer: { name: 'سارة أحمد', handle: 'sara.ahmed.77', followers: 1200, avatar: 'sara' } },
  { fixture: 'x/profile-signed-in-en', owner: { name: 'North Peak Gear', handle: 'northpeakgear' }, viewer: { name: 'Dana Wells', handle: 'danawells', followers: 120_000, avatar: 'dana' } },
  { fixture: 'linkedin/company-signed-in-en', owner: { name: 'Lumen Coffee Roasters', handle: 'lumen-coffee-roasters' }, viewer: { name: 'Priya Nair', handle: 'priya-nair', followers: 842, avatar: 'priya' } },
  { fixture: 'pinterest/profile-signed-in-en', owner: { name: 'Hearth & Loom', handle: 'hearthandloom' }, viewer: { name: 'Maya Chen', handle: 'mayachen', followers: 58, avatar: 'mayachen' } },
  { fixture: 'threads/profile-signed-in-th', owner: { name: 'Chiang Mai Ceramics', handle: 'chiangmai.ceramics' }, viewer: { name: 'nok.lertsak', handle: 'nok.lertsak', followers: 41, avatar: 'nok_' } },
  { fixture: 'bluesky/profile-signed-in-vi', owner: { name: 'Saigon Bakery', handle: 'saigonbakery.bsky.social' }, viewer: { name: 'Lan Phạm', handle: 'lanpham.bsky.social', followers: 3, avatar: 'lanpham' } },
  { fixture: 'line/oa-th', owner: { name: 'ครัวบ้านส้มตำ', handle: 'krua.baan.somtam' }, viewer: { name: 'สมชาย ใจดี', handle: 'somchai', followers: 230, avatar: 'somchai' } },
  { fixture: 'zalo/oa-vi', owner: { name: 'Mỹ Phẩm Thiên Nhiên Sao Mai', handle: '4318479207931342014' }, viewer: { name: 'Nguyễn Văn Hùng', handle: 'hung', followers: 12, avatar: 'hung' } },
];

describe('the profile is the page owner, never the signed-in viewer', () => {
  for (const v of VIEWERS) {
    it(v.fixture, () => {
      const html = readFileSync(path.resolve('tests/fixtures/adapters', `${v.fixture}.html`), 'utf8');
      const url = /<!--\s*url:\s*(\S+)/.exec(html)![1];
      const profile = runAdapters(parsePage(html, url), { html, url })?.profile;
      expect(profile).toMatchObject(v.owner);
      expect(html, 'the fixture shows its viewer').toContain(v.viewer.name);
      const stored = JSON.stringify(profile);
      expect(stored).not.toContain(v.viewer.name);
      expect(stored).not.toContain(v.viewer.avatar);
      expect(profile?.handle).not.toBe(v.viewer.handle);
      for (const count of [profile?.followers, profile?.following, profile?.posts]) expect(count).not.toBe(v.viewer.followers);
      expect(typeof profile?.followers).toBe('number');
    });
  }
});
