/** "Tags may be hidden": why a missing paid channel is "not detected" rather than "absent". */
import type { HiddenTagSign } from '../lib/plan/hidden-tags';
import { useI18n } from './I18nContext';

export function HiddenTagsNote({ signs }: { signs: HiddenTagSign[] }) {
  const { t } = useI18n();
  if (!signs.length) return null;
  return (
    <div className="note warning small" role="note" data-testid="hidden-tags">
      <strong>{t('hidden_tags_title')}</strong>
      <ul>
        {signs.map((s) => (
          <li key={s.reason}>
            {t(`hidden_${s.reason.replace(/-/g, '_')}`)} <span className="value muted">({s.evidence.value.slice(0, 80)})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
