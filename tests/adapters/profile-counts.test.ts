/**
 * Reading profile counts and the profile's own data: label words per language (labels.ts), the
 * number beside each label (parseCount), header elements with exact counts in title/aria-label,
 * JSON-LD interaction statistics, and the owner's name in the title.
 */
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../lib/analyze/document';
import { readCounts, readCountsIn } from '../../lib/analyze/adapters/profile/counts';
import { jsonLdProfile } from '../../lib/analyze/adapters/profile/jsonld';
import { COUNT_LABELS, VERIFIED_LABELS } from '../../lib/analyze/adapters/profile/labels';
import { nameFromTitle } from '../../lib/analyze/adapters/profile/page';

describe('label tables', () => {
  it('give every label one meaning', () => {
    const seen = new Map<string, string>();
    for (const [metric, words] of Object.entries(COUNT_LABELS)) {
      for (const w of words) {
        const key = w.toLowerCase();
        expect(seen.get(key) ?? metric, `"${w}" is both ${seen.get(key)} and ${metric}`).toBe(metric);
        seen.set(key, metric);
      }
    }
  });

  it('cover the languages our users browse in', () => {
    const all = Object.values(COUNT_LABELS).flat().join(' ');
    for (const script of [/\p{Script=Thai}/u, /\p{Script=Hangul}/u, /\p{Script=Arabic}/u, /ộ|ườ|đ/u, /\p{Script=Han}/u]) expect(all).toMatch(script);
    expect(VERIFIED_LABELS.length).toBeGreaterThan(10);
  });
});

describe('readCounts', () => {
  const cases: [string, string, Record<string, number>][] = [
    ['1.2M Followers, 300 Following, 1,234 Posts - See Instagram photos and videos', 'en', { followers: 1_200_000, following: 300, posts: 1234 }],
    ['팔로워 1.2만명, 팔로잉 300명, 게시물 567개 - Instagram 사진 및 동영상', 'ko', { followers: 12_000, following: 300, posts: 567 }],
    ['ผู้ติดตาม 2.3 แสน คน, กำลังติดตาม 300 คน, โพสต์ 567 รายการ', 'th', { followers: 230_000, following: 300, posts: 567 }],
    ['1,2 Tr người theo dõi, 300 đang theo dõi, 567 bài viết', 'vi', { followers: 1_200_000, following: 300, posts: 567 }],
    ['١٫٢ ألف متابِع، ٣٠٠ متابَع، ٥٦٧ منشورًا', 'ar', { followers: 1200, following: 300, posts: 567 }],
    ['1,2 Mio. Follower, 300 Gefolgt, 1.234 Beiträge', 'de', { followers: 1_200_000, following: 300, posts: 1234 }],
    ['1.2 mil seguidores, 300 seguidos, 45 publicaciones', 'es', { followers: 1200, following: 300, posts: 45 }],
    ['12,3 k abonnés, 300 abonnements', 'fr', { followers: 12_300, following: 300 }],
    ['3,4천 팔로워', 'ko', { followers: 3400 }],
    ['4,69 M de suscriptores', 'es', { followers: 4_690_000 }],
    ['1.2M subscribers • 845 videos', 'en', { followers: 1_200_000, posts: 845 }],
    // TikTok's description: likes are read (so never taken for followers) and the later "Join … followers" is ignored.
    ['Shop (@shop) on TikTok | 3.9M Likes. 783.4K Followers. Bio. Join 783.4K followers on TikTok', 'en', { likes: 3_900_000, followers: 783_400 }],
    // Rendered text with no spaces between the elements.
    ['0Following783.4KFollowers3.9MLikes', 'en', { following: 0, followers: 783_400, likes: 3_900_000 }],
    ['팔로워1.2만팔로잉300', 'ko', { followers: 12_000, following: 300 }],
  ];
  for (const [text, lang, expected] of cases) {
    it(`${lang}: ${text.slice(0, 40)}`, () => expect(readCounts(text, lang)).toEqual(expected));
  }

  it('does not read "Following" as followers nor a count without a label', () => {
    expect(readCounts('Following 12 accounts', 'en')).toEqual({ following: 12 });
    expect(readCounts('Joined 2012 · 45 photos', 'en')).toEqual({});
  });

  it('takes platform labels (LINE friends) on top of the shared table', () => {
    expect(readCounts('เพื่อน 12,345 คน', 'th')).toEqual({});
    expect(readCounts('เพื่อน 12,345 คน', 'th', { followers: ['เพื่อน'] })).toEqual({ followers: 12_345 });
  });
});

