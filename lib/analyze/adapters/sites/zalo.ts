/**
 * Zalo Official Accounts: zalo.me/<OA id> and oa.zalo.me/<OA id>. A phone number after zalo.me
 * is a person's account, not a business's, and is left alone. The OA page header holds the name,
 * the "Official Account" check (labelled "Tài khoản đã xác thực") and "12.345 người quan tâm"
 * (people interested = followers); the signed-in user's avatar menu is outside it.
 */
import { defineAdapter } from '../types';
import { pathSegments, profileAdapter } from '../profile/adapter';

const RESERVED = new Set(['pc', 'g', 's', 'download', 'blog', 'about', 'zalo-chat', 'home', 'manage', 'login', 'app', 'news']);
const PHONE = /^(0|84)\d{8,10}$/;

function oaId(url: URL): string | null {
  const [id, ...rest] = pathSegments(url);
  if (!id || rest.length > 1 || RESERVED.has(id.toLowerCase()) || PHONE.test(id)) return null;
  if (/^oa\./i.test(url.hostname)) return /^\d{6,}$/.test(id) ? id : null;
  return /^[\w.-]{3,}$/.test(id) ? id : null;
}

export default defineAdapter(
  profileAdapter({
    platform: 'zalo',
    matches: [/^https?:\/\/(oa\.)?zalo\.me\//i],
    siteNames: ['Zalo', 'Zalo Official Account'],
    bioFromDescription: true,
    labels: { followers: ['người quan tâm', 'lượt quan tâm', 'followers', 'người theo dõi'] },
    handleFromUrl: oaId,
    header: ['[class*="oa-header"]', '[class*="OAHeader"]', '[class*="profile-header"]', 'main header', 'header'],
    fields: {
      name: 'h1',
      bio: '[class*="description"], [class*="intro"]',
      avatar: '[class*="avatar"] img',
      externalUrl: 'a[class*="website"]',
      verifiedIn: 'h1, [class*="verified"], [class*="badge"]',
    },
  }),
);
