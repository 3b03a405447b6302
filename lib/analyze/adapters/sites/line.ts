/**
 * LINE Official Accounts: the account page page.line.me/<basic id> and the add-friend links
 * line.me/R/ti/p/@<basic id> (also /ti/p/ and the %40 form). LINE counts followers as
 * "friends" (เพื่อน, 친구, 友だち); the verified (blue) and premium (green) badges are images
 * labelled in the page's language. The account's own header is the page's first section; a
 * signed-in user only sees an "Add friend" state, never their own data, outside it.
 */
import { defineAdapter } from '../types';
import { pathSegments, profileAdapter } from '../profile/adapter';

const BASIC_ID = /^@?[a-z0-9._-]{3,20}$/i;
const RESERVED = new Set(['R', 'ti', 'en', 'ja', 'th', 'zh-hant', 'ko', 'id', 'login', 'error', 'help']);

function basicId(url: URL): string | null {
  const segs = pathSegments(url);
  if (/^page\.line\.me$/i.test(url.hostname)) {
    const id = url.searchParams.get('accountId') ?? segs[0];
    return id && !RESERVED.has(id) && BASIC_ID.test(id) && segs.length <= 1 ? id.replace(/^@/, '') : null;
  }
  // line.me/R/ti/p/@id, line.me/ti/p/@id: the add-friend page of the account.
  const at = segs.indexOf('p');
  const id = segs[at + 1];
  return at > 0 && segs[at - 1] === 'ti' && id?.startsWith('@') && BASIC_ID.test(id) ? id.slice(1) : null;
}

export default defineAdapter(
  profileAdapter({
    platform: 'line',
    matches: [/^https?:\/\/page\.line\.me\//i, /^https?:\/\/line\.me\/(R\/)?ti\/p\//i],
    siteNames: ['LINE', 'LINE Official Account'],
    bioFromDescription: true,
    labels: { followers: ['friends', 'friend', 'เพื่อน', '친구', '友だち', '好友', 'bạn bè', 'teman', 'أصدقاء'] },
    handleFromUrl: basicId,
    header: ['[class*="account-header"]', '[class*="AccountHeader"]', '[class*="profile-header"]', 'main header', 'header'],
    fields: {
      name: 'h1',
      handle: '[class*="basic-id"], [class*="BasicId"]',
      bio: '[class*="status-message"], [class*="description"]',
      avatar: '[class*="profile-image"] img, [class*="thumbnail"] img',
      externalUrl: 'a[class*="website"], a[rel~="noopener"][target="_blank"]',
      verifiedIn: '[class*="badge"], h1',
    },
  }),
);
