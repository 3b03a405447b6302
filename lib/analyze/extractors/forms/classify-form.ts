/**
 * A form's purpose from its features. Ordered rules, first match wins: the strong structural
 * signs (passwords, a message box, a search box, a quantity) before the words, and an e-mail
 * field in a small form is a signup unless the words say otherwise.
 */
import type { FormKind } from '../../types';
import type { FormFeatures } from './form-features';
import { FORM_WORDS, PROVIDER_ACTION } from './keywords';

interface Rule {
  kind: FormKind;
  when: (f: FormFeatures) => boolean;
}

const words = (f: FormFeatures) => `${f.text} ${f.context}`;
const says = (re: RegExp, f: FormFeatures) => re.test(f.text);
const around = (re: RegExp, f: FormFeatures) => re.test(words(f));
/** Fields a person fills in besides the e-mail. */
const others = (f: FormFeatures) => f.typed - f.email;

const RULES: readonly Rule[] = [
  { kind: 'register', when: (f) => f.password >= 2 || (f.password === 1 && (f.typed >= 4 || says(FORM_WORDS.register, f))) },
  { kind: 'login', when: (f) => f.password === 1 },
  { kind: 'newsletter', when: (f) => f.email >= 1 && others(f) <= 2 && f.textarea === 0 && PROVIDER_ACTION.test(f.action) },
  { kind: 'contact', when: (f) => f.textarea >= 1 && f.typed >= 2 },
  { kind: 'add-to-cart', when: (f) => f.email === 0 && (f.qty >= 1 || says(FORM_WORDS.cart, f)) },
  { kind: 'search', when: (f) => f.email === 0 && f.typed >= 1 && f.typed <= 3 && (f.search >= 1 || says(FORM_WORDS.search, f)) },
  { kind: 'password', when: (f) => f.email >= 1 && others(f) === 0 && says(FORM_WORDS.recovery, f) },
  { kind: 'login', when: (f) => f.email >= 1 && others(f) === 0 && says(FORM_WORDS.login, f) && !says(FORM_WORDS.newsletter, f) },
  { kind: 'newsletter', when: (f) => f.email >= 1 && others(f) <= 3 && f.textarea === 0 && around(FORM_WORDS.newsletter, f) },
  { kind: 'newsletter', when: (f) => f.email >= 1 && others(f) === 0 && f.textarea === 0 },
  // Old signup boxes name their one field anything ('ea', 'sendto'); the form's own words decide.
  { kind: 'newsletter', when: (f) => f.email === 0 && f.search === 0 && f.typed >= 1 && f.typed <= 2 && f.textarea === 0 && !says(FORM_WORDS.login, f) && (says(FORM_WORDS.newsletter, f) || PROVIDER_ACTION.test(f.action)) },
  { kind: 'register', when: (f) => f.email >= 1 && says(FORM_WORDS.register, f) },
  { kind: 'contact', when: (f) => f.textarea >= 1 || (f.email >= 1 && says(FORM_WORDS.contact, f)) },
  { kind: 'checkout', when: (f) => f.email >= 1 && f.typed >= 5 },
];

export function classifyForm(f: FormFeatures): FormKind {
  return RULES.find((r) => r.when(f))?.kind ?? 'other';
}
