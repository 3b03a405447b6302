/** What a matrix cell rests on: the pages that claim the channel, then each piece of evidence once with the clips it was seen in. */
import type { ChannelMatrix } from '../lib/plan/matrix';
import { channelKey, levelKey } from '../lib/i18n/keys';
import { useI18n } from './I18nContext';
import { SeenEvidenceList } from './SeenEvidence';
import { groupEvidence } from '../lib/plan/profile-summary';
import { SafeLink } from './SafeLink';
import type { CellRef } from './HeatMap';

export function CellEvidence({ matrix, at }: { matrix: ChannelMatrix; at: CellRef }) {
  const { t, tn, percent, number } = useI18n();
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
        <>
          <ul className="small plain">
            {cell.evidence.filter((e, k, all) => all.findIndex((x) => x.url === e.url) === k).map((e) => (
              <li key={e.url}>
                <SafeLink href={e.url}>{e.url}</SafeLink> · {t('obs_confidence', percent(e.confidence))}
              </li>
            ))}
          </ul>
          {/* Each piece of evidence once, with the clips it was seen in. */}
          <SeenEvidenceList items={groupEvidence(cell.evidence)} limit={10} />
        </>
      ) : (
        <p className="muted">{t('matrix_cell_empty')}</p>
      )}
    </div>
  );
}
