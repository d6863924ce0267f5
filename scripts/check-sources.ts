/**
 * npm run check:sources [-- --update] [--report <file>] [--root <dir>] [--timeout <ms>]
 *
 * Fetches every URL the content cites (articles' and FAQs' sources, menu-path bases) and compares
 * it with content/sources.lock.yaml. Prints each URL that changed, moved, vanished, stopped being
 * a web page or was redirected off the allowlist, with file:line of every page citing it.
 *   --update   writes what was fetched into the lock (after you have re-read the pages).
 *   --report   also writes the list of pages to re-review as Markdown (the weekly workflow's issue).
 * Exit 0: nothing to re-review. 1: something to re-review. 2: no network (nothing could be fetched;
 * the lock keeps what it had, and with --update lists new URLs unfetched — the first run on a
 * machine with internet fetches them).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadAllowedHosts } from '../src/lib/content-check/link-policy.ts';
import { parseCliArgs } from './lib/args.ts';
import { checkSources, formatFindings, formatIssueBody, LOCK_FILE, writeLock } from './lib/source-lock.ts';

const { values } = parseCliArgs(
  {
    options: {
      root: { type: 'string', default: resolve(import.meta.dirname, '..') },
      update: { type: 'boolean', default: false },
      report: { type: 'string' },
      timeout: { type: 'string', default: '20000' },
    },
  },
  '用法：npm run check:sources [-- --update] [--report 文件] [--timeout 毫秒]',
);
const root = resolve(values.root);
const timeoutMs = Number(values.timeout);
if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) {
  console.error(`--timeout 应为正整数（毫秒），不能是「${values.timeout}」`);
  process.exit(1);
}

try {
  const today = new Date().toISOString().slice(0, 10);
  const report = await checkSources(root, loadAllowedHosts(root), { timeoutMs, today });
  if (report.offline) {
    if (values.update) {
      // Keeps every fetched entry and lists new URLs without `fetched`, so the lock still covers every cited URL.
      writeLock(root, report.lock);
      console.error(`已把 ${report.checked} 个网址写入 ${LOCK_FILE}，但没有抓取（没有网络）。`);
    }
    console.error(
      `无法联网：${report.checked} 个网址一个也没能打开，没有抓取任何页面（${LOCK_FILE} 里没有 fetched 的条目表示还没联网抓取过）。\n` +
        '在能上网的机器上运行 npm run check:sources -- --update 会第一次写入锁文件；每周的 GitHub 工作流 .github/workflows/sources.yml 也会检查。',
    );
    process.exit(2);
  }
  const toReview = report.findings.filter((f) => f.kind !== 'unreachable');
  if (report.findings.length) console.log(formatFindings(report.findings));
  if (values.report) writeFileSync(values.report, toReview.length ? formatIssueBody(toReview, today) + '\n' : '');
  if (values.update) {
    writeLock(root, report.lock);
    console.log(`已更新 ${LOCK_FILE}：${report.checked} 个网址。`);
  }
  console.log(`\n检查了 ${report.checked} 个网址：${toReview.length ? `${toReview.length} 处需要重新核对` : '都和锁文件一致'}${report.findings.length - toReview.length ? `，${report.findings.length - toReview.length} 个这次没连上` : ''}。`);
  process.exit(toReview.length && !values.update ? 1 : 0);
} catch (error) {
  console.error(`来源检查没能完成：${(error as Error).message}`);
  process.exit(1);
}
