/**
 * One clip's evidence, as the foundation issue lists it: title, description, language,
 * canonical, Open Graph, structured-data types, technologies by category, social profiles,
 * email capture, and the channels with the evidence behind each. All captured text is text.
 */
import type { PlanObservation } from '../lib/plan/model';
import { kindKey } from '../lib/i18n/keys';
import { useI18n } from './I18nContext';
import { SafeLink } from './SafeLink';
import { TechStack } from './TechStack';
import { ChannelClaims } from './ChannelClaims';
import { EvidenceList } from './EvidenceList';

export function ObservationDetails({ o }: { o: PlanObservation }) {
  const { t, dateTime } = useI18n();
  const x = o.obs;
  const og = Object.entries(x.page.openGraph ?? {});
  return (
    <div className="observation" data-observation={String(o.id)}>
      <p className="muted small">
        {t(kindKey(x.kind))} · {t('obs_captured', dateTime(o.capturedAt))} · <SafeLink href={x.url}>{x.url}</SafeLink>
      </p>
      <dl className="facts">
        <dt>{t('obs_title')}</dt>
        <dd dir="auto">{x.page.title ?? '—'}</dd>
        <dt>{t('obs_description')}</dt>
        <dd dir="auto">{x.page.description ?? '—'}</dd>
        <dt>{t('obs_lang')}</dt>
        <dd>{x.page.lang ?? '—'}</dd>
        <dt>{t('obs_canonical')}</dt>
        <dd>{x.page.canonical ? <SafeLink href={x.page.canonical}>{x.page.canonical}</SafeLink> : '—'}</dd>
        <dt>{t('obs_structured_data')}</dt>
        <dd>{x.structuredData.types.join(', ') || '—'}</dd>
      </dl>
      {og.length ? (
        <>
          <h4>{t('obs_open_graph')}</h4>
          <dl className="facts small">
            {og.map(([k, v]) => (
              <div key={k}>
                <dt>{k}</dt>
                <dd dir="auto">{v}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
      <h4>{t('obs_technologies')}</h4>
      <TechStack technologies={x.technologies} />
      <h4>{t('obs_social_profiles')}</h4>
      {x.socialProfiles.length ? (
        <ul>
          {x.socialProfiles.map((s) => (
            <li key={s.url}>
              {s.platform}: <SafeLink href={s.url}>{s.handle}</SafeLink>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">—</p>
      )}
      <h4>{t('obs_email_capture')}</h4>
      <p>{x.emailCapture.present ? (x.emailCapture.signupForm === false ? t('obs_email_tool_only') : t('obs_email_yes')) + (x.emailCapture.sms ? ` · ${t('obs_sms')}` : '') : t('obs_email_no')}</p>
      {x.emailCapture.present ? <EvidenceList evidence={x.emailCapture.evidence} /> : null}
      <h4>{t('obs_channels')}</h4>
      <ChannelClaims claims={x.channels} />
    </div>
  );
}
