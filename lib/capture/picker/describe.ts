/**
 * The picked element as the analyzer's `picked-ad` adapter reads it: its HTML (sanitised like
 * the page), visible text, links, images, a selector and its rectangle in the viewport.
 */
import type { PickedElement } from '../../analyze/types';
import { MAX_PICKED_HTML_CHARS, MAX_PICKED_TEXT_CHARS, MAX_URL_CHARS } from '../limits';
import { sanitizeTree } from '../sanitize-dom';
import { cssPath } from './selector';

const MAX_LIST = 50;
/** Elements whose computed background image is read (more would slow the click down). */
const MAX_STYLED = 200;

export function describeElement(el: Element): PickedElement {
  const r = el.getBoundingClientRect();
  const html = sanitizeTree(el.cloneNode(true) as Element).outerHTML;
  return {
    html: html.slice(0, MAX_PICKED_HTML_CHARS),
    text: visibleText(el).slice(0, MAX_PICKED_TEXT_CHARS),
    links: linksOf(el),
    images: imagesOf(el),
    selector: cssPath(el),
    rect: { x: r.x, y: r.y, width: r.width, height: r.height },
  };
}

function visibleText(el: Element): string {
  const text = el instanceof HTMLElement ? el.innerText : (el.textContent ?? '');
  return text.replace(/[ \t\f\r]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim();
}

/** The enclosing link (a whole card is often one <a>) and every link inside. */
function linksOf(el: Element): string[] {
  const anchors = [el.closest('a[href]'), ...el.querySelectorAll('a[href], area[href]')].filter((a): a is HTMLAnchorElement => a !== null);
  return httpOnly(anchors.map((a) => a.href));
}

function imagesOf(el: Element): string[] {
  const urls: string[] = [];
  for (const img of el.querySelectorAll('img')) urls.push(img.currentSrc || img.src);
  if (el instanceof HTMLImageElement) urls.unshift(el.currentSrc || el.src);
  for (const v of el.querySelectorAll('video[poster]')) urls.push((v as HTMLVideoElement).poster);
  const styled = [el, ...[...el.querySelectorAll('*')].slice(0, MAX_STYLED)];
  for (const s of styled) urls.push(...backgroundUrls(getComputedStyle(s).backgroundImage, el.ownerDocument.baseURI));
  return httpOnly(urls);
}

function backgroundUrls(value: string, base: string): string[] {
  const out: string[] = [];
  for (const m of value.matchAll(/url\(\s*(['"]?)(.*?)\1\s*\)/g)) {
    try {
      out.push(new URL(m[2], base).href);
    } catch {
      // not a URL: ignore
    }
  }
  return out;
}

function httpOnly(urls: string[]): string[] {
  const seen = new Set<string>();
  for (const u of urls) if (/^https?:/i.test(u) && u.length <= MAX_URL_CHARS) seen.add(u);
  return [...seen].slice(0, MAX_LIST);
}
