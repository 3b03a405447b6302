/** Channel claims of one clip: channel, media, funnel and strength, each opening its evidence. */
import type { ChannelClaim } from '../lib/analyze/types';
import { channelKey, funnelKey, levelKey, mediaKey } from '../lib/i18n/keys';
import { levelOf } from '../lib/plan/matrix';
import { useI18n } from './I18nContext';
import { EvidenceList } from './EvidenceList';

export function ChannelClaims({ claims }: { claims: ChannelClaim[] }) {
  const { t, percent } = useI18n();
  if (!claims.length) return <p className="muted">—</p>;
  return (
    <ul className="claims">
      {claims.map((c) => (
        <li key={c.channel}>
          <details>
            <summary>
              <span className={`level l${levelOf(c.confidence)}`} aria-hidden="true" /> {t(channelKey(c.channel))}{' '}
              <span className="muted small">
                {t(levelKey(levelOf(c.confidence)))} · {t(mediaKey(c.media))} · {t(funnelKey(c.funnel))} · {t('obs_confidence', percent(c.confidence))}
              </span>
            </summary>
            <EvidenceList evidence={c.evidence} />
          </details>
        </li>
      ))}
    </ul>
  );
}
