/** The view tabs; the back button appears inside a profile or a clip. */
import { TABS, useNav } from './NavContext';
import { useI18n } from './I18nContext';

export function Tabs() {
  const { t } = useI18n();
  const nav = useNav();
  const inTab = TABS.includes(nav.route.view);
  return (
    <nav className="tabs" aria-label={t('nav_label')}>
      {!inTab ? (
        <button type="button" className="back" onClick={nav.back}>
          {t('back')}
        </button>
      ) : null}
      {TABS.map((v) => (
        <button key={v} type="button" className={nav.route.view === v ? 'active' : ''} aria-current={nav.route.view === v ? 'page' : undefined} onClick={() => nav.go({ view: v })} data-tab={v}>
          {t(`nav_${v}`)}
        </button>
      ))}
    </nav>
  );
}
