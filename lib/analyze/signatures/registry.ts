/**
 * The signature registry: every file in defs/ (default export), its id being the file name,
 * compiled once at module load. Problems (an id that differs from its file name, an unknown
 * `implies`, a pattern that does not compile) are collected in REGISTRY_ISSUES rather than
 * thrown, so one bad file cannot stop the analyzer; the conventions test requires none.
 */
import { compileSignatures, type CompiledSignatures } from './compile';
import type { Signature } from './types';

const modules = import.meta.glob<{ default: Signature }>('./defs/*.ts', { eager: true });

export const REGISTRY_ISSUES: string[] = [];

/** Signatures sorted by id, each with its file name as id. */
export const SIGNATURES: readonly Signature[] = loadSignatures(modules);

export const SIGNATURE_BY_ID: ReadonlyMap<string, Signature> = new Map(SIGNATURES.map((s) => [s.id, s]));

checkImplies(SIGNATURES);

export const COMPILED: CompiledSignatures = compileSignatures(SIGNATURES, (message) => REGISTRY_ISSUES.push(message));

/** Window globals any signature looks for: the capture script checks exactly these names. */
export const SIGNATURE_GLOBALS: readonly string[] = [...new Set(SIGNATURES.flatMap((s) => s.patterns.globals ?? []))].sort();

/** `./defs/meta-pixel.ts` → `meta-pixel` */
export function idFromPath(path: string): string {
  return path.replace(/^.*\//, '').replace(/\.ts$/, '');
}

function loadSignatures(mods: Record<string, { default: Signature }>): Signature[] {
  const out: Signature[] = [];
  for (const [path, mod] of Object.entries(mods)) {
    const id = idFromPath(path);
    const sig = mod.default;
    if (!sig || typeof sig !== 'object') {
      REGISTRY_ISSUES.push(`${id}: no default export`);
      continue;
    }
    if (sig.id !== id) REGISTRY_ISSUES.push(`${id}: id "${sig.id}" differs from its file name`);
    out.push({ ...sig, id });
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

function checkImplies(signatures: readonly Signature[]): void {
  const ids = new Set(signatures.map((s) => s.id));
  for (const s of signatures) {
    for (const target of s.implies ?? []) if (!ids.has(target)) REGISTRY_ISSUES.push(`${s.id}: implies unknown "${target}"`);
  }
}
