/**
 * npm run new — creates a draft article or FAQ that already passes the content check.
 *
 *   npm run new                                  asks step by step (in a terminal)
 *   npm run new -- --slug withdrawal-stuck --title "提现一直显示处理中" \
 *                  --category withdrawal --symptom withdrawal-delayed [--symptom …] [--type article|faq] [--related slug]
 *
 * --symptom and --related may repeat or take a comma list. --root <dir> writes into another
 * content tree (tests). Without a terminal, every required value must come as a flag.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { describeArgError } from './lib/args.ts';
import { parse } from 'yaml';
import { articleSchema, faqSchema, ID_PATTERN, MAX_FIELD_CHARS, MIN_FIELD_CHARS } from '../src/schemas/content.ts';
import { checkContent } from '../src/lib/content-check/check.ts';
import { formatProblem } from '../src/lib/content-check/problems.ts';
import { PLACEHOLDER, renderSkeleton, type PageType } from '../src/lib/content-check/skeleton.ts';
import { nearest } from '../src/lib/content-check/suggest.ts';
import { lintText, useTypographyConfig } from '../src/lib/content-check/typography.ts';

interface Flags {
  root: string;
  type?: string;
  slug?: string;
  title?: string;
  category?: string;
  symptoms: string[];
  related: string[];
  help: boolean;
}

const USAGE = `用法：
  npm run new                      按提示一步步填写
  npm run new -- --slug <文件名> --title <标题> --category <分类 id> --symptom <症状 id> [--symptom <症状 id>] [--type article|faq] [--related <文章文件名>]

  --type      article（文章，默认）或 faq（问答）
  --slug      文件名，也是网址：小写英文字母、数字和连字符，例如 withdrawal-stuck
  --title     文章标题（问答则是问题），读者会怎么说就怎么写
  --category  分类 id，见 content/categories.yaml
  --symptom   症状 id，见 content/symptoms.yaml；可以写多次，或用逗号分隔
  --related   问答必填：关联的文章文件名；可以写多次，或用逗号分隔`;

function parseFlags(argv: string[]): Flags | string {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        root: { type: 'string' },
        type: { type: 'string' },
        slug: { type: 'string' },
        title: { type: 'string' },
        category: { type: 'string' },
        symptom: { type: 'string', multiple: true },
        symptoms: { type: 'string', multiple: true },
        related: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    return describeArgError(error, '可用的参数见 npm run new -- --help');
  }
  const items = (list: string[] = []) => list.flatMap((value) => value.split(/[,，、]/)).map((s) => s.trim()).filter(Boolean);
  return {
    root: values.root === undefined ? resolve(import.meta.dirname, '..') : resolve(values.root),
    type: values.type?.trim(),
    slug: values.slug?.trim(),
    title: values.title?.trim(),
    category: values.category?.trim(),
    symptoms: items([...(values.symptom ?? []), ...(values.symptoms ?? [])]),
    related: items(values.related),
    help: values.help ?? false,
  };
}

interface Catalog {
  categories: Map<string, string>;
  /** id → label and category */
  symptoms: Map<string, { label: string; category: string }>;
  articles: Set<string>;
  faqs: Set<string>;
  menuPathKeys: Set<string>;
}

function loadCatalog(root: string): Catalog {
  const content = join(root, 'content');
  const readYaml = (name: string): unknown => {
    const path = join(content, name);
    if (!existsSync(path)) throw new UserError(`找不到 ${relative(process.cwd(), path) || path}：请在仓库根目录运行（或用 --root 指定）`);
    try {
      return parse(readFileSync(path, 'utf8'));
    } catch {
      throw new UserError(`content/${name} 格式有误：先运行 npm run check:content 修好它`);
    }
  };
  const asList = (value: unknown) => (Array.isArray(value) ? (value as Array<Record<string, unknown>>) : []);
  const slugs = (dir: string) =>
    new Set(existsSync(join(content, dir)) ? readdirSync(join(content, dir)).filter((n) => n.endsWith('.mdx')).map((n) => n.slice(0, -4)) : []);
  const menu = readYaml('menu-paths.yaml') as { paths?: Record<string, unknown> } | null;
  return {
    categories: new Map(asList(readYaml('categories.yaml')).map((c) => [String(c.id), String(c.name)])),
    symptoms: new Map(asList(readYaml('symptoms.yaml')).map((s) => [String(s.id), { label: String(s.label), category: String(s.category) }])),
    articles: slugs('articles'),
    faqs: slugs('faq'),
    menuPathKeys: new Set(Object.keys(menu?.paths ?? {})),
  };
}

class UserError extends Error {}

