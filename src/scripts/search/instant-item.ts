/**
 * The instant answer as DOM, built with createElement and text nodes only (labels, answers and
 * steps come from content). Part of the page's first script; the result list's rendering
 * (render.ts) loads with Pagefind.
 */
import type { FirstActions, InstantAnswer } from '../../lib/search/instant.ts';
import type { SearchUi } from '../../i18n/strings.ts';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  node.append(...children);
  return node;
}

function link(className: string, href: string, ...children: (Node | string)[]): HTMLAnchorElement {
  const a = el('a', className, ...children);
  a.href = href;
  return a;
}

/**
 * The instant answer, first item of the result list. When money may be leaving (showsFirstActions)
 * it opens with the emergency page's first steps, written out: freezing and calling the police must
 * not wait for a tap. Then per symptom one link to its main article (or its hub): its name, the
 * article's one-line answer and its first step (or, without an article, what the reader sees),
 * and one to the hub with every article and FAQ about it.
 */
export function instantItem(answers: InstantAnswer[], firstActions: FirstActions | undefined, ui: SearchUi): HTMLLIElement {
  const li = el('li', 'instant');
  li.setAttribute('aria-label', ui.instantLabel);
  if (firstActions) {
    const steps = el('ol', '', ...firstActions.steps.map((step) => el('li', '', step)));
    // The title links the emergency page: every step, and the causes that only some readers have.
    li.append(el('div', 'instant-urgent', el('strong', '', link('', firstActions.url, firstActions.title)), steps));
  }
  for (const answer of answers) {
    const article = answer.article;
    const main = link('instant-main', article?.url ?? answer.hub, el('strong', '', answer.label), el('span', '', article?.answer ?? answer.description));
    if (article?.firstStep) main.append(el('span', 'instant-step', el('b', '', ui.firstStep), article.firstStep));
    li.append(main);
    if (article) li.append(link('instant-hub', answer.hub, ui.hubLink.replace('{label}', answer.label)));
  }
  return li;
}
