/**
 * Threads profiles: threads.net/@handle or threads.com/@handle, with the replies / reposts /
 * media tabs. The profile header is the first region of the main column (name in h1, the
 * followers link); the signed-in user's nav rail is outside `[role="main"]`. Threads counts its
 * posts as "threads" in the meta description ("12.3K Followers • 345 Threads • bio").
 */
import { defineAdapter } from '../types';
import { pathSegments, profileAdapter } from '../profile/adapter';

const TABS = new Set(['replies', 'reposts', 'media']);

export default defineAdapter(
  profileAdapter({
    platform: 'threads',
    matches: [/^https?:\/\/(www\.)?threads\.(net|com)\/@/i],
    siteNames: ['Threads'],
    labels: { posts: ['threads', 'เธรด', '스레드', 'chuỗi bài viết', 'سلاسل'] },
    handleFromUrl(url) {
      const [first, tab, ...rest] = pathSegments(url);
      if (!first?.startsWith('@') || !/^@[\w.]{1,30}$/.test(first) || rest.length) return null;
      return !tab || TABS.has(tab) ? first.slice(1) : null;
    },
    header: ['[role="main"] header', '[role="main"]'],
    fields: {
      name: 'h1',
      bio: '[data-testid="profile-bio"], h1 ~ div span[dir="auto"]',
      avatar: 'img[alt*="profile picture" i], img[alt*="รูปโปรไฟล์"], img[alt*="프로필 사진"]',
      externalUrl: 'a[href*="l.threads."], a[rel~="me"]',
      verifiedIn: 'h1',
    },
  }),
);
