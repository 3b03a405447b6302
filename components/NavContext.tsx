/**
 * Where the panel is: a view, and for the profile and observation views, which record. Evidence
 * links anywhere in the panel call `openObservation` to click through to the clip.
 */
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Id } from '../lib/plan/model';

export type View = 'competitors' | 'matrix' | 'reach' | 'plan' | 'changes' | 'watching' | 'export' | 'competitor' | 'observation' | 'watch-observation';
export const TABS: readonly View[] = ['competitors', 'matrix', 'reach', 'plan', 'changes', 'watching', 'export'];

export interface Route {
  view: View;
  id?: Id;
}

interface Nav {
  route: Route;
  go(route: Route): void;
  back(): void;
  openCompetitor(id: Id): void;
  openObservation(id: Id): void;
}

const Ctx = createContext<Nav | null>(null);

export function NavProvider({ children, start = { view: 'competitors' } }: { children: ReactNode; start?: Route }) {
  const [stack, setStack] = useState<Route[]>([start]);
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
