/**
 * Ads from the given clips as cards: advertiser, headline, text, CTA, landing link, and the
 * creative as a link: the panel shows stored pictures only, never one loaded from the web
 * (loading it would tell the ad's server who looked and when; the CSP forbids it too).
 */
import type { PlanObservation } from '../lib/plan/model';
import { useI18n } from './I18nContext';
import { useNav } from './NavContext';
import { SafeLink, safeHref } from './SafeLink';

export function AdsGallery({ items }: { items: PlanObservation[] }) {
  const { t, date, money } = useI18n();
  const nav = useNav();
  const ads = items.flatMap((o) => o.obs.ads.map((ad) => ({ o, ad }))).slice(0, 40);
  if (!ads.length) return <p className="muted">—</p>;
  return (
    <ul className="ads">
      {ads.map(({ o, ad }, k) => (
        <li key={k} className="ad card">
          {safeHref(ad.creativeUrl) ? (
            <SafeLink className="small creative" href={ad.creativeUrl}>
              {t('ad_creative_link')}
            </SafeLink>
          ) : null}
          <strong dir="auto">{ad.headline ?? ad.advertiser ?? t('ad_untitled')}</strong>
          {ad.text ? <p dir="auto">{ad.text}</p> : null}
          <div className="muted small">
            {[ad.advertiser, ad.platform, ad.position, ad.cta].filter(Boolean).join(' · ')}
            {ad.price != null ? ` · ${money(ad.price, ad.currency)}` : ''}
          </div>
          {ad.landingUrl ? <SafeLink href={ad.landingUrl}>{ad.displayUrl ?? ad.landingUrl}</SafeLink> : ad.displayUrl ? <span>{ad.displayUrl}</span> : null}
          <button type="button" className="link small" onClick={() => nav.openObservation(o.id)}>
            {t('open_clip')} · {date(o.capturedAt)}
          </button>
        </li>
      ))}
    </ul>
  );
}
