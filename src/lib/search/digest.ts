/**
 * What the instant answer says about a symptom's main article, worked out at build time: its
 * one-line answer (the summary's first sentence) and its first step (title, and the menu path when
 * an official page or a phone check backs it: a path from public guides is not shown as fact). The
 * search page embeds both in its symptom table, so the answer is on screen before Pagefind loads.
 */
import { formatMenuPath, resolveMenuPath, type NamedMenuPaths } from '../menu-paths.ts';
import type { Lang } from '../../schemas/content.ts';

const OPENING = new Set([...'「『（(“']);
const CLOSING = new Set([...'」』）)”']);
const END = new Set([...'。！？!?']);

/**
 * The text up to and including its first full stop outside quotes and brackets; all of it when there is none.
 * Chinese stops (。！？) end a sentence anywhere; an English "." only before a space and a capital letter (or at the
 * end), so "3.5", "e.g. a card" and "weixin.qq.com" do not cut an English summary short.
 */
export function firstSentence(text: string): string {
  const chars = [...text.trim()];
  let depth = 0;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (OPENING.has(c)) depth++;
    else if (CLOSING.has(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && (END.has(c) || (c === '.' && endsEnglishSentence(chars, i)))) return chars.slice(0, i + 1).join('');
  }
  return chars.join('');
}

function endsEnglishSentence(chars: string[], dot: number): boolean {
  const next = chars[dot + 1];
  return next === undefined || (/\s/.test(next) && /\p{Lu}/u.test(chars[dot + 2] ?? ''));
}

/**
 * A step as one line: its title, and the menu path to tap (我 › 服务 › 钱包) when its basis is an
 * official page or a phone check. A `reported` path (public guides only) is left out: the instant
 * answer has no room for the note that goes with it, so it shows the step title only. An English
 * page shows the path's English labels, in half-width brackets.
 */
export function stepLine(step: { title: string; path?: string }, named: NamedMenuPaths, lang: Lang = 'zh'): string {
  if (step.path === undefined) return step.title;
  const path = resolveMenuPath(step.path, named, lang);
  if (path.basis === 'reported') return step.title;
  return lang === 'en' ? `${step.title} (${formatMenuPath(path.segments)})` : `${step.title}（${formatMenuPath(path.segments)}）`;
}

/** An article as the instant answer shows it. */
export function articleDigest(
  article: { summary: string; steps: readonly { title: string; path?: string }[] },
  named: NamedMenuPaths,
  lang: Lang = 'zh',
): { answer: string; firstStep?: string } {
  const [first] = article.steps;
  return { answer: firstSentence(article.summary), ...(first ? { firstStep: stepLine(first, named, lang) } : {}) };
}
