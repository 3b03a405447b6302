/**
 * Which URLs each profile adapter takes for a profile, and with which handle: profile pages and
 * their tabs in; posts, videos, boards, search, feeds, settings and personal accounts out.
 */
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../lib/analyze/document';
import { runAdapters } from '../../lib/analyze/adapters/registry';

/** [url, platform, handle] for profiles; [url, null] for pages that are not one. */
const CASES: [string, string | null, string?][] = [
  ['https://www.instagram.com/baanmaeshop/', 'instagram', 'baanmaeshop'],
  ['https://instagram.com/baanmaeshop/reels/', 'instagram', 'baanmaeshop'],
  ['https://www.instagram.com/p/C9xYz1AbCdE/', null],
  ['https://www.instagram.com/reel/C9xYz1AbCdE/', null],
  ['https://www.instagram.com/explore/tags/cafe/', null],
  ['https://www.instagram.com/accounts/edit/', null],
  ['https://www.instagram.com/stories/baanmaeshop/123/', null],
  ['https://www.tiktok.com/@seoul.skin.lab', 'tiktok', 'seoul.skin.lab'],
  ['https://www.tiktok.com/@seoul.skin.lab/video/7401234567890123456', null],
  ['https://www.tiktok.com/foryou', null],
  ['https://www.youtube.com/@bepnhacook', 'youtube', 'bepnhacook'],
  ['https://www.youtube.com/@bepnhacook/videos', 'youtube', 'bepnhacook'],
  ['https://www.youtube.com/channel/UCzcRQ3vRNr6fJ1A9rqFn7QA', 'youtube', 'UCzcRQ3vRNr6fJ1A9rqFn7QA'],
  ['https://www.youtube.com/c/OneMedia/about', 'youtube', 'OneMedia'],
  ['https://www.youtube.com/user/onemedia', 'youtube', 'onemedia'],
  ['https://www.youtube.com/watch?v=hwMkbaS_M_c', null],
  ['https://www.youtube.com/shorts/abc123', null],
  ['https://www.youtube.com/results?search_query=coffee', null],
  ['https://www.youtube.com/feed/subscriptions', null],
  ['https://www.facebook.com/OudAlShamsPerfumes', 'facebook', 'OudAlShamsPerfumes'],
  ['https://m.facebook.com/Nintendo/posts/', 'facebook', 'Nintendo'],
  ['https://www.facebook.com/profile.php?id=100064123456789', 'facebook', '100064123456789'],
  ['https://www.facebook.com/people/Bep-Nha-Cook/100089123456789/', 'facebook', '100089123456789'],
  ['https://www.facebook.com/pages/Cafe-Sao-Mai/123456789012345', 'facebook', '123456789012345'],
  ['https://www.facebook.com/pg/Nintendo/about/', 'facebook', 'Nintendo'],
  ['https://www.facebook.com/Nintendo/posts/4194934713924283', null],
  ['https://www.facebook.com/Nintendo/photos/a.1/2/', null],
  ['https://www.facebook.com/groups/117507531664134/', null],
  ['https://www.facebook.com/watch/?v=286348296528911', null],
  ['https://www.facebook.com/marketplace/item/123/', null],
  ['https://www.facebook.com/', null],
  ['https://x.com/northpeakgear', 'x', 'northpeakgear'],
  ['https://twitter.com/northpeakgear/media', 'x', 'northpeakgear'],
  ['https://mobile.twitter.com/northpeakgear', 'x', 'northpeakgear'],
  ['https://x.com/northpeakgear/status/1801234567890123456', null],
  ['https://x.com/home', null],
  ['https://x.com/search?q=coffee', null],
  ['https://x.com/settings/account', null],
  ['https://x.com/i/lists/123', null],
  ['https://www.linkedin.com/company/lumen-coffee-roasters/', 'linkedin', 'lumen-coffee-roasters'],
  ['https://uk.linkedin.com/company/audiense/about/', 'linkedin', 'audiense'],
  ['https://www.linkedin.com/showcase/lumen-cold-brew/', 'linkedin', 'lumen-cold-brew'],
  ['https://www.linkedin.com/company/lumen-coffee-roasters/posts/activity-123/', null],
  ['https://www.linkedin.com/feed/', null],
  ['https://www.pinterest.com/hearthandloom/', 'pinterest', 'hearthandloom'],
  ['https://th.pinterest.com/hearthandloom/_saved/', 'pinterest', 'hearthandloom'],
  ['https://www.pinterest.co.uk/hearthandloom/', 'pinterest', 'hearthandloom'],
  ['https://www.pinterest.com/hearthandloom/living-room-rugs/', null],
  ['https://www.pinterest.com/pin/123456789012345678/', null],
  ['https://www.pinterest.com/search/pins/?q=rug', null],
  ['https://www.threads.net/@chiangmai.ceramics', 'threads', 'chiangmai.ceramics'],
  ['https://www.threads.com/@chiangmai.ceramics/replies', 'threads', 'chiangmai.ceramics'],
  ['https://www.threads.net/@chiangmai.ceramics/post/C8aBcDeF', null],
  ['https://bsky.app/profile/stephenking.bsky.social', 'bluesky', 'stephenking.bsky.social'],
  ['https://bsky.app/profile/stephenking.bsky.social/post/3mddvy5bv6k27', null],
  ['https://bsky.app/profile/stephenking.bsky.social/followers', null],
  ['https://page.line.me/krua.baan.somtam', 'line', 'krua.baan.somtam'],
  ['https://line.me/R/ti/p/@krua.baan.somtam', 'line', 'krua.baan.somtam'],
  ['https://line.me/R/ti/p/%40kbeautyseoul', 'line', 'kbeautyseoul'],
  ['https://line.me/ti/p/@kbeautyseoul', 'line', 'kbeautyseoul'],
  ['https://line.me/en/', null],
  ['https://zalo.me/4318479207931342014', 'zalo', '4318479207931342014'],
  ['https://oa.zalo.me/4318479207931342014', 'zalo', '4318479207931342014'],
  ['https://zalo.me/0912345678', null],
  ['https://zalo.me/g/abcdef', null],
  ['https://oa.zalo.me/home', null],
];

describe('profile URLs', () => {
  for (const [url, platform, handle] of CASES) {
    it(`${url} → ${platform ? `${platform}:${handle}` : 'not a profile'}`, () => {
      const html = '<html><head><title>t</title></head><body></body></html>';
      const result = runAdapters(parsePage(html, url), { html, url });
      if (!platform) {
        expect(result?.kind ?? null).not.toBe('social-profile');
        return;
      }
      expect(result?.kind).toBe('social-profile');
      expect(result?.adapter).toBe(platform);
      expect(result?.profile).toMatchObject({ platform, handle });
    });
  }
});
