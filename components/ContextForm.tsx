/**
 * The user's own context, asked in the order Reach needs it: brand, market, monthly budget and
 * its currency, goal, audience; team and strategy under "more". Each step says whether it is
 * still missing: until all are given the plan is a draft on assumed values.
 */
import type { ReactNode } from 'react';
import { SKILLS } from '../lib/plan/channel-profiles';
import { GOALS, markStated, type ContextStep, type SkillLevel, type UserContext } from '../lib/plan/context';
import { MARKETS, MARKET_BY_COUNTRY } from '../lib/plan/markets';
import type { PlanCompetitor } from '../lib/plan/model';
import { SETTING } from '../lib/plan/settings';
import { goalKey, skillKey } from '../lib/i18n/keys';
import { setOwnBrand } from '../lib/store/queries-plan';
import { useI18n } from './I18nContext';
import { useSettingDraft } from './useSetting';

const num = (s: string) => (s.trim() === '' ? 0 : Math.max(0, Number(s.replace(',', '.')) || 0));
const OTHER = 'other';

/** Country and language names in the UI language; the code itself where Intl has no name. */
function displayName(locale: string, type: 'region' | 'language', code: string): string {
  try {
    return new Intl.DisplayNames([locale], { type }).of(code) ?? code;
  } catch {
    return code;
  }
}

function Step({ n, step, missing, title, children }: { n: number; step: ContextStep; missing: readonly ContextStep[]; title: string; children: ReactNode }) {
  const { t } = useI18n();
  const open = missing.includes(step);
  return (
    <fieldset className={`step${open ? ' missing' : ''}`} data-step={step}>
      <legend>
        {n}. {title} {open ? <span className="tag warn">{t('ctx_missing')}</span> : <span className="tag ok">{t('ctx_given')}</span>}
      </legend>
      {children}
    </fieldset>
  );
}

