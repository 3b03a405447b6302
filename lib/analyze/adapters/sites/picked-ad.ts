/**
 * An ad the user picked with the element picker, on any page: a sponsored post in a feed, a
 * banner, a marketplace's sponsored tile. The capture carries the picked element's HTML, text,
 * links and images; this reads them into one Ad. It runs before every site adapter (priority),
 * since the user said what to clip: the ad, not the page it sits on.
 */
import type { Element } from 'domhandler';
import { absoluteUrl, parsePage, textOf, type PageDoc } from '../../document';
import type { Ad, CaptureInput, PickedElement } from '../../types';
import { readPrice } from '../../../numbers/price';
import { defineAdapter } from '../types';
import { landingUrl } from '../redirects';
import { clean, isAdLabel } from '../text';
import { registrableDomain } from '../../domain';

const domainOf = (url: string | null | undefined) => (url ? registrableDomain(url) : null);

/** Call-to-action buttons as ads write them. */
const CTA_LABELS: readonly string[] = [
  'Shop now', 'Learn more', 'Sign up', 'Buy now', 'Order now', 'Book now', 'Download', 'Install now', 'Get offer',
  'Get quote', 'Contact us', 'Send message', 'Subscribe', 'Apply now', 'Watch more', 'See menu', 'Get started',
  'Add to cart', 'Play game', 'Use app', 'Call now', 'Get directions', 'Send WhatsApp message',
  'Comprar ahora', 'Más información', 'Saiba mais', 'Compre agora', 'En savoir plus', 'Acheter', 'Jetzt kaufen',
  'Mehr dazu', 'Beli sekarang', 'Pelajari selengkapnya', 'Mua ngay', 'Tìm hiểu thêm', 'Đặt hàng ngay',
  'Gửi tin nhắn', 'Đăng ký', 'ซื้อเลย', 'ดูเพิ่มเติม', 'สั่งซื้อเลย', 'ส่งข้อความ', 'สมัคร', '자세히 알아보기',
  '구매하기', '지금 구매하기', '메시지 보내기', '가입하기', 'تسوق الآن', 'اعرف المزيد', 'اشترِ الآن',
  'إرسال رسالة', 'سجّل الآن', '詳しくはこちら', '今すぐ購入', '立即购买', '了解更多',
];
const CTA = new Set(CTA_LABELS.map((l) => l.toLowerCase()));

/** Where the ad was seen, by the page's registrable domain's first label. */
const PLATFORM_BY_SITE: Readonly<Record<string, string>> = {
  facebook: 'facebook', fb: 'facebook', instagram: 'instagram', tiktok: 'tiktok', youtube: 'youtube',
  x: 'x', twitter: 'x', linkedin: 'linkedin', pinterest: 'pinterest', threads: 'threads', reddit: 'reddit',
  snapchat: 'snapchat', google: 'google', bing: 'bing', naver: 'naver', coccoc: 'coccoc', yandex: 'yandex',
  shopee: 'shopee', lazada: 'lazada', tiki: 'tiki', tokopedia: 'tokopedia', amazon: 'amazon', coupang: 'coupang',
  gmarket: 'gmarket', ebay: 'ebay', etsy: 'etsy', noon: 'noon', zalo: 'zalo', line: 'line',
};

/** Where a page names the ad's sponsor, when it does. */
const SPONSOR_SELECTORS = '[data-ad-advertiser], [class*="advertiser" i], [class*="sponsor-name" i], [class*="shop-name" i], [class*="seller" i]';
const HEADLINE_SELECTORS = 'h1, h2, h3, h4, [class*="headline" i], [class*="title" i]';
const MESSAGE_SELECTORS = '[data-ad-preview="message"], [data-ad-comet-preview="message"], [class*="message" i], [class*="body" i]';
const DOMAIN_TEXT = /^(https?:\/\/)?(www\.)?[\w-]+(\.[\w-]+)+(\/\S*)?$/i;
const MIN_CREATIVE_SIDE = 80;


