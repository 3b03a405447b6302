/**
 * Instagram profiles (instagram.com/<handle>/ and its tabs). The owner's header is the `<header>`
 * of the main column; the signed-in user's sidebar and "switch account" panel sit outside it.
 * Logged-out pages carry the counts in the meta description ("1,234 Followers, 300 Following,
 * 56 Posts - See Instagram photos and videos from Name (@handle)").
 */
import { defineAdapter } from '../types';
import { pathSegments, profileAdapter } from '../profile/adapter';

/** First path segments that are Instagram's own pages, never a handle. */
const RESERVED = new Set([
  'p', 'reel', 'reels', 'tv', 'stories', 'explore', 'accounts', 'direct', 'about', 'legal', 'developer',
  'challenge', 'emails', 'web', 'graphql', 'api', 'privacy', 'terms', 'session', 'oauth', 'ar', 'topics',
  'directory', 'create', 'lite', 'signup', 'login', 'nametag', 'your_activity', 'notifications', 'invites',
]);
/** Tabs of a profile that still show its header. */
const TABS = new Set(['reels', 'tagged', 'saved', 'guides', 'feed', 'channel', 'followers', 'following']);
const HANDLE = /^[A-Za-z0-9._]{1,30}$/;

export default defineAdapter(
  profileAdapter({
    platform: 'instagram',
    matches: [/^https?:\/\/(www\.|m\.)?instagram\.com\//i],
    siteNames: ['Instagram'],
    handleFromUrl(url) {
      const [handle, tab, ...rest] = pathSegments(url);
      if (!handle || RESERVED.has(handle.toLowerCase()) || !HANDLE.test(handle) || rest.length) return null;
      return !tab || TABS.has(tab) ? handle : null;
    },
    state: {
      handle: ['username'],
      followers: ['edge_followed_by', 'follower_count'],
      following: ['edge_follow', 'following_count'],
      posts: ['edge_owner_to_timeline_media', 'media_count'],
      name: ['full_name'],
      bio: ['biography'],
      verified: ['is_verified'],
    },
    header: ['main header', '[role="main"] header'],
    fields: {
      handle: 'h2',
      bio: 'h1',
      avatar: 'img',
      externalUrl: 'a[target="_blank"][href*="//"]',
    },
  }),
);
