import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { parsePage } from '../../lib/analyze/document';
import { extractSocialLinks } from '../../lib/analyze/extractors/social-links';
import { parseProfileUrl } from '../../lib/analyze/extractors/social/parse-profile-url';
import { loadSocialUrlCases } from '../../scripts/corpus/socials-url-cases';

const corpus = resolve(process.cwd(), '../shared/corpus');

/** Where we read a URL differently from the upstream suite, and why. */
const DISAGREE: Record<string, string> = {
  // Instagram redirects m.instagram.com to www; a profile link there is still the profile.
  'https://m.instagram.com/someuser': 'a mobile host is still Instagram',
};

describe('parseProfileUrl on the socials URL cases', () => {
  const cases = loadSocialUrlCases(corpus).filter((c) => !DISAGREE[c.url]);
  it('has the corpus cases', () => expect(cases.length).toBeGreaterThan(150));
  it.each(cases.map((c) => [c.url, c] as const))('%s', (_url, c) => {
    const got = parseProfileUrl(c.url);
    if (!c.platform) expect(got).toBeNull();
    else {
      expect(got?.platform).toBe(c.platform);
      if (c.handle !== undefined) expect(got?.handle).toBe(c.handle);
    }
  });
});

describe('parseProfileUrl on regional platforms', () => {
  it.each([
    ['https://line.me/R/ti/p/@shopthai', 'line', 'shopthai'],
    ['https://line.me/R/ti/p/%40shopthai', 'line', 'shopthai'],
    ['https://lin.ee/AbC12de', 'line', 'AbC12de'],
    ['https://zalo.me/1234567890123', 'zalo', '1234567890123'],
    ['https://pf.kakao.com/_xAbCd', 'kakaotalk', '_xAbCd'],
    ['https://wa.me/66812345678', 'whatsapp', '66812345678'],
    ['https://api.whatsapp.com/send?phone=+84901234567', 'whatsapp', '84901234567'],
    ['https://t.me/shopchannel', 'telegram', 'shopchannel'],
    ['https://www.tiktok.com/@shop.th', 'tiktok', 'shop.th'],
    ['https://www.threads.net/@brand', 'threads', 'brand'],
    ['https://bsky.app/profile/brand.bsky.social', 'bluesky', 'brand.bsky.social'],
    ['https://www.pinterest.co.uk/brandname/', 'pinterest', 'brandname'],
    ['https://blog.naver.com/brandblog', 'naver-blog', 'brandblog'],
  ])('%s → %s %s', (url, platform, handle) => {
    expect(parseProfileUrl(url)).toMatchObject({ platform, handle });
  });

  it.each([
    'https://www.facebook.com/sharer/sharer.php?u=https://shop.example/p/1',
    'https://twitter.com/intent/tweet?text=hi',
    'https://x.com/brand/status/1234567890',
    'https://www.pinterest.com/pin/create/button/?url=x',
    'https://www.pinterest.com/pin/123456/',
    'https://api.whatsapp.com/send?text=Look%20at%20this',
    'https://line.me/R/msg/text/?hello',
    'https://social-plugins.line.me/lineit/share?url=x',
    'https://www.instagram.com/p/Cx1abc/',
    'https://www.youtube.com/watch?v=abc',
    'https://www.youtube.com/embed/abc',
    'https://www.tiktok.com/@brand/video/7234',
    'https://l.facebook.com/l.php?u=https://shop.example',
    'https://developers.facebook.com/docs',
  ])('%s is not a profile', (url) => {
    expect(parseProfileUrl(url)).toBeNull();
  });
});

const SHOP = `<!doctype html><html lang="th"><head>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Organization","name":"ร้านดี","sameAs":["https:\\/\\/www.instagram.com\\/randee.th\\/","https://www.tiktok.com/@randee.th"]}</script>
</head><body>
<header><a href="https://www.facebook.com/randee.th"><svg></svg></a><a href="https://line.me/R/ti/p/@randee">LINE</a></header>
<article><p>แชร์: <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Frandee.example">Facebook</a>
<a href="https://twitter.com/intent/tweet?url=x">X</a></p>
<p>Video: <a href="https://www.youtube.com/watch?v=abcdef">watch</a></p></article>
<footer><a href="https://instagram.com/randee.th">IG</a><a href="https://wa.me/66812345678">WhatsApp</a>
<a href="https://www.youtube.com/@randeeshop">YouTube</a></footer>
</body></html>`;

describe('extractSocialLinks', () => {
  const links = extractSocialLinks(parsePage(SHOP, 'https://www.randee.example/'));
  const keys = links.map((l) => `${l.platform}:${l.handle}`).sort();

  it('finds the shop accounts from anchors and sameAs, once each', () => {
    expect(keys).toEqual(['facebook:randee.th', 'instagram:randee.th', 'line:randee', 'tiktok:randee.th', 'whatsapp:66812345678', 'youtube:randeeshop']);
  });

  it('keeps every place an account was found as evidence', () => {
    const ig = links.find((l) => l.platform === 'instagram')!;
    expect(ig.evidence!.map((e) => e.source).sort()).toEqual(['link', 'structured-data']);
    expect(ig.url).toBe('https://www.instagram.com/randee.th/');
  });

  it('does not read a profile page’s links to other accounts as its owner’s', () => {
    const html = '<a href="https://www.instagram.com/friend/">friend</a><a href="https://www.tiktok.com/@owner">tt</a>';
    const got = extractSocialLinks(parsePage(html, 'https://www.instagram.com/owner/'));
    expect(got.map((l) => l.platform)).toEqual(['tiktok']);
  });

  it('drops a listicle’s many accounts of one platform', () => {
    const many = Array.from({ length: 8 }, (_, i) => `<a href="https://www.instagram.com/creator${i}/">c${i}</a>`).join('');
    const got = extractSocialLinks(parsePage(`${many}<footer><a href="https://www.instagram.com/brand/">IG</a><a href="https://www.instagram.com/brand">IG</a></footer>`, 'https://blog.example/top-8'));
    expect(got.map((l) => l.handle)).toEqual(['brand']);
  });
});
