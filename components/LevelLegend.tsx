/**
 * What weak / medium / strong mean, shown wherever levels are: a level is how sure the detection
 * is that the channel is used (the strongest clip's detection confidence), not how much it is used.
 */
import { levelKey } from '../lib/i18n/keys';
import { useI18n } from './I18nContext';

export function LevelLegend({ hideNone = false }: { hideNone?: boolean }) {
  const { t } = useI18n();
  const levels = hideNone ? [1, 2, 3] : [0, 1, 2, 3];
  return (
    <div className="legend-box small" data-testid="level-legend">
      <p className="legend">
        {levels.map((l) => (
          <span key={l}>
            <span className={`hm-swatch l${l}`} aria-hidden="true" /> <strong>{t(levelKey(l))}</strong>: {t(`level_${l}_means`)}
          </span>
        ))}
      </p>
      <p className="muted">{t('level_explain')}</p>
    </div>
  );
}
