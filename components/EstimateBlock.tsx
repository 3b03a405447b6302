/**
 * What a channel's budget line buys in a month — clicks and sales — from cost per click and
 * conversion rate. Both figures are editable here: the user's own numbers replace the
 * benchmark (stored as benchmark overrides, so the plan and the goals table use them too).
 */
import type { Estimate } from '../lib/plan/estimate';
import type { PlanInput } from '../lib/plan/plan-input';
import { SETTING } from '../lib/plan/settings';
import { sourceLabel } from '../lib/plan/markdown';
import { useI18n } from './I18nContext';
import { useSettingDraft } from './useSetting';

const parse = (s: string) => {
  const n = Number(s.replace(',', '.'));
  return s.trim() !== '' && Number.isFinite(n) && n > 0 ? n : undefined;
};

export function EstimateBlock({ estimate: e, plan }: { estimate: Estimate; plan: PlanInput }) {
  const i = useI18n();
  const { t, number, money } = i;
  const [overrides, setOverrides] = useSettingDraft<Record<string, number>>(SETTING.benchmarkOverrides, plan.settings.benchmarkOverrides);
  const edit = (id: string, v: string) => {
    const n = parse(v);
    const next = { ...overrides };
    if (n === undefined) delete next[id];
    else next[id] = n;
    setOverrides(next);
  };
  const [cpcB, cvrB] = e.sources;
  return (
    <div className="estimate small" data-testid="estimate" data-channel={e.channel}>
      <p>
        <strong>{t('reach_estimate')}:</strong> {t('reach_estimate_line', number(e.clicks, 0), number(e.sales, 0), money(e.cpc.amount, e.cpc.currency), `${number(e.conversionRate)} %`)}
      </p>
      <div className="grid3">
        <label>
          {t('reach_your_cpc')}
          <input className="num-input" inputMode="decimal" dir="ltr" data-field={`cpc-${e.channel}`} value={overrides[cpcB.id] ?? ''} placeholder={String(cpcB.value)} onChange={(ev) => edit(cpcB.id, ev.target.value)} />
        </label>
        <label>
          {t('reach_your_cvr')}
          <input className="num-input" inputMode="decimal" dir="ltr" data-field={`cvr-${e.channel}`} value={overrides[cvrB.id] ?? ''} placeholder={String(cvrB.value)} onChange={(ev) => edit(cvrB.id, ev.target.value)} />
        </label>
      </div>
      <p className="muted">{e.sources.map((b) => (b.source.note ? t('bench_yours') : sourceLabel(b, i))).filter((x, k, a) => a.indexOf(x) === k).join(' · ')}</p>
    </div>
  );
}
