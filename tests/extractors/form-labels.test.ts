/**
 * tests/labels/forms.json: hand labels of the forms on corpus pages outside formasaurus, read
 * from each page. They are a holdout: the eval reports them, the classifier is not tuned to them.
 * Here only their shape is checked: a real page, one known letter per form, a reason.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORM_LABELS } from '../../scripts/eval/newsletter-forms';

const corpus = resolve(process.cwd(), '../shared/corpus');
/** formasaurus' letters: mailing list, add to cart, search, login, registration, contact/comment, password recovery, other. */
const LETTERS = new Set(['m', 'b', 's', 'l', 'r', 'c', 'p', 'o']);

describe('form labels', () => {
  it('hold at least 60 forms and 20 sign-ups on pages outside formasaurus', () => {
    const forms = FORM_LABELS.flatMap((l) => l.forms);
    expect(forms.length).toBeGreaterThanOrEqual(60);
    expect(forms.filter((f) => f === 'm').length).toBeGreaterThanOrEqual(20);
    expect(FORM_LABELS.every((l) => !l.path.startsWith('formasaurus/'))).toBe(true);
    expect(new Set(FORM_LABELS.map((l) => l.path)).size).toBe(FORM_LABELS.length);
  });

  it.each(FORM_LABELS.map((l) => [l.path, l] as const))('%s is a real page with known letters', (_path, label) => {
    expect(existsSync(join(corpus, label.path))).toBe(true);
    expect(label.url).toMatch(/^https?:\/\//);
    for (const f of label.forms) expect(LETTERS.has(f), `unknown letter ${f}`).toBe(true);
    // A page with a labelled sign-up <form> shows a sign-up; one without needs a note saying what it shows.
    if (label.forms.includes('m')) expect(label.signup).toBe(true);
    if (label.signup && !label.forms.includes('m')) expect(label.note).not.toBe('');
  });
});
