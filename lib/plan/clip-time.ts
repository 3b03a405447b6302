/**
 * Clip times are shown to the minute, unless two clips share that minute: then the minute alone
 * cannot tell them apart, and both are shown with seconds. Time-zone offsets are whole minutes,
 * so a shared UTC minute is a shared local minute.
 */
const minuteOf = (iso: string): string | null => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 16);
};

/** The times (as given) that share their minute with another time in the list. */
export function timesNeedingSeconds(times: readonly string[]): Set<string> {
  const count = new Map<string, number>();
  for (const t of times) {
    const m = minuteOf(t);
    if (m) count.set(m, (count.get(m) ?? 0) + 1);
  }
  return new Set(times.filter((t) => (count.get(minuteOf(t) ?? '') ?? 0) > 1));
}
