/**
 * The content model: one module of zod schemas, imported by src/content.config.ts (Astro),
 * scripts/check-content.ts (the content check), scripts/export-json-schema.ts and the tests.
 *
 * Cross-references (category, symptoms, related) are plain ids here; the content check
 * resolves them, because Astro's `reference()` only exists inside the Astro build.
 */
import { z } from 'astro/zod';
import { forbiddenInValue, forbiddenMessage } from '../lib/content-check/characters.ts';
import { allowedHostProblem } from '../lib/content-check/host-rules.ts';

/**
 * What each field means, by field name: the hover text editors show from the JSON Schema
 * (`npm run schema`). Attached to every field of that name with `.meta({ description })` by
 * `field()` below, so z.toJSONSchema emits it; a field name used in several files means the same
 * thing in each (a new field gets its line here).
 */
export const FIELD_DESCRIPTIONS = {
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
} as const;
export type FieldName = keyof typeof FIELD_DESCRIPTIONS;

/**
 * Field facts the JSON Schema does not carry. `machineKey`: the value is an id, URL, date, flag or
 * key, never prose — the typography lint and fixer leave it alone and its numbers need no source.
 */
export const fieldFacts = z.registry<{ machineKey: true }>();

/** A field of a content file: its schema with its description and, for machine keys, that fact. */
function field<T extends z.ZodType>(name: FieldName, schema: T, facts: { machineKey?: true } = {}): T {
  const described = schema.meta({ description: FIELD_DESCRIPTIONS[name] });
  if (facts.machineKey) (described as z.ZodType).register(fieldFacts, { machineKey: true });
  return described;
}

/** Lower-case words joined by hyphens: used for ids and file names (slugs). */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const idSchema = z
  .string({ error: '应为文本形式的 id' })
  .regex(ID_PATTERN, { error: 'id 只能包含小写英文字母、数字和连字符，例如 withdrawal-failed' });

/**
 * Every text field of every content file (frontmatter and data files) holds no invisible,
 * direction-changing or control character, however it was written: a YAML escape such as
 * "\u202e" or "\x1b" is decoded before this sees it (characters.ts is the one rule).
 */
const refuseForbidden = (value: string, ctx: z.RefinementCtx) => {
  const char = forbiddenInValue(value);
  if (char) ctx.addIssue({ code: 'custom', message: forbiddenMessage(char) });
};
export const cleanText = () => z.string({ error: '应为文本' }).superRefine(refuseForbidden);

const text = (min = 1) => cleanText().trim().min(min, { error: min > 1 ? `至少需要 ${min} 个字` : '不能为空' });

/**
 * Longest allowed text per field, in characters. Far above real content (the longest detail is
 * about 130), low enough that no single field can stall the build or the search index: a 1 MB
 * detail made Pagefind index for 8 minutes. The build enforces them too (these are the schemas it uses).
 */
export const MAX_FIELD_CHARS = { title: 60, question: 80, summary: 400, detail: 600, sign: 100, expect: 200, sourceTitle: 120 } as const;
/** Shortest allowed text of a page's title, FAQ question and summary, in characters. */
export const MIN_FIELD_CHARS = { title: 4, question: 4, summary: 20 } as const;
const bounded = (max: number, what: string) => text().max(max, { error: `${what}不超过 ${max} 个字：再长请拆成几条，或写进正文` });

/**
 * Data files (content/*.yaml): longest text per field and most items per list. A data file is
 * shown on many pages (a symptom's aliases on every article page and in the search page's table):
 * 10,000 aliases made Pagefind take 55 s, an article page 657 KB, and broke search for every
 * visitor. Measured on the content of 2 December 2026 (the number in brackets), with room:
 */
