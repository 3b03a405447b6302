/**
 * The matrix as a heat map on a CSS grid: one row per competitor, one column per channel,
 * columns grouped paid / owned / earned; cell colour = strength. Cells are buttons: keyboard
 * and screen readers get the channel, competitor and level in words.
 */
import type { MediaType } from '../lib/analyze/types';
import type { ChannelMatrix } from '../lib/plan/matrix';
import { channelKey, levelKey, mediaKey } from '../lib/i18n/keys';
import { useI18n } from './I18nContext';
import { LevelLegend } from './LevelLegend';

export interface CellRef {
  row: number;
  col: number;
}

const MEDIA: MediaType[] = ['paid', 'owned', 'earned'];

export function HeatMap({ matrix, selected, onSelect }: { matrix: ChannelMatrix; selected: CellRef | null; onSelect: (c: CellRef) => void }) {
  const { t, percent } = useI18n();
  const cols = MEDIA.flatMap((m) => matrix.channels.map((ch, col) => ({ ch, col })).filter((x) => x.ch.media === m));
  // Fixed narrow columns keep 13 channels within the panel's ~360 px; names take the rest.
  const template = `minmax(4.5rem, 1fr) repeat(${cols.length}, 1.2rem)`;
  return (
    <div className="heatmap-wrap">
      <div className="heatmap" role="grid" style={{ gridTemplateColumns: template }}>
        <div className="hm-corner" />
        {MEDIA.map((m) => {
          const n = cols.filter((c) => c.ch.media === m).length;
          return n ? (
            <div key={m} className={`hm-group ${m}`} style={{ gridColumn: `span ${n}` }}>
              {t(mediaKey(m))}
            </div>
          ) : null;
        })}
        <div className="hm-corner" />
        {cols.map(({ ch }) => (
          <div key={ch.id} className="hm-head" title={t(channelKey(ch.id))}>
            <span>{t(channelKey(ch.id))}</span>
          </div>
        ))}
        {matrix.competitors.map((c, row) => (
          <div key={String(c.id)} className="hm-row" role="row" style={{ display: 'contents' }}>
            <div className={`hm-name${c.own ? ' own' : ''}`} role="rowheader" dir="auto">
              {c.name}
            </div>
            {cols.map(({ ch, col }) => {
              const cell = matrix.rows[row][col];
              const label = `${c.name} · ${t(channelKey(ch.id))} · ${t(levelKey(cell.level))}${cell.level ? ` (${t('obs_confidence', percent(cell.strength))})` : ''}`;
              const isSel = selected?.row === row && selected.col === col;
              return (
                <button
                  key={ch.id}
                  type="button"
                  role="gridcell"
                  className={`hm-cell l${cell.level}${isSel ? ' selected' : ''}`}
                  title={label}
                  aria-label={label}
                  aria-selected={isSel}
                  onClick={() => onSelect({ row, col })}
                />
              );
            })}
          </div>
        ))}
      </div>
      <LevelLegend />
    </div>
  );
}
