/**
 * The /search/ page. Pagefind (JS + wasm) is imported only when a search starts: a ?q= in the
 * URL, typing, or focusing the box (prefetch). The URL always holds the current query, so a
 * search can be shared and the back button returns to it.
 */
import { searchPages, PAGEFIND_OPTIONS, type PagefindLike } from '../../lib/search/run.ts';
import type { SymptomTerms } from '../../lib/search/rerank.ts';
import { normaliseQuery } from '../../lib/search/normalize.ts';
import { resultItem } from './render.ts';

/** Shown at most; the list is for picking an answer, not for browsing. */
const MAX_RESULTS = 10;
const PAGEFIND_URL = '/pagefind/pagefind.js';

type Pagefind = PagefindLike & { options: (o: object) => Promise<void>; init: () => Promise<void> };
let pagefindPromise: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  pagefindPromise ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ PAGEFIND_URL)) as Pagefind;
    // noWorker: Pagefind's web worker is one more script (12 KB gzip) before the first result;
    // searching this small index on the main thread takes milliseconds.
    await pagefind.options({ ...PAGEFIND_OPTIONS, noWorker: true });
    await pagefind.init();
    return pagefind;
  })();
  pagefindPromise.catch(() => { pagefindPromise = undefined; });
  return pagefindPromise;
}

export function startSearchPage(): void {
  const form = document.getElementById('search-form') as HTMLFormElement | null;
  const input = document.getElementById('search-input') as HTMLInputElement | null;
  const select = document.getElementById('search-category') as HTMLSelectElement | null;
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  const suggestions = document.getElementById('search-suggestions');
  const tableEl = document.getElementById('search-symptoms');
  if (!form || !input || !select || !status || !list || !suggestions) return;
  const table = JSON.parse(tableEl?.textContent || '[]') as SymptomTerms[];

  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const categoryFilter = () => select.selectedOptions[0]?.dataset.filter;

  function urlFor(q: string): string {
    const params = new URLSearchParams();
    if (q) params.set('q', q);
    if (select!.value) params.set('category', select!.value);
    const qs = params.toString();
    return `${location.pathname}${qs ? `?${qs}` : ''}`;
  }

  function showSuggestions(show: boolean) {
    suggestions!.hidden = !show;
  }

  async function search(raw: string) {
    const q = raw.trim();
    const mine = ++generation;
    if (normaliseQuery(q) === '') {
      list!.replaceChildren();
      status!.textContent = '输入你遇到的问题，例如「提现失败」「分付用不了」。';
      showSuggestions(true);
      return;
    }
    status!.textContent = '正在搜索…';
    try {
      const pagefind = await loadPagefind();
      const { hits, total } = await searchPages(pagefind, q, table, { category: categoryFilter() });
      if (mine !== generation) return;
      const shown = hits.slice(0, MAX_RESULTS);
      list!.replaceChildren(...shown.map((hit) => resultItem(hit, q)));
      if (shown.length === 0) {
        status!.textContent = `没有找到和「${q}」相关的内容。换个说法试试，或从下面的常见问题、全部症状和常见问答里找。`;
        showSuggestions(true);
      } else {
        status!.textContent = `找到 ${total} 个相关页面${total > shown.length ? `，显示最相关的 ${shown.length} 个` : ''}。用上下方向键选择，回车打开。`;
        showSuggestions(false);
      }
    } catch {
      if (mine !== generation) return;
      list!.replaceChildren();
      status!.textContent = '搜索暂时无法使用。可以浏览下面的常见问题、全部症状或常见问答。';
      showSuggestions(true);
    }
  }

  function fromUrl() {
    const params = new URLSearchParams(location.search);
    input!.value = params.get('q') ?? '';
    const category = params.get('category') ?? '';
    select!.value = [...select!.options].some((o) => o.value === category) ? category : '';
    void search(input!.value);
  }

  input.addEventListener('focus', () => { void loadPagefind().catch(() => {}); }, { once: true });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      history.replaceState(null, '', urlFor(input.value.trim()));
      void search(input.value);
    }, 150);
  });
  select.addEventListener('change', () => {
    history.replaceState(null, '', urlFor(input.value.trim()));
    void search(input.value);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    const url = urlFor(input.value.trim());
    // An explicit search is a history step; typing only refines the current one.
    if (url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
    void search(input.value);
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

  // On this page "/" goes to the big search box, not the header one (capture: before the layout's handler).
  window.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    event.preventDefault();
    event.stopPropagation();
    input.focus();
  }, true);

  fromUrl();
}
