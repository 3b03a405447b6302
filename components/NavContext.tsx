/**
 * Where the panel is: a view, and for the profile and observation views, which record. Evidence
 * links anywhere in the panel call `openObservation` to click through to the clip.
 */
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Id } from '../lib/plan/model';
import { TABS, hashOf, routeFromHash, type Route } from './route-hash';

export { TABS, type Route, type View } from './route-hash';

interface Nav {
  route: Route;
  go(route: Route): void;
  back(): void;
  openCompetitor(id: Id): void;
  openObservation(id: Id): void;
}

const Ctx = createContext<Nav | null>(null);

/** The route the panel opens on: its URL hash when that names a view (deep link), else `fallback`. */
function initialRoute(fallback: Route): Route {
  return (typeof location === 'undefined' ? null : routeFromHash(location.hash)) ?? fallback;
}

export function NavProvider({ children, start = { view: 'competitors' }, syncHash = true }: { children: ReactNode; start?: Route; syncHash?: boolean }) {
  const [stack, setStack] = useState<Route[]>(() => [syncHash ? initialRoute(start) : start]);
  const current = stack[stack.length - 1];
  // The hash follows the view (replaceState: no history entry per click), and a hash set from
  // outside (a link to sidepanel.html#ads while the panel is open) moves the view.
  useEffect(() => {
    if (!syncHash || location.hash === hashOf(current)) return;
    history.replaceState(history.state, '', hashOf(current));
  }, [current, syncHash]);
  useEffect(() => {
    if (!syncHash) return;
    const onHash = () => {
      const r = routeFromHash(location.hash);
      if (r) setStack((s) => (TABS.includes(r.view) ? [r] : [...s.slice(-19), r]));
    };
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, [syncHash]);
  const nav = useMemo<Nav>(() => {
    const push = (r: Route) => setStack((s) => [...s.slice(-19), r]);
    return {
      route: stack[stack.length - 1],
      go: (r) => setStack(TABS.includes(r.view) ? [r] : (s) => [...s.slice(-19), r]),
      back: () => setStack((s) => (s.length > 1 ? s.slice(0, -1) : s)),
      openCompetitor: (id) => push({ view: 'competitor', id }),
      openObservation: (id) => push({ view: 'observation', id }),
    };
  }, [stack]);
  return <Ctx.Provider value={nav}>{children}</Ctx.Provider>;
}

export function useNav(): Nav {
  const v = useContext(Ctx);
  if (!v) throw new Error('useNav outside NavProvider');
  return v;
}
