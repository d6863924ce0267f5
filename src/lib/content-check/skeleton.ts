/**
 * The skeleton `npm run new` writes: a draft that already passes the content check, with
 * placeholder sentences marked 【待填写】 and guidance in comments. The check refuses to
 * publish (draft: false) a page that still contains the marker.
 */
import { stringify } from 'yaml';

export const PLACEHOLDER = '【待填写】';

export type PageType = 'article' | 'faq';

export interface SkeletonInput {
  type: PageType;
  slug: string;
  /** Article title or FAQ question. */
  title: string;
  category: string;
  symptoms: string[];
  /** FAQ only: the articles it points to (at least one). */
  related?: string[];
  /** YYYY-MM-DD */
  today: string;
  /** Keys of content/menu-paths.yaml, to use named paths when they exist. */
  menuPathKeys: ReadonlySet<string>;
}

/** A YAML scalar for user-provided text: quoted only when YAML needs it (a colon, a leading dash …). */
function scalar(text: string): string {
  return stringify(text, { lineWidth: 0 }).trimEnd();
}

function list(items: string[]): string {
  return `[${items.map(scalar).join(', ')}]`;
}

/** A step's `path:` line with a key of content/menu-paths.yaml, or nothing when the file lacks the key (only keys are accepted). */
function pathLine(keys: ReadonlySet<string>, key: string): string {
  return keys.has(key) ? `\n    path: ${key}` : '';
}

export function renderSkeleton(input: SkeletonInput): string {
  return input.type === 'article' ? renderArticle(input) : renderFaq(input);
}

function renderArticle(input: SkeletonInput): string {
  const P = PLACEHOLDER;
  const customerService = input.menuPathKeys.has('customer-service')
    ? '<MenuPath path="customer-service" />'
    : '微信里的帮助与反馈';
  return `---
# 由 npm run new 生成的草稿。把每个 ${P} 换成你的内容，写作规范见 CONTRIBUTING.md。
# 写完后删掉最后的 draft: true 再提交；检查：npm run check:content -- content/articles/${input.slug}.mdx
title: ${scalar(input.title)}
summary: ${P}用一两句话直接回答读者：最可能的原因是什么；最后一句写读者第一步该做什么。涉及金额和时限时写「以微信支付官方说明为准」。
category: ${input.category}
symptoms: ${list(input.symptoms)}
causes:
  # 按排查顺序排列：check 写 first（先查：容易核对、最常碰到）、next（再查）或 last（最后查）。
  # id 在本文内唯一（页面锚点 #cause-<id>）；signs 写读者能看到或几秒内能核对的迹象。
  - id: first-cause
    title: ${P}先查的原因
    signs:
      - ${P}读者会看到什么，或者处在什么情况
    detail: ${P}用一句话说明这个原因，以及读者怎样判断是不是它。
    check: first
  - id: second-cause
    title: ${P}再查的原因
    signs:
      - ${P}读者会看到什么。没有第二个原因就删掉这一项。
    detail: ${P}用一句话说明。没有第二个原因就删掉这一项。
    check: next
steps:
  # 按操作顺序写。要在微信里点进某个菜单的步骤写 path：content/menu-paths.yaml 里的键（每条路径在那里写明依据）。
  # expect 是做完后应该看到什么。
  - title: ${P}第一步做什么
    detail: ${P}具体怎么操作，一步只做一件事。${pathLine(input.menuPathKeys, 'wallet')}
    expect: ${P}做完这一步应该看到什么。
  # for 写这一步适用的原因 id；不写表示适用于所有原因。读者在页面上选了某种情况，只会看到适用于它的步骤。
  - title: ${P}第二步做什么
    detail: ${P}具体怎么操作。只适用于某个原因时，用 for 写出它的 id。
    for: [second-cause]
sources:
  # 写到金额、时限、费率等数字时，必须附上官方来源的网址。id 是简短的名字，原因和步骤可以用 sources: [id] 引用，
  # 页面会在旁边显示编号。找不到官方来源就删掉整个 sources，页面会写明「暂未找到微信支付对此的官方说明」。
  - id: official-page
    title: 微信支付客服中心
    url: https://kf.qq.com/
# 把每个来源和正文逐条对照后，写对照那天的日期；删掉 sources 时也删掉这一行。
sourcesChecked: ${input.today}
draft: true
---

{/* 正文写原因和步骤之外的补充说明。标题用 ##，不要用 #（页面标题已经是文章标题）。 */}

## 补充说明

${P}这里写读者还需要知道的事，例如钱一般会退回到哪里、大概要等多久。没有数字来源就不写数字，写「以微信支付官方说明为准」。

## 联系客服

${P}按上面的步骤仍然不能解决时，通过 ${customerService} 联系微信官方客服，说明你遇到的情况和已经尝试过的步骤。

## 安全提醒

<Callout type="danger" title="防骗提醒">

官方客服不会索要密码或验证码，也不会让你转账到「安全账户」。陌生人自称客服、主动联系你时，请直接挂断。

</Callout>
`;
}

function renderFaq(input: SkeletonInput): string {
  const P = PLACEHOLDER;
  return `---
# 由 npm run new 生成的草稿。把每个 ${P} 换成你的内容，写作规范见 CONTRIBUTING.md。
# 写完后删掉最后的 draft: true 再提交；检查：npm run check:content -- content/faq/${input.slug}.mdx
question: ${scalar(input.title)}
category: ${input.category}
symptoms: ${list(input.symptoms)}
# 问答必须关联至少一篇文章（文章的文件名，不带 .mdx）。
related: ${list(input.related ?? [])}
sources:
  # 写到金额、时限、费率等数字时，必须附上官方来源的网址。id 是简短的名字，原因和步骤可以用 sources: [id] 引用。
  - id: official-page
    title: 微信支付客服中心
    url: https://kf.qq.com/
# 把每个来源和正文逐条对照后，写对照那天的日期；删掉 sources 时也删掉这一行。
sourcesChecked: ${input.today}
draft: true
---

{/* 正文就是答案：第一句直接回答问题，再补充一两句原因或注意事项。 */}

${P}第一句直接回答问题。涉及金额和时限时写「以微信支付官方说明为准」。
`;
}

/** Lines (1-based, in the whole file) that still carry the placeholder marker. */
export function placeholderLines(source: string): number[] {
  return source.split('\n').flatMap((line, index) => (line.includes(PLACEHOLDER) ? [index + 1] : []));
}
