/**
 * English query normalisation for the English edition's search (/en/search/): the same job as
 * the Chinese fillers and synonyms in normalize.ts, for how visitors type. Applied to a query and,
 * at build time, to the symptom table's labels and aliases, so both meet as the same words:
 * - case and punctuation ("Card DECLINED!" → card declin);
 * - the product's names are every page's words, not a symptom: wechat, weixin, wechatpay, wx;
 * - one word per thing: hongbao / red envelope / lucky money → red packet; visa, mastercard,
 *   jcb, amex, diners, discover → card; can't / cannot / won't / doesn't → not;
 * - plurals and inflections by a small suffix stemmer (linking, linked, links → link);
 * - a typo one or two letters off a word of the symptom table (decliend → declin).
 */
import { editDistance } from '../edit-distance.ts';

/** Phrases folded before words are split (longest first). */
const PHRASES: [RegExp, string][] = [
  [/\b(?:we ?chat|weixin|wei xin) ?pay\b/g, ' '],
  [/\b(?:hong ?bao|red ?envelopes?|lucky money|red ?packets?)\b/g, ' red packet '],
  [/\b(?:master ?card|american express|diners club|union ?pay)\b/g, ' card '],
  [/\b(?:can ?not|can'?t|won'?t|doesn'?t|didn'?t|isn'?t|don'?t|unable to|not able to|wouldn'?t)\b/g, ' not '],
  [/\bset ?up\b/g, ' setup '],
  // "how much can I spend / pay / send" asks for the limits
  [/\bhow much (?:money )?(?:can|could|may) (?:i |you |we )?(?:spend|pay|send|use|transfer)\b/g, ' limit '],
  [/\bper ?cent\b/g, ' percent '],
  // getting money back is a refund; a payment that does not go through failed
  [/\b(?:money back|charge ?backs?|reimburse(?:d|ment)?)\b/g, ' refund '],
  [/\bnot\s+(?:go|goes|going|gone|went)\s+through\b/g, ' fail '],
];

/** Words that never tell one problem from another. */
const STOP = new Set(
  'a an the my me i im i\'m is are was were be been to for of in on at with and or it its this that do does did can could how why what when where which who please help any some there here just still get got have has had use using used as am when while after by from so if then very really keep keeps kept'.split(' '),
);

/** Names of the app and the product: on every page, so they say nothing (typos of them are dropped too). */
const NAMES = ['wechat', 'weixin', 'wechatpay', 'weixinpay', 'wx', 'tenpay'];

/** Single words folded to the word the content uses. */
const WORDS: Record<string, string> = {
  visa: 'card', jcb: 'card', amex: 'card', discover: 'card', diners: 'card', mastercard: 'card', cards: 'card',
  hongbao: 'red packet', redpacket: 'red packet', envelope: 'packet', envelopes: 'packet',
  paid: 'pay', froze: 'frozen', blocked: 'block', rejected: 'decline', refused: 'decline', denied: 'decline',
  scammer: 'scam', scammers: 'scam', fraudster: 'fraud', fraudsters: 'fraud', app: 'app', phone: 'phone',
  rmb: 'cny', yuan: 'cny', '¥': 'cny',
  // adding or binding a card is linking it
  add: 'link', adding: 'link', added: 'link', bind: 'link', binding: 'link', bound: 'link', connect: 'link', connecting: 'link',
  attach: 'link', attaching: 'link', connected: 'link',
  // a refusal is a decline
  reject: 'decline', rejects: 'decline', refuse: 'decline', refuses: 'decline', deny: 'decline', denies: 'decline',
  bounced: 'decline', bounces: 'decline',
  // a cap or maximum is a limit
  cap: 'limit', caps: 'limit', capped: 'limit', max: 'limit', maximum: 'limit', ceiling: 'limit', quota: 'limit',
  // a surcharge or commission is a fee
  surcharge: 'fee', surcharges: 'fee', commission: 'fee', markup: 'fee',
  // a state of the account (frozen, locked, suspended) is not the act of freezing a card in an emergency
  locked: 'frozen', restricted: 'frozen', suspended: 'frozen', banned: 'frozen', disabled: 'frozen',
};

const SUFFIXES = ['ications', 'ication', 'ations', 'ation', 'ments', 'ment', 'ings', 'ing', 'ies', 'ied', 'ed', 'es', 's', 'ly', 'y', 'e'];

/** The stem of one lower-case word: the longest suffix whose removal leaves at least 3 letters. */
export function stem(word: string): string {
  if (!/^[a-z]+$/.test(word) || word.length <= 3 || word.endsWith('ss')) return word;
  for (const suffix of SUFFIXES) {
    if (!word.endsWith(suffix) || word.length - suffix.length < 3) continue;
    let base = word.slice(0, -suffix.length);
    // transferring → transfer, scammed → scam
    if (/([b-df-hj-np-tv-z])\1$/.test(base) && !/(?:ll|ss|ff|zz)$/.test(base)) base = base.slice(0, -1);
    return base;
  }
  return word;
}

/** The words of a text, folded and stemmed (the table's vocabulary and a query alike). */
export function englishWords(text: string): string[] {
  let folded = ` ${text.normalize('NFKC').toLowerCase().replace(/[’‘`]/g, "'")} `;
  for (const [pattern, to] of PHRASES) folded = folded.replace(pattern, to);
  const out: string[] = [];
  for (const raw of folded.split(/[^a-z0-9%¥']+/)) {
    const word = raw.replace(/^'+|'+$/g, '');
    if (word === '' || STOP.has(word) || NAMES.includes(word)) continue;
    for (const w of (WORDS[word] ?? word).split(' ')) out.push(stem(w));
  }
  return out;
}

/**
 * A query's words with typos put right: a word not in `vocabulary` becomes the vocabulary word one
 * letter off (two for words of 7 letters or more) when exactly one is nearest; a word close to the
 * product's name is dropped like the name. Numbers are never changed.
 */
export function correctTypos(words: string[], vocabulary: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const word of words) {
    if (vocabulary.has(word) || word.length < 4 || /\d/.test(word)) {
      out.push(word);
      continue;
    }
    const limit = word.length >= 7 ? 2 : 1;
    // The names are 6 letters or more: two letters off (a swap: wechta) is still the name.
    if (word.length >= 5 && NAMES.some((name) => name.length >= 6 && editDistance(word, name, 2) <= 2)) continue;
    let best: string | undefined;
    let bestDistance = Infinity;
    let tie = false;
    for (const candidate of vocabulary) {
      const d = editDistance(word, candidate, limit);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
        tie = false;
      } else if (d === bestDistance && d <= limit) tie = true;
    }
    out.push(best !== undefined && bestDistance <= limit && !tie ? best : word);
  }
  return out;
}

/** A query or saying as the English search compares it: folded, stemmed, typos corrected, one space between words. */
export function normaliseEnglish(text: string, vocabulary?: ReadonlySet<string>): string {
  const words = englishWords(text);
  return (vocabulary ? correctTypos(words, vocabulary) : words).join(' ');
}

/** The vocabulary of a symptom table whose terms are already normalised: every word of every term. */
export function vocabularyOf(terms: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const term of terms) for (const word of term.split(' ')) if (word) out.add(word);
  return out;
}

/** The English edition's query normaliser for parseQuery: the table's words are the vocabulary. */
export function englishNormaliser(table: ReadonlyArray<{ terms: readonly string[] }>): (normal: string) => string {
  const vocabulary = vocabularyOf(table.flatMap((s) => s.terms));
  return (normal) => normaliseEnglish(normal, vocabulary);
}