function platformOf(url: string): string | undefined {
  const site = domainOf(url)?.split('.')[0];
  return site ? PLATFORM_BY_SITE[site] : undefined;
}

function pickedLinks(picked: PickedElement, doc: PageDoc, base: string): string[] {
  const fromHtml = doc.anchors.map((a) => absoluteUrl(a.attribs.href, base));
  return [...picked.links, ...fromHtml].filter((u): u is string => !!u);
}

/** The first link that leaves the page's site, wrappers decoded; else the first link at all. */
function landingOf(links: string[], pageUrl: string): string | null {
  const own = domainOf(pageUrl);
  const decoded = links.map((l) => landingUrl(l, pageUrl)).filter((u): u is string => !!u);
  return decoded.find((u) => domainOf(u) !== own) ?? decoded[0] ?? null;
}

function texts(doc: PageDoc, selector: string): string[] {
  return doc
    .$()(selector)
    .toArray()
    .map((el) => clean(textOf(el)))
    .filter((t): t is string => !!t && !isAdLabel(t));
}

/** The sponsor: a named sponsor element, else the short link back to a page on the same site. */
function advertiserOf(doc: PageDoc, pageUrl: string): string | null {
  const named = texts(doc, SPONSOR_SELECTORS).find((t) => t.length <= 80);
  if (named) return named;
  const own = domainOf(pageUrl);
  const profileLink = doc.anchors.find((a) => {
    const href = absoluteUrl(a.attribs.href, pageUrl);
    const t = clean(textOf(a));
    return href && domainOf(href) === own && t && t.length <= 60 && !isAdLabel(t) && !CTA.has(t.toLowerCase());
  });
  return profileLink ? clean(textOf(profileLink)) : null;
}

/** The element with the longest text of its own (not counting its children's). */
function longestOwnText(doc: PageDoc, exclude: (string | null)[]): string | null {
  let best: string | null = null;
  doc.$()('p, span, div').each((_, el) => {
    const own = clean(el.children.filter((c) => c.type === 'text').map((c) => (c as unknown as { data: string }).data).join(' '));
    const whole = clean(textOf(el));
    const t = own && own.length >= 20 ? whole : null;
    if (t && !exclude.includes(t) && (!best || t.length > best.length)) best = t;
  });
  return best;
}

/**
 * The headline of a link card or tile: the first short leaf text inside the ad's links that is
 * not the sponsor, the display URL or the button; else the creative's alt text (banners).
 */
function linkCardTitle(doc: PageDoc, exclude: (string | null)[]): string | null {
  const $ = doc.$();
  const leaves = $('a *')
    .toArray()
    .filter((el) => el.type === 'tag' && !el.children.some((c) => c.type === 'tag'))
    .map((el) => clean(textOf(el)))
    .filter((t): t is string => !!t && t.length >= 8 && !exclude.includes(t) && !isAdLabel(t) && !CTA.has(t.toLowerCase()) && !DOMAIN_TEXT.test(t));
  const alt = doc.images.filter(isCreativeSized).map((img) => clean(img.attribs.alt)).find((t) => !!t && t.length >= 8);
  return leaves[0] ?? alt ?? null;
}

function ctaOf(doc: PageDoc): string | null {
  const $ = doc.$();
  const candidates = $('button, [role="button"], a').toArray().map((el) => clean(textOf(el)));
  return candidates.find((t) => !!t && CTA.has(t.toLowerCase())) ?? null;
}

