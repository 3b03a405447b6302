/**
 * Pinterest profiles: pinterest.<any TLD>/<handle>/ and its _created / _saved tabs. Pinterest
 * marks its header with `data-test-id` hooks (profile-name, profile-followers-count,
 * profile-following-count, profile-about); a second path segment is a board, not the profile.
 * The signed-in user's header avatar and account menu are outside `profile-header`.
 */
import { defineAdapter } from '../types';
import { pathSegments, profileAdapter } from '../profile/adapter';

const RESERVED = new Set([
  'pin', 'search', 'ideas', 'today', 'explore', 'settings', 'business', 'categories', 'topics', 'login',
  'signup', '_', 'resource', 'discover', 'news_hub', 'homefeed', 'videos', 'shopping', 'edit', 'logout',
  'password', 'about', 'privacy', 'terms', 'notifications', 'messages', 'convert', 'board',
]);
const TABS = new Set(['_created', '_saved', '_boards', '_pins', '_profile', '_shop']);

export default defineAdapter(
  profileAdapter({
    platform: 'pinterest',
    matches: [/^https?:\/\/([a-z]{2}\.|www\.)?pinterest\.[a-z.]{2,6}\//i],
    siteNames: ['Pinterest'],
    handleFromUrl(url) {
      const [handle, tab, ...rest] = pathSegments(url);
      if (!handle || RESERVED.has(handle.toLowerCase()) || !/^[A-Za-z0-9_]{3,30}$/.test(handle) || rest.length) return null;
      return !tab || TABS.has(tab) ? handle : null;
    },
    header: ['[data-test-id="profile-header"]', '[data-test-id="userProfileHeader"]'],
    fields: {
      name: '[data-test-id="profile-name"]',
      handle: '[data-test-id="profile-username"], [data-test-id="usernameLink"]',
      bio: '[data-test-id="profile-about"], [data-test-id="main-user-description-text"]',
      avatar: '[data-test-id="gestalt-avatar-svg"] img, [data-test-id="profile-image"] img',
      externalUrl: '[data-test-id="profile-website"] a, a[data-test-id="profile-website"]',
      verified: '[data-test-id="verified-merchant-badge"], [data-test-id="verified-badge"]',
    },
  }),
);
