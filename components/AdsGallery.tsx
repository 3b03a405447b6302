/**
 * Ads from the given clips as cards: the creative (a picked ad's stored cropped picture),
 * advertiser, headline, text, CTA and landing link. A creative the page only named by URL is a
 * link, never loaded: the panel fetches nothing from the pages it shows.
 */
import type { PlanObservation } from '../lib/plan/model';
import { useI18n } from './I18nContext';
import { useNav } from './NavContext';
import { SafeLink, safeHref } from './SafeLink';
import { AdCreative } from './AdCreative';

export function AdsGallery({ items, showCreatives = true }: { items: PlanObservation[]; showCreatives?: boolean }) {
  const { t, date, money } = useI18n();
  const nav = useNav();
  const ads = items.flatMap((o) => o.obs.ads.map((ad) => ({ o, ad }))).slice(0, 40);
  if (!ads.length) return <p className="muted">—</p>;
  return (
    <ul className="ads">
      {ads.map(({ o, ad }, k) => (
        <li key={k} className="ad card" data-testid="ad-card">
          {/* A picked ad's clip holds one ad, and its screenshot is that ad's crop. */}
          {showCreatives && o.obs.kind === 'ad' && o.obs.ads.length === 1 ? <AdCreative observationId={o.id} /> : null}
          <strong dir="auto">{ad.headline ?? ad.advertiser ?? t('ad_untitled')}</strong>
          {ad.text ? <p dir="auto">{ad.text}</p> : null}
          <div className="muted small">
            {[ad.advertiser, ad.platform, ad.position, ad.cta].filter(Boolean).join(' · ')}
            {ad.price != null ? ` · ${money(ad.price, ad.currency)}` : ''}
          </div>
          {ad.landingUrl ? <SafeLink href={ad.landingUrl}>{ad.displayUrl ?? ad.landingUrl}</SafeLink> : ad.displayUrl ? <span>{ad.displayUrl}</span> : null}
          {safeHref(ad.creativeUrl) ? (
            <p className="small">
              <SafeLink href={ad.creativeUrl}>{t('ad_creative_link')}</SafeLink>
            </p>
          ) : null}
          <button type="button" className="link small" onClick={() => nav.openObservation(o.id)}>
            {t('open_clip')} · {date(o.capturedAt)}
          </button>
        </li>
      ))}
    </ul>
  );
}
