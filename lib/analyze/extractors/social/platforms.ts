/**
 * Social platforms as data: which hosts belong to each, which path shapes are a profile (the
 * `handle` group), and which first path segments are the platform's own pages, never a user.
 * Share buttons, intents, posts and videos are not profiles: their shapes are absent here, or
 * their first segment is reserved.
 */
import type { SocialPlatform } from '../../types';

export interface PlatformRule {
  platform: SocialPlatform;
  /** Hosts (any subdomain of them matches); `name.*` matches the name under any public suffix. */
  hosts: string[];
  /** Tried in order against the URL's path (and query where it says so); the first match wins. */
  paths: { re: RegExp; canonical: (handle: string) => string; query?: boolean }[];
  /** First path segments that are the platform's own pages (lower case). */
  reserved?: string[];
  /** Handles compare case-insensitively on most platforms. */
  caseSensitive?: boolean;
}

/** Subdomains that serve the platform's API, docs, redirects or media, never a profile. */
export const SERVICE_SUBDOMAINS: ReadonlySet<string> = new Set([
  'api', 'developer', 'developers', 'gist', 'business', 'studio', 'help', 'support', 'ads', 'blog', 'newsroom',
  'status', 'docs', 'mail', 'l', 'lm', 'static', 'cdn', 'pbs', 'media', 'scontent', 'raw', 'about', 'investor',
  'careers', 'engineering', 'transparency', 'upload', 'video', 'graph', 'connect', 'platform', 'analytics', 'tv',
]);

const seg = '([A-Za-z0-9][A-Za-z0-9._-]{0,99})';
const end = '/?$';

