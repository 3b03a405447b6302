/** The side panel: clip bar, tabs, and the current view. */
import { I18nProvider, useI18n } from './I18nContext';
import type { ReactNode } from 'react';
import { NavProvider, useNav, type Route, type View } from './NavContext';
import { ClipBar } from './ClipBar';
import { Tabs } from './Tabs';
import { LanguagePicker } from './LanguagePicker';
import { CompetitorsView } from './CompetitorsView';
import { CompetitorProfile } from './CompetitorProfile';
import { ObservationView } from './ObservationView';
import { MatrixView } from './MatrixView';
import { ReachView } from './ReachView';
import { PlanView } from './PlanView';
import { ChangesView } from './ChangesView';
import { ExportView } from './ExportView';
import { ViewBoundary } from './ViewBoundary';
import { WatchingView } from './WatchingView';
import { WatchObservationView } from './WatchObservationView';
import { AdsView } from './AdsView';
import { SearchLandscapeView } from './SearchLandscapeView';
import { TeamView } from './TeamView';
import { LiveSync } from './LiveSync';

/** Which component shows which view; a new view is one entry here and one tab in NavContext. */
const VIEWS: Record<View, (r: Route) => ReactNode> = {
  competitors: () => <CompetitorsView />,
  competitor: (r) => <CompetitorProfile id={r.id!} />,
  observation: (r) => <ObservationView id={r.id!} />,
  matrix: () => <MatrixView />,
  reach: () => <ReachView />,
  ads: () => <AdsView />,
  searches: () => <SearchLandscapeView />,
  plan: () => <PlanView />,
  changes: () => <ChangesView />,
  export: () => <ExportView />,
  team: () => <TeamView />,
  watching: () => <WatchingView />,
  'watch-observation': (r) => <WatchObservationView id={r.id!} />,
};

function Current() {
  const { route } = useNav();
  // A boundary per view (keyed by the route): one view's odd data never blanks the panel, and
  // moving to another view starts it afresh.
  return <ViewBoundary key={`${route.view}:${route.id ?? ''}`}>{VIEWS[route.view](route)}</ViewBoundary>;
}

function Shell() {
  const { t } = useI18n();
  return (
    <div className="app">
      <header className="top">
        <h1>{t('extName')}</h1>
        <LanguagePicker />
      </header>
      <LiveSync />
      <ClipBar />
      <Tabs />
      <main>
        <Current />
      </main>
    </div>
  );
}

export function App() {
  return (
    <I18nProvider>
      <NavProvider>
        <Shell />
      </NavProvider>
    </I18nProvider>
  );
}