const unknownId = (what: string, id: string, valid: Iterable<string>) => {
  const guesses = nearest(id, valid);
  return `没有这个${what}「${id}」` + (guesses.length ? `：是不是想写 ${guesses.join('、')}？` : `：可用的有 ${[...valid].join('、')}`);
};

/** Each validator returns a Chinese message, or undefined when the value is fine. */
function checkType(type: string): string | undefined {
  return type === 'article' || type === 'faq' ? undefined : `类型只能是 article（文章）或 faq（问答），现在是「${type}」`;
}

function checkSlug(slug: string, type: PageType, catalog: Catalog, root: string): string | undefined {
  if (!slug) return '文件名不能为空：例如 withdrawal-stuck';
  if (!ID_PATTERN.test(slug)) {
    const suggestion = slug.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
    return `文件名「${slug}」不合格：只能用小写英文字母、数字和连字符（不能有中文、空格、大写或下划线），例如 withdrawal-stuck` + (suggestion && ID_PATTERN.test(suggestion) && suggestion !== slug ? `；可以改成 ${suggestion}` : '');
  }
  const dir = type === 'article' ? 'articles' : 'faq';
  const taken = type === 'article' ? catalog.articles : catalog.faqs;
  if (taken.has(slug) || existsSync(join(root, 'content', dir, `${slug}.mdx`)))
    return `content/${dir}/${slug}.mdx 已经存在：不会覆盖已有文件。请换一个文件名，或直接编辑那个文件`;
  return undefined;
}

function checkTitle(title: string, type: PageType): string | undefined {
  const what = type === 'article' ? '标题' : '问题';
  // The limits and the rest of the field's rules (the character rule) come from the schema the check and the build use.
  const field = type === 'article' ? 'title' : 'question';
  const [min, max] = [MIN_FIELD_CHARS[field], MAX_FIELD_CHARS[field]];
  const length = [...title].length;
  if (length < min) return `${what}太短：至少 ${min} 个字，写读者会怎么描述这个问题`;
  if (length > max) return `${what}太长：不超过 ${max} 个字（现在 ${length} 个字）`;
  if (title.includes(PLACEHOLDER)) return `${what}里不能有「${PLACEHOLDER}」`;
  const parsed = (type === 'article' ? articleSchema.shape.title : faqSchema.shape.question).safeParse(title);
  if (!parsed.success) return `${what}：${parsed.error.issues[0].message}`;
  const finding = lintText(title);
  if (finding) return `${what}排版：应写成「${finding.fixed}」（中文与英文、数字之间加空格，中文里用全角标点）`;
  return undefined;
}

function checkCategory(category: string, catalog: Catalog): string | undefined {
  if (!category) return '分类不能为空';
  return catalog.categories.has(category) ? undefined : unknownId('分类', category, catalog.categories.keys());
}

function checkSymptoms(symptoms: string[], catalog: Catalog): string | undefined {
  if (!symptoms.length) return '至少写一个症状 id（--symptom）';
  const problems = symptoms.filter((id) => !catalog.symptoms.has(id)).map((id) => unknownId('症状', id, catalog.symptoms.keys()));
  if (new Set(symptoms).size !== symptoms.length) problems.push('同一个症状写了两次');
  return problems.length ? problems.join('；') : undefined;
}

function checkRelated(related: string[], catalog: Catalog): string | undefined {
  if (!related.length) return '问答至少要关联一篇文章（--related 文章文件名）';
  const problems = related.filter((slug) => !catalog.articles.has(slug)).map((slug) => unknownId('文章', slug, catalog.articles));
  return problems.length ? problems.join('；') : undefined;
}

/** Today's date in UTC: the content check compares `sourcesChecked` with the UTC clock, so a UTC date never counts as future. */
function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

