/**
 * The detection engine on signatures made for the test, so each rule is checked apart from
 * the real registry: late-fired tags, globals, implies, cookies, evidence and confidence.
 */
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../lib/analyze/document';
import { compileSignatures } from '../../lib/analyze/signatures/compile';
import { detectTechnologies } from '../../lib/analyze/signatures/detect';
import { defineSignature, type Signature, type SignaturePatterns } from '../../lib/analyze/signatures/types';
import type { CaptureInput } from '../../lib/analyze/types';

function sig(id: string, patterns: SignaturePatterns, extra: Partial<Signature> = {}): Signature {
  return defineSignature({
    id,
    name: id.toUpperCase(),
    website: `https://${id}.example`,
    categories: ['advertising'],
    channels: ['paid-social'],
    stage: 'reach',
    patterns,
    fixtures: { positive: [], negative: [] },
    ...extra,
  });
}

const SIGS = [
  sig('pixel', { scriptSrc: ['cdn\\.pixel\\.example/p\\.js'], inline: ['pix\\(\\s*[\'"]init'], globals: ['pix'], cookies: ['_pxid'] }),
  sig('late', { resources: ['tags\\.late\\.example/t\\.js'] }),
  sig('store', { links: ['market\\.example/shop/\\w+'] }, { channels: ['shopping-marketplaces'], stage: 'convert' }),
  sig('meta', { meta: { generator: '^ShopBuilder' }, dom: ['.sb-root', '[data-sb-*]'] }, { implies: ['platform'] }),
  sig('platform', { html: ['shopbuilder-platform-marker'] }, { categories: ['ecommerce-platform'], channels: [] }),
  sig('prefix', { cookies: ['_pre_*'] }),
  sig('signup', { links: ['lists\\.mail\\.example/subscribe'], resources: ['forms\\.mail\\.example/serve/'] }, { channels: ['email-sms'] }),
  sig('bnpl', { dom: ['pay-placement', 'paylater-*'] }, { channels: [] }),
];
const issues: string[] = [];
const COMPILED = compileSignatures(SIGS, (m) => issues.push(m));

function detect(html: string, extra: Partial<CaptureInput> = {}) {
  const capture: CaptureInput = { html, url: 'https://shop.example/', ...extra };
  return detectTechnologies(parsePage(html, capture.url), capture, COMPILED);
}

const ids = (html: string, extra: Partial<CaptureInput> = {}) => detect(html, extra).map((t) => t.id).sort();

