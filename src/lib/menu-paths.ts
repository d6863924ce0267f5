/**
 * Menu paths: a step's `path` is the key of a named path in content/menu-paths.yaml ("wallet").
 * Each named path carries its basis: an official page, a check on a real phone, or at least two
 * public guides (reported). Pages show the basis; a reported path is never shown as fact alone.
 */
import type { MenuPathEntry, PathBasis, PathBasisKind } from '../schemas/content.ts';

export interface ResolvedMenuPath {
  /** The key in content/menu-paths.yaml. */
  key: string;
  /** The labels to tap, in order. */
  segments: string[];
  basis: PathBasisKind;
  /** The day the basis was established: the official page read, the phone check, or the latest guide read. */
  basisDate: Date;
}

/** What pages need from content/menu-paths.yaml: the entries by key. */
export type NamedMenuPaths = Readonly<Record<string, MenuPathEntry>>;

/** The date a path's basis stands on (for a reported path, the latest of its guides' read dates). */
export function basisDate(basis: PathBasis): Date {
  if (basis.kind === 'official') return basis.read;
  if (basis.kind === 'device') return basis.date;
  return new Date(Math.max(...basis.sources.map((source) => source.read.getTime())));
}

/**
 * Turns a step's path key into the labels to show and their basis. An unknown key (or a path
 * without basis, which the schema refuses) throws a Chinese message naming the key: the content
 * check catches both first, so reaching it means the check was skipped.
 */
export function resolveMenuPath(key: string, named: NamedMenuPaths): ResolvedMenuPath {
  const entry = Object.hasOwn(named, key) ? named[key] : undefined;
  if (!entry) {
    const known = Object.keys(named).sort().join('、') || '（没有）';
    throw new Error(`content/menu-paths.yaml 里没有名为 “${key}” 的菜单路径；可用的键：${known}`);
  }
  if (!entry.basis) throw new Error(`content/menu-paths.yaml 的 “${key}” 没有写 basis（依据）`);
  return { key, segments: [...entry.steps], basis: entry.basis.kind, basisDate: basisDate(entry.basis) };
}

/** The path as one line of text, e.g. “我 › 服务 › 钱包”. */
export function formatMenuPath(segments: readonly string[]): string {
  return segments.join(' › ');
}

/** How a basis reads on the page (after 「依据：」). */
export const BASIS_LABELS: Record<PathBasisKind, string> = {
  official: '微信支付官方页面',
  device: '真机核对',
  reported: '公开教程',
};

/** The note a page shows when it shows any reported path. */
export const REPORTED_PATH_NOTE = '菜单名称按公开教程整理，可能因微信版本不同，以手机上实际看到的为准。';

/** The latest basis date of the given paths; undefined when there are none. */
export function latestBasisDate(paths: readonly ResolvedMenuPath[]): Date | undefined {
  return paths.length > 0 ? new Date(Math.max(...paths.map((path) => path.basisDate.getTime()))) : undefined;
}

/** The latest basis date among the reported paths used, for the note; undefined when none is reported. */
export function reportedNoteDate(paths: readonly ResolvedMenuPath[]): Date | undefined {
  return latestBasisDate(paths.filter((path) => path.basis === 'reported'));
}

/**
 * The keys of the menu paths a page shows: its steps' paths and the <MenuPath path="…"> in its
 * body (read from the MDX source; the content check has already refused anything but a key).
 */
export function menuPathKeysOfPage(steps: readonly { path?: string }[], body: string | undefined): string[] {
  const keys = new Set<string>();
  for (const step of steps) if (step.path) keys.add(step.path);
  for (const match of (body ?? '').matchAll(/<MenuPath\s+path\s*=\s*["'{`]+\s*([a-z][a-z0-9-]*)\s*["'}`]+/g)) keys.add(match[1]);
  return [...keys];
}
