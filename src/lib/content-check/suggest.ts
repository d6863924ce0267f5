/** Levenshtein distance, small and allocation-light: ids and field names are short. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return prev[b.length];
}

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

/** 「未知的<kind>「id」」 with the nearest valid ids as a suggestion, or the valid ones when none is near. */
export function describeUnknown(kind: string, id: string, valid: Iterable<string>): string {
  const all = [...valid];
  const guesses = nearest(id, all);
  if (guesses.length) return `未知的${kind}「${id}」：是不是想写 ${guesses.join('、')}？`;
  return all.length ? `未知的${kind}「${id}」：可用的有 ${all.slice(0, 12).join('、')}` : `未知的${kind}「${id}」`;
}
