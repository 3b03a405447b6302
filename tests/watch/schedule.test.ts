import { describe, expect, it } from 'vitest';
import { FAILING_AFTER, PERIOD_MS, isDue, nextCheckAt, originPauseMs, retryAfterMs } from '../../lib/watch/schedule';
import { afterCheck, watchState } from '../../lib/watch/state';

const HOUR = 3_600_000;

describe('schedule', () => {
  it('spreads checks within 5% of the period either way', () => {
    expect(nextCheckAt(0, 'day', 0, () => 0.5)).toBe(PERIOD_MS.day);
    expect(nextCheckAt(0, 'day', 0, () => 0)).toBe(PERIOD_MS.day * 0.95);
    expect(nextCheckAt(0, 'day', 0, () => 1)).toBe(PERIOD_MS.day * 1.05);
  });

  it('backs off exponentially while a watch fails, capped at a week', () => {
    const mid = () => 0.5;
    expect([1, 2, 3, 4].map((f) => nextCheckAt(0, 'hour', f, mid) / HOUR)).toEqual([1, 2, 4, 8]);
    expect(nextCheckAt(0, 'week', 5, mid)).toBe(7 * 24 * HOUR);
  });

  it('honours Retry-After when it asks for longer', () => {
    expect(nextCheckAt(0, 'hour', 1, () => 0.5, 3 * HOUR)).toBe(3 * HOUR);
    expect(retryAfterMs('120', 0)).toBe(120_000);
    expect(retryAfterMs(new Date(60_000).toUTCString(), 0)).toBe(60_000);
    expect(retryAfterMs('soon', 0)).toBe(0);
  });

  it('pauses longer on an origin after throttling', () => {
    expect(originPauseMs(0, () => 0.5, 400)).toBe(400);
    expect(originPauseMs(2, () => 0.5, 400)).toBe(1600);
  });

  it('is due when never checked or past its time', () => {
    expect(isDue(null, 5)).toBe(true);
    expect(isDue(5, 5)).toBe(true);
    expect(isDue(6, 5)).toBe(false);
  });
});

describe('watch state', () => {
  const w = { every: 'hour' as const, paused: false, revoked: false, failures: 0 };
  it('shows failing after several failures in a row, and recovers on success', () => {
    let s = { ...w };
    for (let i = 0; i < FAILING_AFTER; i++) s = { ...s, failures: afterCheck(s, 'failed', 0).failures };
    expect(watchState(s)).toBe('failing');
    expect(afterCheck(s, 'unchanged', 0).state).toBe('watching');
  });
  it('paused and revoked win over failing', () => {
    expect(watchState({ ...w, failures: 9, paused: true })).toBe('paused');
    expect(watchState({ ...w, paused: true, revoked: true })).toBe('revoked');
  });
});
