/** Dates shown to readers and the "facts may be out of date" check. */

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days from `from` to `to` (UTC calendar days; negative when `to` is earlier). */
export function daysBetween(from: Date, to: Date): number {
  const start = Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate());
  const end = Date.UTC(to.getUTCFullYear(), to.getUTCMonth(), to.getUTCDate());
  return Math.round((end - start) / DAY_MS);
}

/** True when the facts were last checked more than `staleAfterDays` days before `now`. */
export function isStale(reviewed: Date, now: Date, staleAfterDays: number): boolean {
  return daysBetween(reviewed, now) > staleAfterDays;
}

/** 2026-11-23 → “2026 年 11 月 23 日” (spaces between digits and CJK, per the style guide). */
export function formatDateZh(date: Date): string {
  return `${date.getUTCFullYear()} 年 ${date.getUTCMonth() + 1} 月 ${date.getUTCDate()} 日`;
}

/** 2026-11-23, for <time datetime> and JSON-LD. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A date as the edition writes it: “2026 年 11 月 23 日” or “23 November 2026”. */
export function formatDate(date: Date, lang: 'zh' | 'en' = 'zh'): string {
  if (lang === 'zh') return formatDateZh(date);
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return `${date.getUTCDate()} ${months[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}
