/**
 * Dark mode changes colours and nothing else: inside `@media (prefers-color-scheme: dark)` the
 * site's CSS only gives its colour variables other colours. The accessibility tests rely on this:
 * they run every axe rule in the light scheme and only the colour rules again in the dark one
 * (tests/e2e/accessibility.test.ts). Swapping one colour for another cannot move, hide or rename
 * anything, so a dark-mode rule that does more must fail here first.
 */
import * as cheerio from 'cheerio';
import postcss, { type AtRule, type Node, type Root } from 'postcss';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesIn, htmlFiles, readDist, requireDist } from '../helpers/dist.ts';

const dist = requireDist();
/** Every stylesheet the pages use: the built CSS files and each page's inline <style> blocks. */
const sheets: { name: string; css: string }[] = [
  ...filesIn(dist)
    .filter((file) => file.endsWith('.css'))
    .map((file) => ({ name: file, css: readFileSync(join(dist, file), 'utf8') })),
  ...htmlFiles().flatMap((file) => {
    const $ = cheerio.load(readDist(file));
    return $('style')
      .toArray()
      .map((style, i) => ({ name: `${file} <style> ${i + 1}`, css: $(style).text() }));
  }),
];

/** A colour literal: #rgb(a), #rrggbb(aa), or an rgb()/hsl()/oklch() function. */
const COLOUR = /^(#[0-9a-f]{3,4}|#[0-9a-f]{6}|#[0-9a-f]{8}|(rgb|rgba|hsl|hsla|oklch|oklab|lab|lch)\([^()]*\))$/i;

const darkBlocks = (root: Root) => {
  const blocks: AtRule[] = [];
  root.walkAtRules('media', (rule) => {
    if (/prefers-color-scheme\s*:\s*dark/.test(rule.params)) blocks.push(rule);
  });
  return blocks;
};

describe('dark mode only recolours', () => {
  it('finds the site stylesheet and its dark-mode block', () => {
    expect(sheets.some(({ css }) => /prefers-color-scheme\s*:\s*dark/.test(css))).toBe(true);
  });

  it.each(sheets.map((sheet) => [sheet.name, sheet] as const))('%s: in dark mode, only colour variables change, each to a colour', (_, { css }) => {
    const root = postcss.parse(css);
    const dark = darkBlocks(root);
    // The variables defined outside dark mode, with their light value.
    const light = new Map<string, string>();
    root.walkDecls(/^--/, (decl) => {
      if (!dark.some((block) => isInside(decl, block))) light.set(decl.prop, decl.value);
    });
    const problems: string[] = [];
    for (const block of dark) {
      block.walk((node) => {
        if (node.type === 'decl') {
          if (!node.prop.startsWith('--')) problems.push(`${node.prop}: ${node.value} — not a colour variable`);
          else if (!COLOUR.test(node.value.trim())) problems.push(`${node.prop}: ${node.value} — not a colour`);
          else if (!COLOUR.test(light.get(node.prop)?.trim() ?? '')) problems.push(`${node.prop} — no colour for it outside dark mode`);
        } else if (node.type === 'atrule') problems.push(`@${node.name} ${node.params} — only colour variables belong in dark mode`);
      });
    }
    expect(problems).toEqual([]);
  });
});

function isInside(node: Node, ancestor: Node): boolean {
  for (let parent = node.parent; parent; parent = parent.parent) if (parent === ancestor) return true;
  return false;
}