function creativeOf(doc: PageDoc, picked: PickedElement, base: string): Pick<Ad, 'creativeType' | 'creativeUrl'> {
  const $ = doc.$();
  const video = $('video').first();
  if (video.length) {
    return { creativeType: 'video', creativeUrl: absoluteUrl(video.attr('poster') ?? video.attr('src') ?? video.find('source').attr('src'), base) };
  }
  const big = doc.images.filter((img) => isCreativeSized(img));
  const urls = [...new Set(big.map((img) => absoluteUrl(img.attribs.src, base)).filter((u): u is string => !!u))];
  const first = urls[0] ?? picked.images[0] ?? null;
  if (!first) return { creativeType: 'text', creativeUrl: null };
  return { creativeType: urls.length > 1 ? 'carousel' : 'image', creativeUrl: first };
}

/** Avatars and icons are small; an image without stated size may be the creative. */
function isCreativeSized(img: Element): boolean {
  const w = Number(img.attribs.width);
  const h = Number(img.attribs.height);
  return !(w && w < MIN_CREATIVE_SIDE) && !(h && h < MIN_CREATIVE_SIDE) && !!img.attribs.src;
}

function priceOf(doc: PageDoc, lang: string | null): Pick<Ad, 'price' | 'currency'> {
  const text = texts(doc, '[class*="price" i], [data-price]')[0];
  if (!text) return {};
  const p = readPrice(text, { lang });
  return p.amount === null ? {} : { price: p.amount, currency: p.currency };
}

/** Reads the picked element into one Ad. */
export function readPickedAd(picked: PickedElement, pageUrl: string, lang: string | null = null): Ad {
  const doc = parsePage(picked.html, pageUrl);
  const landing = landingOf(pickedLinks(picked, doc, pageUrl), pageUrl);
  const advertiser = advertiserOf(doc, pageUrl);
  const displayUrl = texts(doc, 'span, div, a').find((t) => DOMAIN_TEXT.test(t)) ?? null;
  const headline = texts(doc, HEADLINE_SELECTORS).find((t) => t !== advertiser) ?? linkCardTitle(doc, [advertiser, displayUrl]);
  const message = texts(doc, MESSAGE_SELECTORS).find((t) => t !== headline && t !== advertiser) ?? longestOwnText(doc, [headline, advertiser, displayUrl]);
  const landingDomain = domainOf(landing);
  const isTile = !!doc.$()('[class*="price" i], [data-price]').length;
  const ad: Ad = {
    advertiser: advertiser ?? landingDomain,
    headline,
    text: message,
    displayUrl,
    landingUrl: landing,
    position: null,
    advertiserDomain: landingDomain,
    cta: ctaOf(doc),
    ...creativeOf(doc, picked, pageUrl),
    evidence: [{ source: 'adapter', value: picked.selector, selector: picked.selector }],
  };
  const platform = platformOf(pageUrl);
  if (platform) ad.platform = platform;
  if (isTile) Object.assign(ad, { product: headline, merchant: advertiser, ...priceOf(doc, lang) });
  return ad;
}

/**
 * How the audit command and the tests stand in for the picker on a saved page: the element
 * matching `selector`, as the picker would hand it over.
 */
export function pickedFromPage(doc: PageDoc, selector: string): PickedElement | null {
  const $ = doc.$();
  const el = $(selector).first();
  if (!el.length) return null;
  const abs = (v: string | undefined) => absoluteUrl(v, doc.url);
  return {
    html: $.html(el),
    text: clean(el.text()) ?? '',
    links: el.find('a[href]').toArray().map((a) => abs(a.attribs.href)).filter((u): u is string => !!u),
    images: el.find('img[src]').toArray().map((i) => abs(i.attribs.src)).filter((u): u is string => !!u),
    selector,
  };
}

/** Before every site adapter: what the user pointed at wins over the site it was picked on. */
export default defineAdapter({
  priority: 100,
  matches: [/^https?:/],
  detect: (_doc: PageDoc, capture: CaptureInput) => (capture.picked ? 'ad' : null),
  extract: (doc: PageDoc, capture: CaptureInput) => {
    const lang = doc.htmlEl?.attribs.lang ?? null;
    return { kind: 'ad', ads: capture.picked ? [readPickedAd(capture.picked, capture.url, lang)] : [] };
  },
});
