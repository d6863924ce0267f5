/**
 * The instant answer as DOM, built with createElement and text nodes only (labels and
 * descriptions come from content). Part of the page's first script; the result list's
 * rendering (render.ts) loads with Pagefind.
 */
import type { InstantAnswer } from '../../lib/search/instant.ts';

/**
 * The instant answer, first item of the result list: per symptom one link to its main article
 * (or its hub) that reads as one paragraph — what it is, what the reader sees — and, when that
 * was the article, one to the hub with every article and FAQ about it.
 */
export function instantItem(answers: InstantAnswer[]): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'instant';
  li.setAttribute('aria-label', '最可能的答案');
  for (const answer of answers) {
    const main = document.createElement('a');
    main.className = 'instant-main';
    main.href = answer.article?.url ?? answer.hub;
    const label = document.createElement('strong');
    label.textContent = answer.label;
    main.append(label, document.createTextNode(`：${answer.description}`));
    if (answer.article) main.append(document.createElement('br'), document.createTextNode(`先看排查文章《${answer.article.title}》`));
    li.append(main);
    if (!answer.article) continue;
    const hub = document.createElement('a');
    hub.className = 'instant-hub';
    hub.href = answer.hub;
    hub.textContent = `「${answer.label}」的全部文章和问答`;
    li.append(hub);
  }
  return li;
}
