/**
 * Goals against benchmarks: the typical figures (with their source) are editable, and the
 * user's goal for each sits beside it. Edited figures are marked as such.
 */
import type { PlanInput } from '../lib/plan/plan-input';
import { SETTING } from '../lib/plan/settings';
import { channelKey, metricKey } from '../lib/i18n/keys';
import { useI18n } from './I18nContext';
import { useSettingDraft } from './useSetting';
import { SafeLink } from './SafeLink';
import { benchmarkValue, sourceLabel } from '../lib/plan/markdown';

const parse = (s: string) => {
  const n = Number(s.replace(',', '.'));
  return s.trim() !== '' && Number.isFinite(n) ? n : undefined;
};

export function BenchmarksTable({ plan }: { plan: PlanInput }) {
  const i = useI18n();
  const { t } = i;
  const [overrides, setOverrides] = useSettingDraft<Record<string, number>>(SETTING.benchmarkOverrides, plan.settings.benchmarkOverrides);
  const [goals, setGoals] = useSettingDraft<Record<string, number>>(SETTING.goals, plan.settings.goals);
  const edit = (rec: Record<string, number>, id: string, v: string) => {
    const n = parse(v);
    const next = { ...rec };
    if (n === undefined) delete next[id];
    else next[id] = n;
    return next;
  };
  return (
    <div className="scroll-x">
      <table className="small benchmarks">
        <thead>
          <tr>
            <th>{t('bench_channel')}</th>
            <th>{t('bench_metric')}</th>
            <th>{t('bench_value')}</th>
            <th>{t('bench_goal')}</th>
            <th>{t('bench_source')}</th>
          </tr>
        </thead>
        <tbody>
          {plan.benchmarks.map((b) => (
            <tr key={b.id}>
              <td>{t(channelKey(b.channel))}</td>
              <td>
                {t(metricKey(b.metric))} ({b.unit})
                {b.unit !== '%' && plan.context.currency !== b.unit ? <div className="muted">≈ {benchmarkValue(b, overrides[b.id] ?? b.value, plan, i)}</div> : null}
              </td>
              <td>
                <input className="num-input" inputMode="decimal" aria-label={t('bench_value')} value={overrides[b.id] ?? b.value} onChange={(e) => setOverrides(edit(overrides, b.id, e.target.value))} />
                {b.source.note ? <span className="badge">{t('bench_edited')}</span> : null}
              </td>
              <td>
                <input className="num-input" inputMode="decimal" aria-label={t('bench_goal')} value={goals[b.id] ?? ''} onChange={(e) => setGoals(edit(goals, b.id, e.target.value))} />
              </td>
              <td>
                <SafeLink href={b.source.url}>{sourceLabel(b, i)}</SafeLink>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