describe('readCountsIn', () => {
  it('reads the smallest labelled elements, preferring exact title and aria-label counts', () => {
    const $ = load(`<header>
      <ul><li><span title="1,234,567"><span>1.2M</span></span> followers</li>
      <li><a aria-label="300 following"><span>300</span> following</a></li>
      <li><span>56</span> posts</li></ul></header>`);
    expect(readCountsIn($, $('header'), 'en')).toEqual({ followers: 1_234_567, following: 300, posts: 56 });
  });

  it('keeps the first value per metric (the header before later mentions)', () => {
    const $ = load('<main><div>12K followers</div><p>Thanks to our 50K followers!</p></main>');
    expect(readCountsIn($, $('main'), 'en').followers).toBe(12_000);
  });
});

describe('jsonLdProfile', () => {
  const page = (ld: unknown) => parsePage(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`, 'https://x.com/a');

  it('maps interactionStatistic and agentInteractionStatistic to followers, following and posts', () => {
    const p = jsonLdProfile(page({
      '@type': 'ProfilePage',
      mainEntity: {
        '@type': 'Person', name: 'Shop', alternateName: '@shop', description: 'Bio', image: { contentUrl: 'https://cdn/a.jpg' },
        interactionStatistic: [{ '@type': 'InteractionCounter', interactionType: { '@type': 'http://schema.org/FollowAction' }, userInteractionCount: 1200 }],
        agentInteractionStatistic: [
          { interactionType: 'https://schema.org/FollowAction', userInteractionCount: 3 },
          { interactionType: 'https://schema.org/WriteAction', userInteractionCount: 329 },
        ],
      },
    }));
    expect(p).toMatchObject({ name: 'Shop', handles: ['shop'], bio: 'Bio', avatar: 'https://cdn/a.jpg', followers: 1200, following: 3, posts: 329 });
  });

  it('reads X, which lists followed accounts as a SubscribeAction named "Friends"', () => {
    const p = jsonLdProfile(page({
      '@type': 'ProfilePage',
      mainEntity: {
        '@type': 'Person', name: 'K', additionalName: 'K1',
        interactionStatistic: [
          { interactionType: 'https://schema.org/FollowAction', name: 'Follows', userInteractionCount: 3893 },
          { interactionType: 'https://schema.org/SubscribeAction', name: 'Friends', userInteractionCount: 406 },
          { interactionType: 'https://schema.org/WriteAction', name: 'Tweets', userInteractionCount: 23961 },
        ],
      },
    }));
    expect(p).toMatchObject({ followers: 3893, following: 406, posts: 23961 });
  });

  it('is null without a profile entity, and survives a broken block', () => {
    expect(jsonLdProfile(parsePage('<script type="application/ld+json">{oops</script>', 'https://a.b/'))).toBeNull();
  });
});

describe('nameFromTitle', () => {
  it.each([
    ['Kiko Beats (@Kikobeats) / X', 'Kiko Beats'],
    ['Baan Mae (@baanmae) • รูปภาพและวิดีโอบน Instagram', 'Baan Mae'],
    ['Audiense | LinkedIn', 'Audiense'],
    ['ONE Media - YouTube', 'ONE Media'],
    ['عود الشمس | Facebook', 'عود الشمس'],
  ])('%s → %s', (title, name) => expect(nameFromTitle(title, ['X', 'Instagram', 'LinkedIn', 'YouTube', 'Facebook'])).toBe(name));

  it('is null when the title is only the site', () => {
    expect(nameFromTitle('Instagram', ['Instagram'])).toBeNull();
  });
});
