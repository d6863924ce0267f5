/**
 * npm run schema — writes JSON Schemas of the content files, generated from the zod schemas in
 * src/schemas/content.ts (the one source of truth), to src/schemas/generated/. Editors use them
 * (.vscode/settings.json) to autocomplete and check frontmatter and data files while typing.
 * tests/unit/json-schema.test.ts fails when the committed files differ from a fresh export.
 *
 *   npm run schema            regenerate
 *   npm run schema -- --check exit 1 if the committed files are out of date
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';
import { allowedHostsFileSchema, articleSchema, categoriesFileSchema, faqSchema, menuPathsFileSchema, searchSynonymsFileSchema, symptomsFileSchema } from '../src/schemas/content.ts';

export const GENERATED_DIR = resolve(import.meta.dirname, '..', 'src', 'schemas', 'generated');

/** Hover text in the editor, by field name (the zod schemas carry the rules, these the meaning). */
const DESCRIPTIONS: Record<string, string> = {
  title: '标题：读者遇到问题时会怎么说，就怎么写（4–60 字）',
  summary: '摘要：一段话直接给出答案（20–400 字），会显示在页面最上方和搜索结果里',
  question: '问题：读者的原话（4–80 字）',
  category: '分类 id，见 content/categories.yaml',
  symptoms: '症状 id 列表，见 content/symptoms.yaml',
  causes: '可能的原因，按排查顺序排列（先查的写在最前面）',
  check: '排查顺序：first（先查）、next（再查）、last（最后查）。原因按这个顺序排列；页面上的徽章说的是先查什么，不是有多常见',
  signs: '读者能看到或几秒内能核对的迹象（界面上的状态、所处的情况）。已发布的文章每个原因至少一条；页面「你遇到的是哪种情况？」用它们写选项',
  for: '这一步适用的原因 id（本文 causes 里的 id）；不写表示适用于所有原因。选了某种情况的读者只看到适用于它的步骤',
  steps: '排查步骤，按操作顺序写；每步写清楚在哪里点、点了以后应该看到什么',
  detail: '具体说明',
  path: '菜单路径：content/menu-paths.yaml 里的键（例如 wallet）；每条路径在那里写明依据',
  expect: '做完这一步应该看到什么',
  related: '相关文章的文件名（不带 .mdx）',
  sources: '官方来源。在文章和问答的顶层：来源列表（id、title、url），涉及金额、时限、费率等数字时必须有；在原因和步骤里：引用本文来源的 id，页面显示为编号 [1]',
  url: '完整的 https 网址',
  sourcesChecked: '最近一次把每个来源和正文逐条对照的日期，格式 YYYY-MM-DD；有 sources 时必填，没有 sources 时不写。只有真的对照过才改',
  draft: 'true 表示草稿，不会发布',
  id: 'id：小写英文字母、数字和连字符，在所在的列表里唯一。原因的 id 是页面锚点 #cause-<id>（步骤的 for 引用它），来源的 id 供 sources: [id] 引用',
  name: '名称',
  label: '症状名称：读者的说法',
  description: '一句话说明',
  aliases: '别名：人们对这个问题的其他说法，用于搜索',
  order: '排序，越小越靠前',
  wechatVersion: '真机核对时的微信版本，例如 8.0.55',
  platform: '真机核对时的手机系统，例如 iOS 18 或 Android 15',
  paths: '命名的菜单路径：键名 → steps（菜单名列表）和 basis（依据）',
  basis: '这条路径的依据：official（官方页面 url 和阅读日期 read）、device（真机核对：wechatVersion、platform、date、checkedBy）或 reported（至少两篇不同网站的公开教程，每篇 url 和 read）',
  kind: '依据的种类：official、device 或 reported',
  read: '阅读并核对这个页面的日期，格式 YYYY-MM-DD',
  date: '在手机上核对的日期，格式 YYYY-MM-DD',
  checkedBy: '谁在手机上核对的（GitHub 用户名即可）',
  urgent: 'true 表示钱可能正在损失：搜索的即时答案先列出紧急止损的几步（冻结、报警）。emergency 分类的症状不用写',
  means: '症状名称和别名里用的词（例如 失败）：搜索把下面的说法都换成它',
  sayings: '读者的其他说法（例如 不成功、被拦截）：只写汉字，两个字以上',
  host: '官方网站的完整域名（小写，不含子域名匹配），例如 pay.weixin.qq.com',
  note: '说明：同义说法表里是为什么这些说法是同一个意思（审核记录）；官方网站名单里是为什么它是官方来源',
};

const SCHEMAS = {
  'article.schema.json': { schema: articleSchema, title: '文章 frontmatter（content/articles/*.mdx）' },
  'faq.schema.json': { schema: faqSchema, title: '问答 frontmatter（content/faq/*.mdx）' },
  'categories.schema.json': { schema: categoriesFileSchema, title: '分类（content/categories.yaml）' },
  'symptoms.schema.json': { schema: symptomsFileSchema, title: '症状（content/symptoms.yaml）' },
  'menu-paths.schema.json': { schema: menuPathsFileSchema, title: '菜单路径（content/menu-paths.yaml）' },
  'search-synonyms.schema.json': { schema: searchSynonymsFileSchema, title: '搜索的口语同义说法（content/search-synonyms.yaml）' },
  'allowed-hosts.schema.json': { schema: allowedHostsFileSchema, title: '官方网站名单（content/allowed-hosts.yaml）' },
} as const;

function describe(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(describe);
  if (!node || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  const properties = record.properties as Record<string, Record<string, unknown>> | undefined;
  if (properties)
    for (const [name, property] of Object.entries(properties))
      if (DESCRIPTIONS[name] && !property.description) property.description = DESCRIPTIONS[name];
  Object.values(record).forEach(describe);
}

/** File name → JSON text, exactly as committed. */
export function buildJsonSchemas(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [file, { schema, title }] of Object.entries(SCHEMAS)) {
    const json = z.toJSONSchema(schema, {
      // What a contributor writes (the input side), not what the build gets after parsing.
      io: 'input',
      unrepresentable: 'any',
      override: (ctx) => {
        // YAML dates (sourcesChecked: 2026-11-23) are written as calendar dates.
        type Def = { type: string; out?: { _zod: { def: Def } } };
        const def = (ctx.zodSchema as unknown as { _zod: { def: Def } })._zod.def;
        const isDate = def.type === 'date' || (def.type === 'pipe' && def.out?._zod.def.type === 'date');
        if (isDate) Object.assign(ctx.jsonSchema, { type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
      },
    }) as Record<string, unknown>;
    describe(json);
    const ordered = { $schema: json.$schema, title, description: '由 src/schemas/content.ts 生成（npm run schema），请勿手改', ...json };
    out[file] = `${JSON.stringify(ordered, null, 2)}\n`;
  }
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  const stale: string[] = [];
  for (const [file, text] of Object.entries(buildJsonSchemas())) {
    const path = join(GENERATED_DIR, file);
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      // Missing counts as stale.
    }
    if (current === text) continue;
    stale.push(file);
    if (!check) writeFileSync(path, text);
  }
  if (check && stale.length) {
    console.error(`JSON Schema 已过期：${stale.join('、')}。运行 npm run schema 重新生成后提交。`);
    process.exit(1);
  }
  console.log(stale.length ? `${check ? '过期' : '已更新'}：${stale.join('、')}` : 'JSON Schema 已是最新。');
}
