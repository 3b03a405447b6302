/** Filters of the swipe file: competitor, platform, placement, dates, text, tag and board. */
import { useMemo } from 'react';
import type { AdFilter, AdLabels, DistinctAd } from '../lib/plan/ads';
import type { PlanCompetitor } from '../lib/plan/model';
import { useI18n } from './I18nContext';

const sorted = (values: Iterable<string>) => [...new Set(values)].sort((a, b) => a.localeCompare(b));

export function AdsFilters({ ads, competitors, labels, filter, onChange }: { ads: readonly DistinctAd[]; competitors: readonly PlanCompetitor[]; labels: ReadonlyMap<string, AdLabels>; filter: AdFilter; onChange(f: AdFilter): void }) {
  const { t } = useI18n();
  const options = useMemo(
    () => ({
      platforms: sorted(ads.map((a) => a.platform)),
      placements: sorted(ads.flatMap((a) => a.sightings.map((s) => s.placement.where))),
      tags: sorted([...labels.values()].flatMap((l) => l.tags)),
      boards: sorted([...labels.values()].flatMap((l) => l.boards)),
      advertisers: competitors.filter((c) => ads.some((a) => a.competitorId === c.id)),
    }),
    [ads, competitors, labels],
  );
  const set = (patch: AdFilter) => onChange({ ...filter, ...patch });
  const select = (label: string, value: string | null | undefined, values: { value: string; label: string }[], on: (v: string | null) => void, name: string) => (
    <label className="field">
      <span>{label}</span>
      <select value={value ?? ''} onChange={(e) => on(e.target.value || null)} data-filter={name}>
        <option value="">{t('ads_filter_all')}</option>
        {values.map((v) => (
          <option key={v.value} value={v.value}>
            {v.label}
          </option>
        ))}
      </select>
    </label>
  );
  const plain = (list: string[]) => list.map((v) => ({ value: v, label: v }));
  return (
    <div className="filters">
      <input type="search" value={filter.text ?? ''} onChange={(e) => set({ text: e.target.value || null })} placeholder={t('ads_filter_text')} aria-label={t('ads_filter_text')} dir="auto" />
      {select(t('ads_filter_competitor'), filter.competitorId == null ? null : String(filter.competitorId), options.advertisers.map((c) => ({ value: String(c.id), label: c.name })), (v) => set({ competitorId: v === null ? null : Number(v) }), 'competitor')}
      {select(t('ads_filter_platform'), filter.platform, plain(options.platforms), (v) => set({ platform: v }), 'platform')}
      {select(t('ads_filter_placement'), filter.placement, plain(options.placements), (v) => set({ placement: v }), 'placement')}
      {options.boards.length ? select(t('ads_filter_board'), filter.board, plain(options.boards), (v) => set({ board: v }), 'board') : null}
      {options.tags.length ? select(t('ads_filter_tag'), filter.tag, plain(options.tags), (v) => set({ tag: v }), 'tag') : null}
      <label className="field">
        <span>{t('ads_filter_from')}</span>
        <input type="date" value={filter.from ?? ''} onChange={(e) => set({ from: e.target.value || null })} />
      </label>
      <label className="field">
        <span>{t('ads_filter_to')}</span>
        <input type="date" value={filter.to ?? ''} onChange={(e) => set({ to: e.target.value || null })} />
      </label>
    </div>
  );
}
