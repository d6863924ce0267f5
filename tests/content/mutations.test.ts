/**
 * Property-style: random mutations of a valid article — nesting, size, Unicode, YAML, MDX syntax —
 * never crash or hang the content check. Seeded, so a failure replays: the seed and the file are
 * in the message. Every outcome must be a list of `file:line  field  message` problems (or none).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/check.ts';
import { formatProblem } from '../../src/lib/content-check/problems.ts';
import { FIXTURE_TODAY, materialise } from '../helpers/content-fixtures.ts';
import { generatedArticle } from '../helpers/generated-article.ts';
import { random as seededRandom } from '../../scripts/lib/synthetic-content.ts';

const SEED = 20261123;
const RUNS = 80;
const PER_FILE_MS = 3000;

const PIECES = ['>', '> ', '- ', '* ', '1. ', '  ', '\t', '*', '**', '_', '~~', '`', '```', '[', ']', '(', ')', '![', '[^1]', '[^1]: ', '|', '| --- |', '<sup>', '</sup>', '<Callout>', '</Callout>', '<MenuPath path="x" />', '<', '{', '}', '{/* */}', '\\', '&#x', 'https://', 'www.', '。', '\n', '\n\n', '---', ':', '&a ', '*a', '!tag ', '"', "'", '#', '\u202e', '\u200b', '\ufeff', '\ud800', '\u0000', '𠀀', 'ｋｆ', '零钱'];

function mutate(source: string, random: () => number): string {
  let text = source;
  const edits = 1 + Math.floor(random() * 4);
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(random() * (text.length + 1));
    const piece = PIECES[Math.floor(random() * PIECES.length)];
    const kind = random();
    if (kind < 0.5) {
      // Repeat one piece many times: nesting and size.
      const times = Math.floor(random() ** 3 * 20_000) + 1;
      text = text.slice(0, at) + piece.repeat(times) + text.slice(at);
    } else if (kind < 0.8) {
      text = text.slice(0, at) + piece + text.slice(at);
    } else if (kind < 0.9) {
      text = text.slice(0, at) + text.slice(at + Math.floor(random() * 40));
    } else {
      // Lines nested ever deeper.
      const depth = Math.floor(random() * 3000);
      text = text.slice(0, at) + Array.from({ length: depth }, (_, i) => piece.repeat(i % 50) + 'x').join('\n') + text.slice(at);
    }
  }
  return text;
}

const { root, cleanup } = materialise();
afterAll(cleanup);

it(`${RUNS} random mutations of a valid article never crash or hang the check (seed ${SEED})`, () => {
  const random = seededRandom(SEED);
  const base = generatedArticle('先看提现记录[^1]。\n\n| 项目 | 说明 |\n| --- | --- |\n| a | [问答](/faq/ok-faq/) |\n\n> 提示：**不要**告诉别人验证码。\n\n- 第一步\n  - 细节\n\n[^1]: 以微信支付官方说明为准。\n');
  const file = join(root, 'content/articles/mutated.mdx');
  let slowest = 0;
  for (let run = 0; run < RUNS; run++) {
    const source = mutate(base, random);
    writeFileSync(file, source);
    const start = performance.now();
    let lines: string[];
    try {
      lines = checkContent(root, { today: FIXTURE_TODAY, typography: run % 4 === 0 }).problems.map(formatProblem);
    } catch (error) {
      throw new Error(`run ${run} (seed ${SEED}) crashed the check: ${(error as Error).stack}\n--- file (first 500 chars) ---\n${source.slice(0, 500)}`, { cause: error });
    }
    const ms = performance.now() - start;
    slowest = Math.max(slowest, ms);
    expect(ms, `run ${run} (seed ${SEED}) took ${Math.round(ms)} ms`).toBeLessThan(PER_FILE_MS);
    for (const line of lines) {
      expect(line, `run ${run}`).toMatch(/^content\/\S+:\d+ {2}\S+ {2}\S/);
      expect(line, `run ${run}: no stack traces in messages`).not.toMatch(/\n\s+at /);
      expect(line, `run ${run}: the checker caught an error of its own`).not.toContain('检查程序自身出错');
    }
  }
  expect(slowest).toBeLessThan(PER_FILE_MS);
}, 60_000);
