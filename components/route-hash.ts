/**
 * Deep links: the panel's view lives in its URL hash (`sidepanel.html#ads`, `#searches`,
 * `#competitor/3`, `#observation/12`), so a report, a notification or a bookmark can open a view.
 */
import type { Id } from '../lib/plan/model';

export type View = 'competitors' | 'matrix' | 'reach' | 'ads' | 'searches' | 'plan' | 'changes' | 'watching' | 'export' | 'team' | 'competitor' | 'observation' | 'watch-observation';
/** The views with a tab, in tab order. */
export const TABS: readonly View[] = ['competitors', 'matrix', 'reach', 'ads', 'searches', 'plan', 'changes', 'watching', 'export', 'team'];

export interface Route {
  view: View;
  id?: Id;
}

const WITH_ID: readonly View[] = ['competitor', 'observation', 'watch-observation'];

export function routeFromHash(hash: string): Route | null {
  const [name, rawId] = hash.replace(/^#\/?/, '').split('/');
  const view = name as View;
  if (TABS.includes(view)) return { view };
  if (WITH_ID.includes(view) && /^\d+$/.test(rawId ?? '')) return { view, id: Number(rawId) };
  return null;
}

export function hashOf(route: Route): string {
  return route.id !== undefined && WITH_ID.includes(route.view) ? `#${route.view}/${route.id}` : `#${route.view}`;
}
