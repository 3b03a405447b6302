/** The user's own context: audience, budget, team skills and time, goals, and how to read competitor presence. */
import { SKILLS } from '../lib/plan/channel-profiles';
import { GOALS, type UserContext, type SkillLevel } from '../lib/plan/context';
import { SETTING } from '../lib/plan/settings';
import { goalKey, skillKey } from '../lib/i18n/keys';
import { useI18n } from './I18nContext';
import { useSettingDraft } from './useSetting';

const num = (s: string) => (s.trim() === '' ? 0 : Math.max(0, Number(s.replace(',', '.')) || 0));

export function ContextForm({ context }: { context: UserContext }) {
  const { t } = useI18n();
  const [ctx, setCtx] = useSettingDraft<UserContext>(SETTING.context, context);
  const set = <K extends keyof UserContext>(k: K, v: UserContext[K]) => setCtx({ ...ctx, [k]: v });
  const aud = <K extends keyof UserContext['audience']>(k: K, v: UserContext['audience'][K]) => set('audience', { ...ctx.audience, [k]: v });
  return (
    <form className="form" onSubmit={(e) => e.preventDefault()} data-testid="context-form">
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
      <div className="grid3">
        <label>
          {t('ctx_budget')}
          <input inputMode="decimal" data-field="budget" value={String(ctx.monthlyBudget)} onChange={(e) => set('monthlyBudget', num(e.target.value))} />
        </label>
        <label>
          {t('ctx_currency')}
          <input data-field="currency" value={ctx.currency} maxLength={3} onChange={(e) => set('currency', e.target.value.toUpperCase().replace(/[^A-Z]/g, ''))} />
        </label>
        <label>
          {t('ctx_rate')}
          <input inputMode="decimal" value={ctx.usdPerUnit ?? ''} onChange={(e) => set('usdPerUnit', e.target.value.trim() ? num(e.target.value) : null)} />
        </label>
      </div>
      <label>
        {t('ctx_hours')}
        <input inputMode="numeric" value={String(ctx.hoursPerWeek)} onChange={(e) => set('hoursPerWeek', num(e.target.value))} />
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
      <fieldset>
        <legend>{t('ctx_goals')}</legend>
        {GOALS.map((g) => (
          <label key={g} className="inline">
            <input type="checkbox" checked={ctx.goals.includes(g)} onChange={(e) => set('goals', e.target.checked ? [...ctx.goals, g] : ctx.goals.filter((x) => x !== g))} /> {t(goalKey(g))}
          </label>
        ))}
      </fieldset>
      <label>
        {t('ctx_strategy')}
        <select value={ctx.presenceStrategy} onChange={(e) => set('presenceStrategy', e.target.value as UserContext['presenceStrategy'])}>
          {(['balanced', 'gap', 'proven'] as const).map((v) => <option key={v} value={v}>{t(`strategy_${v}`)}</option>)}
        </select>
      </label>
    </form>
  );
}
