import { load } from 'cheerio';
import type { Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { blocksOf, displayUrlIn, isBefore, isChallengePage, isEngineNavigation, organicResults, queryOf, snippetIn } from '../../lib/analyze/adapters/serp-kit';

const PAGE = `<div id="main" aria-hidden="true"><div id="r">
  <div class="res"><div><a id="a1" href="https://shop.example/a"><h3>First shop</h3><cite>https://shop.example › a</cite></a></div>
    <div><span>Shoes for every <em>runner</em>, free returns.</span></div><div style="display:none">hidden related searches text here</div></div>
  <div class="res"><a id="a2" href="/url?q=https://blog.example/b&amp;sa=U"><h3>Second</h3></a><div><div>Short</div><div>A longer description of the blog post.</div></div></div>
  <div class="res"><a id="a3" href="/search?q=more&amp;start=10"><h3>More results</h3></a></div>
  <div class="res"><a id="a4" href="https://shop.example/a"><h3>First shop again</h3></a></div>
</div></div>`;

describe('serp-kit: reading results by structure', () => {
  const $ = load(PAGE);
  const links = $('a').toArray() as Element[];

  it('finds each result block as the largest ancestor holding one title link', () => {
    const blocks = blocksOf(links);
    expect($(blocks.get(links[0])!).hasClass('res')).toBe(true);
    expect($(blocks.get(links[1])!).hasClass('res')).toBe(true);
  });

  it('takes the snippet from the longest plain text, not the title, URL or hidden text — even under an aria-hidden main', () => {
    const blocks = blocksOf(links);
    expect(snippetIn($, blocks.get(links[0])!)).toBe('Shoes for every runner, free returns.');
    // A snippet block written in lines is read whole.
    expect(snippetIn($, blocks.get(links[1])!)).toBe('Short A longer description of the blog post.');
  });

  it('ranks organic results once per URL, decoding /url?q= and dropping the engine’s own pages', () => {
    const results = organicResults($, links, 'https://www.google.com/search?q=shoes');
    expect(results.map((r) => [r.rank, r.title, r.url])).toEqual([
      [1, 'First shop', 'https://shop.example/a'],
      [2, 'Second', 'https://blog.example/b'],
    ]);
    expect(results[0].displayUrl).toBe('https://shop.example › a');
  });

  it('reads the display URL from cite, or from a URL-looking line', () => {
    const $$ = load('<div id="b"><span>Quảng cáo</span><span>giaychay.vn › sale</span></div>');
    expect(displayUrlIn($$, $$('#b')[0] as Element)).toBe('giaychay.vn › sale');
  });

  it('reads the query from the URL, the fragment or the search box', () => {
    expect(queryOf('https://www.bing.com/search?q=k%C3%A1fe', ['q'], $)).toBe('káfe');
    expect(queryOf('https://coccoc.com/search#query=gi%C3%A0y', ['query'], $)).toBe('giày');
    const box = load('<input name="text" value="кофе">');
    expect(queryOf('https://yandex.ru/search/', ['text'], box, 'input[name="text"]')).toBe('кофе');
  });

  it('knows document order and engine navigation', () => {
    expect(isBefore(links[0], links[1])).toBe(true);
    expect(isBefore(links[1], links[0])).toBe(false);
    expect(isEngineNavigation('https://www.google.com/search?q=x&start=10', 'https://www.google.com/search?q=x')).toBe(true);
    expect(isEngineNavigation('https://www.google.com/maps', 'https://www.google.com/search?q=x')).toBe(false);
  });
});

describe('serp-kit: the query the page shows', () => {
  it('reads the search box when it differs from the URL, then the title, then the URL', () => {
    expect(queryOf('https://www.google.com/search?q=shoes', ['q'], load('<input name="q" value="red shoes"><title>shoes - Google Search</title>'))).toBe('red shoes');
    expect(queryOf('https://www.google.com/search?q=shoes', ['q'], load('<input name="q"><title>AWS - ค้นหาด้วย Google</title>'))).toBe('AWS');
    expect(queryOf('https://www.baidu.com/s?wd=x', ['wd'], load('<title>Hello_百度搜索</title>'), 'input[name="wd"]')).toBe('Hello');
    expect(queryOf('https://duckduckgo.com/?q=x', ['q'], load('<title>a - b at DuckDuckGo</title>'))).toBe('a - b');
    expect(queryOf('https://www.google.com/search?q=shoes', ['q'], load('<input type="hidden" name="q" value="old"><title>Google</title>'))).toBe('shoes');
  });

  it('knows a challenge page with no results from an empty one', () => {
    expect(isChallengePage(load('<div class="captcha"><div class="captcha_header">One last step</div></div>'), 0)).toBe(true);
    expect(isChallengePage(load('<div class="captcha"></div>'), 3)).toBe(false);
    expect(isChallengePage(load('<div id="b_results"></div>'), 0)).toBe(false);
  });

  it('takes links to the engine\'s other verticals for navigation, not results', () => {
    expect(isEngineNavigation('https://images.search.yahoo.com/search/images;_ylt=A0?p=hello', 'https://search.yahoo.com/search?p=hello')).toBe(true);
    expect(isEngineNavigation('https://www.baidu.com/sf/vsearch?pd=video&wd=x', 'https://www.baidu.com/s?wd=x')).toBe(true);
    expect(isEngineNavigation('https://www.hello.com/en/index.html', 'https://search.yahoo.com/search?p=hello')).toBe(false);
  });
});