describe('detectTechnologies', () => {
  it('compiles the test signatures without issues', () => {
    expect(issues).toEqual([]);
  });

  it('finds a tag a tag manager fired after load only through the captured resources', () => {
    expect(ids('<p>nothing in the markup</p>')).toEqual([]);
    const [t] = detect('<p>nothing</p>', { resources: ['https://tags.late.example/t.js?id=1'] });
    expect(t.id).toBe('late');
    expect(t.evidence).toEqual([{ source: 'resource', value: 'https://tags.late.example/t.js?id=1', ref: 'late' }]);
  });

  it('tests script-src patterns on captured resources too (a script injected later)', () => {
    const [t] = detect('<p>x</p>', { resources: ['https://cdn.pixel.example/p.js'] });
    expect(t.id).toBe('pixel');
    expect(t.evidence[0].source).toBe('resource');
  });

  it('reads script URLs that delaying plugins moved out of src (WP Rocket)', () => {
    const [t] = detect('<script type="rocketlazyloadscript" data-rocket-src="https://cdn.pixel.example/p.js" defer></script>');
    expect(t.id).toBe('pixel');
    expect(t.evidence[0]).toMatchObject({ source: 'script-src', value: 'https://cdn.pixel.example/p.js' });
  });

  it('treats a preloaded script as the script, and a mere preconnect as nothing', () => {
    const [t] = detect('<link rel="preload" as="script" href="https://cdn.pixel.example/p.js">');
    expect(t.evidence[0]).toMatchObject({ source: 'resource', value: 'https://cdn.pixel.example/p.js', selector: 'link' });
    expect(ids('<link rel="preconnect" href="https://cdn.pixel.example/p.js">')).toEqual([]);
  });

  it('finds a technology from a window global alone', () => {
    const [t] = detect('<p>x</p>', { globals: ['pix', 'unrelated'] });
    expect(t.id).toBe('pixel');
    expect(t.evidence).toEqual([{ source: 'global', value: 'pix', ref: 'pixel' }]);
  });

  it('reads cookie names a script writes or reads, quoted or assigned, but not other identifiers', () => {
    const written = detect('<script>document.cookie = "_pxid=" + id + "; path=/";</script>');
    expect(written.map((t) => t.id)).toEqual(['pixel']);
    expect(written[0].evidence[0].source).toBe('cookie');
    expect(ids("<script>readCookie('_pre_abc123')</script>")).toEqual(['prefix']);
    expect(ids('<script>var my_pxid_count = 1; window._pxidx = 2;</script>')).toEqual([]);
  });

  it('adds implied technologies with implies evidence and a lower confidence', () => {
    const techs = detect('<meta name="generator" content="ShopBuilder 3.1"><div class="sb-root"></div>');
    const meta = techs.find((t) => t.id === 'meta')!;
    const platform = techs.find((t) => t.id === 'platform')!;
    expect(platform.evidence).toEqual([{ source: 'implies', value: 'META', ref: 'platform' }]);
    expect(platform.confidence).toBeLessThan(meta.confidence);
    expect(platform.categories).toEqual(['ecommerce-platform']);
  });

  it('adds implies evidence to a technology that was also found directly', () => {
    const techs = detect('<meta name="generator" content="ShopBuilder"><p data-x="shopbuilder-platform-marker"></p>');
    const platform = techs.find((t) => t.id === 'platform')!;
    expect(platform.evidence.map((e) => e.source).sort()).toEqual(['html', 'implies']);
  });

  it('says where each piece of evidence was found', () => {
    const html = `<html><head><script id="px" src="https://cdn.pixel.example/p.js"></script>
<script>pix('init', '123');</script><meta name="generator" content="ShopBuilder"></head>
<body><div data-sb-widget="1"></div><a class="ext" href="https://market.example/shop/mybrand">Our store</a></body></html>`;
    const techs = detect(html);
    const pixel = techs.find((t) => t.id === 'pixel')!;
    expect(pixel.evidence).toContainEqual({ source: 'script-src', value: 'https://cdn.pixel.example/p.js', selector: 'script#px', ref: 'pixel' });
    const inline = pixel.evidence.find((e) => e.source === 'inline-script')!;
    expect(inline.value).toContain("pix('init'");
    expect(inline.selector).toMatch(/script/);
    const store = techs.find((t) => t.id === 'store')!;
    expect(store.evidence).toEqual([{ source: 'link', value: 'https://market.example/shop/mybrand', selector: 'html > body > a.ext', ref: 'store' }]);
    const meta = techs.find((t) => t.id === 'meta')!;
    expect(meta.evidence).toContainEqual({ source: 'meta', value: 'generator: ShopBuilder', selector: 'meta[name="generator"]', ref: 'meta' });
    expect(meta.evidence).toContainEqual({ source: 'dom', value: '[data-sb-widget]', selector: '[data-sb-widget]', ref: 'meta' });
  });

  it('raises confidence with independent kinds of evidence; a raw-HTML match alone is weak', () => {
    const one = detect('<script src="https://cdn.pixel.example/p.js"></script>')[0];
    const two = detect('<script src="https://cdn.pixel.example/p.js"></script><script>pix("init", 1)</script>')[0];
    expect(two.confidence).toBeGreaterThan(one.confidence);
    expect(two.confidence).toBeLessThanOrEqual(0.99);
    const weak = detect('<p data-x="shopbuilder-platform-marker"></p>')[0];
    expect(weak.id).toBe('platform');
    expect(weak.confidence).toBeLessThan(0.5);
  });

  it('keeps the evidence short and bounded on pages with many matches', () => {
    const imgs = Array.from({ length: 50 }, (_, i) => `<iframe src="https://tags.late.example/t.js?n=${i}"></iframe>`).join('');
    const [t] = detect(imgs);
    expect(t.evidence.length).toBeLessThanOrEqual(3);
    const long = `<script>pix('init', '${'x'.repeat(5000)}')</script>`;
    expect(detect(long)[0].evidence[0].value.length).toBeLessThanOrEqual(200);
  });

  it('ignores JSON-LD blocks, which carry data and no vendor code', () => {
    expect(ids('<script type="application/ld+json">{"text": "pix(\'init\')"}</script>')).toEqual([]);
  });

  it('tests form actions against link and resource patterns, as form evidence', () => {
    const [t] = detect('<form id="nl" method="post" action="https://acme.lists.mail.example/subscribe/post?u=1"><input name="EMAIL"></form>');
    expect(t.evidence).toEqual([{ source: 'form', value: 'https://acme.lists.mail.example/subscribe/post?u=1', selector: 'form#nl', ref: 'signup' }]);
    expect(ids('<form action="https://forms.mail.example/serve/MU1"></form>')).toEqual(['signup']);
    expect(ids('<form action="/search"><input name="q"></form><p>lists.mail.example/subscribe</p>')).toEqual([]);
  });

  it('matches custom element names as DOM markers, exactly or by prefix', () => {
    const [t] = detect('<pay-placement data-amount="100"></pay-placement>');
    expect(t.evidence).toEqual([{ source: 'dom', value: 'pay-placement', selector: 'pay-placement', ref: 'bnpl' }]);
    expect(detect('<PayLater-Badge></PayLater-Badge>')[0].evidence[0].value).toBe('paylater-badge');
    expect(ids('<div class="pay-placement" id="pay-placement">pay-placement</div>')).toEqual([]);
  });

  it('tests script URLs written in inline scripts, JSON-escaped or not, as inline-script evidence', () => {
    const [t] = detect(String.raw`<script>var urls = ["https:\/\/cdn.pixel.example\/p.js?shop=a"];</script>`);
    expect(t.evidence).toEqual([{ source: 'inline-script', value: 'https://cdn.pixel.example/p.js?shop=a', selector: 'script', ref: 'pixel' }]);
    expect(ids(String.raw`<script type="application/json">{"src":"https://tags.late.example/t.js"}</script>`)).toEqual(['late']);
    expect(ids('<script type="application/ld+json">{"url":"https://tags.late.example/t.js"}</script>')).toEqual([]);
  });

  it('takes nothing from an HTML comment: a commented-out tag is disabled', () => {
    expect(ids('<!-- <script src="https://cdn.pixel.example/p.js"></script> --><!-- shopbuilder-platform-marker -->')).toEqual([]);
    expect(ids('<script>/* <!-- */ var x = 1;</script><p data-x="shopbuilder-platform-marker"></p>')).toEqual(['platform']);
  });

  it('does not match a marketplace home page as a store link', () => {
    expect(ids('<a href="https://market.example/">Market</a>')).toEqual([]);
  });
});

