/**
 * What each MDX component accepts: names, props and allowed literal values. Pure data shared by
 * the content check (src/lib/content-check/mdx-safety.ts, which runs in plain Node and cannot
 * import .astro files) and src/components/mdx/index.ts, whose `mdxComponents` must have exactly
 * these keys (enforced by `satisfies` there and by a unit test).
 */
export interface PropSpec {
  /** Literal kinds accepted: "a string", {true}, {3}. */
  kind: 'string' | 'boolean' | 'number';
  required?: boolean;
  /** When set, the value must be one of these. */
  oneOf?: readonly string[];
  /** Shown in error messages: what the prop is for. */
  hint: string;
}

export interface ComponentSpec {
  /** One line for CONTRIBUTING and error messages. */
  description: string;
  example: string;
  props: Readonly<Record<string, PropSpec>>;
  /** Whether the component wraps Markdown content (<Callout>…</Callout>) or stands alone. */
  children: boolean;
}

export const CALLOUT_TYPES = ['tip', 'warning', 'danger'] as const;
export type CalloutType = (typeof CALLOUT_TYPES)[number];

export const MDX_COMPONENT_SPECS = {
  Callout: {
    description: '提示框：tip（小提示）、warning（注意）、danger（危险，例如防骗提醒）',
    example: '<Callout type="warning">不要把验证码告诉任何人。</Callout>',
    props: {
      type: { kind: 'string', oneOf: CALLOUT_TYPES, hint: '提示框的类型' },
      title: { kind: 'string', hint: '提示框的标题（可省略）' },
    },
    children: true,
  },
  MenuPath: {
    description: '微信菜单路径，显示为「我 › 服务 › 钱包」',
    example: '<MenuPath path="wallet" />',
    props: {
      path: { kind: 'string', required: true, hint: 'content/menu-paths.yaml 里的键（例如 "wallet"）：每条路径在那里写明依据' },
    },
    children: false,
  },
} as const satisfies Record<string, ComponentSpec>;

export type MdxComponentName = keyof typeof MDX_COMPONENT_SPECS;
export const MDX_COMPONENT_NAMES = Object.keys(MDX_COMPONENT_SPECS) as MdxComponentName[];

export function isCalloutType(value: unknown): value is CalloutType {
  return typeof value === 'string' && (CALLOUT_TYPES as readonly string[]).includes(value);
}
