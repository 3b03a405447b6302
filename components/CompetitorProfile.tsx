/**
 * One competitor: timeline, the latest clip's evidence, channels across all clips, offers and
 * price history, promotions, social accounts and follower trend, ads, messaging, notes and SWOT.
 */
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { competitorById, competitorObservations, competitorSnapshots } from '../lib/store/queries-plan';
import { computeMatrix } from '../lib/plan/matrix';
import { priceHistory } from '../lib/plan/history';
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
import { AdsGallery } from './AdsGallery';
import { MessagingBlock } from './MessagingBlock';
import { NotesSwot } from './NotesSwot';
import { EvidenceList } from './EvidenceList';
import { WatchCompetitor } from './WatchCompetitor';

export function CompetitorProfile({ id }: { id: Id }) {
  const { t, tn, money, percent, number } = useI18n();
  const c = useLiveQuery(() => competitorById(id), [id]);
  const items = useLiveQuery(() => competitorObservations(id), [id]);
  const snapshots = useLiveQuery(() => competitorSnapshots(id), [id]);
  const row = useMemo(() => (c && items && snapshots ? computeMatrix({ competitors: [c], observations: items, snapshots }) : null), [c, items, snapshots]);
  if (!c || !items || !snapshots || !row) return <p className="muted">{t('loading')}</p>;
  const latest = items[0];
  const prices = priceHistory(items);
  const channels = row.channels.map((ch, j) => ({ ch, cell: row.rows[0][j] })).filter((x) => x.cell.level > 0).sort((a, b) => b.cell.strength - a.cell.strength);
  return (
    <section data-view="competitor">
      <h2>
        {c.name} {c.own ? <span className="badge">{t('competitor_own')}</span> : null}
      </h2>
      <Section title={t('nav_watching')} open={false}>
        <WatchCompetitor domains={c.domains} items={items} />
      </Section>
      <Section title={t('profile_timeline')} open={false}>
        <Timeline items={items} />
      </Section>
      <Section title={t('profile_latest')}>{latest ? <ObservationDetails o={latest} /> : <p className="muted">—</p>}</Section>
      <Section title={t('profile_channels')}>
        {channels.length ? (
          <ul className="claims">
            {channels.map(({ ch, cell }) => (
              <li key={ch.id}>
                <details>
                  <summary>
                    <span className={`level l${cell.level}`} aria-hidden="true" /> {t(channelKey(ch.id))} <span className="muted small">{percent(cell.strength)} · {tn('matrix_cell_count', cell.observations, number(cell.observations))}</span>
                  </summary>
                  {cell.evidence.map((e) => (
                    <EvidenceList key={String(e.observationId)} evidence={e.evidence} observationId={e.observationId} limit={4} />
                  ))}
                </details>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">—</p>
        )}
      </Section>
      <Section title={t('profile_offers')}>
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
      <Section title={t('profile_ads')} open={false}>
        <AdsGallery items={items} />
      </Section>
      <Section title={t('profile_messaging')} open={false}>
        <MessagingBlock items={items.slice(0, 10)} />
      </Section>
      <Section title={t('profile_swot')} open={false}>
        <NotesSwot competitorId={id} />
      </Section>
    </section>
  );
}
