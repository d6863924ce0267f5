/**
 * Query normalisation shared by the browser re-rank and the eval, so both see the same thing.
 * Readers type full-width letters, tone marks, mixed case and filler words; none of that
 * should change which symptom a query is about.
 */

/**
 * Words that carry no symptom: question fillers, the product name every page shares, and the
 * words readers wrap around what they see (显示, 提示, 已经 … 退回: the 退回 is the symptom).
 */
const FILLERS = [
  '怎么办', '怎么回事', '怎么样', '为什么', '怎么', '咋办', '咋回事', '咋', '什么',
  '微信支付', '微信钱包', '微信', '钱包里的', '请问', '一下', '是不是', '能不能', '可以吗',
  '显示', '提示', '出现', '已经', '已', '有个',
  '了', '吗', '呢', '啊', '呀', '的', '我', '要',
];

/** The fillers as one pattern (longest listed first, so 怎么办 goes before 怎么): one pass per text. */
const FILLER_PATTERN = new RegExp(FILLERS.join('|'), 'g');
const HAN_FILLER_PATTERN = new RegExp(FILLERS.filter((f) => /\p{Script=Han}/u.test(f)).join('|'), 'g');

/** Variant spellings readers use for the same word, folded to the one the content uses. */
const VARIANTS: [RegExp, string][] = [
  [/帐/g, '账'],
  [/减号/g, '负号'],
];
const LATIN_FILLERS = new Set(['wechat', 'weixin', 'wx', 'my', 'the', 'a', 'is', 'in', 'of', 'to', 'how', 'why', 'what']);

/**
 * NFKC (full-width → half-width), lower case, tone marks removed, whitespace collapsed, and a
 * minus sign before a number read as 负 (零钱显示-50 is a negative amount, not a hyphen).
 */
export function normaliseQuery(raw: string): string {
  const text = raw
    .normalize('NFKC')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/(^|[^a-z0-9])[-\u2212]\s*(?=[0-9])/g, '$1负')
    .replace(/[\s\u3000]+/g, ' ')
    .trim();
  return VARIANTS.reduce((t, [variant, usual]) => t.replace(variant, usual), text);
}

/**
 * The comparison key of a query or an alias: normalised, fillers dropped, then spaces and
 * punctuation removed, so "tixian shibai", "TiXian-ShiBai" and "tǐxiàn shībài" are one key.
 */
export function compactKey(raw: string): string {
  return keyOf(normaliseQuery(raw));
}

function keyOf(normal: string): string {
  const words = normal
    .split(/[^\p{L}\p{N}%.]+/u)
    .filter((w) => w !== '' && !LATIN_FILLERS.has(w));
  return words.join(' ').replace(FILLER_PATTERN, ' ').replace(/[^\p{L}\p{N}%.]+/gu, '');
}

/** Turns the Chinese fillers of a normalised text into spaces (never leaves it empty). */
function withoutHanFillers(normal: string): string {
  const text = normal.replace(HAN_FILLER_PATTERN, ' ').replace(/\s+/g, ' ').trim();
  return text === '' ? normal : text;
}

const STOP_CHARACTERS = new Set([...'不用有在是就都也还又能会到个一被把给和变']);

const HAN = /\p{Script=Han}/u;
const isHan = (c: string) => HAN.test(c);
const HAN_WORD = /^\p{Script=Han}+$/u;

let segmenter: Intl.Segmenter | undefined;

/**
 * The Pagefind terms of a text. Pagefind indexes Chinese as single characters and adjacent pairs
 * (and whole meta strings), and matches each term as a prefix of an indexed word: a pair of Han
 * characters is the most telling term that is always in the index. Intl.Segmenter finds the word
 * boundaries, but its dictionary splits this site's words (提现, 客服, 分付) into characters: runs
 * of single characters are paired up again, longer words cut into pairs. Characters without the
 * segmenter.
 */
function termsOf(text: string): string {
  if (typeof Intl.Segmenter !== 'function') return charactersOf(text);
  // One segmenter for the page's life: creating it loads the Chinese dictionary (~0.1 s).
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const terms = new Set<string>();
  let singles = '';
  const flush = () => {
    pairsOf(singles).forEach((t) => terms.add(t));
    singles = '';
  };
  for (const { segment, isWordLike } of segmenter.segment(text)) {
    if (isWordLike && HAN_WORD.test(segment)) {
      if ([...segment].length > 1) {
        flush();
        pairsOf(segment).forEach((t) => terms.add(t));
      } else if (STOP_CHARACTERS.has(segment)) {
        // Function characters on their own (不, 用, 到, 变 …) are on nearly every page: as Pagefind
        // terms they add a large index chunk each and filter out almost nothing.
        flush();
      } else {
        singles += segment;
      }
    } else {
      flush();
      if (isWordLike) terms.add(segment);
    }
  }
  flush();
  return terms.size > 0 ? [...terms].join(' ') : text;
}

