/**
 * Query normalisation shared by the browser re-rank and the eval, so both see the same thing.
 * Readers type full-width letters, tone marks, mixed case and filler words; none of that
 * should change which symptom a query is about.
 */

/** Words that carry no symptom: question fillers and the product name every page shares. */
const FILLERS = [
  '怎么办', '怎么回事', '怎么样', '为什么', '怎么', '咋办', '咋回事', '咋', '什么',
  '微信支付', '微信钱包', '微信', '钱包里的', '请问', '一下', '是不是', '能不能', '可以吗',
  '了', '吗', '呢', '啊', '呀', '的', '我', '要',
];
const LATIN_FILLERS = new Set(['wechat', 'weixin', 'wx', 'my', 'the', 'a', 'is', 'in', 'of', 'to', 'how', 'why', 'what']);

/** NFKC (full-width → half-width), lower case, tone marks removed, whitespace collapsed. */
export function normaliseQuery(raw: string): string {
  return raw
    .normalize('NFKC')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s\u3000]+/g, ' ')
    .trim();
}

/**
 * The comparison key of a query or an alias: normalised, fillers dropped, then spaces and
 * punctuation removed, so "tixian shibai", "TiXian-ShiBai" and "tǐxiàn shībài" are one key.
 */
export function compactKey(raw: string): string {
  const words = normaliseQuery(raw)
    .split(/[^\p{L}\p{N}%.]+/u)
    .filter((w) => w !== '' && !LATIN_FILLERS.has(w));
  let text = words.join(' ');
  for (const filler of FILLERS) text = text.split(filler).join(' ');
  return text.replace(/[^\p{L}\p{N}%.]+/gu, '');
}

/**
 * What is sent to Pagefind first: the normalised query with Chinese fillers (怎么办, 了, 吗 …)
 * turned into spaces, because every FAQ title says 怎么办 and such words only add noise. Falls
 * back to the normalised query when nothing else is left. Pagefind segments the Chinese itself,
 * see segmentedQuery (the first search) and characterQuery (the wider fallback).
 */
export function pagefindQuery(raw: string): string {
  const normal = normaliseQuery(raw);
  let text = normal;
  for (const filler of FILLERS) if (/\p{Script=Han}/u.test(filler)) text = text.split(filler).join(' ');
  text = text.replace(/\s+/g, ' ').trim();
  return text === '' ? normal : text;
}

/**
 * The first query: pagefindQuery split into words by Intl.Segmenter — what pagefind.js itself
 * does with any query on a zh page, done here too so the fallback can tell whether the
 * characters differ from it. Separate words are ANDed and matched as prefixes, so 零钱 变成 负数
 * finds pages a whole 零钱变成负数 would miss, and it needs the index chunks of a few words, not
 * of every character. Without Intl.Segmenter: characters.
 */
export function segmentedQuery(raw: string): string {
  const text = pagefindQuery(raw);
  if (typeof Intl === 'undefined' || typeof Intl.Segmenter !== 'function') return characterQuery(raw);
  const words = [...new Intl.Segmenter('zh', { granularity: 'word' }).segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
  return words.length > 0 ? words.join(' ') : text;
}

/**
 * The same query as single characters. Pagefind segments a Chinese query into words its own
 * way, and a query word then matches only pages segmented alike; single characters match every
 * page that has them. Each character may sit in another index chunk, so this is the fallback
 * when the segmented query finds too few pages, not the first search.
 */
export function characterQuery(raw: string): string {
  return pagefindQuery(raw)
    .replace(/(\p{Script=Han})(?=\p{Script=Han})/gu, '$1 ')
    .replace(/(\p{Script=Han})(?=[a-z0-9])|([a-z0-9])(?=\p{Script=Han})/gu, '$1$2 ');
}

/** Latin words of a string (after normalisation), fillers dropped: for English and spaced pinyin. */
export function latinWords(raw: string): string[] {
  return (normaliseQuery(raw).match(/[a-z0-9]+/g) ?? []).filter((w) => !LATIN_FILLERS.has(w));
}
