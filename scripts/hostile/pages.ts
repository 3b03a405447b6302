/**
 * Hostile pages: the shapes a red-team pass used to make the analyzer crash, hang or grow
 * its observation without bound (issue 14), as generators, so tests and `npm run fuzz` build
 * them in memory instead of storing megabytes of fixtures. Each shape takes a scale (1 = the
 * size the issue reported) so the fuzz run can vary sizes and mix shapes.
 */
import { seeded, type Rng } from './prng';

export interface HostilePage {
  name: string;
  html: string;
  url: string;
  resources?: string[];
}

export interface HostileShape {
  name: string;
  /** What the page does, in one line. */
  what: string;
  build(rng: Rng, scale?: number): string;
  /** Loaded-resource URLs the capture would report with it. */
  resources?(rng: Rng, scale?: number): string[];
}

const URL = 'https://shop.example.com/p/hostile-1';
const CURRENCY_SIGNS = ['$', '€', '£', '¥', '₫', '₹', '₩', '฿', 'R$', 'zł', 'kr', 'US$', 'CHF', '.', ',', ' ', "'", '-'];

const n = (base: number, scale: number) => Math.max(1, Math.round(base * scale));
const page = (body: string, head = '') => `<!doctype html><html lang="en"><head><title>Hostile product</title>${head}</head><body>${body}</body></html>`;
const ld = (json: string) => `<script type="application/ld+json">${json}</script>`;

/** A run of currency signs, digits and separators: the price parser's worst input. */
export function priceRun(rng: Rng, length: number): string {
  let s = '';
  while (s.length < length) s += rng.next() < 0.5 ? String(rng.int(0, 9)) : rng.pick(CURRENCY_SIGNS);
  return s.slice(0, length);
}

/** `text` repeated until it is `bytes` long. */
function repeatTo(text: string, bytes: number): string {
  return text.repeat(Math.ceil(bytes / text.length)).slice(0, bytes);
}

/** A vendor host and path, repeated: every signature anchor occurs thousands of times in one URL. */
const VENDOR_RUNS = [
  'https://www.googletagmanager.com/gtag/js?',
  'https://connect.facebook.net/en_US/fbevents.js?',
  'https://static.klaviyo.com/onsite/js/klaviyo.js?',
  'https://api.whatsapp.com/send?',
  'https://cdn.shopify.com/s/files/1/assets/',
  '//wa.me/',
  'https://assets.website-files.com/x.',
  '.referralcandy.com/',
];

