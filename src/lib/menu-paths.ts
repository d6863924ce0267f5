/**
 * Menu paths: a step's `path` is either a list of menu labels ([我, 服务, 钱包]) or the key of a
 * named path in content/menu-paths.yaml ("wallet"). Pages show both forms the same way.
 */
export type MenuPathInput = string | readonly string[];

export interface ResolvedMenuPath {
  /** The labels to tap, in order. */
  segments: string[];
  /** The key in content/menu-paths.yaml when the step used one. */
  key?: string;
}

/**
 * Turns a step's path into the labels to show. An unknown key throws a Chinese message naming
 * the key: the content check catches this first, so reaching it means the check was skipped.
 */
export function resolveMenuPath(path: MenuPathInput, named: Readonly<Record<string, readonly string[]>>): ResolvedMenuPath {
  if (typeof path !== 'string') return { segments: [...path] };
  const segments = Object.hasOwn(named, path) ? named[path] : undefined;
  if (!segments) {
    const known = Object.keys(named).sort().join('、') || '（没有）';
    throw new Error(`content/menu-paths.yaml 里没有名为 “${path}” 的菜单路径；可用的键：${known}`);
  }
  return { segments: [...segments], key: path };
}

/** The path as one line of text, e.g. “我 › 服务 › 钱包”. */
export function formatMenuPath(segments: readonly string[]): string {
  return segments.join(' › ');
}