async function ask(flags: Flags, catalog: Catalog): Promise<void> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  // Reading through the iterator buffers lines, so pasted or piped answers are not lost between questions.
  const lines = rl[Symbol.asyncIterator]();
  const prompt = async (question: string, validate: (answer: string) => string | undefined, fallback?: string): Promise<string> => {
    for (;;) {
      process.stdout.write(`${question}${fallback ? `（直接回车用 ${fallback}）` : ''}：`);
      const next = await lines.next();
      if (next.done) {
        // Ctrl+D: leave without writing anything.
        console.log('\n已取消，没有创建文件。');
        process.exit(130);
      }
      const answer = String(next.value).trim() || fallback || '';
      const problem = validate(answer);
      if (!problem) return answer;
      console.log(`  ✗ ${problem}`);
    }
  };
  console.log('新建一篇内容。每一项都会马上检查，写错了会提示你重写。\n');
  flags.type ??= await prompt('类型：article（文章）或 faq（问答）', checkType, 'article');
  const type = flags.type as PageType;
  flags.slug ??= await prompt('文件名（也是网址，小写英文和连字符，例如 withdrawal-stuck）', (a) => checkSlug(a, type, catalog, flags.root));
  flags.title ??= await prompt(type === 'article' ? '标题（读者会怎么说，就怎么写）' : '问题（读者的原话）', (a) => checkTitle(a, type));
  if (!flags.category) {
    console.log(`可选的分类：${[...catalog.categories].map(([id, name]) => `${id}（${name}）`).join('、')}`);
    flags.category = await prompt('分类 id', (a) => checkCategory(a, catalog));
  }
  if (!flags.symptoms.length) {
    const inCategory = [...catalog.symptoms].filter(([, s]) => s.category === flags.category);
    console.log(`这个分类下的症状：${inCategory.map(([id, s]) => `${id}（${s.label}）`).join('、') || '（没有）'}`);
    const answer = await prompt('症状 id（多个用逗号分隔）', (a) => checkSymptoms(a.split(/[,，、\s]+/).filter(Boolean), catalog));
    flags.symptoms = answer.split(/[,，、\s]+/).filter(Boolean);
  }
  if (type === 'faq' && !flags.related.length) {
    console.log(`已有的文章：${[...catalog.articles].join('、')}`);
    const answer = await prompt('关联的文章文件名（多个用逗号分隔）', (a) => checkRelated(a.split(/[,，、\s]+/).filter(Boolean), catalog));
    flags.related = answer.split(/[,，、\s]+/).filter(Boolean);
  }
  rl.close();
}

async function main(): Promise<number> {
  const flags = parseFlags(process.argv.slice(2));
  if (typeof flags === 'string') {
    console.error(`${flags}\n\n${USAGE}`);
    return 1;
  }
  if (flags.help) {
    console.log(USAGE);
    return 0;
  }
  const catalog = loadCatalog(flags.root);
  useTypographyConfig(flags.root);

  const missing = [
    !flags.slug && '--slug',
    !flags.title && '--title',
    !flags.category && '--category',
    !flags.symptoms.length && '--symptom',
    flags.type === 'faq' && !flags.related.length && '--related',
  ].filter(Boolean);
  if (missing.length) {
    if (!process.stdin.isTTY) {
      console.error(`缺少参数 ${missing.join('、')}：不在终端里运行时，需要用参数给出全部内容。\n\n${USAGE}`);
      return 1;
    }
    await ask(flags, catalog);
  }

  const type = (flags.type ?? 'article') as PageType;
  const problems = [
    checkType(type),
    checkSlug(flags.slug!, type, catalog, flags.root),
    checkTitle(flags.title!, type),
    checkCategory(flags.category!, catalog),
    checkSymptoms(flags.symptoms, catalog),
    type === 'faq' ? checkRelated(flags.related, catalog) : undefined,
  ].filter((p): p is string => Boolean(p));
  if (problems.length) {
    for (const problem of problems) console.error(`✗ ${problem}`);
    console.error('\n没有创建文件。改正后再运行一次。');
    return 1;
  }

  const dir = type === 'article' ? 'articles' : 'faq';
  const file = join(flags.root, 'content', dir, `${flags.slug}.mdx`);
  const text = renderSkeleton({
    type,
    slug: flags.slug!,
    title: flags.title!,
    category: flags.category!,
    symptoms: flags.symptoms,
    related: flags.related,
    today: todayUtc(),
    menuPathKeys: catalog.menuPathKeys,
  });
  // 'wx' fails if the file appeared meanwhile: never overwrite someone's work.
  writeFileSync(file, text, { flag: 'wx' });
  const shown = `content/${dir}/${flags.slug}.mdx`;

  // The skeleton is meant to pass the check as written; say so, or show what does not.
  const { problems: found } = checkContent(flags.root, { files: [file] });
  if (found.length) {
    for (const problem of found) console.error(formatProblem(problem));
    console.error(`\n已创建 ${shown}，但它没有通过内容检查（见上面各行）。这是模板的问题，请报告给维护者。`);
    return 1;
  }
  console.log(`已创建 ${shown}（草稿，draft: true）。

接下来：
  1. 打开 ${shown}，把所有【待填写】换成真实内容（写作规范见 CONTRIBUTING.md）；
  2. 检查：npm run check:content -- ${shown}
  3. 写完后删掉 draft: true 这一行，再提交 Pull Request。`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UserError) console.error(error.message);
    else console.error(`npm run new 出错（不是你的问题，请报告给维护者）：${(error as Error).message}`);
    process.exit(error instanceof UserError ? 1 : 2);
  },
);
