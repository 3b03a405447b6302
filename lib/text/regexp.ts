/** `s` as a literal inside a RegExp source (every pattern built from a data table uses it). */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
