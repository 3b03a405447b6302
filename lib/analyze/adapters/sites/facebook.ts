/**
 * Facebook pages: facebook.com/<page> (www, m., web.), its tabs (about, posts, reviews…),
 * profile.php?id=…, /people/<Name>/<id>/ and the old /pg/<page>/ and /pages/<Name>/<id> forms. The page's header is the top of the main
 * column: its h1 name and the "12K followers" / "5,410,921 people like this" links. The
 * signed-in user's banner, left rail and Messenger panel are outside `[role="main"]`.
 */
import { defineAdapter } from '../types';
import { pathSegments, profileAdapter } from '../profile/adapter';

/** First path segments that are Facebook's own features, never a page. */
const RESERVED = new Set([
  'groups', 'events', 'marketplace', 'watch', 'gaming', 'photo', 'photo.php', 'story.php', 'permalink.php',
  'login', 'login.php', 'settings', 'notifications', 'messages', 'friends', 'bookmarks', 'saved', 'hashtag',
  'help', 'policies', 'privacy', 'ads', 'business', 'search', 'reel', 'reels', 'stories', 'share', 'sharer',
  'sharer.php', 'dialog', 'plugins', 'l.php', 'home.php', 'media', 'video.php', 'fundraisers', 'live', 'feeds',
  'memories', 'offers', 'jobs', 'places', 'lite', 'mobile', 'checkpoint', 'recover', 'terms', 'legal', 'games',
  'pages', 'me', 'messenger_media', 'composer', 'ufi', 'a', 'ajax', 'tr',
]);
/** Tabs of a page that show its header (a third segment makes it a single photo or post). */
const TABS = new Set([
  'posts', 'about', 'photos', 'videos', 'reviews', 'community', 'followers', 'following', 'mentions', 'events',
  'reels', 'live_videos', 'services', 'shop', 'menu', 'likes', 'about_contact_and_basic_info', 'about_profile_transparency',
]);

function pageHandle(url: URL): string | null {
  let segs = pathSegments(url);
  if (segs[0] === 'profile.php') return url.searchParams.get('id');
  // Pages without a username: /people/<Name>/<id>/ (and the older /pages/<Name>/<id>).
  if ((segs[0] === 'people' || segs[0] === 'pages') && /^\d{5,}$/.test(segs[2] ?? '') && segs.length === 3) return segs[2];
  if (segs[0] === 'pg') segs = segs.slice(1);
  const [handle, tab, ...rest] = segs;
  if (!handle || RESERVED.has(handle.toLowerCase()) || !/^[\p{L}\p{N}.\-_]{2,}$/u.test(handle) || rest.length) return null;
  return !tab || TABS.has(tab) ? handle : null;
}

export default defineAdapter(
  profileAdapter({
    platform: 'facebook',
    matches: [/^https?:\/\/(www\.|m\.|web\.|mbasic\.|touch\.)?(facebook|fb)\.com\//i],
    siteNames: ['Facebook', 'Facebook Watch'],
    handleFromUrl: pageHandle,
    header: ['[role="main"]', '#pages_msite_body_contents', '#MPageHeader'],
    fields: {
      name: 'h1',
      avatar: 'svg[aria-label] image, image[href*="fbcdn"], img[data-imgperflogname="profileCoverPhoto"] ~ img',
      // Desktop: a badge in the h1; m.facebook.com: an image right after the name block.
      verifiedIn: 'h1, [data-nt="FB:TEXT4"] ~ img[alt]',
      // The intro's website goes through l.facebook.com; the first such link is the intro's.
      externalUrl: 'a[href*="facebook.com/l.php"]',
    },
  }),
);
