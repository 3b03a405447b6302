/** Watching a competitor: its home page, and any page of it the user clipped. */
import type { PlanObservation } from '../lib/plan/model';
import { pageKey } from '../lib/plan/changes';
import { useI18n } from './I18nContext';
import { WatchButton } from './WatchButton';
import { SafeLink } from './SafeLink';

/** Clipped pages offered for watching, at most. */
const MAX_PAGES = 10;

export function WatchCompetitor({ domains, items }: { domains: string[]; items: readonly PlanObservation[] }) {
  const { t } = useI18n();
  const home = domains[0] ? `https://${domains[0]}/` : null;
  const seen = new Set<string>();
  const pages = items.filter((o) => (o.obs.kind === 'page' || o.obs.kind === 'product') && !seen.has(pageKey(o.obs)) && seen.add(pageKey(o.obs))).slice(0, MAX_PAGES);
  return (
    <div data-testid="watch-competitor">
      {home ? <WatchButton url={home} label={t('watch_home_page')} /> : null}
      {pages.length ? <p className="small">{t('watch_pick_pages')}</p> : null}
      <ul className="cards">
        {pages.map((o) => (
          <li key={o.id} className="card">
            <div className="small">
              <SafeLink href={o.obs.url}>{o.obs.page.title ?? o.obs.url}</SafeLink>
            </div>
            <WatchButton url={o.obs.url} />
          </li>
        ))}
      </ul>
    </div>
  );
}
