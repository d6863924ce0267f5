/**
 * The content check: reads every content file (context.ts) and runs every rule (rules/) on it,
 * reporting every finding in one run, sorted by file, line and field.
 * Pure apart from reading files under `root`; `today` is injectable for tests.
 */
import { loadContext, type CheckOptions } from './context.ts';
import { sortProblems, type Finding } from './problems.ts';
import { RULES } from './rules/index.ts';

export { CONTENT_DIR, SYNONYMS_FILE, checkerFailure, type CheckOptions, type PageEntry } from './context.ts';

export interface CheckResult {
  problems: Finding[];
  counts: { categories: number; symptoms: number; articles: number; faqs: number; drafts: number };
}

export function checkContent(root: string, options: CheckOptions = {}): CheckResult {
  const { ctx, findings } = loadContext(root, options);
  for (const rule of RULES) findings.push(...rule.check(ctx));
  const reported = findings.filter((f) => ctx.bodyChecked(f.file));
  return {
    problems: sortProblems(reported),
    counts: {
      categories: ctx.categories.length,
      symptoms: ctx.symptoms.length,
      articles: ctx.articles.length,
      faqs: ctx.faqs.length,
      drafts: ctx.pages.filter((p) => ctx.isDraft(p)).length,
    },
  };
}
