/**
 * The content model: one module of zod schemas, imported by src/content.config.ts (Astro),
 * scripts/check-content.ts (the content check), scripts/export-json-schema.ts and the tests.
 *
 * Cross-references (category, symptoms, related) are plain ids here; the content check
 * resolves them, because Astro's `reference()` only exists inside the Astro build.
 */
import { z } from 'astro/zod';

/** Lower-case words joined by hyphens: used for ids and file names (slugs). */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const idSchema = z
  .string({ error: '应为文本形式的 id' })
  .regex(ID_PATTERN, { error: 'id 只能包含小写英文字母、数字和连字符，例如 withdrawal-failed' });

const text = (min = 1) =>
  z.string({ error: '应为文本' }).trim().min(min, { error: min > 1 ? `至少需要 ${min} 个字` : '不能为空' });

/**
 * Longest allowed text per field, in characters. Far above real content (the longest detail is
 * about 130), low enough that no single field can stall the build or the search index: a 1 MB
 * detail made Pagefind index for 8 minutes. The build enforces them too (these are the schemas it uses).
 */
export const MAX_FIELD_CHARS = { title: 60, summary: 400, detail: 600, sign: 100, expect: 200, sourceTitle: 120 } as const;
const bounded = (max: number, what: string) => text().max(max, { error: `${what}不超过 ${max} 个字：再长请拆成几条，或写进正文` });

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
export const menuLabelSchema = text().regex(/^[^,，、›>/]+$/, {
  error: '菜单路径的每一项只能是一个菜单名：看起来几项连在了一起（例如「我，服务，钱包」）。请改成每行一项的列表：- 我 / - 服务 / - 钱包',
});

/** A WeChat menu path such as [我, 服务, 钱包], or the key of a named path in content/menu-paths.yaml. */
export const menuPathSchema = z.union(
  [
    z.array(menuLabelSchema, { error: '菜单路径应为列表，例如 [我, 服务, 钱包]' }).min(1, { error: '菜单路径不能为空' }),
    z.string().regex(/^[a-z][a-z0-9-]*$/, { error: '命名菜单路径应为 content/menu-paths.yaml 里的键' }),
  ],
  { error: '菜单路径应为列表（例如 [我, 服务, 钱包]）或 content/menu-paths.yaml 里的键（例如 wallet）' },
);

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
  .min(1, { error: '不引用来源时请删掉 sources 这一行' });

export const causeSchema = z.strictObject({
  /** Unique in the article: the page anchor is #cause-<id>, steps refer to it with `for`. */
  id: idSchema,
  title: bounded(MAX_FIELD_CHARS.title, '原因标题'),
  /**
   * What the reader sees or experiences when this is the cause: a status as the app shows it
   * (only when an official page or source quotes it), a situation, or a check that takes seconds.
   */
  signs: z.array(bounded(MAX_FIELD_CHARS.sign, '每条迹象'), { error: 'signs 应为列表：写读者能看到或马上能核对的迹象' }).optional(),
  detail: bounded(MAX_FIELD_CHARS.detail, '原因说明'),
  check: z.enum(CHECK_ORDERS, { error: 'check 只能是 first（先查）、next（再查）或 last（最后查）' }),
  sources: sourceRefsSchema.optional(),
});

export const stepSchema = z.strictObject({
  title: bounded(MAX_FIELD_CHARS.title, '步骤标题'),
  detail: bounded(MAX_FIELD_CHARS.detail, '步骤说明'),
  /** The causes this step applies to (cause ids); without it the step applies to every cause. */
  for: z.array(idSchema, { error: 'for 应为原因 id 的列表，例如 [bank-card]' }).min(1, { error: '适用于所有原因时请删掉 for 这一行' }).optional(),
  path: menuPathSchema.optional(),
  expect: bounded(MAX_FIELD_CHARS.expect, '预期结果').optional(),
  sources: sourceRefsSchema.optional(),
});

/** Only https links to a real host: a source must be a page a reader can open. */
export const sourceSchema = z.strictObject({
  /** Short id, unique in the page, for `sources: [id]` on causes and steps. */
  id: idSchema,
  title: bounded(MAX_FIELD_CHARS.sourceTitle, '来源标题'),
  url: z.url({
    protocol: /^https$/,
    hostname: z.regexes.domain,
    error: '来源链接应为完整的 https 网址，例如 https://pay.weixin.qq.com/...',
  }),
});