export const DATA_LIMITS = {
  /** Symptoms in symptoms.yaml (36). */
  symptoms: 200,
  /** Aliases of one symptom (16). */
  aliases: 50,
  /** One alias (36). */
  aliasChars: 60,
  /** A symptom's label (17). */
  labelChars: 40,
  /** A symptom's or category's description (44). */
  descriptionChars: 120,
  /** Categories in categories.yaml (8). */
  categories: 30,
  /** A category's name (5). */
  categoryNameChars: 30,
  /** Named paths in menu-paths.yaml (17). */
  menuPaths: 100,
  /** Labels in one menu path (5). */
  menuSegments: 8,
  /** One menu label (6). */
  menuLabelChars: 20,
  /** wechatVersion and platform of menu-paths.yaml (24). */
  versionChars: 60,
  /** Hosts in allowed-hosts.yaml (5). */
  hosts: 50,
  /** A host's note (38). */
  noteChars: 200,
} as const;

/**
 * Items per list in a page's frontmatter: with the body's element limit (limits.ts) they bound
 * what one page can hold. Largest today (2 December 2026): 8 causes, 9 steps, 6 sources, 3 signs
 * per cause, 3 symptoms, 7 related.
 */
export const MAX_ITEMS = { causes: 20, steps: 30, sources: 20, signs: 10, symptoms: 8, related: 20 } as const;
const tooMany = (max: number, what: string) => ({ error: `${what}最多 ${max} 项：再多请拆成几篇` });

/**
 * A calendar date written as YYYY-MM-DD. YAML already turns an unquoted date into a Date;
 * a quoted one arrives as a string. Anything else is rejected with the expected form.
 */
export const dateSchema = z.preprocess(
  (value) => {
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
      const date = new Date(`${value}T00:00:00Z`);
      // Reject dates that do not exist (2026-02-30 rolls over to March).
      return date.toISOString().slice(0, 10) === value ? date : value;
    }
    return value;
  },
  z.date({ error: '日期格式应为 YYYY-MM-DD，例如 2026-11-23（必须是真实存在的日期）' }),
);

/**
 * One menu label such as 钱包. Several labels run together ("我，服务，钱包") usually mean a
 * typography fixer turned the commas of a `[我, 服务, 钱包]` list full-width, so YAML read one item.
 */
export const menuLabelSchema = bounded(DATA_LIMITS.menuLabelChars, '菜单名').regex(/^[^,，、›>/]+$/, {
  error: '菜单路径的每一项只能是一个菜单名：看起来几项连在了一起（例如「我，服务，钱包」）。请改成每行一项的列表：- 我 / - 服务 / - 钱包',
});

/** A key of content/menu-paths.yaml ("wallet"). */
export const MENU_PATH_KEY = /^[a-z][a-z0-9-]*$/;

/**
 * A step's menu path: only the key of a named path in content/menu-paths.yaml. A list written
 * in the step itself is refused, so that every path has its basis and a redesign of WeChat is
 * fixed in one place.
 */
export const menuPathSchema = z
  .string({ error: '菜单路径只能写 content/menu-paths.yaml 里的键（例如 path: wallet），不能在步骤里直接写列表：请在 menu-paths.yaml 里加一个键，写上 steps 和 basis（依据）' })
  .regex(MENU_PATH_KEY, { error: '菜单路径应为 content/menu-paths.yaml 里的键：小写字母、数字和连字符，例如 wallet' });

/**
 * Where a cause stands in the order of checking: 先查 (easy to check and most often the reason),
 * 再查, 最后查. Nobody measured how often each cause happens, so the page says when to check it,
 * not how likely it is. Causes are listed in this order (the content check enforces it).
 */
export const CHECK_ORDERS = ['first', 'next', 'last'] as const;
export type CheckOrder = (typeof CHECK_ORDERS)[number];

/** References from a cause or step to ids in the article's `sources` list. */
const sourceRefsSchema = z
  .array(idSchema, { error: 'sources 应为来源 id 的列表，例如 [refund-api]' })
  .min(1, { error: '不引用来源时请删掉 sources 这一行' })
  .max(MAX_ITEMS.sources, tooMany(MAX_ITEMS.sources, 'sources '));