export const HOSTILE_SHAPES: readonly HostileShape[] = [
  {
    name: 'jsonld-deep-array',
    what: 'JSON-LD nested 10,000 arrays deep',
    build: (_r, s = 1) => page(ld('['.repeat(n(10_000, s)) + '{"@type":"Product","name":"x"}' + ']'.repeat(n(10_000, s)))),
  },
  {
    name: 'jsonld-deep-object',
    what: 'JSON-LD nested 10,000 objects deep',
    build: (_r, s = 1) => page(ld('{"@type":"Product","offers":'.repeat(n(10_000, s)) + '{"@type":"Offer","price":"1"}' + '}'.repeat(n(10_000, s)))),
  },
  {
    name: 'jsonld-deep-broken',
    what: 'JSON-LD nested 10,000 deep with a trailing comma (the lenient repair path)',
    build: (_r, s = 1) => page(ld('{"a":['.repeat(n(10_000, s)) + '1,' + ']}'.repeat(n(10_000, s)))),
  },
  {
    name: 'microdata-itemref',
    what: 'one microdata item whose itemref names 300,000 ids, and elements with those ids',
    build: (_r, s = 1) => {
      const ids = n(300_000, s);
      const refs = Array.from({ length: ids }, (_, i) => `r${i}`).join(' ');
      const held = Array.from({ length: Math.min(ids, 20_000) }, (_, i) => `<span id="r${i}" itemprop="name">n${i}</span>`).join('');
      return page(`<div itemscope itemtype="https://schema.org/Product" itemref="${refs}"></div>${held}`);
    },
  },
  {
    name: 'microdata-nested',
    what: 'microdata items nested 5,000 deep, each a property of the one above',
    build: (_r, s = 1) => page('<div itemscope itemtype="https://schema.org/Thing" itemprop="about">'.repeat(n(5_000, s)) + 'x' + '</div>'.repeat(n(5_000, s))),
  },
  {
    name: 'jsonld-price-runs',
    what: '2,000 JSON-LD offers whose prices are 2,000-character runs of currency signs and digits',
    build: (r, s = 1) => {
      // In blocks of 100 offers: one 4 MB block would be cut at the script-text cap, unparsed.
      const blocks = Array.from({ length: Math.ceil(n(2_000, s) / 100) }, () => {
        const offers = Array.from({ length: 100 }, () => ({ '@type': 'Offer', price: priceRun(r, 2_000), priceCurrency: priceRun(r, 40) }));
        return ld(JSON.stringify({ '@context': 'https://schema.org', '@type': 'Product', name: 'Hostile', offers }));
      });
      return page(blocks.join(''));
    },
  },
  {
    name: 'jsonld-many-items',
    what: '5,000 JSON-LD blocks, each a product with offers',
    build: (_r, s = 1) => page(Array.from({ length: n(5_000, s) }, (_, i) => ld(JSON.stringify({ '@type': 'Product', name: `Hostile ${i}`, offers: { '@type': 'Offer', price: `${i}.99`, priceCurrency: 'USD' } }))).join('')),
  },
  {
    name: 'vendor-url-script',
    what: 'a 900 KB script URL made of a vendor host repeated',
    build: (r, s = 1) => page(`<script src="${repeatTo(r.pick(VENDOR_RUNS), n(900_000, s))}"></script>`),
  },
  {
    name: 'vendor-url-elements',
    what: '900 KB image, iframe, link, form and chat URLs made of vendor hosts repeated',
    build: (_r, s = 1) =>
      page(
        VENDOR_RUNS.map((v) => {
          const u = repeatTo(v, n(900_000, s) / 4);
          return `<img src="${u}"><iframe src="${u}"></iframe><link rel="preload" as="script" href="${u}"><form action="${u}"><input type="email"></form><a href="${u}">chat</a>`;
        }).join(''),
      ),
    resources: (_r, s = 1) => VENDOR_RUNS.map((v) => repeatTo(v, n(900_000, s) / 4)),
  },
  {
    name: 'vendor-inline-script',
    what: 'a 2 MB inline script of vendor snippets repeated without their closing parts',
    build: (_r, s = 1) => page(`<script>${repeatTo("gtag('config', fbq('init', ttq.load(' window.dataLayer https:\\/\\/static.klaviyo.com\\/", n(2_000_000, s))}</script>`),
  },
  {
    name: 'social-links',
    what: '100,000 links to distinct social profiles, and 20,000 to the same one',
    build: (_r, s = 1) => {
      const platforms = ['https://www.instagram.com/', 'https://www.tiktok.com/@', 'https://x.com/', 'https://www.facebook.com/', 'https://www.youtube.com/@'];
      const distinct = Array.from({ length: n(100_000, s) }, (_, i) => `<a href="${platforms[i % platforms.length]}user${i}">u</a>`).join('');
      const same = '<a href="https://www.instagram.com/brand">ig</a>'.repeat(n(20_000, s));
      return page(distinct + same);
    },
  },
  {
    name: 'promo-heading',
    what: 'a 20 MB heading of repeated promotion text',
    build: (_r, s = 1) => page(`<h1>${repeatTo('Free shipping on orders over $50! 20% off with code SAVE20, buy 2 get 1 free, ends in 02:13:59. ', n(20_000_000, s))}</h1>`),
  },
  {
    name: 'empty-then-prices',
    what: '100,000 empty elements before 5,000 prices',
    build: (_r, s = 1) => page('<div></div>'.repeat(n(100_000, s)) + Array.from({ length: n(5_000, s) }, (_, i) => `<span class="price">$${i}.99</span><del>$${i + 10}.99</del>`).join(''), '<meta property="og:type" content="product">'),
  },
  {
    name: 'many-forms',
    what: '5,000 newsletter forms and 5,000 loose e-mail fields',
    build: (_r, s = 1) =>
      page(
        Array.from({ length: n(5_000, s) }, (_, i) => `<form action="/subscribe/${i}" id="f${i}"><h3>Join our newsletter</h3><input type="email" name="email${i}"><input type="tel" name="phone"><button>Subscribe</button></form><div><div><input type="email" name="loose${i}"></div></div>`).join(''),
      ),
  },
  {
    name: 'loose-email-fields',
    what: '4,000 e-mail fields outside any form, each in its own container',
    build: (_r, s = 1) => page('<div>'.repeat(20) + Array.from({ length: n(4_000, s) }, (_, i) => `<div><div><div><input type="email" name="e${i}"><button>Join</button></div></div></div>`).join('')),
  },
  {
    name: 'many-headings-ctas',
    what: '30,000 headings, buttons and button-like links',
    build: (_r, s = 1) => page(Array.from({ length: n(30_000, s) }, (_, i) => `<h2>Heading ${i} ${'word '.repeat(10)}</h2><button>Buy now ${i}</button><a class="btn">Shop ${i}</a>`).join('')),
  },
  {
    name: 'many-metas-classes',
    what: '30,000 meta tags, and 5,000 elements with 300 classes, a long id and a distinct attribute each',
    build: (_r, s = 1) => {
      const metas = Array.from({ length: n(30_000, s) }, (_, i) => `<meta property="og:x${i}" content="${'v'.repeat(40)}"><meta name="keywords" content="a,b,c">`).join('');
      const classes = Array.from({ length: 300 }, (_, i) => `c${i}`).join(' ');
      const els = Array.from({ length: n(5_000, s) }, (_, i) => `<div id="${'i'.repeat(100)}${i}" class="${classes}" data-a${i}="1"></div>`).join('');
      return page(els, metas);
    },
  },
  {
    name: 'html-deep',
    what: '200,000 nested elements',
    build: (_r, s = 1) => page('<div><span>'.repeat(n(100_000, s)) + 'deep $9.99'),
  },
  {
    name: 'comment-and-attr-noise',
    what: 'unterminated comments, 1 MB attributes and 100,000 unclosed tags',
    build: (_r, s = 1) => page(`<div data-x="${'&amp;'.repeat(n(200_000, s))}">` + '<p><b><i>'.repeat(n(33_000, s)) + '<!-- '.repeat(n(10_000, s)) + '<script>' + '<!--<script>'.repeat(n(10_000, s))),
  },
  {
    name: 'campaign-url',
    what: 'a page URL with 50,000 query parameters',
    build: () => page('<p>campaign</p>'),
  },
];

