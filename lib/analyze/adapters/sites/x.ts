/**
 * X (Twitter) profiles: x.com/<handle> and twitter.com/<handle> with their tabs. The owner's
 * header is in `primaryColumn` (UserName, UserDescription, UserUrl, the followers links); the
 * signed-in user's account switcher and "Who to follow" sit in other columns. JSON-LD
 * ProfilePage gives exact counts.
 */
import { defineAdapter } from '../types';
import { pathSegments, profileAdapter } from '../profile/adapter';

const RESERVED = new Set([
  'home', 'explore', 'notifications', 'messages', 'i', 'settings', 'search', 'compose', 'login', 'logout',
  'signup', 'tos', 'privacy', 'hashtag', 'intent', 'share', 'account', 'jobs', 'lists', 'bookmarks',
  'communities', 'premium', 'verified-choose', 'about', 'download', 'following', 'followers', 'who_to_follow',
]);
const TABS = new Set([
  'with_replies', 'media', 'likes', 'highlights', 'articles', 'superfollows', 'verified_followers', 'followers',
  'following', 'affiliates', 'creator-subscriptions',
]);

export default defineAdapter(
  profileAdapter({
    platform: 'x',
    matches: [/^https?:\/\/(www\.|mobile\.)?(x|twitter)\.com\//i],
    siteNames: ['X', 'Twitter', 'X (formerly Twitter)'],
    handleFromUrl(url) {
      const [handle, tab, ...rest] = pathSegments(url);
      if (!handle || !/^\w{1,15}$/.test(handle) || RESERVED.has(handle.toLowerCase()) || rest.length) return null;
      return !tab || TABS.has(tab) ? handle : null;
    },
    state: { handle: ['screen_name'], followers: ['followers_count'], following: ['friends_count'], posts: ['statuses_count'], name: ['name'], bio: ['description'], verified: ['verified', 'is_blue_verified'] },
    header: ['[data-testid="primaryColumn"]', 'main [role="region"]'],
    fields: {
      name: '[data-testid="UserName"] span',
      bio: '[data-testid="UserDescription"]',
      avatar: '[data-testid^="UserAvatar-Container"] img',
      externalUrl: '[data-testid="UserUrl"]',
      verified: '[data-testid="UserName"] [data-testid="icon-verified"]',
    },
  }),
);