export const causeSchema = z.strictObject({
  /** Unique in the article: the page anchor is #cause-<id>, steps refer to it with `for`. */
  id: field('id', idSchema, { machineKey: true }),
  title: field('title', bounded(MAX_FIELD_CHARS.title, '原因标题')),
  /**
   * What the reader sees or experiences when this is the cause: a status as the app shows it
   * (only when an official page or source quotes it), a situation, or a check that takes seconds.
   */
  signs: field(
    'signs',
    z
      .array(bounded(MAX_FIELD_CHARS.sign, '每条迹象'), { error: 'signs 应为列表：写读者能看到或马上能核对的迹象' })
      .max(MAX_ITEMS.signs, tooMany(MAX_ITEMS.signs, '每个原因的迹象 signs '))
      .optional(),
  ),
  detail: field('detail', bounded(MAX_FIELD_CHARS.detail, '原因说明')),
  check: field('check', z.enum(CHECK_ORDERS, { error: 'check 只能是 first（先查）、next（再查）或 last（最后查）' }), { machineKey: true }),
  sources: field('sources', sourceRefsSchema.optional()),
});

export const stepSchema = z.strictObject({
  title: field('title', bounded(MAX_FIELD_CHARS.title, '步骤标题')),
  detail: field('detail', bounded(MAX_FIELD_CHARS.detail, '步骤说明')),
  /** The causes this step applies to (cause ids); without it the step applies to every cause. */
  for: field(
    'for',
    z
      .array(idSchema, { error: 'for 应为原因 id 的列表，例如 [bank-card]' })
      .min(1, { error: '适用于所有原因时请删掉 for 这一行' })
      .max(MAX_ITEMS.causes, tooMany(MAX_ITEMS.causes, 'for '))
      .optional(),
    { machineKey: true },
  ),
  path: field('path', menuPathSchema.optional()),
  expect: field('expect', bounded(MAX_FIELD_CHARS.expect, '预期结果').optional()),
  sources: field('sources', sourceRefsSchema.optional()),
});

/** Only https links to a real host: a source must be a page a reader can open. */
export const sourceSchema = z.strictObject({
  /** Short id, unique in the page, for `sources: [id]` on causes and steps. */
  id: field('id', idSchema, { machineKey: true }),
  title: field('title', bounded(MAX_FIELD_CHARS.sourceTitle, '来源标题')),
  url: field(
    'url',
    z
      .url({
        protocol: /^https$/,
        hostname: z.regexes.domain,
        error: '来源链接应为完整的 https 网址，例如 https://pay.weixin.qq.com/...',
      })
      .superRefine(refuseForbidden),
    { machineKey: true },
  ),
});

export const categorySchema = z.strictObject({
  id: field('id', idSchema, { machineKey: true }),
  name: field('name', bounded(DATA_LIMITS.categoryNameChars, '分类名称')),
  description: field('description', bounded(DATA_LIMITS.descriptionChars, '分类说明')),
  order: field('order', z.number({ error: 'order 应为数字（排序用，越小越靠前）' }).int({ error: 'order 应为整数' }), { machineKey: true }),
});

