import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { findCards, libraryAds, statusOf, type LibraryProfile } from '../../lib/analyze/adapters/library-cards';

const PROFILE: LibraryProfile = { platform: 'meta', ownDomains: /^facebook\.com$/ };

const card = (status: string, id: string, date: string, body: string) => `<div class="c"><div><span>${status}</span></div><div><span>${id}</span></div><div><span>${date}</span></div>
  <div><a href="https://www.facebook.com/shop.vn/"><span>Shop VN</span></a><div style="white-space: pre-wrap">${body}</div>
  <a href="https://l.facebook.com/l.php?u=https%3A%2F%2Fshop.vn%2Fsale"><img src="https://cdn.example/c.jpg"><div>SHOP.VN</div><div>Flash sale</div><div role="button">Mua ngay</div></a></div></div>`;

describe('library cards', () => {
  const html = `<div id="list">${card('Đang hoạt động', 'ID thư viện: 123456789012', 'Bắt đầu chạy vào 12 thg 3, 2025', 'Giảm 50% toàn bộ cửa hàng')}${card('Không hoạt động', 'ID thư viện: 987654321098', '2 thg 1, 2025 - 9 thg 2, 2025', 'Tết sale')}</div>`;
  const $ = load(html);

  it('finds one card per library id without any class name', () => {
    expect(findCards($, PROFILE)).toHaveLength(2);
  });

  it('reads status, id, start date, landing, headline and call to action in Vietnamese', () => {
    const [a, b] = libraryAds($, 'https://www.facebook.com/ads/library/', { ...PROFILE, text: '[style*="pre-wrap"]' }, 'vi');
    expect(a).toMatchObject({ advertiser: 'Shop VN', libraryId: '123456789012', active: true, startDate: '2025-03-12', text: 'Giảm 50% toàn bộ cửa hàng', landingUrl: 'https://shop.vn/sale', headline: 'Flash sale', cta: 'Mua ngay', creativeType: 'image' });
    expect(b).toMatchObject({ libraryId: '987654321098', active: false, startDate: '2025-01-02' });
  });

  it('tells inactive from active in several languages', () => {
    expect(statusOf([{ text: 'Inactive' }])).toBe(false);
    expect(statusOf([{ text: 'Active' }])).toBe(true);
    expect(statusOf([{ text: 'ไม่ได้ใช้งาน' }])).toBe(false);
    expect(statusOf([{ text: '활성' }])).toBe(true);
    expect(statusOf([{ text: 'Activewear sale' }])).toBeNull();
  });
});

describe('library words', () => {
  it('maps format labels and platform names in several languages', async () => {
    const { formatType, platformIds } = await import('../../lib/analyze/adapters/library-words');
    expect([formatType('วิดีโอ'), formatType('Image'), formatType('텍스트'), formatType('Banner'), formatType(null)]).toEqual(['video', 'image', 'text', undefined, undefined]);
    expect(platformIds(['Facebook', ' Instagram ', 'Audience Network', 'Shown on', 'YouTube'])).toEqual(['facebook', 'instagram', 'audience_network', 'youtube']);
  });
});

describe('library cards: the call to action is the button, and platforms are the library\'s own', () => {
  const META: LibraryProfile = { platform: 'meta', ownDomains: /^facebook\.com$/, text: '[style*="pre-wrap"]', platformSet: ['facebook', 'instagram', 'messenger', 'audience_network', 'threads', 'whatsapp'] };
  // The link card is itself role="button" and holds a caption button before the real one; the video has a "Play" control.
  const html = `<div class="c"><div><span>Active</span></div><div><span>Library ID: 555555555555</span></div><div><span>Started running on 3 Mar 2025</span></div>
    <div><span>Platforms</span><div aria-label="Facebook"></div><div aria-label="Instagram"></div></div>
    <div><a href="https://www.facebook.com/runshop/"><span>Run Shop</span></a><div style="white-space: pre-wrap">New trail shoes are here.</div>
    <div><video src="https://video.example/v.mp4"></video><div role="button" aria-label="Play"></div></div>
    <a role="button" href="https://l.facebook.com/l.php?u=https%3A%2F%2Frunshop.example.com%2Ftrail"><div role="button">RUNSHOP.EXAMPLE.COM</div><div>Trail series</div><div>Free returns</div><div role="button">Shop now</div></a></div></div>`;
  const [ad] = libraryAds(load(html), 'https://www.facebook.com/ads/library/', META, 'en');

  it('takes the button\'s caption, not the link card\'s or the domain caption', () => {
    expect(ad.cta).toBe('Shop now');
    expect(ad.headline).toBe('Trail series');
  });

  it('reads Facebook and Instagram, not Google Play from a video\'s play control', () => {
    expect(ad.platforms).toEqual(['facebook', 'instagram']);
  });

  it('reads the bare ambiguous words from a platforms line (Google Ads Transparency)', () => {
    const google: LibraryProfile = { platform: 'google', ownDomains: /^google\.com$/, idHref: /\/creative\/(CR\d+)/, card: 'creative-preview', platformSet: ['google_search', 'youtube', 'google_display', 'google_play', 'google_maps', 'google_shopping'] };
    const $ = load(`<creative-preview><a href="/advertiser/AR1/creative/CR123"><div>Run Shop</div></a><div>Shown on: Search, YouTube</div><div role="button" aria-label="Play"></div></creative-preview>`);
    expect(libraryAds($, 'https://adstransparency.google.com/advertiser/AR1', google, 'en')[0].platforms).toEqual(['google_search', 'youtube']);
  });
});
