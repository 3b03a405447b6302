/** Promotions seen across clips, newest first, each opening its clip. */
import type { PlanObservation } from '../lib/plan/model';
import { useI18n } from './I18nContext';
import { useNav } from './NavContext';

export function PromotionsList({ items }: { items: PlanObservation[] }) {
  const { t, date } = useI18n();
  const nav = useNav();
  const rows = items.flatMap((o) => o.obs.promotions.map((p) => ({ o, p }))).slice(0, 30);
  if (!rows.length) return <p className="muted">—</p>;
  return (
    <ul>
      {rows.map(({ o, p }, k) => (
        <li key={k}>
          <span className="tag">{t(`promo_${p.type.replace(/-/g, '_')}`)}</span> <span dir="auto">{p.text}</span>{' '}
          <button type="button" className="link small" onClick={() => nav.openObservation(o.id)}>
            {date(o.capturedAt)}
          </button>
        </li>
      ))}
    </ul>
  );
}
