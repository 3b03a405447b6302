/**
 * The one typed value a capture keeps: a search results page's query in its box
 * (lib/capture/search-box.ts). Every other box is still emptied (sanitize.test.ts).
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { sanitizeTree } from '../../lib/capture/sanitize-dom';
import { keepsSearchQuery } from '../../lib/capture/search-box';
import { queryOf } from '../../lib/analyze/adapters/serp-kit';
import * as cheerio from 'cheerio';

const q = { tag: 'input', type: 'text', name: 'q' };

describe('keepsSearchQuery', () => {
  it.each([
    ['Google', q, { action: '/search', role: 'search' }, 'https://www.google.com/search?q=buy+bike'],
    ['Bing, box named q in a /search form', { tag: 'INPUT', type: 'search', name: 'q' }, { action: '/search' }, 'https://www.bing.com/search?q=bike'],
    ['Yahoo p', { tag: 'input', name: 'p' }, { action: 'https://search.yahoo.com/search' }, 'https://search.yahoo.com/search?p=bike'],
    ['Baidu wd', { tag: 'input', name: 'wd' }, { action: '/s' }, 'https://www.baidu.com/s?wd=bike'],
    ['Yandex text', { tag: 'input', name: 'text' }, { role: 'search', action: '/search/' }, 'https://yandex.ru/search/?text=bike'],
    ['a shop results page', { tag: 'input', type: 'search', name: 'q' }, { role: 'search', action: '/search' }, 'https://shop.example/search?q=anvil'],
    ['DuckDuckGo, a form named search_form posting to /', q, { action: '/', marker: 'search_form' }, 'https://duckduckgo.com/?q=bike'],
    ['Naver query', { tag: 'input', name: 'query' }, { action: 'https://search.naver.com/search.naver' }, 'https://search.naver.com/search.naver?where=nexearch&query=bike'],
    ['Google\'s textarea box', { tag: 'TEXTAREA', name: 'q' }, { action: '/search', role: 'search' }, 'https://www.google.com/search?q=bike'],
  ])('keeps the query of %s', (_, box, form, url) => {
    expect(keepsSearchQuery(box, form, url)).toBe(true);
  });

  it.each([
    ['a shop page that is not a results page', q, { role: 'search', action: '/search' }, 'https://shop.example/products/anvil'],
    ['a box outside any form', q, null, 'https://www.google.com/search?q=bike'],
    ['a box in a form that is not a search', q, { action: '/contact' }, 'https://shop.example/search?q=anvil'],
    ['a search form on a page that is not a results page', q, { action: '/', marker: 'search_form' }, 'https://duckduckgo.com/about'],
    ['an e-mail box in a search form', { tag: 'input', type: 'email', name: 'q' }, { action: '/search' }, 'https://www.google.com/search?q=bike'],
    ['a box with another name', { tag: 'input', name: 'email' }, { action: '/search' }, 'https://www.google.com/search?q=bike'],
    ['a hidden field', { tag: 'input', type: 'hidden', name: 'q' }, { action: '/search' }, 'https://www.google.com/search?q=bike'],
    ['a message textarea', { tag: 'textarea', name: 'message' }, { action: '/search' }, 'https://www.google.com/search?q=bike'],
    ['no page address (a picked element)', q, { action: '/search' }, null],
  ])('clears %s', (_, box, form, url) => {
    expect(keepsSearchQuery(box, form, url)).toBe(false);
  });
});

describe('a captured results page', () => {
  const html = `<html><head><title>Google</title></head><body>
    <form role="search" action="/search"><input type="text" name="q" value="buy bike"><input type="submit" value="Search"></form>
    <form action="/subscribe"><input type="email" name="email" value="typed.by.visitor@gmail.com"></form>
    </body></html>`;

  const capture = (url: string | null) => {
    const { document } = parseHTML(html);
    return sanitizeTree(document.documentElement.cloneNode(true) as Element, { pageUrl: url }).outerHTML;
  };

  it('keeps the query in its box, so the analyzer reads it from there', () => {
    const out = capture('https://www.google.com/search?q=buy+bike&start=10');
    expect(out).toContain('value="buy bike"');
    expect(queryOf('https://www.google.com/search?q=old', ['q'], cheerio.load(out))).toBe('buy bike');
  });

  it('still empties every other box', () => {
    expect(capture('https://www.google.com/search?q=buy+bike')).not.toContain('typed.by.visitor@gmail.com');
  });

  it('empties the box off a results page', () => {
    expect(capture('https://www.google.com/preferences')).not.toContain('buy bike');
  });

  it('keeps the query in Google\'s textarea box', () => {
    const { document } = parseHTML('<html><body><form role="search" action="/search"><textarea name="q">buy bike</textarea></form></body></html>');
    const out = sanitizeTree(document.documentElement.cloneNode(true) as Element, { pageUrl: 'https://www.google.com/search?q=buy+bike' }).outerHTML;
    expect(queryOf('https://www.google.com/search?q=old', ['q'], cheerio.load(out))).toBe('buy bike');
  });

  it('drops an e-mail address typed into the query', () => {
    const { document } = parseHTML('<html><body><form action="/search"><input name="q" value="mail somchai@example.co.th"></form></body></html>');
    const out = sanitizeTree(document.documentElement.cloneNode(true) as Element, { pageUrl: 'https://www.google.com/search?q=x' }).outerHTML;
    expect(out).not.toContain('somchai@example.co.th');
  });
});
