/**
 * Pagefind's own web worker (pagefind-worker.js), spoken to directly instead of through
 * pagefind.js. Two reasons, both measured (docs/search.md; figures in bench/results.md): pagefind.js is 13 KB more before the
 * first result, and it starts the worker with the page's <html lang>, under which Pagefind splits
 * every query again (PAGEFIND_LANGUAGE says why that costs index chunks).
 *
 * The messages are Pagefind 1.6's: { id, instanceId, method, args } → { id, result } or
 * { id, error }; a result's data is an id to fetch with getData, released with releaseData once
 * the result is gone. package.json keeps pagefind at 1.6.x, and tests/e2e search the built site
 * through this module. If the worker cannot start or answer, search-page falls back to pagefind.js.
 */
import type { PagefindLike, ResultData } from '../../lib/search/run.ts';
import { PAGEFIND_LANGUAGE, PAGEFIND_OPTIONS } from '../../lib/search/tuning.ts';

const BASE_PATH = '/pagefind/';
const INSTANCE = 'kb';
/** pagefind.js gives its worker 5 s to take the init message; on a slow phone network, a little more. */
const INIT_TIMEOUT_MS = 10_000;

interface Reply {
  id: number;
  result?: unknown;
  error?: string;
}
interface WorkerResults {
  results: { id?: string; score: number; data: string }[];
}

/** Starts the worker and Pagefind in it; resolves once the worker has taken the init message. */
export async function startPagefindWorker(language: string = PAGEFIND_LANGUAGE): Promise<PagefindLike> {
  const worker = new Worker(`${BASE_PATH}pagefind-worker.js`);
  let nextId = 0;
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  const failAll = (error: Error) => {
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  worker.addEventListener('message', (event: MessageEvent<Reply>) => {
    const { id, result, error } = event.data;
    const waiting = pending.get(id);
    if (!waiting) return;
    pending.delete(id);
    if (error !== undefined) waiting.reject(new Error(`Pagefind: ${error}`));
    else waiting.resolve(result);
  });
  // The script could not be fetched or run: every call waiting, and every later one, fails.
  let broken: Error | undefined;
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    broken = new Error(`Pagefind 的 worker 出错：${event.message || '无法加载'}`);
    failAll(broken);
    worker.terminate();
  });
  const call = (method: string, args: unknown[]): Promise<unknown> => {
    if (broken) return Promise.reject(broken);
    const id = ++nextId;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, instanceId: INSTANCE, method, args });
    });
  };
  // A result the page no longer holds frees its data in the worker (as pagefind.js does).
  const release = new FinalizationRegistry<string>((dataId) => { void call('releaseData', [dataId]).catch(() => {}); });

  const init = call('init', [{ ...PAGEFIND_OPTIONS, basePath: BASE_PATH, baseUrl: '/', language, primary: true }]);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error('Pagefind 的 worker 没有应答')), INIT_TIMEOUT_MS); });
  try {
    await Promise.race([init, timeout]);
  } catch (error) {
    worker.terminate();
    throw error;
  } finally {
    clearTimeout(timer);
  }
  return {
    async search(query, options = {}) {
      const found = (await call('search', [query, options])) as WorkerResults | null;
      if (!found) return null;
      return {
        results: found.results.map(({ id, score, data: dataId }) => {
          const data = async () => (await call('getData', [dataId])) as ResultData;
          // The function, not the result: copies of a result (run.ts merges lists) share it.
          release.register(data, dataId);
          return { id, score, data };
        }),
      };
    },
  };
}
