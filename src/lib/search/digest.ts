/**
 * What the instant answer says about a symptom's main article, worked out at build time: its
 * one-line answer (the summary's first sentence) and its first step (title, and the menu path when
 * an official page or a phone check backs it: a path from public guides is not shown as fact). The
 * search page embeds both in its symptom table, so the answer is on screen before Pagefind loads.
 */
import { formatMenuPath, resolveMenuPath, type NamedMenuPaths } from '../menu-paths.ts';

const OPENING = new Set([...'「『（(“']);
const CLOSING = new Set([...'」』）)”']);
const END = new Set([...'。！？!?']);

/** The text up to and including its first full stop (。！？) outside quotes and brackets; all of it when there is none. */
export function firstSentence(text: string): string {
  const chars = [...text.trim()];
  let depth = 0;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (OPENING.has(c)) depth++;
    else if (CLOSING.has(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && END.has(c)) return chars.slice(0, i + 1).join('');
  }
  return chars.join('');
}

/**
 * A step as one line: its title, and the menu path to tap (我 › 服务 › 钱包) when its basis is an
 * official page or a phone check. A `reported` path (public guides only) is left out: the instant
 * answer has no room for the note that goes with it, so it shows the step title only.
 */
export function stepLine(step: { title: string; path?: string }, named: NamedMenuPaths): string {
  if (step.path === undefined) return step.title;
  const path = resolveMenuPath(step.path, named);
  return path.basis === 'reported' ? step.title : `${step.title}（${formatMenuPath(path.segments)}）`;
}

/** An article as the instant answer shows it. */
export function articleDigest(
  article: { summary: string; steps: readonly { title: string; path?: string }[] },
  named: NamedMenuPaths,
): { answer: string; firstStep?: string } {
  const [first] = article.steps;
  return { answer: firstSentence(article.summary), ...(first ? { firstStep: stepLine(first, named) } : {}) };
}
