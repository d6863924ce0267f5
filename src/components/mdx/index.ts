/**
 * The components an article's MDX may use, by name. The content check's allowlist
 * (src/lib/content-check/mdx-safety.ts, via src/schemas/mdx-components.ts) and the pages that render MDX both use
 * these names, so what the check allows is exactly what renders: `satisfies` fails the type
 * check when a component is missing here or a spec is missing there.
 */
import Callout from './Callout.astro';
import MenuPath from './MenuPath.astro';
import type { MdxComponentName } from '../../schemas/mdx-components.ts';

export const mdxComponents = { Callout, MenuPath } satisfies Record<MdxComponentName, unknown>;
