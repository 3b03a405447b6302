/** Social accounts linked or clipped, with the latest follower count and the follower trend. */
import type { PlanObservation, PlanSnapshot } from '../lib/plan/model';
import { followerHistory } from '../lib/plan/history';
import { useI18n } from './I18nContext';
import { SafeLink } from './SafeLink';
import { LineChart } from './LineChart';
import { profileKey } from '../lib/store/queries-plan';

const accountKey = (s: { platform: string; handle: string }) => profileKey(s.platform, s.handle);

export function SocialAccounts({ items, snapshots }: { items: PlanObservation[]; snapshots: PlanSnapshot[] }) {
  const { t, compact } = useI18n();
  const links = new Map<string, { platform: string; handle: string; url: string }>();
  for (const o of items) {
    for (const s of o.obs.socialProfiles) links.set(accountKey(s), s);
    // A clipped profile page is an account too, even when no shop page links to it.
    const p = o.obs.profile;
    if (p?.handle && !links.has(accountKey({ platform: p.platform, handle: p.handle }))) links.set(accountKey({ platform: p.platform, handle: p.handle }), { platform: p.platform, handle: p.handle, url: o.obs.url });
  }
  const history = followerHistory(snapshots);
  const latest = new Map(history.map((s) => [s.key, s.points[s.points.length - 1]?.followers]));
  if (!links.size && !history.length) return <p className="muted">—</p>;
  return (
    <>
      <ul>
        {[...links.values()].map((s) => (
          <li key={s.url}>
            {s.platform}: <SafeLink href={s.url}>@{s.handle}</SafeLink>
            <span className="muted"> · {latest.has(accountKey(s)) ? t('followers_count', compact(latest.get(accountKey(s))!)) : t('followers_unknown')}</span>
          </li>
        ))}
      </ul>
      {history.length ? (
        <>
          <h4>{t('profile_follower_trend')}</h4>
          <LineChart series={history.map((s) => ({ label: s.key, points: s.points.map((p) => ({ capturedAt: p.capturedAt, value: p.followers, observationId: p.observationId })) }))} format={compact} />
        </>
      ) : null}
    </>
  );
}
