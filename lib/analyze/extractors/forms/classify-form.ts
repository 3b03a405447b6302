/**
 * A form's purpose from its features. Ordered rules, first match wins: the strong structural
 * signs (passwords, a user name, a message box, a search box, a quantity) before the words.
 * Then the purposes an e-mail box can have besides a list — recovering a password, an account,
 * an alert with its schedule, a captcha-guarded flow, sending one copy of a page, suggesting a
 * site — each unless the words name a mailing list outright. Last, an e-mail field in a small
 * form is a sign-up.
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
/** Fields besides the e-mail and a name: what a sign-up box does not ask. */
const extra = (f: FormFeatures) => others(f) - f.name;
/** The words name a mailing list outright: that outweighs account, alert and copy words. */
const namesList = (f: FormFeatures) => around(FORM_WORDS.newsletterStrict, f);
const small = (f: FormFeatures) => f.email >= 1 && f.textarea === 0;

const RULES: readonly Rule[] = [
  // A second password, a name beside it or a new-password field: an account is being made.
  { kind: 'register', when: (f) => f.password >= 2 || (f.password === 1 && (f.typed >= 4 || f.name >= 1 || f.text.includes('new-password') || says(FORM_WORDS.register, f))) },
  { kind: 'login', when: (f) => f.password === 1 },
  { kind: 'register', when: (f) => f.username >= 1 && f.email >= 1 && !around(FORM_WORDS.recovery, f) && !namesList(f) },
  { kind: 'password', when: (f) => f.username >= 1 && around(FORM_WORDS.recovery, f) },
  { kind: 'newsletter', when: (f) => small(f) && others(f) <= 2 && f.url === 0 && f.captcha === 0 && PROVIDER_ACTION.test(f.action) },
  { kind: 'contact', when: (f) => f.textarea >= 1 && f.typed >= 2 },
  { kind: 'add-to-cart', when: (f) => f.email === 0 && (f.qty >= 1 || says(FORM_WORDS.cart, f)) },
  { kind: 'search', when: (f) => f.email === 0 && f.typed >= 1 && f.typed <= 3 && (f.search >= 1 || says(FORM_WORDS.search, f)) },
  { kind: 'password', when: (f) => f.email >= 1 && others(f) <= 1 && (says(FORM_WORDS.recovery, f) || (around(FORM_WORDS.recovery, f) && !namesList(f))) },
  { kind: 'login', when: (f) => f.email >= 1 && others(f) === 0 && says(FORM_WORDS.login, f) && !says(FORM_WORDS.newsletter, f) },
  // An e-mail box that is not a list, unless its words name one.
  { kind: 'register', when: (f) => f.email >= 1 && (FORM_WORDS.register.test(f.visible) || FORM_WORDS.account.test(f.visible)) && !namesList(f) },
  { kind: 'alert', when: (f) => f.email >= 1 && (f.frequency >= 1 || around(FORM_WORDS.alert, f)) && !namesList(f) },
  { kind: 'other', when: (f) => f.email >= 1 && (f.captcha >= 1 || f.url >= 1 || around(FORM_WORDS.suggest, f)) && !namesList(f) },
  { kind: 'other', when: (f) => f.email >= 1 && around(FORM_WORDS.sendCopy, f) && !around(FORM_WORDS.newsletter, f) },
  { kind: 'other', when: (f) => f.email >= 2 },
  { kind: 'newsletter', when: (f) => small(f) && others(f) <= 3 && around(FORM_WORDS.newsletter, f) },
  { kind: 'newsletter', when: (f) => small(f) && extra(f) === 0 && f.name <= 2 },
  // Old signup boxes name their one field anything ('ea', 'sendto'); the form's own words decide.
  { kind: 'newsletter', when: (f) => f.email === 0 && f.search === 0 && f.typed >= 1 && f.typed <= 2 && f.textarea === 0 && !says(FORM_WORDS.login, f) && !says(FORM_WORDS.account, f) && (says(FORM_WORDS.newsletter, f) || PROVIDER_ACTION.test(f.action)) },
  { kind: 'register', when: (f) => f.email >= 1 && says(FORM_WORDS.register, f) },
  { kind: 'contact', when: (f) => f.textarea >= 1 || (f.email >= 1 && says(FORM_WORDS.contact, f)) },
  { kind: 'checkout', when: (f) => f.email >= 1 && f.typed >= 5 },
];

export function classifyForm(f: FormFeatures): FormKind {
  return RULES.find((r) => r.when(f))?.kind ?? 'other';
}
