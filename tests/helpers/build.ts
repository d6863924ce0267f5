/**
 * The one way the tests build a site: `spawnBuild` runs the build on a content root, and
 * `cachedSiteBuild` keeps a successful build on disk under .cache/test-sites/, keyed by a hash of
 * everything the build reads (the content root, src/, public/, scripts/, the Astro config and the
 * lock file), so each distinct site is built once and a rerun with nothing changed builds nothing.
 * The build project's global setup (tests/helpers/build-sites.ts) builds the fixture sites through
 * it before any test file is collected; tests never build at import time.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { ROOT } from './dist.ts';

const BIN = join(ROOT, 'node_modules', '.bin');
export const SITE_CACHE = join(ROOT, '.cache', 'test-sites');

export interface BuildOptions {
  /** The content root (a folder holding content/), as KB_CONTENT_ROOT. */
  contentRoot: string;
  /** Where the build goes (KB_DIST). */
  dist: string;
  /** Astro's cache folder (KB_CACHE); a fresh one next to dist unless given. */
  cache?: string;
  /**
   * 'npm': `npm run build`, the real pipeline (the content check, then `astro build`).
   * 'astro': `astro build` alone, as a host or a contributor may run it (the content gate only).
   * Either way the build writes the Pagefind index itself (src/integrations/pagefind.ts).
   */
  via: 'npm' | 'astro';
  timeoutMs?: number;
}

export interface BuildRun {
  status: number | null;
  /** stdout and stderr together. */
  output: string;
}

function spawnStep(command: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<BuildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], timeout: timeoutMs });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output }));
  });
}

/** Runs a build from the repository root (as `npm run build` does) and reports how it went; never throws for a failed build. */
export async function spawnBuild(options: BuildOptions): Promise<BuildRun> {
  const { contentRoot, dist, via, timeoutMs = 150_000 } = options;
  const env = { ...process.env, KB_CONTENT_ROOT: contentRoot, KB_DIST: dist, KB_CACHE: options.cache ?? `${dist}-astro-cache` };
  return via === 'npm' ? spawnStep('npm', ['run', '--silent', 'build'], env, timeoutMs) : spawnStep(join(BIN, 'astro'), ['build'], env, timeoutMs);
}

/** Every file under dir (skipping node_modules, .git and .cache), relative, sorted. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((file) => !/(^|\/)(node_modules|\.git|\.cache|dist)\//.test(file))
    .sort();
}

/** A hash of every input of a build of contentRoot: its content, the site's code and config, the lock file. */
export function buildInputsHash(contentRoot: string, via: BuildOptions['via']): string {
  const hash = createHash('sha256').update(`${via}\0`);
  const add = (base: string, files: string[]) => {
    for (const file of files) hash.update(`${relative(ROOT, join(base, file))}\0`).update(readFileSync(join(base, file))).update('\0');
  };
  add(contentRoot, filesUnder(join(contentRoot, 'content')).map((file) => `content/${file}`));
  for (const dir of ['src', 'public', 'scripts']) add(ROOT, filesUnder(join(ROOT, dir)).map((file) => `${dir}/${file}`));
  add(ROOT, ['astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'].filter((file) => existsSync(join(ROOT, file))));
  return hash.digest('hex').slice(0, 16);
}

/**
 * The dist folder of a successful build of contentRoot, built now or found in the cache from an
 * earlier run with the same inputs. A failed build throws with its output.
 */
export async function cachedSiteBuild(name: string, contentRoot: string, via: BuildOptions['via']): Promise<string> {
  const key = `${name}-${buildInputsHash(contentRoot, via)}`;
  const dir = join(SITE_CACHE, key);
  const dist = join(dir, 'dist');
  if (existsSync(join(dist, 'index.html'))) return dist;
  mkdirSync(SITE_CACHE, { recursive: true });
  // Older builds of the same site are of no more use.
  for (const old of readdirSync(SITE_CACHE)) if (old.startsWith(`${name}-`) && old !== key) rmSync(join(SITE_CACHE, old), { recursive: true, force: true });
  const work = join(SITE_CACHE, `.${key}-${process.pid}`);
  rmSync(work, { recursive: true, force: true });
  const run = await spawnBuild({ contentRoot, dist: join(work, 'dist'), cache: join(work, 'astro-cache'), via });
  if (run.status !== 0) {
    rmSync(work, { recursive: true, force: true });
    throw new Error(`构建 ${name}（${contentRoot}）失败，退出码 ${run.status}：\n${run.output}`);
  }
  rmSync(join(work, 'astro-cache'), { recursive: true, force: true });
  // Published in one step, so a half-written build is never mistaken for a finished one.
  if (existsSync(dir)) rmSync(work, { recursive: true, force: true });
  else renameSync(work, dir);
  return dist;
}
