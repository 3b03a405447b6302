/** Offers with prices in the chosen language's number format, regular price and availability. */
import type { Offer } from '../lib/analyze/types';
import { useI18n } from './I18nContext';

export function OffersList({ offers }: { offers: Offer[] }) {
  const { t, money, number } = useI18n();
  return (
    <ul className="offers">
      {offers.slice(0, 20).map((o, k) => (
        <li key={k}>
          <span dir="auto">{o.name ?? o.sku ?? t('offer_unnamed')}</span>: <strong>{o.price === null ? t('offer_no_price') : money(o.price, o.currency)}</strong>
          {o.regularPrice !== undefined ? <s className="muted"> {money(o.regularPrice, o.currency)}</s> : null}
          {o.discountPercent !== undefined ? <span className="badge">−{number(o.discountPercent, 1)}%</span> : null}
          {o.availability ? <span className="muted small"> · {t(`availability_${o.availability}`)}</span> : null}
        </li>
      ))}
    </ul>
  );
}
