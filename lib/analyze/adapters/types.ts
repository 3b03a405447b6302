/**
 * A site adapter reads one kind of site (a search engine, an ad library, a social network)
 * on top of the generic page analysis. One file per site in this folder; the registry is
 * built from the folder, so adding a site touches nothing else.
 */
import type { PageDoc } from '../document';
import type { Ad, CaptureInput, ObservationKind, Serp, SocialProfile } from '../types';

export interface AdapterResult {
  kind: ObservationKind;
  ads?: Ad[];
  serp?: Serp;
  profile?: SocialProfile | null;
}

export interface Adapter {
  /** Set by the registry from the file name. */
  id: string;
  /** URL patterns this adapter handles (tested against the full URL). */
  matches: RegExp[];
  /**
   * Higher runs first (default 0). An adapter that reads what the user pointed at (a picked
   * element) must run before the adapter of the site it was picked on.
   */
  priority?: number;
  /** Which kind of page this is, or null when the adapter should not run here. */
  detect(doc: PageDoc, capture: CaptureInput): ObservationKind | null;
  extract(doc: PageDoc, capture: CaptureInput, kind: ObservationKind): AdapterResult;
}

export type AdapterDefinition = Omit<Adapter, 'id'>;

export function defineAdapter(def: AdapterDefinition): AdapterDefinition {
  return def;
}
