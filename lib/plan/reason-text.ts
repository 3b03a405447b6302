/**
 * Reasons and the draft notice as sentences in the reader's language, shared by the panel and
 * the exported plan so both say exactly the same thing.
 */
import type { I18n } from '../i18n';
import type { ContextStep } from './context';
import type { Reason, ReasonParam } from './scoring';

type Words = Pick<I18n, 't' | 'number' | 'money'>;

const param = (p: ReasonParam, i: Words): string => (typeof p === 'number' ? i.number(p) : typeof p === 'string' ? p : i.money(Math.round(p.amount), p.currency));

export function reasonText(r: Reason, i: Words): string {
  return i.t(r.key, ...r.params.map((p) => param(p, i)));
}

/** "brand, market, budget…" in the reader's language, in the order the form asks. */
export function stepsText(steps: readonly ContextStep[], i: Pick<I18n, 't'>): string {
  return steps.map((s) => i.t(`ctx_step_${s}`)).join(', ');
}

/** The sentence that opens a recommendation or plan made on assumed values; empty when nothing is missing. */
export function draftNotice(missing: readonly ContextStep[], i: Pick<I18n, 't'>): string {
  return missing.length ? i.t('plan_draft', stepsText(missing, i)) : '';
}
