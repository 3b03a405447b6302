import { describe, expect, it } from 'vitest';
import { parsePage, textOf, absoluteUrl, locate, MAX_DEPTH } from '../../lib/analyze/document';

const PAGE = `<!doctype html><html lang="th" dir="ltr"><head><title> ร้าน  ตัวอย่าง </title>
<meta property="og:title" content="OG"><link rel="canonical" href="/p/1">
<script src="https://cdn.example.com/a.js"></script><script>window.fbq=function(){}; // <b>not markup</b></script>
</head><body><h1 id="hero" class="title big">สินค้า <span>ใหม่</span></h1>
<form action="/subscribe"><input type="email" name="email"><button>สมัคร</button></form>
<div itemscope itemtype="https://schema.org/Product"><span itemprop="price" class="price">฿1,290</span><del>฿1,590</del></div>
<a href="https://www.instagram.com/shop">IG</a><iframe src="https://www.youtube.com/embed/x"></iframe><img src="/i.png">
<noscript><img src="https://www.facebook.com/tr?id=1"></noscript></body></html>`;

describe('parsePage: one walk files what extractors need', () => {
  const doc = parsePage(PAGE, 'https://shop.example.co.th/x');

  it('collects head elements and inline script text verbatim', () => {
    expect(doc.title).toBe('ร้าน ตัวอย่าง');
    expect(doc.metas).toHaveLength(1);
    expect(doc.links[0].attribs.href).toBe('/p/1');
    expect(doc.scripts.map((s) => s.src)).toEqual(['https://cdn.example.com/a.js', null]);
    expect(doc.scripts[1].text).toContain('// <b>not markup</b>');
  });

  it('collects body elements in document order', () => {
    expect(doc.headings.map((h) => textOf(h))).toEqual(['สินค้า ใหม่']);
    expect(doc.forms).toHaveLength(1);
    expect(doc.controls.map((c) => c.name)).toEqual(['input', 'button']);
    expect(doc.anchors).toHaveLength(1);
    expect(doc.iframes).toHaveLength(1);
    expect(doc.itemscopes).toHaveLength(1);
    expect(doc.itemprops.map((e) => e.attribs.itemprop)).toEqual(['price']);
    expect(doc.priceNodes.map((e) => e.name)).toEqual(['span']);
    expect(doc.struck.map((e) => textOf(e))).toEqual(['฿1,590']);
  });

  it('indexes ids, class tokens and attribute names for DOM markers', () => {
    expect(doc.ids.has('hero')).toBe(true);
    expect(doc.classes.has('big')).toBe(true);
    expect(doc.attrNames.has('itemtype')).toBe(true);
  });

  it('gives a cheerio view of the same tree on demand', () => {
    expect(doc.$()('h1 span').text()).toBe('ใหม่');
  });

  it('survives nesting far deeper than the call stack', () => {
    const deep = '<div>'.repeat(200_000) + 'x' + '</div>'.repeat(10);
    const started = performance.now();
    const d = parsePage(deep, 'https://a.test/');
    // Linear in input: 200k unclosed tags parse in well under a second (quadratic took 20 s).
    expect(performance.now() - started).toBeLessThan(2000);
    expect(d.title).toBeNull();
    expect(textOf(d.root)).toBe('x');
  });

  it('keeps nesting up to the browser depth limit', () => {
    const d = parsePage('<span>'.repeat(MAX_DEPTH - 5) + '<a href="/in">in</a>', 'https://a.test/');
    expect(d.anchors).toHaveLength(1);
  });
});

describe('helpers', () => {
  it('absoluteUrl keeps only http(s)', () => {
    expect(absoluteUrl('/a?b=1', 'https://x.test/p/q')).toBe('https://x.test/a?b=1');
    expect(absoluteUrl('javascript:alert(1)', 'https://x.test/')).toBeNull();
    expect(absoluteUrl('', 'https://x.test/')).toBeNull();
  });

  it('locate names an element by id, else by tag and classes', () => {
    const doc = parsePage('<div class="footer links"><p><a href="#">x</a></p></div><b id="k"><i>y</i></b>', 'https://x.test/');
    expect(locate(doc.anchors[0])).toBe('div.footer.links > p > a');
    expect(locate(doc.$()('i')[0])).toBe('b#k > i');
  });

  it('textOf an element around one text node reads what the walk over the page reads', () => {
    for (const html of ['<a> \n Shop\t\tnow \u00a0 → </a>', '<button>Add</button>', '<h1>   </h1>', `<p>${'word '.repeat(2_000)}</p>`]) {
      const doc = parsePage(`<html><body>${html}</body></html>`, 'https://x.test/');
      const el = doc.$()('body > *')[0];
      for (const limit of [0, 10, 80, 100_000]) expect(textOf(el, limit)).toBe(textOf(doc.root, limit));
    }
  });
});
