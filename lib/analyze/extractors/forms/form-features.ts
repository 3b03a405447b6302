/**
 * What a form is made of, read once: its visible fields by kind, and one lower-cased text of
 * everything that names it (attributes, hidden field names, labels, placeholders, buttons and
 * the words just around it). The classifier only reads these features.
 */
import type { Element } from 'domhandler';
import { attr, textOf } from '../../document';
import { EMAIL_FIELD, QTY_FIELD, SEARCH_FIELD } from './keywords';

export interface FormFeatures {
  email: number;
  password: number;
  search: number;
  textarea: number;
  tel: number;
  qty: number;
  /** Visible fields a person types into (checkboxes, radios and drop-downs apart). */
  typed: number;
  select: number;
  checkbox: number;
  /** Field names as the page wrote them, for evidence. */
  fieldNames: string[];
  /** Lower-cased words naming the form and its fields. */
  text: string;
  /** Lower-cased words around the form (its container's text). */
  context: string;
  action: string;
}

const NOT_TYPED = new Set(['hidden', 'submit', 'button', 'image', 'reset', 'checkbox', 'radio', 'file']);

export function formFeatures(container: Element, controls: Element[]): FormFeatures {
  const f: FormFeatures = { email: 0, password: 0, search: 0, textarea: 0, tel: 0, qty: 0, typed: 0, select: 0, checkbox: 0, fieldNames: [], text: '', context: '', action: '' };
  const words: string[] = [attr(container, 'id') ?? '', attr(container, 'class') ?? '', attr(container, 'name') ?? '', attr(container, 'role') ?? ''];
  f.action = (attr(container, 'action') ?? '').toLowerCase();
  for (const c of controls) readControl(c, f, words);
  words.push(textOf(container, 600));
  f.text = `${words.join(' ')} ${f.action}`.toLowerCase();
  f.context = contextText(container);
  return f;
}

function readControl(c: Element, f: FormFeatures, words: string[]): void {
  const type = (attr(c, 'type') ?? (c.name === 'input' ? 'text' : c.name)).toLowerCase();
  const name = attr(c, 'name') ?? '';
  const naming = [name, attr(c, 'id'), attr(c, 'placeholder'), attr(c, 'aria-label'), attr(c, 'autocomplete'), attr(c, 'title')].filter(Boolean).join(' ');
  const lower = naming.toLowerCase();
  words.push(naming);
  if (type === 'submit' || type === 'button' || c.name === 'button') words.push(attr(c, 'value') ?? '', textOf(c, 80));
  if (type === 'hidden') words.push(attr(c, 'value')?.slice(0, 40) ?? '');
  if (NOT_TYPED.has(type) || c.name === 'button') {
    if (type === 'checkbox' || type === 'radio') f.checkbox++;
    return;
  }
  if (name) f.fieldNames.push(name);
  if (c.name === 'select') {
    f.select++;
    return;
  }
  f.typed++;
  if (type === 'password') f.password++;
  else if (type === 'email' || EMAIL_FIELD.test(lower)) f.email++;
  else if (type === 'search' || SEARCH_FIELD.test(name.toLowerCase())) f.search++;
  else if (type === 'tel') f.tel++;
  if (c.name === 'textarea') f.textarea++;
  if (QTY_FIELD.test(lower) || (type === 'number' && /q/.test(lower))) f.qty++;
}

/** The container's own text up to a few hundred characters: the heading a signup box carries. */
function contextText(el: Element): string {
  const parent = el.parent as Element | null;
  const box = parent && parent.type === 'tag' ? parent : el;
  return textOf(box, 400).toLowerCase();
}
