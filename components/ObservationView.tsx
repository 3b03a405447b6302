/** A single clip opened from evidence anywhere: what changed since the previous clip of the page, its screenshot and all its evidence. */
import { useLiveQuery } from 'dexie-react-hooks';
import { changesSincePrevious, observationById } from '../lib/store/queries-plan';
import { clipScreenshot } from '../lib/store/screenshots';
import type { Id } from '../lib/plan/model';
import { useI18n } from './I18nContext';
import { ObservationDetails } from './ObservationDetails';
import { OffersList } from './OffersList';
import { MessagingBlock } from './MessagingBlock';
import { AdsGallery } from './AdsGallery';
import { ChangeList } from './ChangeList';
import { useNav } from './NavContext';
import { WatchButton } from './WatchButton';
import { HiddenTagsNote } from './HiddenTagsNote';
import { ClippedBy } from './ClippedBy';
import { hiddenTagSigns } from '../lib/plan/hidden-tags';

export function ObservationView({ id }: { id: Id }) {
  const { t, dateTime } = useI18n();
  const nav = useNav();
  const o = useLiveQuery(() => observationById(id), [id]);
  const since = useLiveQuery(() => changesSincePrevious(id), [id]);
  const shot = useLiveQuery(() => clipScreenshot(id), [id]);
  if (o === undefined) return <p className="muted">{t('loading')}</p>;
  return (
    <section data-view="observation">
      <h2 dir="auto">{o.obs.page.title ?? o.obs.url}</h2>
      <ClippedBy id={id} />
      {o.obs.kind === 'page' || o.obs.kind === 'product' ? <WatchButton url={o.obs.url} /> : null}
      {since?.changes.length ? (
        <div className="card" data-testid="changes-since">
          <h4>{t('changes_title')}</h4>
          <p className="small muted">
            <button type="button" className="link" onClick={() => nav.openObservation(since.previous.id)}>
              {dateTime(since.previous.capturedAt)}
            </button>
          </p>
          <ChangeList changes={since.changes} />
        </div>
      ) : null}
      <h4>{t('obs_screenshot')}</h4>
      {shot ? <img className="screenshot" src={shot} alt={t('obs_screenshot')} /> : <p className="muted">{shot === null ? t('obs_no_screenshot') : t('loading')}</p>}
      <HiddenTagsNote signs={hiddenTagSigns(o.obs)} />
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
          <AdsGallery items={[o]} showCreatives={false} />
        </>
      ) : null}
    </section>
  );
}
