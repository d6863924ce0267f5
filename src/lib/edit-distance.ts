/**
 * Levenshtein distance over code points, given up beyond `limit` (Infinity then). The content
 * check ranks its suggestions by it (ids, field names); the search spots a saying one character
 * off (提线不了 for 提现不了), where the limit keeps the comparison short.
 */
export function editDistance(a: string | string[], b: string | string[], limit = Infinity): number {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > limit) return Infinity;
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= y.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
      best = Math.min(best, row[j]);
    }
    if (best > limit) return Infinity;
    prev = row;
  }
  return prev[y.length] <= limit ? prev[y.length] : Infinity;
}