export const PLATFORMS: readonly PlatformRule[] = [
  {
    platform: 'instagram',
    hosts: ['instagram.com', 'instagr.am'],
    paths: [{ re: new RegExp(`^/([A-Za-z0-9._]{1,30})${end}`), canonical: (h) => `https://www.instagram.com/${h}/` }],
    reserved: ['about', 'explore', 'reels', 'reel', 'stories', 'p', 'tv', 'direct', 'accounts', 'developer', 'legal', 'privacy', 'web', 'emails', 'challenge', 'session', 'oauth', 'ar', 'lite', 'press', 'api', 'static'],
  },
  {
    platform: 'tiktok',
    hosts: ['tiktok.com'],
    paths: [{ re: new RegExp(`^/@([A-Za-z0-9._]{1,30})${end}`), canonical: (h) => `https://www.tiktok.com/@${h}` }],
  },
  {
    platform: 'youtube',
    hosts: ['youtube.com'],
    paths: [
      { re: new RegExp(`^/@${seg}(?:/(?:featured|videos|shorts|streams|about|playlists|community))?${end}`), canonical: (h) => `https://www.youtube.com/@${h}` },
      { re: new RegExp(`^/channel/(UC[A-Za-z0-9_-]{10,40})(?:/[a-z]+)?${end}`), canonical: (h) => `https://www.youtube.com/channel/${h}` },
      { re: new RegExp(`^/c/${seg}(?:/[a-z]+)?${end}`), canonical: (h) => `https://www.youtube.com/c/${h}` },
      { re: new RegExp(`^/user/${seg}(?:/[a-z]+)?${end}`), canonical: (h) => `https://www.youtube.com/user/${h}` },
      { re: new RegExp(`^/${seg}${end}`), canonical: (h) => `https://www.youtube.com/${h}` },
    ],
    reserved: ['watch', 'shorts', 'feed', 'playlist', 'trending', 'gaming', 'music', 'premium', 'results', 'embed', 'live', 'kids', 'about', 'account', 'redirect', 'signin', 'logout', 'upload', 'howyoutubeworks', 't', 'ads', 'creators', 'yt', 'hashtag', 'post', 'supported_browsers', 'subscription_manager', 'attribution_link', 'iframe_api', 'player_api', 's', 'v', 'e'],
    caseSensitive: true,
  },
  {
    platform: 'facebook',
    hosts: ['facebook.com', 'fb.com', 'fb.me'],
    paths: [
      { re: /^\/profile\.php\?(?:.*&)?id=(\d+)(?:&|$)/, canonical: (h) => `https://www.facebook.com/profile.php?id=${h}`, query: true },
      { re: /^\/(?:pg|pages)\/(?:[^/]+\/)?([A-Za-z0-9.\-_]*\d{6,})\/?$/, canonical: (h) => `https://www.facebook.com/${h}` },
      { re: /^\/pg\/([A-Za-z0-9.]{1,80})(?:\/[a-z_]+)?\/?$/, canonical: (h) => `https://www.facebook.com/${h}` },
      { re: /^\/([A-Za-z0-9][A-Za-z0-9._-]{0,79})(?:\/(?:about|photos|videos|reviews|shop|community|posts)?)?\/?$/, canonical: (h) => `https://www.facebook.com/${h}` },
    ],
    reserved: ['marketplace', 'gaming', 'watch', 'groups', 'messages', 'help', 'sharer', 'sharer.php', 'share', 'share.php', 'dialog', 'plugins', 'tr', 'login', 'login.php', 'policies', 'privacy', 'events', 'home.php', 'profile.php', 'settings', 'notifications', 'business', 'ads', 'pages', 'pg', 'hashtag', 'photo.php', 'photo', 'photos', 'story.php', 'permalink.php', 'l.php', 'video.php', 'reel', 'reels', 'stories', 'friends', 'bookmarks', 'search', 'legal', 'terms', 'about', 'careers', 'places', 'fundraisers', 'recover', 'r.php', 'signup', 'campaign', 'media', 'nt', 'developers', 'v2.0', 'v3.0', 'connect', 'x', 'dyi', 'privacy_sandbox', 'help.php', 'checkpoint', 'events.php', 'ajax', 'composer', 'payments', 'offers'],
  },
  {
    platform: 'x',
    hosts: ['x.com', 'twitter.com'],
    paths: [{ re: /^\/@?([A-Za-z0-9_]{1,15})\/?$/, canonical: (h) => `https://x.com/${h}` }],
    reserved: ['home', 'explore', 'settings', 'messages', 'i', 'login', 'search', 'compose', 'intent', 'share', 'notifications', 'hashtag', 'signup', 'tos', 'privacy', 'logout', 'account', 'about', 'download', 'jobs', 'following', 'followers', 'lists', 'bookmarks', 'widgets', 'personalization', 'share.php', 'oauth', 'en', 'rules'],
  },
  {
    platform: 'linkedin',
    hosts: ['linkedin.com', 'lnkd.in'],
    paths: [
      { re: /^\/(?:company|school|showcase)\/([A-Za-z0-9][A-Za-z0-9._%-]{0,99})(?:\/(?:about|posts|jobs|people|life|mycompany))?\/?$/, canonical: (h) => `https://www.linkedin.com/company/${h}` },
      { re: /^\/in\/([A-Za-z0-9][A-Za-z0-9._%-]{0,99})\/?$/, canonical: (h) => `https://www.linkedin.com/in/${h}` },
      { re: /^\/pub\/([A-Za-z0-9][A-Za-z0-9._%-]{0,99})(?:\/[A-Za-z0-9]+){0,3}\/?$/, canonical: (h) => `https://www.linkedin.com/in/${h}` },
    ],
  },
  {
    platform: 'pinterest',
    hosts: ['pinterest.*', 'pin.it'],
    paths: [{ re: /^\/([A-Za-z0-9_]{3,30})(?:\/_?(?:created|saved|pins|boards))?\/?$/, canonical: (h) => `https://www.pinterest.com/${h}/` }],
    reserved: ['pin', 'search', 'ideas', 'today', 'business', 'settings', 'login', 'signup', 'about', 'explore', 'categories', 'discover', 'oauth', 'resource', 'password', 'news_hub', 'topics', 'shopping', 'policy', 'help', 'videos', 'source', 'offsite', 'create'],
  },
  {
    platform: 'threads',
    hosts: ['threads.net', 'threads.com'],
    paths: [{ re: /^\/@([A-Za-z0-9._]{1,30})\/?$/, canonical: (h) => `https://www.threads.net/@${h}` }],
  },
  {
    platform: 'bluesky',
    hosts: ['bsky.app'],
    paths: [{ re: /^\/profile\/([A-Za-z0-9.:-]{3,253})\/?$/, canonical: (h) => `https://bsky.app/profile/${h}` }],
  },
  {
    platform: 'line',
    hosts: ['line.me', 'lin.ee', 'page.line.me'],
    paths: [
      { re: /^\/R\/ti\/p\/(?:%40|@)?([A-Za-z0-9._-]{2,40})\/?$/, canonical: (h) => `https://line.me/R/ti/p/@${h}` },
      { re: /^\/ti\/p\/(?:%40|@|~)?([A-Za-z0-9._-]{2,40})\/?$/, canonical: (h) => `https://line.me/R/ti/p/@${h}` },
      { re: /^\/([A-Za-z0-9]{5,12})\/?$/, canonical: (h) => `https://lin.ee/${h}` },
    ],
    reserved: ['en', 'th', 'ja', 'zh-hant', 'r', 'ti', 'download', 'about', 'emoji', 'stickers', 'msg', 'share'],
    caseSensitive: true,
  },
  {
    platform: 'zalo',
    hosts: ['zalo.me', 'oa.zalo.me'],
    paths: [{ re: /^\/(\d{6,25}|[A-Za-z][A-Za-z0-9._-]{2,60})\/?$/, canonical: (h) => `https://zalo.me/${h}` }],
    reserved: ['pc', 'manage', 'home', 'download', 's', 'g', 'app', 'zalopay'],
  },
  {
    platform: 'kakaotalk',
    hosts: ['pf.kakao.com', 'open.kakao.com'],
    paths: [{ re: /^\/(_[A-Za-z0-9]{3,20})(?:\/(?:chat|friend))?\/?$/, canonical: (h) => `https://pf.kakao.com/${h}` }],
    caseSensitive: true,
  },
  {
    platform: 'whatsapp',
    hosts: ['wa.me', 'api.whatsapp.com', 'whatsapp.com'],
    paths: [
      { re: /^\/(\d{7,15})\/?(?:\?.*)?$/, canonical: (h) => `https://wa.me/${h}`, query: true },
      { re: /^\/(?:send|send\/)?\?(?:.*&)?phone=\+?(\d{7,15})(?:&|$)/, canonical: (h) => `https://wa.me/${h}`, query: true },
      { re: /^\/(?:message|c)\/([A-Z0-9]{6,20})\/?$/, canonical: (h) => `https://wa.me/message/${h}` },
    ],
    caseSensitive: true,
  },
  {
    platform: 'telegram',
    hosts: ['t.me', 'telegram.me'],
    paths: [{ re: /^\/(?:s\/)?([A-Za-z][A-Za-z0-9_]{4,31})\/?$/, canonical: (h) => `https://t.me/${h}` }],
    reserved: ['share', 'joinchat', 'addstickers', 'proxy', 'socks', 'iv', 'setlanguage', 'login', 'contact'],
  },
  {
    platform: 'snapchat',
    hosts: ['snapchat.com'],
    paths: [{ re: /^\/(?:add|@)\/?([A-Za-z0-9._-]{3,15})\/?$/, canonical: (h) => `https://www.snapchat.com/add/${h}` }],
  },
  {
    platform: 'reddit',
    hosts: ['reddit.com'],
    paths: [{ re: /^\/(?:r|user|u)\/([A-Za-z0-9_-]{3,21})\/?$/, canonical: (h) => `https://www.reddit.com/r/${h}/` }],
  },
  {
    platform: 'discord',
    hosts: ['discord.gg', 'discord.com'],
    paths: [{ re: /^\/(?:invite\/)?([A-Za-z0-9-]{2,32})\/?$/, canonical: (h) => `https://discord.gg/${h}` }],
    reserved: ['channels', 'app', 'login', 'register', 'download', 'developers', 'terms', 'privacy', 'company', 'nitro', 'safety', 'blog', 'careers', 'branding', 'api', 'servers', 'store'],
    caseSensitive: true,
  },
  {
    platform: 'naver-blog',
    hosts: ['blog.naver.com', 'm.blog.naver.com'],
    paths: [{ re: /^\/([A-Za-z0-9_-]{3,30})\/?$/, canonical: (h) => `https://blog.naver.com/${h}` }],
    reserved: ['postlist', 'postview', 'prologue', 'blogmain'],
  },
  {
    platform: 'github',
    hosts: ['github.com'],
    paths: [{ re: /^\/([A-Za-z0-9](?:[A-Za-z0-9-_]{0,38}))(?:\/([A-Za-z0-9._-]{1,100}))?\/?$/, canonical: (h) => `https://github.com/${h}` }],
    reserved: ['explore', 'settings', 'marketplace', 'trending', 'login', 'pricing', 'features', 'about', 'topics', 'collections', 'sponsors', 'orgs', 'join', 'logout', 'notifications', 'pulls', 'issues', 'new', 'organizations', 'enterprise', 'team', 'security', 'site', 'contact', 'apps', 'search', 'readme', 'customer-stories', 'codespaces', 'signup'],
  },
];
