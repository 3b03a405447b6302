/** Which teammate clipped this (their CouchDB user name), once the clip is shared. */
import { useLiveQuery } from 'dexie-react-hooks';
import { clipperOf } from '../lib/store/sync-store';
import type { Id } from '../lib/plan/model';
import { useI18n } from './I18nContext';

export function ClippedBy({ id }: { id: Id }) {
  const { t } = useI18n();
  const by = useLiveQuery(() => clipperOf(Number(id)), [id]);
  return by ? (
    <p className="small muted" dir="auto" data-testid="clipped-by">
      {t('clipped_by', by)}
    </p>
  ) : null;
}
