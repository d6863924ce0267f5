/**
 * The generated cases of shared/adversarial/README.md (too big to store) and other broken input:
 * each ends as its own Chinese `file:line  field  message`, fast, never a crash or a hang.
 * Time bounds are generous (a loaded 2-core machine); before the limits these took 41 s to
 * minutes, or crashed the process.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/check.ts';
import { formatProblem } from '../../src/lib/content-check/problems.ts';
import { FIXTURE_TODAY, materialise, NODE } from '../helpers/content-fixtures.ts';
import { bodyLine, generatedArticle } from '../helpers/generated-article.ts';

const FILE = 'content/articles/generated.mdx';

function check(write: (root: string) => void): { problems: string[]; ms: number } {
  const { root, cleanup } = materialise();
  try {
    write(root);
    const start = performance.now();
    const problems = checkContent(root, { today: FIXTURE_TODAY }).problems.map(formatProblem);
    return { problems, ms: performance.now() - start };
  } finally {
    cleanup();
  }
}

function checkBody(body: string): { problems: string[]; ms: number; line: number } {
  const source = generatedArticle(body);
  return { ...check((root) => writeFileSync(join(root, FILE), source)), line: bodyLine(source) };
}

const LONG_LINE = (n: number) => `这一行太长（${n} 个字符，上限 2000）：分成几段，段落之间空一行`;
const PREFIX = (n: number) => `这一行开头的引用符号 > 或列表符号 - 太多（${n} 层，上限 8）：引用和列表不要层层嵌套`;
const TAGS = '标签太多（超过 300 个 <…>）：正文请用 Markdown，组件只在需要时使用';
const EMPHASIS = '强调符号 * _ ~ 太多（超过 2000 个）：加粗只用在关键的几个词上';

describe('generated hostile bodies are refused before parsing, quickly', () => {
  it.each([
    ['10,000 nested * emphasis (segfaulted the build)', '*'.repeat(10_000) + 'x' + '*'.repeat(10_000), [LONG_LINE(20_001), EMPHASIS]],
    ['10,000 nested > (stack overflow in the checker)', '>'.repeat(10_000) + ' x', [LONG_LINE(10_002), PREFIX(10_000)]],
    ['10,000 nested "- " (stack overflow)', '- '.repeat(10_000) + 'x', [LONG_LINE(20_001), PREFIX(10_000)]],
    ['2,000 nested <sup> on one line', '<sup>'.repeat(2000) + 'x' + '</sup>'.repeat(2000), [LONG_LINE(22_001), TAGS]],
  ])('%s', (_name, body, messages) => {
    const { problems, ms, line } = checkBody(body);
    expect(problems).toEqual(messages.map((m) => `${FILE}:${line}  -  ${m}`));
    expect(ms).toBeLessThan(5000);
  });

  it('10,000 nested <sup> (68 s) and an indented list 1,000 levels deep (41 s): the file size stops them first', () => {
    const sup = checkBody('<sup>'.repeat(10_000) + 'x' + '</sup>'.repeat(10_000));
    expect(sup.problems).toEqual([`${FILE}:1  -  文件太大（109 KB，上限 64 KB）：把内容拆成几篇文章，用 related 互相关联`]);
    const list = checkBody(Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- 第 ${i} 层`).join('\n'));
    expect(list.problems).toEqual([`${FILE}:1  -  文件太大（990 KB，上限 64 KB）：把内容拆成几篇文章，用 related 互相关联`]);
    expect(sup.ms + list.ms).toBeLessThan(5000);
  });

  it('3,000 <sup> on lines of their own: the tag count stops them', () => {
    const { problems, line } = checkBody('<sup>\n'.repeat(3000) + 'x' + '\n</sup>'.repeat(3000));
    expect(problems).toEqual([`${FILE}:${line + 300}  -  ${TAGS}`]);
  });

  it('an indented list 200 levels deep: the indentation limit stops it', () => {
    const body = Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}- 第 ${i} 层`).join('\n');
    const { problems, ms, line } = checkBody(body);
    // Level 21 is the first indented by more than 40 columns.
    expect(problems).toEqual([`${FILE}:${line + 21}  -  行首缩进太深（42 个空格，上限 40）：列表最多嵌套 4 层，每层缩进 2–3 个空格`]);
    expect(ms).toBeLessThan(5000);
  });

  it('a 1 MB causes[].detail on one line (Pagefind indexed it for 482 s)', () => {
    const source = generatedArticle('正文。', (f) => f.replace('detail: 银行卡挂失或注销时提现会被退回。', `detail: ${'很长的说明'.repeat(200_000)}`));
    const { problems, ms } = check((root) => writeFileSync(join(root, FILE), source));
    expect(problems).toEqual([`${FILE}:1  -  文件太大（2931 KB，上限 64 KB）：把内容拆成几篇文章，用 related 互相关联`]);
    expect(ms).toBeLessThan(5000);
  });
});

describe('limits on the parsed tree and on fields', () => {
  it('nesting within the per-line limit but beyond the tree limit', () => {
    const { problems, line } = checkBody('> > > > 四层引用\n\n- a\n  - b\n    - c\n      - d\n        - e\n\n***~~重~~点*** 和 **_~~三层~~_**');
    expect(problems).toEqual([
      `${FILE}:${line}  正文  引用 > 嵌套太深（上限 3 层）：把引用的内容直接写成段落`,
      `${FILE}:${line + 6}  正文  列表嵌套太深（上限 4 层）：把深层的内容拆成新的小标题和列表`,
    ]);
  });

  it('too many links', () => {
    const { problems, line } = checkBody(Array.from({ length: 61 }, () => '[问答](/faq/ok-faq/)').join('\n\n'));
    expect(problems).toEqual([`${FILE}:${line + 120}  正文  链接太多（超过 60 个）：一篇文章只链接最相关的页面和官方来源`]);
  });

  it('a detail over 600 characters is refused by the schema (which the build uses)', () => {
    const source = generatedArticle('正文。', (f) => f.replace('detail: 银行卡挂失或注销时提现会被退回。', `detail: ${'长'.repeat(601)}`));
    const { problems } = check((root) => writeFileSync(join(root, FILE), source));
    expect(problems).toEqual([`${FILE}:10  causes.0.detail  原因说明不超过 600 个字：再长请拆成几条，或写进正文`]);
  });

  it('an autolink does not swallow the full-width 。 after it: reported', () => {
    const { problems, line } = checkBody('详见 https://pay.weixin.qq.com/index.php。然后再试。');
    expect(problems).toEqual([
      `${FILE}:${line}  正文  链接「https://pay.weixin.qq.com/index.php。然后再试。」里有全角标点：自动识别的网址会把紧跟的「。」「，」等算进网址。请写成 [文字](https://…)，网址和标点分开`,
    ]);
  });
});

describe('round 3: data files, amplification', () => {
  it('10,000 aliases on one symptom (Pagefind 55 s, search broken for every visitor): refused by size, fast', () => {
    const aliases = Array.from({ length: 10_000 }, (_, i) => `    - 提现到账慢的另一种说法第${i}条`).join('\n');
    const { problems, ms } = check((root) => {
      const file = join(root, 'content/symptoms.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('  aliases: [提现收费]', `  aliases:\n${aliases}`));
    });
    expect(problems).toEqual(['content/symptoms.yaml:1  -  数据文件太大（488 KB，上限 256 KB）：每一项只写需要的内容']);
    expect(ms).toBeLessThan(5000);
  });

  it('the 10 KB table with a 990-column header (190 MB of JavaScript, out of memory after 7.7 min): refused within seconds', () => {
    const header = `|${'a|'.repeat(990)}\n|${'-|'.repeat(990)}\n`;
    const { problems, ms, line } = checkBody(header + 'x\n'.repeat(3000));
    expect(problems[0]).toBe(`${FILE}:${line}  正文  表格的列太多（990 列，上限 10 列）：在手机上看不全。请拆成几个小表格，或改成列表`);
    expect(ms).toBeLessThan(30_000);
  });

  it('footnote references count toward the link limit', () => {
    const body = Array.from({ length: 61 }, (_, i) => `说明[^n${i}]`).join('\n\n') + '\n\n' + Array.from({ length: 61 }, (_, i) => `[^n${i}]: 注释。`).join('\n');
    const { problems, line } = checkBody(body);
    expect(problems).toEqual([`${FILE}:${line + 120}  正文  链接太多（超过 60 个）：一篇文章只链接最相关的页面和官方来源`]);
  });

  it('a symlinked data file is refused, not read', () => {
    const { problems } = check((root) => {
      rmSync(join(root, 'content/menu-paths.yaml'));
      symlinkSync('/etc/passwd', join(root, 'content/menu-paths.yaml'));
    });
    expect(problems).toContain('content/menu-paths.yaml:1  -  这是一个符号链接（快捷方式）：内容文件必须是真正的文件，请把内容复制进来');
  });

  it('another YAML file under content/ gets the same character rule and a length limit, at its line', () => {
    const { problems } = check((root) => writeFileSync(join(root, 'content/provenance.yaml'), `balance:\n  note: "官方\\u202e说明"\n  text: ${'长'.repeat(601)}\n`));
    expect(problems).toEqual([
      'content/provenance.yaml:2  balance.note  有改变文字方向的隐藏字符（U+202E）：它会让文字显示得和实际内容不同。请删掉（编辑器里可能看不见，可以重新输入这段文字；YAML 里的 \\u… 转义也算）',
      'content/provenance.yaml:3  balance.text  文字太长（601 个字，上限 600）：数据文件里每一项只写需要的内容',
    ]);
  });
});

describe('files that are not content files', () => {
  it('a dangling symlink .mdx (crashed the checker with ENOENT)', () => {
    const { problems } = check((root) => symlinkSync(join(root, 'nowhere.mdx'), join(root, 'content/articles/dangling.mdx')));
    expect(problems).toEqual(['content/articles/dangling.mdx:1  -  这是一个指向不存在文件的符号链接（快捷方式）：请删除它，或换成真正的文件']);
  });

  it('a symlink to a file outside content/', () => {
    const { problems } = check((root) => symlinkSync('/etc/passwd', join(root, 'content/articles/passwd.mdx')));
    expect(problems).toEqual(['content/articles/passwd.mdx:1  -  这是一个符号链接（快捷方式）：内容文件必须是真正的文件，请把内容复制进来']);
  });

  it('a binary file', () => {
    const { problems } = check((root) => writeFileSync(join(root, 'content/articles/picture.mdx'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00])));
    expect(problems).toEqual(['content/articles/picture.mdx:3  -  这不是文本文件（含有二进制内容）：内容文件必须是 UTF-8 编码的文本。图片请放进 public/images/']);
  });

  it('a GBK-encoded file', () => {
    const { problems } = check((root) => writeFileSync(join(root, 'content/articles/gbk.mdx'), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xc1, 0xe3, 0xc7, 0xae, 0x0a])));
    expect(problems).toEqual(['content/articles/gbk.mdx:1  -  文件不是 UTF-8 编码：请用编辑器把它另存为 UTF-8（不要用 GBK/GB2312）']);
  });

  it('npm run check:content -- /etc/passwd does not report a pass', () => {
    const { root, cleanup } = materialise();
    try {
      const result = spawnSync(NODE, [join(import.meta.dirname, '..', '..', 'scripts', 'check-content.ts'), '--root', root, '/etc/passwd'], { encoding: 'utf8' });
      expect(result.status).toBe(1);
      expect(result.stdout).not.toContain('通过');
      expect(result.stderr.trim()).toBe('/etc/passwd  不在 content/ 目录里：内容检查只检查 content/articles/、content/faq/ 下的 .mdx 和 content/ 下的 .yaml 文件');
    } finally {
      cleanup();
    }
  });
});
