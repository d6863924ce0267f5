import { describe, expect, it } from 'vitest';
import { daysBetween, formatDateZh, isoDate, isStale } from '../../src/lib/dates.ts';

const d = (s: string) => new Date(`${s}T00:00:00Z`);

describe('dates', () => {
  it('counts calendar days, ignoring the time of day', () => {
    expect(daysBetween(d('2026-01-01'), d('2026-01-31'))).toBe(30);
    expect(daysBetween(d('2026-01-01'), new Date('2026-01-02T23:59:00Z'))).toBe(1);
    expect(daysBetween(d('2026-03-01'), d('2026-02-28'))).toBe(-1);
  });
  it('is stale only after more than the limit', () => {
    const reviewed = d('2026-01-01');
    expect(isStale(reviewed, d('2026-06-30'), 180)).toBe(false); // day 180
    expect(isStale(reviewed, d('2026-07-01'), 180)).toBe(true); // day 181
    expect(isStale(reviewed, d('2025-12-01'), 180)).toBe(false);
  });
  it('formats dates for readers and machines', () => {
    expect(formatDateZh(d('2026-11-03'))).toBe('2026 年 11 月 3 日');
    expect(isoDate(d('2026-11-03'))).toBe('2026-11-03');
  });
});