export function ContextForm({ context, competitors, missing }: { context: UserContext; competitors: PlanCompetitor[]; missing: readonly ContextStep[] }) {
  const { t, locale } = useI18n();
  const [ctx, setCtx] = useSettingDraft<UserContext>(SETTING.context, context);
  const set = <K extends keyof UserContext>(k: K, v: UserContext[K], step?: ContextStep) => setCtx(step ? markStated({ ...ctx, [k]: v }, step) : { ...ctx, [k]: v });
  const aud = <K extends keyof UserContext['audience']>(k: K, v: UserContext['audience'][K]) => set('audience', { ...ctx.audience, [k]: v }, 'audience');
  const own = competitors.find((c) => c.own);
  const brandChoice = own ? String(own.id) : OTHER;
  const pickBrand = (v: string) => {
    if (v === OTHER) {
      if (own) void setOwnBrand(own.id, false);
      return;
    }
    void setOwnBrand(Number(v), true);
    if (ctx.brandDomain) set('brandDomain', '');
  };
  const pickCountry = (country: string) => {
    const m = MARKET_BY_COUNTRY.get(country);
    const market = { country, language: m?.language ?? ctx.market.language, currency: m?.currency ?? ctx.market.currency };
    // A budget not yet entered follows the market's currency, so money reads in it from the start.
    const currency = !ctx.stated.includes('budget') && m ? m.currency : ctx.currency;
    setCtx({ ...ctx, market, currency, usdPerUnit: currency === ctx.currency ? ctx.usdPerUnit : null });
  };
  const languages = [...new Set(MARKETS.map((m) => m.language))];
  return (
    <form className="form context" onSubmit={(e) => e.preventDefault()} data-testid="context-form">
      <Step n={1} step="brand" missing={missing} title={t('ctx_step_brand_title')}>
        <label>
          {t('ctx_brand_pick')}
          <select data-field="brand" value={brandChoice} onChange={(e) => pickBrand(e.target.value)}>
            <option value={OTHER}>{t('ctx_brand_other')}</option>
            {competitors.map((c) => (
              <option key={String(c.id)} value={String(c.id)}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        {own ? null : (
          <label>
            {t('ctx_brand_domain')}
            <input data-field="brand-domain" dir="ltr" inputMode="url" placeholder="myshop.com" value={ctx.brandDomain} onChange={(e) => set('brandDomain', e.target.value.trim())} />
          </label>
        )}
      </Step>
      <Step n={2} step="market" missing={missing} title={t('ctx_step_market_title')}>
        <div className="grid3">
          <label>
            {t('ctx_country')}
            <select data-field="country" value={ctx.market.country} onChange={(e) => pickCountry(e.target.value)}>
              <option value="">—</option>
              {MARKETS.map((m) => (
                <option key={m.country} value={m.country}>
                  {displayName(locale, 'region', m.country)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('ctx_language')}
            <select data-field="market-language" value={ctx.market.language} onChange={(e) => set('market', { ...ctx.market, language: e.target.value })}>
              <option value="">—</option>
              {languages.map((l) => (
                <option key={l} value={l}>
                  {displayName(locale, 'language', l)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('ctx_market_currency')}
            <input data-field="market-currency" dir="ltr" value={ctx.market.currency} maxLength={3} onChange={(e) => set('market', { ...ctx.market, currency: e.target.value.toUpperCase().replace(/[^A-Z]/g, '') })} />
          </label>
        </div>
      </Step>
      <Step n={3} step="budget" missing={missing} title={t('ctx_step_budget_title')}>
        <div className="grid3">
          <label>
            {t('ctx_budget')}
            <input inputMode="decimal" dir="ltr" data-field="budget" value={ctx.stated.includes('budget') ? String(ctx.monthlyBudget) : ''} placeholder={String(ctx.monthlyBudget)} onChange={(e) => set('monthlyBudget', num(e.target.value), 'budget')} />
          </label>
          <label>
            {t('ctx_currency')}
            <input data-field="currency" dir="ltr" value={ctx.currency} maxLength={3} onChange={(e) => set('currency', e.target.value.toUpperCase().replace(/[^A-Z]/g, ''))} />
          </label>
          <label>
            {t('ctx_rate')}
            <input inputMode="decimal" dir="ltr" value={ctx.usdPerUnit ?? ''} onChange={(e) => set('usdPerUnit', e.target.value.trim() ? num(e.target.value) : null)} />
          </label>
        </div>
      </Step>
      <Step n={4} step="goal" missing={missing} title={t('ctx_step_goal_title')}>
        <div className="checks">
          {GOALS.map((g) => (
            <label key={g} className="inline">
              <input type="checkbox" data-goal={g} checked={ctx.stated.includes('goal') && ctx.goals.includes(g)} onChange={(e) => set('goals', e.target.checked ? [...new Set([...(ctx.stated.includes('goal') ? ctx.goals : []), g])] : ctx.goals.filter((x) => x !== g), 'goal')} /> {t(goalKey(g))}
            </label>
          ))}
        </div>
      </Step>
      <Step n={5} step="audience" missing={missing} title={t('ctx_step_audience_title')}>
        <label>
          {t('ctx_audience')}
          <textarea dir="auto" rows={2} data-field="audience" value={ctx.audience.description} placeholder={t('ctx_audience_placeholder')} onChange={(e) => aud('description', e.target.value)} />
        </label>
        <div className="grid3">
          <label>
            {t('ctx_age')}
            <select value={ctx.audience.age} onChange={(e) => aud('age', e.target.value as UserContext['audience']['age'])}>
              {(['young', 'adult', 'mature'] as const).map((v) => <option key={v} value={v}>{t(`age_${v}`)}</option>)}
            </select>
          </label>
          <label>
            {t('ctx_buyer')}
            <select value={ctx.audience.buyer} onChange={(e) => aud('buyer', e.target.value as UserContext['audience']['buyer'])}>
              {(['b2c', 'b2b'] as const).map((v) => <option key={v} value={v}>{t(`buyer_${v}`)}</option>)}
            </select>
          </label>
          <label>
            {t('ctx_purchase')}
            <select value={ctx.audience.purchase} onChange={(e) => aud('purchase', e.target.value as UserContext['audience']['purchase'])}>
              {(['impulse', 'considered'] as const).map((v) => <option key={v} value={v}>{t(`purchase_${v}`)}</option>)}
            </select>
          </label>
        </div>
      </Step>
      <details className="more">
        <summary>{t('ctx_more')}</summary>
        <label>
          {t('ctx_hours')}
          <input inputMode="numeric" dir="ltr" value={String(ctx.hoursPerWeek)} onChange={(e) => set('hoursPerWeek', num(e.target.value))} />
        </label>
        <fieldset>
          <legend>{t('ctx_skills')}</legend>
          {SKILLS.map((s) => (
            <label key={s} className="inline">
              {t(skillKey(s))}
              <select value={ctx.skills[s]} onChange={(e) => set('skills', { ...ctx.skills, [s]: Number(e.target.value) as SkillLevel })}>
                {[0, 1, 2].map((l) => <option key={l} value={l}>{t(`skill_level_${l}`)}</option>)}
              </select>
            </label>
          ))}
        </fieldset>
        <label>
          {t('ctx_strategy')}
          <select value={ctx.presenceStrategy} onChange={(e) => set('presenceStrategy', e.target.value as UserContext['presenceStrategy'])}>
            {(['balanced', 'gap', 'proven'] as const).map((v) => <option key={v} value={v}>{t(`strategy_${v}`)}</option>)}
          </select>
        </label>
      </details>
    </form>
  );
}
