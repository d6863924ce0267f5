/**
 * Synthetic but valid content for the benchmark: N articles and N/2 FAQs that pass the schemas in
 * src/schemas/content.ts and the whole content check (typography included), written into a fresh
 * content root next to copies of the repository's categories, symptoms and menu paths.
 * Deterministic (seeded), with varied wording so the search index grows like real prose would.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export interface SymptomRef {
  id: string;
  label: string;
  category: string;
}

/** A small seeded PRNG (mulberry32): the same N always gives the same content. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = ['零钱', '银行卡', '提现记录', '分付额度', '付款码', '实名信息', '账单明细', '支付密码', '零钱通', '转账记录', '信用卡还款', '亲属卡', '红包', '商家收款码', '扣费服务', '自动续费', '免密支付', '数字证书', '绑定手机号', '身份证件'];
const SITUATIONS = ['显示异常', '暂时不可用', '提示失败', '一直处理中', '数额对不上', '被系统限制', '没有及时更新', '需要重新验证', '在夜间维护', '被退回原路'];
const CONTEXTS = ['换了新手机以后', '更新微信版本后', '晚上十一点以后', '刚补办银行卡时', '在外地出差期间', '连续几次输错密码后', '身份证快到期时', '第一次大额转账时', '网络信号不好时', '开通新服务之后'];
const ACTIONS = ['先核对账单里的状态', '重新绑定一张储蓄卡', '在支付设置里补充身份信息', '等待银行处理后再试', '联系发卡银行确认卡片状态', '在帮助中心提交工单', '更新到最新版本的微信', '换一个网络环境重试', '检查是否开启了支付通知', '记下失败提示的原文'];
const MENU_KEYS = ['wallet', 'balance', 'bills', 'bank-cards', 'payment-settings', 'withdraw', 'security-center', 'customer-service'];
const CHECK_ORDERS = ['first', 'next', 'last'] as const;

export interface SyntheticOptions {
  articles: number;
  faqs: number;
  /** The sourcesChecked date written into every article (must not be in the future; the FAQs cite nothing). */
  reviewed?: string;
  seed?: number;
}

export function articleSlug(i: number): string {
  return `bench-article-${i}`;
}

export function faqSlug(i: number): string {
  return `bench-faq-${i}`;
}

const yamlString = (text: string) => JSON.stringify(text);

/** One article's MDX source. `i` is 1-based; it links to up to two earlier articles. */
export function syntheticArticle(i: number, symptoms: SymptomRef[], rand: () => number, reviewed: string): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
  const symptom = symptoms[(i - 1) % symptoms.length];
  const subject = pick(SUBJECTS);
  const related = [i - 1, i - 2].filter((n) => n >= 1).map(articleSlug);
  const sentence = () => `${pick(CONTEXTS)}，${pick(SUBJECTS)}${pick(SITUATIONS)}，可以${pick(ACTIONS)}。`;
  const causes = Array.from({ length: 2 + Math.floor(rand() * 2) }, (_, k) => [
    `  - id: cause-${k + 1}`,
    `    title: ${yamlString(`${pick(SUBJECTS)}${pick(SITUATIONS)}（原因 ${k + 1}）`)}`,
    `    signs: [${yamlString(`${pick(SUBJECTS)}${pick(SITUATIONS)}`)}]`,
    `    detail: ${yamlString(sentence() + sentence())}`,
    `    check: ${CHECK_ORDERS[k % CHECK_ORDERS.length]}`,
  ]);
  const steps = Array.from({ length: 3 + Math.floor(rand() * 3) }, (_, k) => [
    `  - title: ${yamlString(`第 ${k + 1} 步：${pick(ACTIONS)}`)}`,
    `    detail: ${yamlString(sentence())}`,
    `    path: ${pick(MENU_KEYS)}`,
    `    expect: ${yamlString(`页面显示${pick(SUBJECTS)}已经恢复正常。`)}`,
  ]);
  const frontmatter = [
    '---',
    `title: ${yamlString(`${symptom.label}排查笔记 ${i}：${subject}${pick(SITUATIONS)}`)}`,
    `summary: ${yamlString(`这是基准测试用的第 ${i} 篇示例文章。${sentence()}${sentence()}`)}`,
    `category: ${symptom.category}`,
    `symptoms: [${symptom.id}]`,
    'causes:',
    ...causes.flat(),
    'steps:',
    ...steps.flat(),
    ...(related.length ? [`related: [${related.join(', ')}]`] : []),
    'sources:',
    '  - id: wechatpay-help',
    `    title: ${yamlString('微信支付客服中心')}`,
    '    url: https://kf.qq.com/product/wechatpay.html',
    `sourcesChecked: ${reviewed}`,
    '---',
  ];
  const paragraphs = Array.from({ length: 3 }, () => Array.from({ length: 3 }, sentence).join(''));
  const body = [
    `## 先看这里`,
    '',
    paragraphs[0],
    '',
    `- ${pick(ACTIONS)}。`,
    `- ${pick(ACTIONS)}。`,
    `- ${pick(ACTIONS)}。`,
    '',
    `## 还是不行`,
    '',
    paragraphs[1],
    '',
    related.length ? `也可以看看[相关的排查笔记](/articles/${related[0]}/)。${paragraphs[2]}` : paragraphs[2],
  ];
  return `${frontmatter.join('\n')}\n\n${body.join('\n')}\n`;
}