export const symptomSchema = z.strictObject({
  id: field('id', idSchema, { machineKey: true }),
  label: field('label', bounded(DATA_LIMITS.labelChars, '症状名称')),
  description: field('description', bounded(DATA_LIMITS.descriptionChars, '症状说明')),
  category: field('category', idSchema, { machineKey: true }),
  aliases: field(
    'aliases',
    z
      .array(bounded(DATA_LIMITS.aliasChars, '每个别名'), { error: 'aliases 应为列表' })
      .min(1, { error: '至少写一个别名（人们的其他说法）' })
      .max(DATA_LIMITS.aliases, tooMany(DATA_LIMITS.aliases, '一个症状的别名 aliases ')),
  ),
  /** Lower numbers are shown first on the home page: the most common problems lead. */
  order: field('order', z.number({ error: 'order 应为数字' }).int({ error: 'order 应为整数' }).optional(), { machineKey: true }),
  /**
   * Money may be leaving right now: the search's instant answer leads with the emergency page's
   * first steps (freeze, call the police). Symptoms of the `emergency` category are urgent anyway.
   */
  urgent: field('urgent', z.boolean({ error: 'urgent 只能是 true 或 false' }).optional()),
  /**
   * Words that, anywhere in a query, mean money may be leaving now (被骗, 盗刷, 手机丢, 转错…):
   * the search then shows the emergency page's first steps even when no symptom matches clearly
   * enough for an instant answer. Short, because each is looked for inside longer queries.
   */
  triggers: z
    .array(text().max(8, { error: '每个触发词不超过 8 个字：它要出现在读者的查询里才起作用' }), { error: 'triggers 应为列表' })
    .max(40, { error: '触发词不超过 40 个' })
    .optional(),
});

/**
 * A word people type for a word the labels and aliases use (不成功 for 失败, 风控 for 限制).
 * The search rewrites every saying to its meaning once, when it normalises a query
 * (parseQuery in src/lib/search/normalize.ts), and the symptom table's sayings the same way at
 * build time. Chinese only, no spaces or punctuation: a saying is matched inside the query as is.
 */
const SYNONYM_WORD = /^\p{Script=Han}{2,}$/u;
export const searchSynonymSchema = z.strictObject({
  /** The word the labels and aliases use. */
  means: field('means', text().regex(SYNONYM_WORD, { error: '只能写两个或更多汉字，不带空格和标点，例如 失败' })),
  /** What readers type instead. */
  sayings: field(
    'sayings',
    z
      .array(text().regex(SYNONYM_WORD, { error: '每个说法只能写两个或更多汉字，不带空格和标点，例如 不成功' }), { error: 'sayings 应为列表，例如 [不成功, 没成功]' })
      .min(1, { error: '至少写一个说法' }),
  ),
  /** Why the two say the same thing here (the review of the entry). */
  note: field('note', text()),
});
export const searchSynonymsFileSchema = z.array(searchSynonymSchema, { error: '应为同义说法的列表' });

/** An http(s) address of a page that was read (a menu path's basis). */
const readUrlSchema = z
  .url({ protocol: /^https?$/, hostname: z.regexes.domain, error: '应为完整的网址，例如 https://pay.weixin.qq.com/...' })
  .superRefine(refuseForbidden);

/** Where a menu path comes from: an official page, a check on a real phone, or public guides. */
export const PATH_BASIS_KINDS = ['official', 'device', 'reported'] as const;
export type PathBasisKind = (typeof PATH_BASIS_KINDS)[number];

export const pathBasisSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({
      /** An official WeChat Pay page shows the path. */
      kind: field('kind', z.literal('official'), { machineKey: true }),
      url: sourceSchema.shape.url,
      /** The day the page was read and the path compared with it. */
      read: field('read', dateSchema, { machineKey: true }),
    }),
    z.strictObject({
      /** Somebody tapped through the path on a real phone. */
      kind: field('kind', z.literal('device'), { machineKey: true }),
      wechatVersion: field('wechatVersion', bounded(DATA_LIMITS.versionChars, 'wechatVersion（微信版本，例如 8.0.55）')),
      platform: field('platform', bounded(DATA_LIMITS.versionChars, 'platform（手机系统，例如 iOS 18 或 Android 15）')),
      date: field('date', dateSchema, { machineKey: true }),
      checkedBy: field('checkedBy', bounded(DATA_LIMITS.versionChars, 'checkedBy（核对人）'), { machineKey: true }),
    }),
    z.strictObject({
      /** At least two independent public guides describe it; nobody checked it on a phone. */
      kind: field('kind', z.literal('reported'), { machineKey: true }),
      sources: z
        .array(z.strictObject({ url: field('url', readUrlSchema, { machineKey: true }), read: field('read', dateSchema, { machineKey: true }) }), { error: 'sources 应为教程列表，每项写 url 和 read（阅读日期）' })
        .min(2, { error: 'reported 的路径至少要两篇不同网站的公开教程（每篇写 url 和 read）：只有一篇时不要加这条路径，或者在手机上核对后改成 device' })
        .max(10, { error: '教程最多 10 篇' })
        .superRefine((sources, ctx) => {
          if (sources.length >= 2 && new Set(sources.map((source) => hostOf(source.url))).size < 2)
            ctx.addIssue({ code: 'custom', message: 'reported 的两篇教程要来自不同网站（同一个网站的几篇不算独立来源）' });
        }),
    }),
  ],
  { error: 'basis 的 kind 只能是 official（官方页面）、device（真机核对）或 reported（公开教程）' },
);

