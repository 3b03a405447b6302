/**
 * What happens to each form control before a page is stored: the marketer keeps the page's
 * structure (a signup form and its field names are evidence of email capture) but never what a
 * visitor typed, a password field, or a session's secret. Pure decisions over an element's
 * attributes, so they are tested in Node; sanitize-dom.ts applies them to a cloned document.
 * (`<meta name="csrf-token">` is judged here too: it holds the same secret as a hidden field.)
 */

import { isHiddenSecretName, isSecretName, isSecretValue, SECRET_SHAPES } from './redact-rules';

export type ControlVerdict =
  /** Leave as it is (labels of buttons, checkboxes' option values, ordinary hidden fields). */
  | 'keep'
  /** Keep the field, drop what it holds (the `value` attribute, a textarea's text). */
  | 'clear'
  /** Drop the whole element (password fields, secrets, one-time codes). */
  | 'remove'
  /** Keep the element and its name, replace what it holds (a secret `<meta>`'s content: the name is a vendor's marker). */
  | 'redact';

export interface ControlAttrs {
  /** Tag name: input, textarea, select, meta… */
  tag: string;
  type?: string | null;
  name?: string | null;
  id?: string | null;
  autocomplete?: string | null;
  value?: string | null;
  /** `<meta content>` */
  content?: string | null;
  /** `<meta property>` */
  property?: string | null;
}

/** Input types whose value is the button's label or an option's id, not something typed. */
const LABEL_TYPES = new Set(['submit', 'button', 'reset', 'image', 'checkbox', 'radio', 'color', 'range']);

/** Field names and ids that say "secret": CSRF tokens, nonces, session ids, auth codes. */
export const SECRET_NAME_PATTERNS: readonly RegExp[] = [
  /csrf|xsrf/i,
  /token/i,
  /nonce/i,
  /sess(ion)?(_|-)?id|^session/i,
  /auth(?!or)/i,
  /secret/i,
  /signature|^sig$/i,
  /captcha/i,
  /otp|one.?time/i,
  /requestverification/i,
  /(^|[_\-.[])(api|access|private|secret|license)[_-]?key/i,
  /password|passwd|^pwd$|^pin$/i,
];

/** `autocomplete` values browsers fill with secrets or payment data. */
const SECRET_AUTOCOMPLETE = new Set(['current-password', 'new-password', 'one-time-code', 'cc-number', 'cc-csc', 'cc-exp', 'cc-exp-month', 'cc-exp-year']);

/** Hidden values that carry a person's details. */
const PERSONAL_VALUE = /@|^\+?[\d\s().-]{8,}$/;

/** `<meta name>`s that carry the session's anti-forgery token (Rails, Laravel, Django templates): removed whole. */
const SECRET_META = /csrf|xsrf/i;

export function controlVerdict(c: ControlAttrs): ControlVerdict {
  const tag = c.tag.toLowerCase();
  if (tag === 'textarea') return 'clear';
  if (tag === 'meta') return metaVerdict(c);
  if (tag !== 'input') return 'keep';
  const type = (c.type ?? 'text').trim().toLowerCase() || 'text';
  if (type === 'password' || isSecretField(c)) return 'remove';
  if (type === 'hidden') return [c.name, c.id].some(isHiddenSecretName) ? 'remove' : hiddenVerdict(c.value);
  return LABEL_TYPES.has(type) ? 'keep' : 'clear';
}

function isSecretField(c: ControlAttrs): boolean {
  const auto = (c.autocomplete ?? '').toLowerCase().split(/\s+/);
  if (auto.some((a) => SECRET_AUTOCOMPLETE.has(a))) return true;
  const names = [c.name, c.id].filter((x): x is string => !!x);
  return names.some((n) => SECRET_NAME_PATTERNS.some((p) => p.test(n)));
}

function metaVerdict(c: ControlAttrs): ControlVerdict {
  const name = c.name ?? c.property ?? '';
  if (SECRET_META.test(name)) return 'remove';
  if (isSecretName(name)) return c.content ? 'redact' : 'keep';
  return c.content && SECRET_SHAPES.some((re) => new RegExp(re.source, 'i').test(c.content!)) ? 'redact' : 'keep';
}

function hiddenVerdict(value: string | null | undefined): ControlVerdict {
  const v = (value ?? '').trim();
  if (isSecretValue(v)) return 'remove';
  return PERSONAL_VALUE.test(v) ? 'clear' : 'keep';
}
