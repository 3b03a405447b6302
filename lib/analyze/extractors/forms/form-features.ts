/**
 * What a form is made of, read once: its visible fields by kind, and one lower-cased text of
 * everything that names it (attributes, hidden field names, labels, placeholders, buttons and
 * the words just around it). The classifier only reads these features.
 */
import type { Element } from 'domhandler';
import { attr, textOf } from '../../document';
import { CAPTCHA_FIELD, EMAIL_FIELD, FREQUENCY, MACHINE_FIELD, NAME_FIELD, NOT_A_NAME, PASSWORD_FIELD, QTY_FIELD, SEARCH_FIELD, URL_FIELD, USERNAME_FIELD } from './keywords';

export interface FormFeatures {
  email: number;
  password: number;
  /** Fields for a user name or handle. */
  username: number;
  search: number;
  textarea: number;
  tel: number;
  qty: number;
  /** Fields for a person's name (first, last, full). */
  name: number;
  /** Fields for a web address. */
  url: number;
  /** Typed captcha fields. */
  captcha: number;
  /** Drop-downs or radio groups offering a schedule (daily, weekly...). */
  frequency: number;
  /** Visible fields a person types into (checkboxes, radios, drop-downs and spam traps apart). */
  typed: number;
  select: number;
  checkbox: number;
  /** Field names as the page wrote them, for evidence. */
  fieldNames: string[];
  /** Lower-cased words naming the form and its fields. */
  text: string;
  /** Lower-cased words a visitor reads: the form's text, placeholders, button captions (no ids or names). */
  visible: string;
  /** Lower-cased words around the form: its container's text and the text just before it. */
  context: string;
  action: string;
}

const NOT_TYPED = new Set(['hidden', 'submit', 'button', 'image', 'reset', 'checkbox', 'radio', 'file']);
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
const OFF_SCREEN = /(?:left|top)\s*:\s*-\d{3,}px/i;

export function formFeatures(container: Element, controls: Element[]): FormFeatures {
  const f: FormFeatures = { email: 0, password: 0, username: 0, search: 0, textarea: 0, tel: 0, qty: 0, name: 0, url: 0, captcha: 0, frequency: 0, typed: 0, select: 0, checkbox: 0, fieldNames: [], text: '', visible: '', context: '', action: '' };
  const words: string[] = [attr(container, 'id') ?? '', attr(container, 'class') ?? '', attr(container, 'name') ?? '', attr(container, 'role') ?? ''];
  f.action = (attr(container, 'action') ?? '').toLowerCase();
  const radios = new Set<string>();
  const shown: string[] = [];
  for (const c of controls) readControl(c, container, f, words, shown, radios);
  const own = textOf(container, 600);
  words.push(own);
  f.text = `${words.join(' ')} ${f.action}`.toLowerCase();
  f.visible = `${own} ${shown.join(' ')}`.toLowerCase();
  f.context = contextText(container);
  return f;
}

