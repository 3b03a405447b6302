/**
 * The schema.org types a page declares, nested ones included, as short names
 * ("Product", "Offer", "BreadcrumbList"), in the order first seen.
 */
import { isObject } from './jsonld';

/** Walk budget: a hostile page must not make this the slow part of the analysis. */
const MAX_VISITS = 20_000;

/** `http://schema.org/Product`, `schema:Product`, `https://schema.org/Product#x` → `Product`. */
export function shortType(t: string): string {
  const s = t.trim().replace(/[#/]+$/, '');
  const cut = Math.max(s.lastIndexOf('/'), s.lastIndexOf('#'), s.lastIndexOf(':'));
  return cut >= 0 ? s.slice(cut + 1) : s;
}

/** Types from JSON-LD objects (`@type`) and from microdata / RDFa items (`type`). */
export function collectTypes(roots: unknown[]): string[] {
  const seen = new Set<string>();
  const stack: unknown[] = [...roots].reverse();
  let visits = 0;
  while (stack.length && visits++ < MAX_VISITS) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]);
      continue;
    }
    if (!isObject(v)) continue;
    for (const t of typeNames(v['@type'] ?? (isItemShape(v) ? v.type : undefined))) seen.add(t);
    const children = Object.values(v);
    for (let i = children.length - 1; i >= 0; i--) if (typeof children[i] === 'object') stack.push(children[i]);
  }
  return [...seen];
}

/** `{type, properties}` or, for an item without properties, `{type, value}`. */
function isItemShape(v: Record<string, unknown>): boolean {
  return isObject(v.properties) || 'value' in v;
}

function typeNames(t: unknown): string[] {
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string' && x.trim() !== '').map(shortType).filter(Boolean);
}
