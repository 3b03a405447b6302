/** What a matrix cell rests on: the clips that claim the channel, each with its evidence and a link to the clip. */
import type { ChannelMatrix } from '../lib/plan/matrix';
import { channelKey, levelKey } from '../lib/i18n/keys';
import { useI18n } from './I18nContext';
import { EvidenceList } from './EvidenceList';
import { SafeLink } from './SafeLink';
import type { CellRef } from './HeatMap';

export function CellEvidence({ matrix, at }: { matrix: ChannelMatrix; at: CellRef }) {
  const { t, tn, dateTime, percent, number } = useI18n();
  const c = matrix.competitors[at.row];
  const ch = matrix.channels[at.col];
  const cell = matrix.rows[at.row]?.[at.col];
  if (!c || !ch || !cell) return null;
  return (
    <div className="cell-evidence card" data-testid="cell-evidence">
      <h3>{t('matrix_cell_title', c.name, t(channelKey(ch.id)))}</h3>
      <p className="muted small">
        {t(levelKey(cell.level))}
        {cell.level ? ` · ${t('obs_confidence', percent(cell.strength))} · ${tn('matrix_cell_count', cell.observations, number(cell.observations))}` : ''}
      </p>
      {cell.evidence.length ? (
        cell.evidence.map((e) => (
          <div key={String(e.observationId)} className="cell-clip">
            <div className="small">
              {dateTime(e.capturedAt)} · <SafeLink href={e.url}>{e.url}</SafeLink> · {t('obs_confidence', percent(e.confidence))}
            </div>
            <EvidenceList evidence={e.evidence} observationId={e.observationId} limit={5} />
          </div>
        ))
      ) : (
        <p className="muted">{t('matrix_cell_empty')}</p>
      )}
    </div>
  );
}
