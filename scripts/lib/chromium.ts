/**
 * The one way this project finds and starts a browser, shared by the browser tests and the
 * benchmark (playwright-core and Lighthouse). Nothing is ever downloaded: the browser is either
 * named explicitly, shipped inside an npm package that `npm install` brought from the npm
 * registry, or already installed on the machine.
 *
 * Order: KB_CHROMIUM → @sparticuz/chromium (npm, Linux x64) → a system Chromium/Chrome/Edge.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, win32 } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';

/** Headless, no sandbox (containers run as root), nothing that phones home. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export type ChromiumSource = 'KB_CHROMIUM' | 'npm' | 'system';
export type Resolution = { source: 'KB_CHROMIUM' | 'system'; path: string } | { source: 'npm' };

export interface ResolveInput {
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  arch: string;
  exists: (path: string) => boolean;
  /** Whether the @sparticuz/chromium package is installed (npm skips it where it cannot install). */
  packaged: boolean;
}

/** @sparticuz/chromium ships one Linux x64 binary (built for Amazon Linux, runs on any glibc Linux). */
export function packagedChromiumSupported(platform: NodeJS.Platform, arch: string): boolean {
  return platform === 'linux' && arch === 'x64';
}

/** Where Chromium, Chrome or Edge live when installed the usual way on each system. */
export function systemChromiumPaths(platform: NodeJS.Platform, env: Record<string, string | undefined>): string[] {
  if (platform === 'darwin')
    return [
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ];
  if (platform === 'win32') {
    const roots = [env.ProgramFiles ?? 'C:\\Program Files', env['ProgramFiles(x86)'] ?? 'C:\\Program Files (x86)', env.LOCALAPPDATA].filter(
      (root): root is string => Boolean(root),
    );
    const apps = ['Google\\Chrome\\Application\\chrome.exe', 'Chromium\\Application\\chrome.exe', 'Microsoft\\Edge\\Application\\msedge.exe'];
    return apps.flatMap((app) => roots.map((root) => win32.join(root, app)));
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/usr/bin/microsoft-edge'];
}

/**
 * Decides which browser to use, without touching the machine (everything comes in `input`).
 * An explicit KB_CHROMIUM that does not exist is an error, never silently replaced.
 */
export function resolveChromium(input: ResolveInput): Resolution {
  const explicit = input.env.KB_CHROMIUM;
  if (explicit) {
    if (!input.exists(explicit)) throw new Error(`找不到 Chromium：KB_CHROMIUM 指向的 ${explicit} 不存在。请改成浏览器可执行文件的完整路径，或删掉这个环境变量。`);
    return { source: 'KB_CHROMIUM', path: explicit };
  }
  if (input.packaged && packagedChromiumSupported(input.platform, input.arch)) return { source: 'npm' };
  const candidates = systemChromiumPaths(input.platform, input.env);
  const found = candidates.find((path) => input.exists(path));
  if (found) return { source: 'system', path: found };
  throw new Error(
    [
      '找不到浏览器，浏览器测试无法运行（测试会失败，不会跳过）。',
      packagedChromiumSupported(input.platform, input.arch)
        ? '在 Linux x64 上，npm install 会从 npm 安装 @sparticuz/chromium；它不在 node_modules 里，请重新运行 npm install（不要加 --omit=optional）。'
        : '这个系统上 npm 没有自带的 Chromium，请安装 Google Chrome、Chromium 或 Microsoft Edge。',
      `已查找：${candidates.join('、')}。`,
      '也可以用环境变量 KB_CHROMIUM 指定浏览器可执行文件的路径。',
    ].join('\n'),
  );
}

/** fonts.conf that keeps the system's fonts and adds the CJK font from the npm registry. */
export function fontsConf(fontDirs: string[], cacheDir: string): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
    '<fontconfig>',
    '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>',
    ...fontDirs.map((dir) => `  <dir>${escape(dir)}</dir>`),
    `  <cachedir>${escape(cacheDir)}</cachedir>`,
    '</fontconfig>',
    '',
  ].join('\n');
}

