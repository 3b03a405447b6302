import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../lib/analyze/document';
import { extractPageMeta, normaliseLang } from '../../lib/analyze/extractors/page-meta';

const ld = (json: string) => `<script type="application/ld+json">${json}</script>`;
const meta = (html: string, url = 'https://shop.example.co.th/p/shirt?ref=1') => extractPageMeta(parsePage(html, url));

describe('extractPageMeta: sources in order of trust', () => {
  const page = `<!doctype html><html lang="th"><head><title>เสื้อยืด | ร้านตัวอย่าง</title>
    <meta property="og:title" content="เสื้อยืดสีขาว"><meta name="twitter:title" content="Twitter title">
    <meta name="description" content="คำอธิบาย"><meta property="og:image" content="/img/shirt.jpg">
    <meta property="og:site_name" content="ร้านตัวอย่าง"><meta name="twitter:card" content="summary_large_image">
    <meta property="product:price:amount" content="290"><meta name="robots" content="index, follow">
    <meta name="keywords" content="เสื้อ, ยืด,เสื้อ"><link rel="canonical" href="/p/shirt">
    <link rel="alternate" hreflang="en" href="https://shop.example.co.th/en/p/shirt"><link rel="alternate" hreflang="x-default" href="/p/shirt">
    <link rel="icon" href="/favicon.ico"><link rel="apple-touch-icon" sizes="180x180" href="/touch.png">
    </head><body><h1>เสื้อยืด</h1><h2>รายละเอียด</h2><h3> ขนาด </h3></body></html>`;
  const m = meta(page);

  it('prefers Open Graph, then Twitter, then <title>', () => {
    expect(m.title).toBe('เสื้อยืดสีขาว');
    expect(meta(page.replace(/<meta property="og:title"[^>]*>/, '')).title).toBe('Twitter title');
    expect(meta('<title> Plain </title><h1>Heading</h1>').title).toBe('Plain');
    expect(meta('<body><h1>Only <b>heading</b></h1></body>').title).toBe('Only heading');
  });

  it('resolves canonical, image, hreflang and logo against the page URL', () => {
    expect(m.canonical).toBe('https://shop.example.co.th/p/shirt');
    expect(m.image).toBe('https://shop.example.co.th/img/shirt.jpg');
    expect(m.hreflang).toEqual([
      { lang: 'en', url: 'https://shop.example.co.th/en/p/shirt' },
      { lang: 'x-default', url: 'https://shop.example.co.th/p/shirt' },
    ]);
    expect(m.logo).toBe('https://shop.example.co.th/touch.png');
  });

  it('keeps the Open Graph and Twitter maps, robots, keywords and headings', () => {
    expect(m.openGraph).toMatchObject({ title: 'เสื้อยืดสีขาว', site_name: 'ร้านตัวอย่าง', 'product:price:amount': '290' });
    expect(m.twitter).toEqual({ title: 'Twitter title', card: 'summary_large_image' });
    expect(m.robots).toBe('index, follow');
    expect(m.keywords).toEqual(['เสื้อ', 'ยืด']);
    expect(m.headings).toEqual([
      { level: 1, text: 'เสื้อยืด' },
      { level: 2, text: 'รายละเอียด' },
      { level: 3, text: 'ขนาด' },
    ]);
    expect(m.lang).toBe('th');
    expect(m.dir).toBe('ltr');
    expect(m.siteName).toBe('ร้านตัวอย่าง');
  });
});

