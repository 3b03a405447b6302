/**
 * TikTok profiles (tiktok.com/@handle). TikTok marks its profile header with stable `data-e2e`
 * hooks (user-title, followers-count, user-bio); the "Suggested accounts" list and the signed-in
 * user's menu carry follower counts too, so only the header is read. The meta description
 * ("3.9M Likes. 783.4K Followers.") and JSON-LD ProfilePage back it up.
 */
import { defineAdapter } from '../types';
import { pathSegments, profileAdapter } from '../profile/adapter';

export default defineAdapter(
  profileAdapter({
    platform: 'tiktok',
    matches: [/^https?:\/\/(www\.|m\.)?tiktok\.com\/@/i],
    siteNames: ['TikTok'],
    handleFromUrl(url) {
      const segs = pathSegments(url);
      return segs.length === 1 && /^@[\w.]{2,24}$/.test(segs[0]) ? segs[0].slice(1) : null;
    },
    state: { handle: ['uniqueId'], followers: ['followerCount'], following: ['followingCount'], posts: ['videoCount'], name: ['nickname'], bio: ['signature'], verified: ['verified'] },
    header: ['[class*="ShareLayoutHeader"]', '[class*="CreatorPageHeader"]', '[data-e2e="user-page"] header'],
    fields: {
      handle: '[data-e2e="user-title"]',
      name: '[data-e2e="user-subtitle"]',
      bio: '[data-e2e="user-bio"]',
      avatar: '[data-e2e="user-avatar"] img',
      externalUrl: 'a[data-e2e="user-link"]',
      verified: '[data-e2e="user-title"] ~ svg, [data-e2e="verified-badge"], [data-e2e="user-title"] + [aria-label]',
      counts: {
        followers: '[data-e2e="followers-count"]',
        following: '[data-e2e="following-count"]',
      },
    },
  }),
);
