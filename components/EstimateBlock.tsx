/**
 * What a channel's budget line buys in a month — clicks and sales — from cost per click and
 * conversion rate. The user can enter their own figures (cost per click in the budget's
 * currency); until then the benchmark's stand in, named with source, year and region.
 */
import type { Estimate, OwnFigures } from '../lib/plan/estimate';
import type { PlanInput } from '../lib/plan/plan-input';
import { SETTING } from '../lib/plan/settings';
import { estimateText } from '../lib/plan/markdown';
import { useI18n } from './I18nContext';
import { useSettingDraft } from './useSetting';

const parse = (s: string) => {
  const n = Number(s.replace(',', '.'));
  return s.trim() !== '' && Number.isFinite(n) && n > 0 ? n : undefined;
};

export function EstimateBlock({ estimate: e, plan }: { estimate: Estimate; plan: PlanInput }) {
  const i = useI18n();
  const { t, number } = i;
  const [inputs, setInputs] = useSettingDraft<Record<string, OwnFigures>>(SETTING.estimateInputs, plan.settings.estimateInputs);
  const mine = inputs[e.channel] ?? {};
  const edit = (k: keyof OwnFigures, v: string) => {
    const next = { ...mine, [k]: parse(v) };
    if (next[k] === undefined) delete next[k];
    setInputs({ ...inputs, [e.channel]: next });
  };
  // The benchmark figure (when there is one) is the placeholder: what is used until the user types.
  const cpcHint = e.cpcSource !== 'own' && e.cpc ? number(e.cpc.amount) : '';
  const cvrHint = e.cvrSource !== 'own' && e.conversionRate !== null ? number(e.conversionRate) : '';
  return (
    <div className="estimate small" data-testid="estimate" data-estimate={e.channel}>
      <p>
        <strong>{t('reach_estimate')}:</strong> {estimateText(e, i)}
      </p>
      <div className="grid3">
        <label>
          {t('reach_your_cpc', e.spend.currency)}
          <input className="num-input" inputMode="decimal" dir="ltr" data-field={`cpc-${e.channel}`} value={mine.cpc ?? ''} placeholder={cpcHint} onChange={(ev) => edit('cpc', ev.target.value)} />
        </label>
        <label>
          {t('reach_your_cvr')}
          <input className="num-input" inputMode="decimal" dir="ltr" data-field={`cvr-${e.channel}`} value={mine.cvr ?? ''} placeholder={cvrHint} onChange={(ev) => edit('cvr', ev.target.value)} />
        </label>
      </div>
    </div>
  );
}
