/**
 * npm run check:content [-- <files>]
 * Checks every content file (or only the given ones) and prints each problem as
 * `path:line  field.path  message`. Exit 1 on any problem.
 * `--format github` prints each problem as a GitHub Actions annotation instead (used by CI, so a pull
 * request shows the message on the offending line).
 * Files may be given relative to the current directory or to the content root.
 */
import { lstatSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { checkContent } from '../src/lib/content-check/check.ts';
import { formatGithubAnnotation, formatProblem } from '../src/lib/content-check/problems.ts';
import { namedFileProblem } from '../src/lib/content-check/content-files.ts';
import { parseCliArgs } from './lib/args.ts';

// --root <dir> checks another content tree (tests, benchmarks); the default is this repository.
const { values, positionals: files } = parseCliArgs(
  { allowPositionals: true, options: { root: { type: 'string' }, format: { type: 'string', default: 'text' } } },
  '可用的参数：--root <目录>、--format text|github，后面可以跟要检查的文件',
);
const root = resolve(values.root ?? resolve(import.meta.dirname, '..'));
const format = values.format;
if (format !== 'text' && format !== 'github') {
  console.error(`--format 只能是 text 或 github，不能是「${format}」`);
  process.exit(1);
}

/** A named file, from the current directory or else from the content root (a dangling link counts as there). */
function locate(file: string): string | undefined {
  const candidates = isAbsolute(file) ? [file] : [resolve(file), resolve(root, file)];
  return candidates.find((candidate) => lstatSync(candidate, { throwIfNoEntry: false }));
}

const refused = files.map((file) => {
  const path = locate(file);
  return { file, problem: path ? namedFileProblem(root, path) : '找不到这个文件：检查路径是否写对（例如 content/articles/withdrawal-failed.mdx）' };
});
if (refused.some((r) => r.problem)) {
  for (const { file, problem } of refused) if (problem) console.error(`${file}  ${problem}`);
  process.exit(1);
}

try {
  const { problems, counts } = checkContent(root, { files: files.length ? files.map((f) => locate(f)!) : undefined });
  if (problems.length) {
    // Workflow commands are read from standard output.
    if (format === 'github') for (const problem of problems) console.log(formatGithubAnnotation(problem));
    else for (const problem of problems) console.error(formatProblem(problem));
    const fileCount = new Set(problems.map((p) => p.file)).size;
    console.error(`\n内容检查未通过：${fileCount} 个文件共 ${problems.length} 个问题。按上面每行提示修改后再运行 npm run check:content。`);
    process.exit(1);
  }
  const scope = files.length ? `（只检查了 ${files.length} 个文件）` : '';
  console.log(
    `内容检查通过${scope}：${counts.articles} 篇文章、${counts.faqs} 条问答（其中草稿 ${counts.drafts} 篇）、${counts.symptoms} 个症状、${counts.categories} 个分类。`,
  );
} catch (error) {
  // A bug in the checker itself, not in the content: say so plainly, without a stack trace.
  console.error(`内容检查程序自身出错（不是你的内容的问题，请报告给维护者）：${(error as Error).message}`);
  process.exit(2);
}
