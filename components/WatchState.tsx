/** A watch's state in words: watching, failing (why), paused, or access removed (with "Allow again"). */
import type { WatchRow } from '../lib/store/watch-schema';
import { watchState } from '../lib/watch/state';
import { useI18n } from './I18nContext';
import { requestOriginAccess } from './runtime';

export const reasonKey = (reason: string) => `watch_reason_${reason.replace(/-/g, '_')}`;

export function WatchState({ w }: { w: WatchRow }) {
  const { t } = useI18n();
  const state = watchState(w);
  const host = new URL(w.origin).host;
  return (
    <span className={`watch-state ${state}`} data-state={state}>
      {state === 'failing' ? t('watch_state_failing', t(reasonKey(w.lastReason ?? 'network'))) : state === 'revoked' ? t('watch_state_revoked', host) : t(`watch_state_${state}`)}
      {state === 'revoked' ? (
        <>
          {' '}
          <button type="button" className="link" onClick={() => void requestOriginAccess(w.origin)}>
            {t('watch_allow_again')}
          </button>
        </>
      ) : null}
    </span>
  );
}
