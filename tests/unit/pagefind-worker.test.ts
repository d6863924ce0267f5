/**
 * The search page's client for Pagefind's worker, against a stand-in Worker: the messages it
 * sends, the results it hands back, and every way it gives up (so search-page falls back to
 * pagefind.js instead of waiting for ever).
 */
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { startPagefindWorker } from '../../src/scripts/search/pagefind-worker.ts';
import { PAGEFIND_LANGUAGE } from '../../src/lib/search/tuning.ts';

type Message = { id: number; instanceId: string; method: string; args: unknown[] };

/** A Worker that answers like Pagefind 1.6's, or not at all (`silent`), or fails to load (`broken`). */
class FakeWorker extends EventTarget {
  static last: FakeWorker | undefined;
  static mode: 'pagefind' | 'silent' | 'broken' = 'pagefind';
  readonly sent: Message[] = [];
  terminated = false;
  constructor(readonly url: string) {
    super();
    FakeWorker.last = this;
    if (FakeWorker.mode === 'broken') {
      queueMicrotask(() => this.dispatchEvent(Object.assign(new Event('error', { cancelable: true }), { message: '' })));
    }
  }
  postMessage(message: Message) {
    this.sent.push(message);
    if (FakeWorker.mode !== 'pagefind') return;
    const reply = (result: unknown) => queueMicrotask(() => this.dispatchEvent(Object.assign(new Event('message'), { data: { id: message.id, result } })));
    if (message.method === 'init') reply(true);
    else if (message.method === 'search') reply({ results: [{ id: 'p1', score: 2, data: `data_${message.id}_0` }] });
    else if (message.method === 'getData') reply({ url: '/articles/a/', excerpt: '', meta: { title: 'A' }, filters: {} });
    else if (message.method === 'releaseData') reply(true);
    else queueMicrotask(() => this.dispatchEvent(Object.assign(new Event('message'), { data: { id: message.id, error: `Unknown method: ${message.method}` } })));
  }
  terminate() {
    this.terminated = true;
  }
}

vi.stubGlobal('Worker', FakeWorker);
// The unit project shares one module graph and one global scope across files (isolate: false).
afterAll(() => vi.unstubAllGlobals());

afterEach(() => {
  FakeWorker.mode = 'pagefind';
  vi.useRealTimers();
});

describe('startPagefindWorker', () => {
  it('starts Pagefind in its worker under a language it does not split, and searches through it', async () => {
    const pagefind = await startPagefindWorker();
    const worker = FakeWorker.last!;
    expect(worker.url).toBe('/pagefind/pagefind-worker.js');
    expect(worker.sent[0]).toMatchObject({ method: 'init', args: [{ basePath: '/pagefind/', baseUrl: '/', language: PAGEFIND_LANGUAGE }] });
    const found = await pagefind.search('提现 失败', { filters: { category: '提现' } });
    expect(worker.sent[1]).toMatchObject({ method: 'search', args: ['提现 失败', { filters: { category: '提现' } }] });
    expect(found?.results).toHaveLength(1);
    expect(found!.results[0]).toMatchObject({ id: 'p1', score: 2 });
    await expect(found!.results[0].data()).resolves.toMatchObject({ url: '/articles/a/' });
    expect(worker.sent[2]).toMatchObject({ method: 'getData', args: [`data_${worker.sent[1].id}_0`] });
  });

  it('fails (for the pagefind.js fallback) when the worker script cannot load', async () => {
    FakeWorker.mode = 'broken';
    await expect(startPagefindWorker()).rejects.toThrow(/worker/);
    expect(FakeWorker.last!.terminated).toBe(true);
  });

  it('fails when the worker does not answer the init message in time', async () => {
    vi.useFakeTimers();
    FakeWorker.mode = 'silent';
    const started = startPagefindWorker();
    const outcome = expect(started).rejects.toThrow(/没有应答/);
    await vi.advanceTimersByTimeAsync(10_000);
    await outcome;
    expect(FakeWorker.last!.terminated).toBe(true);
  });

  it('passes a worker error on to the call that caused it', async () => {
    const pagefind = await startPagefindWorker();
    const worker = FakeWorker.last!;
    worker.postMessage = (message: Message) => {
      queueMicrotask(() => worker.dispatchEvent(Object.assign(new Event('message'), { data: { id: message.id, error: 'WASM Error' } })));
    };
    await expect(pagefind.search('提现')).rejects.toThrow('Pagefind: WASM Error');
  });
});
