/**
 * The competitor at a glance, first thing on the profile: channels by paid / owned / earned with
 * the strongest evidence of each, price band and discount depth, current promotions, stack
 * highlights, what changed since the last clip, and whether tags may have been hidden.
 */
import type { MediaType } from '../lib/analyze/types';
import { MEDIA_ORDER, type ChannelGlance, type ProfileSummary } from '../lib/plan/profile-summary';
import { categoryKey, channelKey, levelKey, mediaKey } from '../lib/i18n/keys';
import { useI18n } from './I18nContext';
import { useNav } from './NavContext';
import { ChangeList } from './ChangeList';
import { HiddenTagsNote } from './HiddenTagsNote';

function GlanceLine({ g, clips }: { g: ChannelGlance; clips: number }) {
  const { t, percent, number } = useI18n();
  return (
    <li data-channel={g.channel}>
      <span className={`level l${g.level}`} aria-hidden="true" /> <strong>{t(channelKey(g.channel))}</strong> · {t(levelKey(g.level))}{' '}
      <span className="muted">
        ({t('obs_confidence', percent(g.strength))} · {t('in_clips_of', number(g.clips), number(clips))})
      </span>
      {g.strongest ? (
        <div className="muted evidence-line" dir="auto">
          {t('strongest_evidence')}: {g.strongest.value.slice(0, 100)}
        </div>
      ) : null}
    </li>
  );
}

function MediaGroup({ media, s }: { media: MediaType; s: ProfileSummary }) {
  const { t } = useI18n();
  const list = s.channels[media];
  // Paid tags are what a first-party tag server or a consent manager hides.
  const hidden = media === 'paid' && s.hidden.length > 0;
  return (
    <div className={`media-group ${media}`} data-media={media}>
      <h5>{t(mediaKey(media))}</h5>
      {list.length ? (
        <ul className="glance">
          {list.map((g) => (
            <GlanceLine key={g.channel} g={g} clips={s.clips} />
          ))}
        </ul>
      ) : (
        <p className="muted small" data-testid={hidden ? 'not-detected' : 'absent'}>
          {hidden ? t('media_not_detected') : t('media_none_seen')}
        </p>
      )}
    </div>
  );
}

export function ProfileSummaryCard({ s }: { s: ProfileSummary }) {
  const { t, tn, money, number, dateTime } = useI18n();
  const nav = useNav();
  const d = s.discounts;
  return (
    <div className="card summary" data-testid="profile-summary">
      <h3>{t('summary_title')}</h3>
      {MEDIA_ORDER.map((m) => (
        <MediaGroup key={m} media={m} s={s} />
      ))}
      <HiddenTagsNote signs={s.hidden} />
      <h5>{t('summary_prices')}</h5>
      {s.prices ? (
        <p className="small">
          {/* One price (or all alike) is a price, not a band: a different sentence in every language, not a plural form. */}
          {s.prices.min === s.prices.max
            ? tn('summary_price_single', s.prices.offers, money(s.prices.min, s.prices.currency), number(s.prices.offers))
            : t('summary_price_band', money(s.prices.min, s.prices.currency), money(s.prices.max, s.prices.currency), money(s.prices.median, s.prices.currency), number(s.prices.offers))}
          <br />
          {d.discounted ? t('summary_discounts', number(d.discounted), number(d.offers), number(d.maxPercent ?? 0, 0), number(d.medianPercent ?? 0, 0)) : t('summary_no_discounts')}
        </p>
      ) : (
        <p className="muted small">{t('summary_no_prices')}</p>
      )}
      <h5>{t('summary_promotions')}</h5>
      {s.promotions.length ? (
        <ul className="small">
          {s.promotions.slice(0, 5).map(({ promotion: p, observationId }) => (
            <li key={p.text}>
              <span className="tag">{t(`promo_${p.type.replace(/-/g, '_')}`)}</span> <span dir="auto">{p.text}</span>{' '}
              <button type="button" className="link" onClick={() => nav.openObservation(observationId)}>
                {t('open_clip')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted small">{t('summary_no_promotions')}</p>
      )}
      <h5>{t('summary_stack')}</h5>
      {s.stack.length ? (
        <p className="small">
          {s.stack.map((x) => (
            <span key={x.id} className="chip" title={t(categoryKey(x.category))}>
              {x.name}
            </span>
          ))}
        </p>
      ) : (
        <p className="muted small">—</p>
      )}
      <h5>{t('summary_changes')}</h5>
      {s.changes ? (
        <>
          <p className="small muted">
            <button type="button" className="link" onClick={() => nav.openObservation(s.changes!.previousId)}>
              {dateTime(s.changes.previousAt)}
            </button>{' '}
            →{' '}
            <button type="button" className="link" onClick={() => nav.openObservation(s.changes!.observationId)}>
              {dateTime(s.changes.capturedAt)}
            </button>
          </p>
          <ChangeList changes={s.changes.changes.slice(0, 8)} />
        </>
      ) : (
        <p className="muted small">{s.unchangedSince ? t('summary_unchanged', dateTime(s.unchangedSince)) : t('summary_no_changes')}</p>
      )}
    </div>
  );
}
