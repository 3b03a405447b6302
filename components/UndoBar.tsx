/** A short notice with an Undo button, after a destructive action. */
import { useI18n } from './I18nContext';

export function UndoBar({ text, onUndo, onDismiss }: { text: string; onUndo: () => void; onDismiss: () => void }) {
  const { t } = useI18n();
  return (
    <div className="undo" role="status">
      <span>{text}</span>
      <span className="row">
        <button type="button" onClick={onUndo}>
          {t('undo')}
        </button>
        <button type="button" className="link" onClick={onDismiss} aria-label={t('close')}>
          ×
        </button>
      </span>
    </div>
  );
}
