/**
 * The /search/ page. A query (?q= in the URL, or typed) is normalised once (parseQuery); the
 * symptom it names is shown at once from the table the page embeds (instantAnswers), before
 * Pagefind has loaded, and Pagefind's results are appended below it, so nothing on screen moves.
 * Pagefind (JS + WebAssembly + index) and the result list's code (results.ts) are imported only
 * when a search starts: a ?q= in the URL, typing, or focusing the box. The URL always holds the current query, so a search can be shared and the back button
 * returns to it.
 */
import { parseQuery } from '../../lib/search/normalize.ts';
import { instantAnswers, showsFirstActions, type SearchData } from '../../lib/search/instant.ts';
import { instantItem } from './instant-item.ts';
import { ID_SEARCH_CATEGORY, ID_SEARCH_DATA, ID_SEARCH_FORM, ID_SEARCH_INPUT, ID_SEARCH_RESULTS, ID_SEARCH_STATUS, ID_SEARCH_SUGGESTIONS, PARAM_CATEGORY, PARAM_QUERY } from '../../lib/search/contract.ts';

/** Shown at most; the list is for picking an answer, not for browsing. */
const MAX_RESULTS = 10;
/** Characters of a query searched; the rest is dropped, and the page says so (10,000 froze the page for 36 s). */
const MAX_QUERY_CHARS = 100;

/** Pagefind and the result list's code, fetched together on the first search. */
const results = () => import('./results.ts');

export function startSearchPage(): void {
  const form = document.getElementById(ID_SEARCH_FORM) as HTMLFormElement | null;
  const input = document.getElementById(ID_SEARCH_INPUT) as HTMLInputElement | null;
  const select = document.getElementById(ID_SEARCH_CATEGORY) as HTMLSelectElement | null;
  const status = document.getElementById(ID_SEARCH_STATUS);
  const list = document.getElementById(ID_SEARCH_RESULTS);
  const suggestions = document.getElementById(ID_SEARCH_SUGGESTIONS);
  const dataEl = document.getElementById(ID_SEARCH_DATA);
  if (!form || !input || !select || !status || !list || !suggestions || !dataEl) return;
  const { symptoms: table, synonyms, firstActions } = JSON.parse(dataEl.textContent ?? '') as SearchData;

  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const categoryFilter = () => select.selectedOptions[0]?.dataset.filter;

  function urlFor(q: string): string {
    const params = new URLSearchParams();
    if (q) params.set(PARAM_QUERY, q);
    if (select!.value) params.set(PARAM_CATEGORY, select!.value);
    const qs = params.toString();
    return `${location.pathname}${qs ? `?${qs}` : ''}`;
  }

  /** Suggestions, or room for results (html.search-query, set before the first paint for ?q=). */
  function showSuggestions(show: boolean) {
    suggestions!.hidden = !show;
    document.documentElement.classList.toggle('search-query', !show);
  }

  /** The instant answer now; Pagefind's results once loaded (debounced while typing). */
  function search(raw: string, pagefindDelay = 0) {
    clearTimeout(timer);
    const chars = [...raw.trim()];
    const cut = chars.length > MAX_QUERY_CHARS ? `只搜索了前 ${MAX_QUERY_CHARS} 个字。` : '';
    const query = parseQuery(chars.slice(0, MAX_QUERY_CHARS).join(''), synonyms);
    const mine = ++generation;
    if (query.normal === '') {
      list!.replaceChildren();
      status!.textContent = '输入你遇到的问题，例如「提现失败」「分付用不了」。';
      showSuggestions(true);
      return;
    }
    // Filtered by category, the symptom may be of another category: the list alone answers.
    const instant = categoryFilter() ? [] : instantAnswers(query, table);
    const urgent = !categoryFilter() && showsFirstActions(query, instant, firstActions);
    const instantNode = instant.length > 0 || urgent ? instantItem(instant, urgent ? firstActions : undefined) : undefined;
    list!.replaceChildren(...(instantNode ? [instantNode] : []));
    if (instantNode) showSuggestions(false);
    status!.textContent = `${cut}正在搜索…`;
    const run = async () => {
      try {
        const { pagefindResults, resultItem, resultStatus, keyboardLikely } = await results();
        const { hits, total } = await pagefindResults(query, table, categoryFilter());
        if (mine !== generation) return;
        // The instant answer already links these pages; the list adds the others.
        const linked = new Set(instantNode ? [...instantNode.querySelectorAll('a')].map((a) => a.getAttribute('href')) : []);
        const shown = hits.filter((hit) => !linked.has(hit.url)).slice(0, MAX_RESULTS);
        list!.append(...shown.map((hit) => resultItem(hit, query)));
        const { text, nothing } = resultStatus(query, shown.length, total, !!instantNode, keyboardLikely());
        status!.textContent = cut + text;
        showSuggestions(nothing);
      } catch {
        if (mine !== generation) return;
        status!.textContent = instantNode ? '全文搜索暂时无法使用，上面是按问题名称找到的答案。' : '搜索暂时无法使用。可以浏览下面的常见问题、全部症状或常见问答。';
        showSuggestions(!instantNode);
      }
    };
    if (pagefindDelay > 0) timer = setTimeout(() => void run(), pagefindDelay);
    else void run();
  }

  function fromUrl() {
    const params = new URLSearchParams(location.search);
    input!.value = params.get(PARAM_QUERY) ?? '';
    const category = params.get(PARAM_CATEGORY) ?? '';
    select!.value = [...select!.options].some((o) => o.value === category) ? category : '';
    search(input!.value);
  }

  input.addEventListener('focus', () => { void results().then((r) => r.loadPagefind()).catch(() => {}); }, { once: true });
  input.addEventListener('input', () => {
    history.replaceState(null, '', urlFor(input.value.trim()));
    search(input.value, 150);
  });
  select.addEventListener('change', () => {
    history.replaceState(null, '', urlFor(input.value.trim()));
    search(input.value);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const url = urlFor(input.value.trim());
    // An explicit search is a history step; typing only refines the current one.
    if (url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
    search(input.value);
  });
  window.addEventListener('popstate', fromUrl);

  // Arrow keys walk from the box through the results and back; Enter opens (native link).
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...list.querySelectorAll<HTMLAnchorElement>('a')];
    if (links.length === 0) return;
    const active = document.activeElement;
    const index = links.indexOf(active as HTMLAnchorElement);
    if (active !== input && index === -1) return;
    event.preventDefault();
    if (event.key === 'ArrowDown') (index === -1 ? links[0] : links[Math.min(index + 1, links.length - 1)]).focus();
    else if (index <= 0) input.focus();
    else links[index - 1].focus();
  });

  fromUrl();
}
