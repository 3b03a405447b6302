/** A fetched observation a watch kept (its baseline or a confirmed change), opened from the inbox as evidence. */
import { useLiveQuery } from 'dexie-react-hooks';
import { watchObservation } from '../lib/store/watches';
import { useI18n } from './I18nContext';
import { ObservationDetails } from './ObservationDetails';
import { OffersList } from './OffersList';

export function WatchObservationView({ id }: { id: number }) {
  const { t } = useI18n();
  const row = useLiveQuery(() => watchObservation(id).then((r) => r ?? null), [id]);
  if (row === undefined) return <p className="muted">{t('loading')}</p>;
  if (row === null) return <p className="muted">—</p>;
  return (
    <section data-view="watch-observation">
      <h2 dir="auto">{row.observation.page.title ?? row.observation.url}</h2>
      <ObservationDetails o={{ id: row.id, competitorId: 0, capturedAt: row.capturedAt, obs: row.observation }} />
      {row.observation.offers.length ? (
        <>
          <h4>{t('profile_offers')}</h4>
          <OffersList offers={row.observation.offers} />
        </>
      ) : null}
    </section>
  );
}
