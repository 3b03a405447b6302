/** Content pillars for each recommended channel, from what competitors there say and offer; unclaimed angles too. */
import type { PlanInput } from '../lib/plan/plan-input';
import { channelKey, themeKey } from '../lib/i18n/keys';
import { useI18n } from './I18nContext';
import { useNav } from './NavContext';

export function PillarsView({ plan }: { plan: PlanInput }) {
  const { t, tn, number } = useI18n();
  const nav = useNav();
  return (
    <>
      {plan.pillars.map((p) => (
        <div key={p.channel} className="pillars">
          <h4>{t('pillars_for', t(channelKey(p.channel)))}</h4>
          {p.used.length ? (
            <ul>
              {p.used.slice(0, 5).map((pl) => (
                <li key={pl.theme}>
                  <strong>{t(themeKey(pl.theme))}</strong> <span className="muted small">{tn('pillars_used_by', pl.competitors, number(pl.competitors))}</span>
                  <ul>
                    {pl.examples.map((e, k) => (
                      <li key={k}>
                        <button type="button" className="link" dir="auto" onClick={() => nav.openObservation(e.observationId)}>
                          “{e.text}”
                        </button>
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('pillars_none')}</p>
          )}
          {p.unclaimed.length ? (
            <p className="small">
              {t('pillars_unclaimed')}: {p.unclaimed.map((th) => t(themeKey(th))).join(', ')}
            </p>
          ) : null}
        </div>
      ))}
    </>
  );
}