describe('detectTechnologies with the real registry on hostile input', () => {
  const run = (html: string, extra: Partial<CaptureInput> = {}) => {
    const capture: CaptureInput = { html, url: 'https://shop.example/', ...extra };
    const doc = parsePage(html, capture.url);
    const start = performance.now();
    const techs = detectTechnologies(doc, capture);
    return { techs, ms: performance.now() - start };
  };

  it('returns within a bound on a megabyte of anchor-dense inline script', () => {
    const dense = "fbq('init', gtag('config', 'G-; ttq.load(' _paq.push([ wcs_add[ ".repeat(16_000);
    const { techs, ms } = run(`<script>${dense}</script>`);
    expect(techs.map((t) => t.id)).toContain('meta-pixel');
    expect(ms).toBeLessThan(3000);
  });

  it('returns within a bound on huge URLs and thousands of resources', () => {
    const longUrl = 'https://www.googletagmanager.com/gtag/js?' + 'a=1&'.repeat(50_000);
    const resources = Array.from({ length: 5000 }, (_, i) => `https://cdn${i}.example/x.js?id=${i}`);
    const { techs, ms } = run(`<script src="${longUrl}"></script>`, { resources });
    expect(techs).toEqual([]);
    expect(ms).toBeLessThan(3000);
  });
});
