import { editDistance } from '../edit-distance.ts';

/**
 * The valid values closest to a wrong one, best first. Shares a word (withdrawal-* for
 * withdraw-fail) or is within a few edits; at most `limit` values.
 */
export function nearest(wrong: string, valid: Iterable<string>, limit = 3): string[] {
  const words = wrong.toLowerCase().split(/[-_\s]+/).filter(Boolean);
  return [...valid]
    .map((candidate) => {
      const distance = editDistance(wrong.toLowerCase(), candidate);
      const sharesWord = words.some((w) => w.length >= 3 && candidate.includes(w.slice(0, Math.max(3, w.length - 2))));
      return { candidate, score: distance - (sharesWord ? 4 : 0) };
    })
    .filter(({ candidate, score }) => score <= Math.max(2, Math.floor(candidate.length / 2)))
    .sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate))
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}

/** 「：可用的有 a、b…」 (the first 12), or nothing when there are none. */
export function availableIds(valid: Iterable<string>): string {
  const all = [...valid];
  return all.length ? `：可用的有 ${all.slice(0, 12).join('、')}` : '';
}

/** 「未知的<kind>「id」」 with the nearest valid ids as a suggestion, or the valid ones when none is near. */
export function describeUnknown(kind: string, id: string, valid: Iterable<string>): string {
  const all = [...valid];
  const guesses = nearest(id, all);
  if (guesses.length) return `未知的${kind}「${id}」：是不是想写 ${guesses.join('、')}？`;
  return `未知的${kind}「${id}」${availableIds(all)}`;
}
