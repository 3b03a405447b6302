/** Headlines, value propositions and calls to action from the given clips, de-duplicated. */
import type { PlanObservation } from '../lib/plan/model';
import { useI18n } from './I18nContext';

export function MessagingBlock({ items }: { items: PlanObservation[] }) {
  const { t } = useI18n();
  const uniq = (xs: (string | null | undefined)[]) => [...new Set(xs.filter((x): x is string => !!x && !!x.trim()))].slice(0, 12);
  const headlines = uniq(items.flatMap((o) => [o.obs.messaging?.headline, o.obs.messaging?.hero]));
  const props = uniq(items.flatMap((o) => o.obs.messaging?.valueProps ?? []));
  const ctas = uniq(items.flatMap((o) => o.obs.messaging?.ctas ?? []));
  return (
    <dl className="facts">
      <dt>{t('obs_headline')}</dt>
      <dd>{headlines.length ? headlines.map((h) => <div key={h} dir="auto">{h}</div>) : '—'}</dd>
      <dt>{t('obs_value_props')}</dt>
      <dd>{props.length ? props.map((h) => <div key={h} dir="auto">{h}</div>) : '—'}</dd>
      <dt>{t('obs_ctas')}</dt>
      <dd>{ctas.length ? ctas.map((h) => <span key={h} className="chip" dir="auto">{h}</span>) : '—'}</dd>
    </dl>
  );
}
