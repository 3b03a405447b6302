import { describe, expect, it } from 'vitest';
import { parsePage, TEXT_NODE_SLACK } from '../../lib/analyze/document';
import { displayText } from '../../lib/analyze/extractors/display-text';

const body = (html: string) => parsePage(`<html><body>${html}</body></html>`, 'https://shop.example.com/').root;

describe('displayText', () => {
  it('keeps separate boxes apart and a split price whole', () => {
    expect(displayText(body('<div><span>20% off</span><span>€29.90</span></div><p>VAT included</p>'))).toBe('20% off €29.90 VAT included');
    expect(displayText(body('<b>$<span>29</span>.<span>90</span></b>'))).toBe('$29.90');
  });

  it('reads about its limit of a huge text node, not the whole node', () => {
    const huge = 'Free shipping on orders over $50! '.repeat(200_000);
    const text = displayText(body(`<h1>${huge}</h1>`), 200);
    expect(text.length).toBeLessThanOrEqual(200 + TEXT_NODE_SLACK);
    expect(text.startsWith('Free shipping on orders over $50!')).toBe(true);
  });

  it('stops walking after its node budget: empty elements do not cost a full pass each call', () => {
    // Text after 100,000 empty elements is past what a 100-character read may visit.
    const text = displayText(body(`${'<i></i>'.repeat(100_000)}<p>late words</p>`), 100);
    expect(text).toBe('');
    expect(displayText(body('<i></i><p>early words</p>'), 100)).toBe('early words');
  });
});

describe('displayText of one element around one text node', () => {
  it('reads what the walk over the whole page reads', () => {
    for (const html of ['<p> \n Free\t\tshipping \u00a0 over $50 </p>', '<span>Sale</span>', '<p>   </p>', `<h1>${'word '.repeat(2_000)}</h1>`]) {
      const doc = parsePage(`<html><body>${html}</body></html>`, 'https://shop.example.com/');
      const el = doc.$()('body > *')[0];
      for (const limit of [0, 10, 200, 2000]) expect(displayText(el, limit)).toBe(displayText(doc.root, limit));
    }
  });
});
