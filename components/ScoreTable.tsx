/** Every channel's factor scores and total, best first. */
import type { CSSProperties } from 'react';
import { FACTORS } from '../lib/plan/context';
import type { ChannelScore } from '../lib/plan/scoring';
import { channelKey, factorKey } from '../lib/i18n/keys';
import { useI18n } from './I18nContext';

export function ScoreTable({ scores }: { scores: ChannelScore[] }) {
  const { t, number } = useI18n();
  return (
    <div className="scroll-x">
      <table className="scores small" data-testid="score-table">
        <thead>
          <tr>
            <th>{t('bench_channel')}</th>
            {FACTORS.map((f) => <th key={f} title={t(factorKey(f))}>{t(`${factorKey(f)}_short`)}</th>)}
            <th>{t('reach_total')}</th>
          </tr>
        </thead>
        <tbody>
          {scores.map((s) => (
            <tr key={s.channel}>
              <td>{t(channelKey(s.channel))}</td>
              {FACTORS.map((f) => <td key={f} className="num" style={{ '--v': s.factors[f] } as CSSProperties}>{number(s.factors[f])}</td>)}
              <td className="num strong">{number(s.total)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="small muted">{t('reach_scores_explain')}</p>
    </div>
  );
}