// ---- The machine side -------------------------------------------------------------------------

export interface ChromiumLaunch {
  source: ChromiumSource;
  executablePath: string;
  /** Variables to add to the browser's environment (libraries, fonts). */
  env: Record<string, string>;
}

/** Generated files (libraries, fonts.conf, font cache) live here, outside the repository. */
const WORK = join(tmpdir(), 'kb-chromium');

const packageJson = (dir: string) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };

function packageDir(name: string): string | undefined {
  try {
    let dir = dirname(createRequire(import.meta.url).resolve(name));
    while (!existsSync(join(dir, 'package.json')) || packageJson(dir).name !== name) {
      const parent = dirname(dir);
      if (parent === dir) return undefined;
      dir = parent;
    }
    return dir;
  } catch {
    return undefined;
  }
}

/** Writes a file by renaming a finished temporary one, so parallel test workers never read half of it. */
function writeAtomically(path: string, text: string): void {
  if (existsSync(path) && readFileSync(path, 'utf8') === text) return;
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}

/**
 * The packaged binary links against NSS and expat. A fresh Linux may not have them, so the package's
 * own copies (bin/al2023.tar.br) are unpacked once and put on LD_LIBRARY_PATH.
 */
function packagedLibraries(binDir: string, version: string): string {
  const target = join(WORK, `lib-${version}`);
  if (existsSync(join(target, 'lib', 'libnss3.so'))) return join(target, 'lib');
  const staging = `${target}.${process.pid}.tmp`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  const tar = spawnSync('tar', ['-x', '-C', staging], { input: brotliDecompressSync(readFileSync(join(binDir, 'al2023.tar.br'))) });
  if (tar.status !== 0) throw new Error(`解压 @sparticuz/chromium 自带的库失败：${tar.stderr.toString()}`);
  try {
    renameSync(staging, target);
  } catch {
    rmSync(staging, { recursive: true, force: true }); // another process finished first
  }
  return join(target, 'lib');
}

let found: Promise<ChromiumLaunch> | undefined;

/** Finds the browser once per process (unpacking the npm one on first use) and says how to start it. */
export function findChromium(): Promise<ChromiumLaunch> {
  found ??= (async () => {
    const sparticuz = packageDir('@sparticuz/chromium');
    const resolution = resolveChromium({ env: process.env, platform: process.platform, arch: process.arch, exists: existsSync, packaged: Boolean(sparticuz) });
    mkdirSync(WORK, { recursive: true });
    const env: Record<string, string> = {};
    let executablePath: string;
    if (resolution.source === 'npm') {
      const { default: packaged } = await import('@sparticuz/chromium');
      executablePath = await packaged.executablePath();
      const version = packageJson(sparticuz!).version ?? 'unknown';
      const libraries = packagedLibraries(join(sparticuz!, 'bin'), version);
      env.LD_LIBRARY_PATH = [libraries, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':');
    } else {
      executablePath = resolution.path;
    }
    // Chromium on Linux finds fonts through fontconfig. Adding the Noto Sans (Simplified Chinese)
    // files from the npm registry keeps screenshots legible on a machine without CJK fonts.
    const cjk = packageDir('@embedpdf/fonts-sc');
    if (process.platform === 'linux' && cjk) {
      const conf = join(WORK, 'fonts.conf');
      writeAtomically(conf, fontsConf([join(cjk, 'fonts'), join(tmpdir(), 'fonts')], join(WORK, 'fontconfig-cache')));
      env.FONTCONFIG_FILE = conf;
    }
    return { source: resolution.source, executablePath, env };
  })();
  return found;
}

export async function launchChromium(): Promise<Browser> {
  const browser = await findChromium();
  return chromium.launch({ executablePath: browser.executablePath, args: CHROMIUM_ARGS, headless: true, env: { ...process.env, ...browser.env } });
}
