/**
 * Every content-check rule, in the order their findings are collected (the runner sorts by file,
 * line and field; findings at the same place keep this order). Adding a rule: one file in this
 * folder exporting a `Rule`, one line here, one fixture case in tests/content/fixtures/.
 */
import type { Rule } from '../rule.ts';
import { allowedHosts } from './allowed-hosts.ts';
import { causesAndSources } from './causes-and-sources.ts';
import { domesticSources } from './domestic-sources.ts';
import { duplicateIds } from './duplicate-ids.ts';
import { duplicateTitles } from './duplicate-titles.ts';
import { frontmatterGate } from './frontmatter-gate.ts';
import { futureDates } from './future-dates.ts';
import { mdxSafety } from './mdx-safety.ts';
import { menuPathKeys } from './menu-path-keys.ts';
import { officialSources } from './official-sources.ts';
import { pageTaxonomy } from './page-taxonomy.ts';
import { placeholders } from './placeholders.ts';
import { publicFiles } from './public-files.ts';
import { relatedArticles } from './related-articles.ts';
import { siteLinks } from './site-links.ts';
import { sourceLimits } from './source-limits.ts';
import { sourcedNumbers } from './sourced-numbers.ts';
import { symptomCategories } from './symptom-categories.ts';
import { synonymTable } from './synonym-table.ts';
import { typography } from './typography.ts';

export const RULES: readonly Rule[] = [
  synonymTable,
  allowedHosts,
  publicFiles,
  duplicateIds,
  symptomCategories,
  sourceLimits,
  pageTaxonomy,
  relatedArticles,
  futureDates,
  domesticSources,
  causesAndSources,
  menuPathKeys,
  duplicateTitles,
  officialSources,
  siteLinks,
  sourcedNumbers,
  placeholders,
  mdxSafety,
  typography,
  frontmatterGate,
];

/** The rules the build gate runs, at one stage of the build. */
export function gateRules<S extends NonNullable<Rule['gate']>['stage']>(stage: S): Array<Extract<NonNullable<Rule['gate']>, { stage: S }>> {
  return RULES.flatMap((rule) => (rule.gate?.stage === stage ? [rule.gate as Extract<NonNullable<Rule['gate']>, { stage: S }>] : []));
}