const hostOf = (url: string): string => {
  try {
    return new URL(url).hostname.replace(/^(www|m)\./, '');
  } catch {
    return url;
  }
};

export const menuPathEntrySchema = z.strictObject({
  /** The labels to tap, in order. */
  steps: z
    .array(menuLabelSchema, { error: 'steps 应为菜单名的列表，例如 [我, 服务, 钱包]' })
    .min(1, { error: '菜单路径不能为空' })
    .max(DATA_LIMITS.menuSegments, tooMany(DATA_LIMITS.menuSegments, '一条菜单路径'))
    .describe('要依次点的菜单名，例如 [我, 服务, 钱包]：每一项和手机上看到的名字一模一样'),
  basis: field('basis', pathBasisSchema.optional()),
}).superRefine((entry, ctx) => {
  // Optional in the type so the message can say what a basis is; a path without one is refused here.
  if (!entry.basis) ctx.addIssue({ code: 'custom', path: ['basis'], message: '每条菜单路径都要写 basis（依据）：official（官方页面 url）、device（真机核对）或 reported（至少两篇公开教程）。没有依据就不要加这条路径' });
});

export const menuPathsFileSchema = z.strictObject({
  paths: field(
    'paths',
    z
      .record(z.string().regex(MENU_PATH_KEY, { error: '路径名只能包含小写字母、数字和连字符' }), menuPathEntrySchema)
      .refine((paths) => Object.keys(paths).length <= DATA_LIMITS.menuPaths, { error: `菜单路径最多 ${DATA_LIMITS.menuPaths} 条：合并相近的路径` }),
  ),
});

/**
 * The day the page's sources were last compared with its text, shown as 「来源核对于」. Only a
 * page with sources has one: a page citing nothing shows the no-official-source notice instead.
 * The date moves only when that comparison happened (CONTRIBUTING.md).
 */
const sourcesCheckedSchema = dateSchema.optional();

function sourcesCheckedRule(page: { sources?: unknown[]; sourcesChecked?: Date }, ctx: z.RefinementCtx): void {
  const cites = (page.sources?.length ?? 0) > 0;
  if (cites && !page.sourcesChecked)
    ctx.addIssue({ code: 'custom', path: ['sources'], message: '有 sources 的页面要写 sourcesChecked：最后一次把每个来源和正文逐条对照的日期（YYYY-MM-DD）。没有对照过就写上次真正对照的日期，不要写今天' });
  if (!cites && page.sourcesChecked)
    ctx.addIssue({ code: 'custom', path: ['sourcesChecked'], message: '没有 sources 的页面不写 sourcesChecked：没有来源可核对，页面会显示「暂未找到官方说明」。请删掉这一行，或者先加上官方来源' });
}

