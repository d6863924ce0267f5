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

let segmenter: Intl.Segmenter | undefined;

/** Pagefind's text split into words by Intl.Segmenter (characters without it). */
function wordsOf(text: string): string {
  if (typeof Intl === 'undefined' || typeof Intl.Segmenter !== 'function') return charactersOf(text);
  // One segmenter for the page's life: creating it loads the Chinese dictionary (~0.1 s).
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const words = [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
  // Function characters on their own (不, 用, 到, 变 …) are on nearly every page: as Pagefind words
  // they add a large index chunk each and filter out almost nothing.
  const telling = words.filter((w) => !STOP_CHARACTERS.has(w));
  const kept = telling.length > 0 ? telling : words;
  return kept.length > 0 ? kept.join(' ') : text;
}

/** Every Han character on its own, Latin words and numbers kept whole. */
function charactersOf(text: string): string {
  return text
    .replace(/(\p{Script=Han})(?=\p{Script=Han})/gu, '$1 ')
    .replace(/(\p{Script=Han})(?=[a-z0-9])|([a-z0-9])(?=\p{Script=Han})/gu, '$1$2 ');
}

const HAN = /\p{Script=Han}/u;
const isHan = (c: string) => HAN.test(c);

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
  /** normaliseQuery(raw): empty means there is nothing to search. */
  normal: string;
  /**
   * The first Pagefind query: the text without Chinese fillers (怎么办, 了, 吗 …: every FAQ
   * title says 怎么办, such words only add noise), split into words by Intl.Segmenter — what
   * pagefind.js itself does with any query on a zh page, done here so the fallback can tell
   * whether the characters differ. Separate words are ANDed and matched as prefixes, so
   * 零钱 变成 负数 finds pages a whole 零钱变成负数 would miss, and it needs the index chunks of
   * a few words, not of every character. Without Intl.Segmenter: characters. Computed on first
   * read: the instant answer does not need it, and the segmenter's dictionary takes a while.
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

/** Normalises a query once into every form the search needs. */
export function parseQuery(raw: string): SearchQuery {
  const normal = normaliseQuery(raw);
  const text = withoutHanFillers(normal);
  let words: string | undefined;
  return {
    raw,
    normal,
    ...phraseOf(normal),
    get words() {
      return (words ??= normal === '' ? '' : wordsOf(text));
    },
    characters: charactersOf(text),
  };
}

/** The Pagefind text of a query: normalised, Chinese fillers turned into spaces. */
export function pagefindQuery(raw: string): string {
  return withoutHanFillers(normaliseQuery(raw));
}

/** parseQuery(raw).words: for callers that need only the first Pagefind query. */
export function segmentedQuery(raw: string): string {
  return parseQuery(raw).words;
}

/** parseQuery(raw).characters. */
export function characterQuery(raw: string): string {
  return parseQuery(raw).characters;
}

function latinOf(normal: string): string[] {
  return (normal.match(/[a-z0-9]+/g) ?? []).filter((w) => !LATIN_FILLERS.has(w));
}

/** Latin words of a string (after normalisation), fillers dropped: for English and spaced pinyin. */
export function latinWords(raw: string): string[] {
  return latinOf(normaliseQuery(raw));
}
