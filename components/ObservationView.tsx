/** A single clip opened from evidence anywhere: its screenshot and all its evidence. */
import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { observationById, screenshotOf } from '../lib/store/queries-plan';
import type { Id } from '../lib/plan/model';
import { useI18n } from './I18nContext';
import { ObservationDetails } from './ObservationDetails';
import { OffersList } from './OffersList';
import { MessagingBlock } from './MessagingBlock';
import { AdsGallery } from './AdsGallery';

export function ObservationView({ id }: { id: Id }) {
  const { t } = useI18n();
  const o = useLiveQuery(() => observationById(id), [id]);
  const [shot, setShot] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    let url: string | null = null;
    void screenshotOf(id).then((s) => setShot((url = s)));
    return () => {
      if (url?.startsWith('blob:')) URL.revokeObjectURL(url);
    };
  }, [id]);
  if (o === undefined) return <p className="muted">{t('loading')}</p>;
  return (
    <section data-view="observation">
      <h2 dir="auto">{o.obs.page.title ?? o.obs.url}</h2>
      <h4>{t('obs_screenshot')}</h4>
      {shot ? <img className="screenshot" src={shot} alt={t('obs_screenshot')} /> : <p className="muted">{shot === null ? t('obs_no_screenshot') : t('loading')}</p>}
      <ObservationDetails o={o} />
      {o.obs.offers.length ? (
        <>
          <h4>{t('profile_offers')}</h4>
          <OffersList offers={o.obs.offers} />
        </>
      ) : null}
      <h4>{t('profile_messaging')}</h4>
      <MessagingBlock items={[o]} />
      {o.obs.ads.length ? (
        <>
          <h4>{t('profile_ads')}</h4>
          <AdsGallery items={[o]} />
        </>
      ) : null}
    </section>
  );
}