/** The page URL for a shape (the campaign shape carries its payload in it). */
function urlFor(shape: HostileShape, scale: number): string {
  if (shape.name !== 'campaign-url') return URL;
  return `${URL}?${Array.from({ length: n(50_000, scale) }, (_, i) => `utm_source=${i}&gclid=${'x'.repeat(20)}`).join('&')}`;
}

/** Every shape at the size the issue reported, deterministic. */
export function hostilePages(scale = 1, seed = 14): HostilePage[] {
  return HOSTILE_SHAPES.map((shape) => buildShape(shape, seeded(seed), scale));
}

export function buildShape(shape: HostileShape, rng: Rng, scale = 1): HostilePage {
  return { name: shape.name, html: shape.build(rng, scale), url: urlFor(shape, scale), resources: shape.resources?.(rng, scale) };
}

/** A page mixing a few shapes at random sizes: what the fuzz run feeds the analyzer. */
export function randomHostilePage(rng: Rng, maxScale = 0.3): HostilePage {
  const count = rng.int(1, 3);
  const parts: HostilePage[] = [];
  for (let i = 0; i < count; i++) parts.push(buildShape(rng.pick(HOSTILE_SHAPES), rng, rng.next() * maxScale));
  const bodies = parts.map((p) => p.html.replace(/^.*?<body>/s, '').replace(/<\/body><\/html>$/, ''));
  // Shapes are joined in random order and sometimes cut mid-tag, as a truncated capture would be.
  let html = page(bodies.join(rng.pick(['', '<div>', '</p>', '<script>', '<!--'])));
  if (rng.next() < 0.2) html = html.slice(0, rng.int(0, html.length));
  return { name: parts.map((p) => p.name).join('+'), html, url: rng.pick(parts).url, resources: parts.flatMap((p) => p.resources ?? []) };
}

/** A hostile price string: runs of signs and digits, long numbers, separators in odd places. */
export function randomPriceString(rng: Rng): string {
  const kind = rng.int(0, 4);
  if (kind === 0) return priceRun(rng, rng.int(1, 2_000));
  if (kind === 1) return `${rng.pick(CURRENCY_SIGNS)}${'9'.repeat(rng.int(1, 2_000))}`;
  if (kind === 2) return repeatTo(`${rng.int(0, 999)}${rng.pick([',', '.', ' ', "'"])}`, rng.int(1, 2_000));
  if (kind === 3) return `${'from '.repeat(rng.int(0, 200))}${priceRun(rng, rng.int(1, 200))} - ${priceRun(rng, rng.int(1, 200))}`;
  return Array.from({ length: rng.int(1, 400) }, () => String.fromCharCode(rng.int(0x20, 0x3000))).join('');
}