export const articleSchema = z.strictObject({
  title: field('title', text(MIN_FIELD_CHARS.title).max(MAX_FIELD_CHARS.title, { error: `标题不超过 ${MAX_FIELD_CHARS.title} 个字` })),
  summary: field('summary', text(MIN_FIELD_CHARS.summary).max(MAX_FIELD_CHARS.summary, { error: `摘要不超过 ${MAX_FIELD_CHARS.summary} 个字：写一段话的答案，细节放进正文` })),
  category: field('category', idSchema, { machineKey: true }),
  symptoms: field('symptoms', z.array(idSchema, { error: 'symptoms 应为列表' }).min(1, { error: '至少关联一个症状 id' }).max(MAX_ITEMS.symptoms, tooMany(MAX_ITEMS.symptoms, 'symptoms ')), { machineKey: true }),
  causes: field('causes', z.array(causeSchema, { error: 'causes 应为列表' }).min(1, { error: '至少写一个可能的原因' }).max(MAX_ITEMS.causes, tooMany(MAX_ITEMS.causes, '可能的原因 causes '))),
  steps: field('steps', z.array(stepSchema, { error: 'steps 应为列表' }).min(1, { error: '至少写一个排查步骤' }).max(MAX_ITEMS.steps, tooMany(MAX_ITEMS.steps, '排查步骤 steps '))),
  related: field('related', z.array(idSchema, { error: 'related 应为文章 id 列表' }).max(MAX_ITEMS.related, tooMany(MAX_ITEMS.related, 'related ')).optional(), { machineKey: true }),
  sources: field('sources', z.array(sourceSchema, { error: 'sources 应为列表' }).max(MAX_ITEMS.sources, tooMany(MAX_ITEMS.sources, 'sources ')).optional()),
  sourcesChecked: field('sourcesChecked', sourcesCheckedSchema, { machineKey: true }),
  draft: field('draft', z.boolean({ error: 'draft 只能是 true 或 false' }).optional(), { machineKey: true }),
}).superRefine(sourcesCheckedRule);

export const faqSchema = z.strictObject({
  question: field('question', text(MIN_FIELD_CHARS.question).max(MAX_FIELD_CHARS.question, { error: `问题不超过 ${MAX_FIELD_CHARS.question} 个字` })),
  category: field('category', idSchema, { machineKey: true }),
  symptoms: field('symptoms', z.array(idSchema, { error: 'symptoms 应为列表' }).min(1, { error: '至少关联一个症状 id' }).max(MAX_ITEMS.symptoms, tooMany(MAX_ITEMS.symptoms, 'symptoms ')), { machineKey: true }),
  related: field('related', z.array(idSchema, { error: 'related 应为文章 id 列表' }).min(1, { error: '至少关联一篇文章' }).max(MAX_ITEMS.related, tooMany(MAX_ITEMS.related, 'related ')), { machineKey: true }),
  sources: field('sources', z.array(sourceSchema, { error: 'sources 应为列表' }).max(MAX_ITEMS.sources, tooMany(MAX_ITEMS.sources, 'sources ')).optional()),
  sourcesChecked: field('sourcesChecked', sourcesCheckedSchema, { machineKey: true }),
  draft: field('draft', z.boolean({ error: 'draft 只能是 true 或 false' }).optional(), { machineKey: true }),
}).superRefine(sourcesCheckedRule);

export const categoriesFileSchema = z.array(categorySchema, { error: '应为分类列表' }).max(DATA_LIMITS.categories, tooMany(DATA_LIMITS.categories, '分类'));
export const symptomsFileSchema = z.array(symptomSchema, { error: '应为症状列表' }).max(DATA_LIMITS.symptoms, tooMany(DATA_LIMITS.symptoms, '症状'));

/**
 * content/allowed-hosts.yaml: the official sites links and sources may point to, each an exact
 * host with a note saying why it is official. Public suffixes, hosting platforms' user sites,
 * made-up top-level domains and user-content hosts are refused (host-rules.ts).
 */
