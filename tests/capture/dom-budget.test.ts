/** The capture measures a page before copying it and keeps only what fits, in document order. */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { cloneWithinBudget, measureDom } from '../../lib/capture/dom-budget';

const big = (n: number) => `<!doctype html><html><head><title>Big</title><script src="https://www.googletagmanager.com/gtm.js?id=GTM-1"></script></head><body>${Array.from({ length: n }, (_, i) => `<div class="card" data-i="${i}"><p>${'x'.repeat(100)}</p></div>`).join('')}</body></html>`;

describe('dom budget', () => {
  it('measures close to the serialised length and stops early past the budget', () => {
    const { document } = parseHTML(big(1000));
    const real = document.documentElement.outerHTML.length;
    const est = measureDom(document.documentElement, Infinity);
    expect(Math.abs(est - real) / real).toBeLessThan(0.1);
    expect(measureDom(document.documentElement, 5_000)).toBeLessThan(6_000);
  });

  it('copies the head and the top of the body up to the budget, leaving the page as it was', () => {
    const { document } = parseHTML(big(1000));
    const copy = cloneWithinBudget(document.documentElement, 20_000);
    const html = copy.outerHTML;
    expect(html.length).toBeLessThan(22_000);
    expect(html).toContain('GTM-1');
    expect(html).toContain('data-i="0"');
    expect(html).not.toContain('data-i="999"');
    expect(document.querySelectorAll('.card')).toHaveLength(1000);
  });

  it('cuts a single enormous text node', () => {
    const { document } = parseHTML(`<html><body><p>${'y'.repeat(200_000)}</p></body></html>`);
    expect(cloneWithinBudget(document.documentElement, 1_000).outerHTML.length).toBeLessThan(1_100);
  });
});