describe('extractPageMeta: language and direction', () => {
  it('reads og:locale and Content-Language when <html lang> is missing', () => {
    expect(meta('<meta property="og:locale" content="ar_SA"><title>x</title>').lang).toBe('ar-SA');
    expect(meta('<meta http-equiv="Content-Language" content="vi-VN, en"><title>x</title>').lang).toBe('vi-VN');
  });

  it('marks Arabic, Hebrew, Persian and Urdu pages right to left unless the page says otherwise', () => {
    for (const lang of ['ar', 'he', 'fa', 'ur']) expect(meta(`<html lang="${lang}"><title>x</title></html>`).dir).toBe('rtl');
    expect(meta('<html lang="ar" dir="ltr"><title>x</title></html>').dir).toBe('ltr');
    expect(meta('<title>x</title>').dir).toBeNull();
  });

  it('normalises language tags and refuses what is not one', () => {
    expect(normaliseLang('EN_us')).toBe('en-US');
    expect(normaliseLang('zh-hant-tw')).toBe('zh-Hant-TW');
    expect(normaliseLang('{{lang}}')).toBeNull();
    expect(normaliseLang('')).toBeNull();
  });
});

describe('extractPageMeta: JSON-LD and broken real-world values', () => {
  const page = `<html><head><title>Post - Brand</title><meta property="article:author" content="https://facebook.com/someone">
    <meta property="og:image" content="http://brand.example.comhttps://cdn.example.net/a.jpg">
    <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
      {"@type":"Organization","name":"Brand Co","logo":{"@type":"ImageObject","url":"/logo.png"}},
      {"@type":"Article","headline":"Post","author":{"@type":"Person","name":"Kim Min-ji"},"datePublished":"2024-05-01",
       "publisher":{"@type":"Organization","name":"Brand Co","logo":"https://brand.example.com/pub-logo.png"}}]}</script></head></html>`;
  const m = meta(page, 'https://brand.example.com/post');

  it('reads author, publisher, logo, date and site name from the JSON-LD graph', () => {
    expect(m.author).toBe('Kim Min-ji');
    expect(m.publisher).toBe('Brand Co');
    expect(m.siteName).toBe('Brand Co');
    expect(m.date).toBe('2024-05-01');
    expect(m.logo).toBe('https://brand.example.com/logo.png');
  });

  it('repairs an image URL glued to the site base by a template', () => {
    expect(m.image).toBe('https://cdn.example.net/a.jpg');
  });

  it('takes the site name from a title suffix only when nothing names the site', () => {
    expect(meta('<title>Chocolate cake | Smitten Kitchen</title>').siteName).toBe('Smitten Kitchen');
    expect(meta('<title>Chocolate cake - a recipe</title>').siteName).toBeNull();
  });

  it('prefers the whole description to one the page cut short', () => {
    const m = meta('<meta property="og:description" content="Linen shirts woven in..."><meta name="description" content="Linen shirts woven in Chiang Mai.">');
    expect(m.description).toBe('Linen shirts woven in Chiang Mai.');
  });

  it('follows a JSON-LD @id reference to the node it names', () => {
    const m = meta(ld('{"@graph":[{"@type":"WebPage","image":{"@id":"https://b.example/#logo"}},{"@type":"ImageObject","@id":"https://b.example/#logo","url":"https://b.example/logo.png"}]}'));
    expect(m.image).toBe('https://b.example/logo.png');
  });

  it('folds content the page escaped twice', () => {
    expect(meta('<meta name="description" content="Salt &amp;amp; pepper">').description).toBe('Salt & pepper');
  });
});

describe('extractPageMeta on a saved page (metascraper bbc fixture)', () => {
  const dir = resolve(process.cwd(), '../shared/corpus/metascraper/packages/metascraper/test/integration/bbc');
  it('matches the peer snapshot on title, description, image and language', () => {
    const m = meta(readFileSync(`${dir}/input.html`, 'utf8'), 'https://www.bbc.com/news/business-40504764');
    const snap = readFileSync(`${dir}/snapshots/index.js.md`, 'utf8');
    expect(snap).toContain(`title: '${m.title}'`);
    expect(snap).toContain(`image: '${m.image}'`);
    expect(snap).toContain(`description: '${m.description}'`);
    expect(m.lang?.split('-')[0]).toBe('en');
  });
});