/** Han text as non-overlapping pairs, the last pair overlapping for an odd count (one character stays one). */
function pairsOf(han: string): string[] {
  const chars = [...han];
  const pairs = chars.length > 1 ? han.match(/../gu) ?? [] : chars;
  if (chars.length > 1 && chars.length % 2 === 1) pairs.push(chars.slice(-2).join(''));
  return pairs;
}

/** Every Han character on its own, Latin words and numbers kept whole. */
function charactersOf(text: string): string {
  return text
    .replace(/(\p{Script=Han})(?=\p{Script=Han})/gu, '$1 ')
    .replace(/(\p{Script=Han})(?=[a-z0-9])|([a-z0-9])(?=\p{Script=Han})/gu, '$1$2 ');
}

/**
 * What the re-rank compares a query or a saying by: its compact key (compactKey), the Han
 * characters of that key, their adjacent pairs, and its Latin words.
 */
export interface Phrase {
  key: string;
  han: string[];
  pairs: string[];
  latin: string[];
}

/** A query, normalised once: what both the Pagefind calls and the re-rank use. */
export interface SearchQuery extends Phrase {
  /** As typed. */
  raw: string;
  /** normaliseQuery(raw) with the synonyms applied: empty means there is nothing to search. */
  normal: string;
  /**
   * The first Pagefind query: the text without Chinese fillers (怎么办, 了, 吗 …: every FAQ
   * title says 怎么办, such words only add noise) as Pagefind terms (termsOf: character pairs
   * along the word boundaries, 提现 失败). Pagefind ANDs the terms and matches each as a prefix,
   * so 零钱 负数 finds pages a whole 零钱变成负数 would miss, and it needs one index chunk per
   * term. Without Intl.Segmenter: characters. Computed on first read: the instant answer does not
   * need it, and the segmenter's dictionary takes a while to load.
   */
  readonly words: string;
  /**
   * The same text as single characters. Pagefind segments a Chinese query into words its own
   * way, and a query word then matches only pages segmented alike; single characters match every
   * page that has them. Each character may sit in another index chunk, so this is the fallback
   * when the words find too few pages, not the first search.
   */
  characters: string;
}

function phraseOf(normal: string): Phrase {
  const key = keyOf(normal);
  const han = [...key].filter(isHan);
  const pairs: string[] = [];
  for (let i = 0; i + 1 < han.length; i++) pairs.push(han[i] + han[i + 1]);
  return { key, han, pairs, latin: latinOf(normal) };
}

/** A label or alias as the re-rank compares it. */
export function phrase(text: string): Phrase {
  return phraseOf(normaliseQuery(text));
}

/**
 * Readers' words for the words the labels and aliases use (content/search-synonyms.yaml, compiled
 * by compileSynonyms in synonyms.ts): [saying, means] pairs, longest saying first, Chinese only.
 */
export type Synonyms = readonly (readonly [saying: string, means: string])[];

/** Every saying in a normalised text replaced by what it means, in one pass (longest saying first). */
export function applySynonyms(normal: string, synonyms: Synonyms): string {
  if (synonyms.length === 0) return normal;
  const means = new Map(synonyms);
  // Sayings are Chinese characters only (the schema says so): nothing to escape.
  return normal.replace(new RegExp(synonyms.map(([saying]) => saying).join('|'), 'g'), (saying) => means.get(saying) ?? saying);
}

/**
 * Normalises a query once into every form the search needs, the readers' words replaced by the
 * labels' (不成功 → 失败): the Pagefind terms and the re-rank both see the replaced text.
 */
export function parseQuery(raw: string, synonyms: Synonyms = [], english?: (normal: string) => string): SearchQuery {
  // The English edition passes its normaliser (englishNormaliser in english.ts: folding, stems, typos
  // against its symptom table), loaded only there so the Chinese page's first script stays small.
  const normal = english ? english(normaliseQuery(raw)) : applySynonyms(normaliseQuery(raw), synonyms);
  const text = withoutHanFillers(normal);
  let words: string | undefined;
  return {
    raw,
    normal,
    ...phraseOf(normal),
    get words() {
      return (words ??= normal === '' ? '' : termsOf(text));
    },
    characters: charactersOf(text),
  };
}

function latinOf(normal: string): string[] {
  return (normal.match(/[a-z0-9]+/g) ?? []).filter((w) => !LATIN_FILLERS.has(w));
}

/** Latin words of a string (after normalisation), fillers dropped: for English and spaced pinyin. */
export function latinWords(raw: string): string[] {
  return latinOf(normaliseQuery(raw));
}
