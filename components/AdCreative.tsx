/**
 * A picked ad's creative: the picture of the ad cropped when it was clipped, read from the
 * clip's stored screenshot. Never an image fetched from the page's URLs.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Id } from '../lib/plan/model';
import { clipScreenshot } from '../lib/store/screenshots';
import { useI18n } from './I18nContext';

export function AdCreative({ observationId }: { observationId: Id }) {
  const { t } = useI18n();
  const shot = useLiveQuery(() => clipScreenshot(observationId), [observationId]);
  if (shot === undefined) return null;
  if (!shot) return <p className="muted small">{t('ad_no_creative')}</p>;
  return <img className="creative" src={shot} alt={t('ad_creative')} data-testid="ad-creative" />;
}