export const allowedHostSchema = z.strictObject({
  host: field(
    'host',
    z.string({ error: 'host 应为文本：小写域名，例如 pay.weixin.qq.com' }).superRefine((host, ctx) => {
      const problem = allowedHostProblem(host);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  ),
  note: field('note', bounded(DATA_LIMITS.noteChars, 'note ')),
});
export const allowedHostsFileSchema = z
  .array(allowedHostSchema, { error: '应为网站列表：每一项写 host 和 note' })
  .max(DATA_LIMITS.hosts, tooMany(DATA_LIMITS.hosts, '官方网站'));

/**
 * content/sources.lock.yaml: what each cited URL looked like when last fetched (npm run
 * check:sources -- --update writes it). An entry without `fetched` was never fetched yet: the
 * lock still lists it, so it covers every cited URL even on a machine without internet.
 */
export const sourceLockEntrySchema = z.strictObject({
  /** Where the URL ended after redirects. */
  finalUrl: z.url({ error: 'finalUrl 应为网址' }).optional(),
  status: z.number({ error: 'status 应为 HTTP 状态码' }).int().min(100).max(599).optional(),
  title: z.string({ error: 'title 应为文本' }).max(500).optional(),
  /** sha256 of the page's main text (scripts, navigation, header and footer removed, whitespace collapsed). */
  textHash: z.string().regex(/^sha256:[0-9a-f]{64}$/, { error: 'textHash 应为 sha256:<64 位十六进制>' }).optional(),
  fetched: dateSchema.optional(),
});
export const sourcesLockFileSchema = z.strictObject({
  sources: z.record(z.url({ error: '键应为网址' }), sourceLockEntrySchema),
});

export type Category = z.infer<typeof categorySchema>;
export type Symptom = z.infer<typeof symptomSchema>;
export type Article = z.infer<typeof articleSchema>;
export type Faq = z.infer<typeof faqSchema>;
export type Step = z.infer<typeof stepSchema>;
export type Cause = z.infer<typeof causeSchema>;
export type MenuPaths = z.infer<typeof menuPathsFileSchema>;
export type MenuPathEntry = z.infer<typeof menuPathEntrySchema>;
export type PathBasis = z.infer<typeof pathBasisSchema>;
export type SourceLockEntry = z.infer<typeof sourceLockEntrySchema>;
export type SourcesLock = z.infer<typeof sourcesLockFileSchema>;
export type SearchSynonym = z.infer<typeof searchSynonymSchema>;
export type AllowedHost = z.infer<typeof allowedHostSchema>;

/** Names of the fields marked `machineKey` anywhere in the content files' schemas (`path` is prose as a list, a key as a string: see isMachineField). */
function machineKeyNames(schemas: readonly z.ZodType[]): ReadonlySet<string> {
  const names = new Set<string>();
  const visit = (schema: z.ZodType): void => {
    if (schema instanceof z.ZodObject)
      for (const [name, child] of Object.entries(schema.shape) as Array<[string, z.ZodType]>) {
        if (fieldFacts.get(child)?.machineKey) names.add(name);
        visit(child);
      }
    else if (schema instanceof z.ZodArray) visit(schema.element as z.ZodType);
    else if (schema instanceof z.ZodOptional) visit(schema.unwrap() as z.ZodType);
    else if (schema instanceof z.ZodRecord) visit(schema.valueType as z.ZodType);
    else if (schema instanceof z.ZodUnion) (schema.options as z.ZodType[]).forEach(visit);
  };
  schemas.forEach(visit);
  return names;
}

/** Keys whose values are ids, URLs, dates or keys, never prose: neither linted nor fixed. */
export const MACHINE_KEYS: ReadonlySet<string> = machineKeyNames([
  articleSchema,
  faqSchema,
  categoriesFileSchema,
  symptomsFileSchema,
  menuPathsFileSchema,
  searchSynonymsFileSchema,
  allowedHostsFileSchema,
]);
