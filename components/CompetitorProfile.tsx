/**
 * One competitor: a summary card first (channels by media, prices, promotions, stack, changes),
 * then channels with their evidence listed once, every ad credited to it with its creative, the timeline, the
 * latest clip, offers and price history, promotions, social accounts, messaging, and notes with
 * a SWOT pre-filled from the evidence.
 */
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { competitorById, competitorObservations, competitorSnapshots } from '../lib/store/queries-plan';
import { priceHistory } from '../lib/plan/history';
import { MEDIA_ORDER, profileSummary, swotSuggestions } from '../lib/plan/profile-summary';
import type { Id } from '../lib/plan/model';
import { channelKey } from '../lib/i18n/keys';
import { useI18n } from './I18nContext';
import { Section } from './Section';
import { Timeline } from './Timeline';
import { ObservationDetails } from './ObservationDetails';
import { OffersList } from './OffersList';
import { LineChart } from './LineChart';
import { PromotionsList } from './PromotionsList';
import { SocialAccounts } from './SocialAccounts';
import { CompetitorAds } from './CompetitorAds';
import { MessagingBlock } from './MessagingBlock';
import { NotesSwot } from './NotesSwot';
import { WatchCompetitor } from './WatchCompetitor';
import { ProfileSummaryCard } from './ProfileSummaryCard';
import { SeenEvidenceList } from './SeenEvidence';
import { LevelLegend } from './LevelLegend';

export function CompetitorProfile({ id }: { id: Id }) {
  const { t, tn, money, percent, number } = useI18n();
  const c = useLiveQuery(() => competitorById(id), [id]);
  const items = useLiveQuery(() => competitorObservations(id), [id]);
  const snapshots = useLiveQuery(() => competitorSnapshots(id), [id]);
  const summary = useMemo(() => (items ? profileSummary(items) : null), [items]);
  const swot = useMemo(() => (summary ? swotSuggestions(summary) : null), [summary]);
  if (!c || !items || !snapshots || !summary || !swot) return <p className="muted">{t('loading')}</p>;
  const latest = items[0];
  const prices = priceHistory(items);
  const channels = MEDIA_ORDER.flatMap((m) => summary.channels[m]).sort((a, b) => b.strength - a.strength);
  return (
    <section data-view="competitor">
      <h2 dir="auto">
        {c.name} {c.own ? <span className="badge">{t('competitor_own')}</span> : null}
      </h2>
      <ProfileSummaryCard s={summary} />
      <Section title={t('profile_channels')}>
        {channels.length ? (
          <>
            <ul className="claims">
              {channels.map((g) => (
                <li key={g.channel}>
                  <details>
                    <summary>
                      <span className={`level l${g.level}`} aria-hidden="true" /> {t(channelKey(g.channel))}{' '}
                      <span className="muted small">
                        {t('obs_confidence', percent(g.strength))} · {tn('matrix_cell_count', g.clips, number(g.clips))}
                      </span>
                    </summary>
                    <SeenEvidenceList items={g.evidence} />
                  </details>
                </li>
              ))}
            </ul>
            <LevelLegend hideNone />
          </>
        ) : (
          <p className="muted">—</p>
        )}
      </Section>
      <Section title={t('profile_ads')}>
        <CompetitorAds id={id} />
      </Section>
      <Section title={t('profile_swot')}>
        <NotesSwot competitorId={id} suggestions={swot} />
      </Section>
      <Section title={t('nav_watching')} open={false}>
        <WatchCompetitor domains={c.domains} items={items} />
      </Section>
      <Section title={t('profile_timeline')} open={false}>
        <Timeline items={items} />
      </Section>
      <Section title={t('profile_latest')} open={false}>
        {latest ? <ObservationDetails o={latest} /> : <p className="muted">—</p>}
      </Section>
      <Section title={t('profile_offers')} open={false}>
        {latest?.obs.offers.length ? <OffersList offers={latest.obs.offers} /> : <p className="muted">—</p>}
        {prices.some((s) => s.points.length > 1) ? (
          <>
            <h4>{t('profile_price_history')}</h4>
            <LineChart series={prices.map((s) => ({ label: s.key, points: s.points.map((p) => ({ capturedAt: p.capturedAt, value: p.price, observationId: p.observationId })) }))} format={(v) => money(v, prices[0].points[0]?.currency ?? null)} />
          </>
        ) : null}
      </Section>
      <Section title={t('profile_promotions')} open={false}>
        <PromotionsList items={items} />
      </Section>
      <Section title={t('profile_social')}>
        <SocialAccounts items={items} snapshots={snapshots} />
      </Section>
      <Section title={t('profile_messaging')} open={false}>
        <MessagingBlock items={items.slice(0, 10)} />
      </Section>
    </section>
  );
}
