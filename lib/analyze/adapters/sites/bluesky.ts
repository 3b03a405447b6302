/**
 * Bluesky profiles (bsky.app/profile/<handle or did>). The header's `data-testid` hooks
 * (profileHeaderDisplayName, profileHeaderDescription) and the followers link, whose aria-label
 * holds the exact count ("1101177 followers"), sit in `profileView`; the signed-in user's left
 * nav is outside it. JSON-LD ProfilePage carries followers, follows and posts.
 */
import { defineAdapter } from '../types';
import { pathSegments, profileAdapter } from '../profile/adapter';

export default defineAdapter(
  profileAdapter({
    platform: 'bluesky',
    matches: [/^https?:\/\/(www\.)?bsky\.app\/profile\//i],
    siteNames: ['Bluesky', 'Bluesky Social'],
    handleFromUrl(url) {
      const [root, handle, ...rest] = pathSegments(url);
      return root === 'profile' && handle && !rest.length ? handle.replace(/^@/, '') : null;
    },
    header: ['[data-testid="profileView"]', '[data-testid="profileScreen"]'],
    fields: {
      name: '[data-testid="profileHeaderDisplayName"]',
      bio: '[data-testid="profileHeaderDescription"]',
      avatar: '[data-testid="profileHeaderAviButton"] img',
      verified: '[data-testid="profileHeaderDisplayName"] button[aria-label]',
    },
  }),
);