/** One FAQ's MDX source, related to an existing article. */
export function syntheticFaq(i: number, articleCount: number, symptoms: SymptomRef[], rand: () => number): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
  const symptom = symptoms[(i - 1) % symptoms.length];
  const article = articleSlug(1 + ((i * 7) % articleCount));
  return [
    '---',
    `question: ${yamlString(`问题 ${i}：${pick(CONTEXTS)}${pick(SUBJECTS)}${pick(SITUATIONS)}怎么办？`)}`,
    `category: ${symptom.category}`,
    `symptoms: [${symptom.id}]`,
    `related: [${article}]`,
    '---',
    '',
    `${pick(CONTEXTS)}遇到这种情况，通常${pick(ACTIONS)}就能解决。如果还是不行，${pick(ACTIONS)}。`,
    '',
  ].join('\n');
}

/**
 * Writes a complete content root into `root`: the repository's data files (categories, symptoms,
 * menu paths, .autocorrectrc) plus the synthetic articles and FAQs.
 */
export function writeSyntheticContent(repoRoot: string, root: string, options: SyntheticOptions): { articles: number; faqs: number } {
  const reviewed = options.reviewed ?? '2026-11-01';
  const rand = random(options.seed ?? 20261123);
  const content = join(root, 'content');
  mkdirSync(join(content, 'articles'), { recursive: true });
  mkdirSync(join(content, 'faq'), { recursive: true });
  for (const file of ['categories.yaml', 'symptoms.yaml', 'menu-paths.yaml']) copyFileSync(join(repoRoot, 'content', file), join(content, file));
  if (existsSync(join(repoRoot, '.autocorrectrc'))) copyFileSync(join(repoRoot, '.autocorrectrc'), join(root, '.autocorrectrc'));
  const symptoms = (parse(readFileSync(join(content, 'symptoms.yaml'), 'utf8')) as SymptomRef[]).map(({ id, label, category }) => ({ id, label, category }));
  for (let i = 1; i <= options.articles; i++) writeFileSync(join(content, 'articles', `${articleSlug(i)}.mdx`), syntheticArticle(i, symptoms, rand, reviewed));
  for (let i = 1; i <= options.faqs; i++) writeFileSync(join(content, 'faq', `${faqSlug(i)}.mdx`), syntheticFaq(i, options.articles, symptoms, rand));
  return { articles: options.articles, faqs: options.faqs };
}
