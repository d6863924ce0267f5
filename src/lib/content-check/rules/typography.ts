/**
 * Chinese typography (AutoCorrect, ../typography.ts) and 「」 quotes (../quotes.ts): in every prose
 * field and body of a page, then in the prose of the data files. Machine keys, aliases and sayings
 * (they mimic how people type) and synonym meanings (single words) are left alone.
 */
import { describeQuoteFinding, lintQuotesInMarkdown, lintQuotesInText } from '../quotes.ts';
import { describeFinding, isMachineField, lintMarkdown, lintText, stringsIn, useTypographyConfig } from '../typography.ts';
import type { Finding } from '../problems.ts';
import type { Rule } from '../rule.ts';

export const typography: Rule = {
  id: 'typography',
  check({ root, options, pages, bodyChecked, files }) {
    if (options.typography === false) return [];
    useTypographyConfig(root);
    const findings: Finding[] = [];
    const lintField = (file: string, line: number, path: PropertyKey[], text: string) => {
      const finding = lintText(text);
      if (finding) findings.push({ file, line, field: path.join('.'), message: describeFinding(finding) });
      const quotes = lintQuotesInText(text);
      if (quotes) findings.push({ file, line, field: path.join('.'), message: describeQuoteFinding(quotes) });
    };
    for (const { file, parsed } of pages) {
      if (!parsed.data || parsed.yamlErrors.length || !bodyChecked(file)) continue;
      for (const { path, text } of stringsIn(parsed.data)) if (!isMachineField(path)) lintField(file, parsed.lineOf(path), path, text);
      for (const finding of lintMarkdown(parsed.body)) findings.push({ file, line: parsed.bodyStartLine + finding.line - 1, field: '正文', message: describeFinding(finding) });
      for (const finding of lintQuotesInMarkdown(parsed.body)) findings.push({ file, line: parsed.bodyStartLine + finding.line - 1, field: '正文', message: describeQuoteFinding(finding) });
    }
    for (const source of [files.symptoms, files.categories, ...(files.synonyms ? [files.synonyms] : [])])
      for (const { path, text } of stringsIn(source.data ?? [])) {
        // aliases and sayings mimic how people type, spacing included; means are single words
        if (isMachineField(path) || path.at(-2) === 'aliases' || path.at(-2) === 'sayings' || path.at(-1) === 'means') continue;
        lintField(source.file, source.lineOf(path), path, text);
      }
    return findings;
  },
};