function readControl(c: Element, container: Element, f: FormFeatures, words: string[], shown: string[], radios: Set<string>): void {
  const type = (attr(c, 'type') ?? (c.name === 'input' ? 'text' : c.name)).toLowerCase();
  const name = attr(c, 'name') ?? '';
  const lowerName = name.toLowerCase();
  const naming = [name, attr(c, 'id'), attr(c, 'placeholder'), attr(c, 'aria-label'), attr(c, 'autocomplete'), attr(c, 'title')].filter(Boolean).join(' ');
  const lower = naming.toLowerCase();
  if (type !== 'hidden' && isMachineField(c, container, lowerName, (attr(c, 'id') ?? '').toLowerCase(), type)) return;
  words.push(naming);
  shown.push(attr(c, 'placeholder') ?? '', attr(c, 'aria-label') ?? '');
  if (type === 'submit' || type === 'button' || c.name === 'button') {
    words.push(attr(c, 'value') ?? '', textOf(c, 80));
    shown.push(attr(c, 'value') ?? '');
  }
  if (type === 'hidden') words.push(attr(c, 'value')?.slice(0, 40) ?? '');
  if (type === 'radio' && FREQUENCY.test(`${attr(c, 'value') ?? ''} ${attr(c, 'id') ?? ''}`.toLowerCase()) && !radios.has(name)) {
    radios.add(name);
    f.frequency++;
  }
  if (NOT_TYPED.has(type) || c.name === 'button') {
    if (type === 'checkbox' || type === 'radio') f.checkbox++;
    return;
  }
  if (name) f.fieldNames.push(name);
  if (c.name === 'select') {
    f.select++;
    if (FREQUENCY.test(optionsText(c))) f.frequency++;
    return;
  }
  f.typed++;
  if (type === 'password' || PASSWORD_FIELD.test(lowerName) || PASSWORD_FIELD.test(lower)) f.password++;
  else if (type === 'email' || EMAIL_FIELD.test(lower)) f.email++;
  else if (USERNAME_FIELD.test(lowerName) || /\busername\b/.test(lower)) f.username++;
  else if (type === 'search' || SEARCH_FIELD.test(lowerName)) f.search++;
  else if (type === 'tel') f.tel++;
  else if (type === 'url' || URL_FIELD.test(lowerName)) f.url++;
  else if (CAPTCHA_FIELD.test(lower)) f.captcha++;
  else if (NAME_FIELD.test(lower) && !NOT_A_NAME.test(lower)) f.name++;
  if (c.name === 'textarea') f.textarea++;
  if (QTY_FIELD.test(lower) || (type === 'number' && /q/.test(lower))) f.qty++;
}

/** A drop-down's options, one by one (their text runs together in the markup). */
function optionsText(select: Element): string {
  const out: string[] = [];
  for (const o of select.children) if (o.type === 'tag' && out.length < 20) out.push(`${attr(o as Element, 'value') ?? ''} ${textOf(o, 40)}`);
  return out.join(' | ').toLowerCase();
}

/**
 * Spam traps and machine-filled tokens: named so, or a non-e-mail field pushed off screen or
 * hidden on its own. A whole widget hidden until it pops up hides its container, not one field,
 * so only the field and its wrapper are read.
 */
function isMachineField(c: Element, container: Element, name: string, id: string, type: string): boolean {
  if (MACHINE_FIELD.test(name) || MACHINE_FIELD.test(id)) return true;
  if (type === 'email') return false;
  let el: Element | null = c;
  for (let i = 0; i < 2 && el && el !== container && el.type === 'tag'; i++, el = el.parent as Element | null) {
    const style = attr(el, 'style') ?? '';
    if (OFF_SCREEN.test(style) || attr(el, 'aria-hidden') === 'true' || (el === c && HIDDEN_STYLE.test(style))) return true;
  }
  return false;
}

/**
 * The container's own text up to a few hundred characters, then the text just before the form
 * (short preceding siblings, climbing a few levels, until a long block of content): the heading a sign-up box carries
 * often sits beside the form rather than around it.
 */
function contextText(el: Element): string {
  const parent = el.parent as Element | null;
  const box = parent && parent.type === 'tag' ? parent : el;
  const parts = [textOf(box, 400)];
  let budget = 240;
  const HEADING_MAX = 200;
  let node: Element | null = el;
  for (let level = 0; level < 4 && node && budget > 0; level++) {
    for (let prev = node.prev; prev && budget > 0; prev = prev.prev) {
      const t = textOf(prev, HEADING_MAX + 1);
      if (!t) continue;
      // A long block before the form is content (an article), not the box's heading.
      if (t.length > HEADING_MAX) {
        budget = 0;
        break;
      }
      parts.push(t);
      budget -= t.length;
    }
    const up: Element | null = node.parent as Element | null;
    node = up && up.type === 'tag' ? up : null;
  }
  return parts.join(' ').toLowerCase();
}