export const categorySchema = z.strictObject({
  id: idSchema,
  name: text(),
  description: text(),
  order: z.number({ error: 'order 应为数字（排序用，越小越靠前）' }).int({ error: 'order 应为整数' }),
});

export const symptomSchema = z.strictObject({
  id: idSchema,
  label: text(),
  description: text(),
  category: idSchema,
  aliases: z.array(text(), { error: 'aliases 应为列表' }).min(1, { error: '至少写一个别名（人们的其他说法）' }),
  /** Lower numbers are shown first on the home page: the most common problems lead. */
  order: z.number({ error: 'order 应为数字' }).int({ error: 'order 应为整数' }).optional(),
  /**
   * Money may be leaving right now: the search's instant answer leads with the emergency page's
   * first steps (freeze, call the police). Symptoms of the `emergency` category are urgent anyway.
   */
  urgent: z.boolean({ error: 'urgent 只能是 true 或 false' }).optional(),
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
  means: text().regex(SYNONYM_WORD, { error: '只能写两个或更多汉字，不带空格和标点，例如 失败' }),
  /** What readers type instead. */
  sayings: z
    .array(text().regex(SYNONYM_WORD, { error: '每个说法只能写两个或更多汉字，不带空格和标点，例如 不成功' }), { error: 'sayings 应为列表，例如 [不成功, 没成功]' })
    .min(1, { error: '至少写一个说法' }),
  /** Why the two say the same thing here (the review of the entry). */
  note: text(),
});
export const searchSynonymsFileSchema = z.array(searchSynonymSchema, { error: '应为同义说法的列表' });

export const menuPathsFileSchema = z.strictObject({
  wechatVersion: text(),
  platform: text().optional(),
  reviewed: dateSchema,
  paths: z.record(
    z.string().regex(/^[a-z][a-z0-9-]*$/, { error: '路径名只能包含小写字母、数字和连字符' }),
    z.array(menuLabelSchema).min(1),
  ),
});

export const articleSchema = z.strictObject({
  title: text(4).max(MAX_FIELD_CHARS.title, { error: `标题不超过 ${MAX_FIELD_CHARS.title} 个字` }),
  summary: text(20).max(MAX_FIELD_CHARS.summary, { error: `摘要不超过 ${MAX_FIELD_CHARS.summary} 个字：写一段话的答案，细节放进正文` }),
  category: idSchema,
  symptoms: z.array(idSchema, { error: 'symptoms 应为列表' }).min(1, { error: '至少关联一个症状 id' }),
  causes: z.array(causeSchema, { error: 'causes 应为列表' }).min(1, { error: '至少写一个可能的原因' }),
  steps: z.array(stepSchema, { error: 'steps 应为列表' }).min(1, { error: '至少写一个排查步骤' }),
  related: z.array(idSchema, { error: 'related 应为文章 id 列表' }).optional(),
  sources: z.array(sourceSchema, { error: 'sources 应为列表' }).optional(),
  reviewed: dateSchema,
  draft: z.boolean({ error: 'draft 只能是 true 或 false' }).optional(),
});

export const faqSchema = z.strictObject({
  question: text(4).max(80, { error: '问题不超过 80 个字' }),
  category: idSchema,
  symptoms: z.array(idSchema, { error: 'symptoms 应为列表' }).min(1, { error: '至少关联一个症状 id' }),
  related: z.array(idSchema, { error: 'related 应为文章 id 列表' }).min(1, { error: '至少关联一篇文章' }),
  sources: z.array(sourceSchema, { error: 'sources 应为列表' }).optional(),
  reviewed: dateSchema,
  draft: z.boolean({ error: 'draft 只能是 true 或 false' }).optional(),
});

export const categoriesFileSchema = z.array(categorySchema, { error: '应为分类列表' });
export const symptomsFileSchema = z.array(symptomSchema, { error: '应为症状列表' });

export type Category = z.infer<typeof categorySchema>;
export type Symptom = z.infer<typeof symptomSchema>;
export type Article = z.infer<typeof articleSchema>;
export type Faq = z.infer<typeof faqSchema>;
export type Step = z.infer<typeof stepSchema>;
export type Cause = z.infer<typeof causeSchema>;
export type MenuPaths = z.infer<typeof menuPathsFileSchema>;
export type SearchSynonym = z.infer<typeof searchSynonymSchema>;
