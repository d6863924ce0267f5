/**
 * Applies AutoCorrect (and the 「」 quote style, quotes.ts) exactly where the content check lints: the Markdown body and the prose
 * strings of the frontmatter. AutoCorrect's own YAML mode is not used because it turns the
 * commas of a flow list such as [我, 服务, 钱包] full-width, which YAML then reads as one item.
 */
import { isMap, isPair, isScalar, isSeq, parseDocument, visit } from 'yaml';
import { fixQuotesInMarkdown, toCornerQuotes } from './quotes.ts';
import { formatMarkdown, formatText, MACHINE_KEYS } from './typography.ts';

/** Fixes the prose scalars of a YAML document; returns the text unchanged when nothing needs fixing. */
export function fixYamlProse(source: string, { skipKeys = [] as string[] } = {}): string {
  const doc = parseDocument(source, { keepSourceTokens: true });
  if (doc.errors.length) return source; // the check reports syntax errors; never rewrite a broken file
  let changed = false;
  visit(doc, {
    Scalar(_key, node, path) {
      if (typeof node.value !== 'string') return;
      // Which key does this scalar belong to? The nearest pair above it.
      const pair = [...path].reverse().find(isPair);
      const key = pair && isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (pair && pair.key === node) return; // a key, not a value
      if (key && (MACHINE_KEYS.has(key) || skipKeys.includes(key))) return;
      const parent = path.at(-1);
      if (key === 'path' && !(isSeq(parent) || isMap(parent))) return; // path: balance (a key into menu-paths.yaml)
      const fixed = formatText(toCornerQuotes(node.value));
      if (fixed !== node.value) {
        node.value = fixed;
        changed = true;
      }
    },
  });
  return changed ? doc.toString({ lineWidth: 0, flowCollectionPadding: false }) : source;
}

/** Fixes an MDX file: its frontmatter prose and its body. */
export function fixMdx(source: string): string {
  const match = /^(---[ \t]*\r?\n)([\s\S]*?\r?\n)(---[ \t]*(?:\r?\n|$))/.exec(source);
  if (!match) return formatMarkdown(fixQuotesInMarkdown(source));
  const [whole, open, yaml, close] = match;
  return open + fixYamlProse(yaml) + close + formatMarkdown(fixQuotesInMarkdown(source.slice(whole.length)));
}
