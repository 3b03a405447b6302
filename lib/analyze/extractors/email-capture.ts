/**
 * Does the page capture e-mail (or SMS) subscribers? Newsletter and signup forms told apart from
 * login, search, contact and checkout forms, plus the pop-up and e-mail/SMS providers the
 * technology scan found (their forms render late, often outside any <form>).
 */
import type { Element } from 'domhandler';
import { locate, type PageDoc } from '../document';
import type { EmailCapture, Evidence, FormKind, Technology } from '../types';
import { classifyForm } from './forms/classify-form';
import { formFeatures } from './forms/form-features';

/** Technology categories whose presence is itself an e-mail or SMS signup on the page. */
const CAPTURE_CATEGORIES = new Set(['popup', 'email', 'sms']);

export interface ClassifiedForm {
  kind: FormKind;
  selector: string;
  fields: string[];
  el: Element;
  hasPhone: boolean;
}

export function extractEmailCapture(doc: PageDoc, technologies: Technology[]): EmailCapture {
  const forms = classifyForms(doc);
  const signups = forms.filter((f) => f.kind === 'newsletter');
  const evidence: Evidence[] = signups.map((f) => ({ source: 'form', value: `newsletter form (${f.fields.join(', ') || 'e-mail'})`, selector: f.selector }));
  const providers = technologies.filter((t) => t.categories.some((c) => CAPTURE_CATEGORIES.has(c)));
  for (const t of providers) evidence.push({ source: 'technology', value: t.name, ref: t.id });
  return {
    present: evidence.length > 0,
    signupForm: signups.length > 0,
    sms: signups.some((f) => f.hasPhone) || providers.some((t) => t.categories.includes('sms')),
    forms: forms.map(({ kind, selector, fields }) => ({ kind, selector, fields })),
    evidence,
  };
}

/**
 * Every <form> in document order, then every e-mail field outside a form grouped by its
 * container (widgets built with <div>s and script).
 */
export function classifyForms(doc: PageDoc): ClassifiedForm[] {
  const byForm = new Map<Element, Element[]>(doc.forms.map((f) => [f, []]));
  const loose = new Map<Element, Element[]>();
  for (const c of doc.controls) {
    const form = enclosingForm(c);
    if (form && byForm.has(form)) byForm.get(form)!.push(c);
    else if (isEmailInput(c)) {
      const box = looseContainer(c);
      if (!loose.has(box)) loose.set(box, controlsIn(box, doc.controls));
    }
  }
  return [...byForm, ...loose].map(([el, controls]) => {
    const f = formFeatures(el, controls);
    return { kind: classifyForm(f), selector: locate(el), fields: f.fieldNames, el, hasPhone: f.tel > 0 };
  });
}

function enclosingForm(el: Element): Element | null {
  for (let p = el.parent; p && p.type !== 'root'; p = p.parent) if ((p as Element).name === 'form') return p as Element;
  return null;
}

function isEmailInput(c: Element): boolean {
  return c.name === 'input' && (c.attribs.type ?? '').toLowerCase() === 'email';
}

/** Up to three levels above the field: far enough to hold its button and heading, not the page. */
function looseContainer(el: Element): Element {
  let box = el;
  for (let i = 0; i < 3 && box.parent && box.parent.type === 'tag'; i++) box = box.parent as Element;
  return box;
}

function controlsIn(box: Element, controls: Element[]): Element[] {
  return controls.filter((c) => {
    for (let p: Element | null = c; p; p = p.parent as Element | null) if (p === box) return true;
    return false;
  });
}
