import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fontsConf, packagedChromiumSupported, resolveChromium, systemChromiumPaths, type ResolveInput } from '../../scripts/lib/chromium.ts';

/** A machine where exactly the given paths exist. */
function machine(overrides: Partial<ResolveInput> & { files?: string[] } = {}): ResolveInput {
  const files = new Set(overrides.files ?? []);
  return { env: {}, platform: 'linux', arch: 'x64', packaged: false, exists: (path) => files.has(path), ...overrides };
}

describe('resolveChromium', () => {
  it('prefers an explicit KB_CHROMIUM over everything else', () => {
    const input = machine({ env: { KB_CHROMIUM: '/opt/my/chrome' }, packaged: true, files: ['/opt/my/chrome', '/usr/bin/chromium'] });
    expect(resolveChromium(input)).toEqual({ source: 'KB_CHROMIUM', path: '/opt/my/chrome' });
  });

  it('fails on a KB_CHROMIUM that does not exist instead of quietly using another browser', () => {
    const input = machine({ env: { KB_CHROMIUM: '/nope/chrome' }, packaged: true, files: ['/usr/bin/chromium'] });
    expect(() => resolveChromium(input)).toThrow(/KB_CHROMIUM 指向的 \/nope\/chrome 不存在/);
  });

  it('uses the Chromium from npm before a system one on Linux x64', () => {
    expect(resolveChromium(machine({ packaged: true, files: ['/usr/bin/chromium'] }))).toEqual({ source: 'npm' });
  });

  it('skips the npm Chromium where its binary cannot run (Linux arm64, macOS, Windows)', () => {
    expect(resolveChromium(machine({ arch: 'arm64', packaged: true, files: ['/usr/bin/chromium'] }))).toEqual({ source: 'system', path: '/usr/bin/chromium' });
    const mac = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(resolveChromium(machine({ platform: 'darwin', arch: 'arm64', packaged: true, files: [mac] }))).toEqual({ source: 'system', path: mac });
  });

  it('falls back to the system browsers in order when npm brought none', () => {
    expect(resolveChromium(machine({ files: ['/usr/bin/google-chrome', '/usr/bin/chromium-browser'] }))).toEqual({
      source: 'system',
      path: '/usr/bin/chromium-browser',
    });
  });

  it('finds Chrome or Edge under Program Files on Windows, from the environment', () => {
    const env = { ProgramFiles: 'D:\\Apps', 'ProgramFiles(x86)': 'D:\\Apps86', LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local' };
    const edge = 'D:\\Apps86\\Microsoft\\Edge\\Application\\msedge.exe';
    expect(resolveChromium(machine({ platform: 'win32', env, files: [edge] }))).toEqual({ source: 'system', path: edge });
    expect(systemChromiumPaths('win32', env)).toContain('C:\\Users\\a\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe');
    expect(systemChromiumPaths('win32', {})[0]).toBe('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe');
  });

  it('fails with what it looked for and how to fix it when there is no browser at all', () => {
    expect(() => resolveChromium(machine())).toThrow(/找不到浏览器[\s\S]*npm install[\s\S]*\/usr\/bin\/chromium[\s\S]*KB_CHROMIUM/);
    expect(() => resolveChromium(machine({ platform: 'darwin' }))).toThrow(/请安装 Google Chrome、Chromium 或 Microsoft Edge/);
  });
});

describe('fontsConf', () => {
  it('keeps the system configuration and adds the given font directories, escaped', () => {
    const conf = fontsConf(['/a&b/fonts'], '/tmp/cache');
    expect(conf).toContain('<include ignore_missing="yes">/etc/fonts/fonts.conf</include>');
    expect(conf).toContain('<dir>/a&amp;b/fonts</dir>');
    expect(conf).toContain('<cachedir>/tmp/cache</cachedir>');
  });
});

describe('the npm packages behind the browser and the font', () => {
  type Manifest = { os?: string[]; cpu?: string[]; optionalDependencies?: Record<string, string> };
  const read = (path: string) => JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', path), 'utf8')) as Manifest;

  it('are optional dependencies restricted to the platforms where they are used', () => {
    const { optionalDependencies } = read('package.json');
    expect(optionalDependencies).toMatchObject({ 'kb-test-browser': 'file:tests/deps/browser', 'kb-test-cjk-font': 'file:tests/deps/cjk-font' });
    const { os = [], cpu = [] } = read('tests/deps/browser/package.json');
    expect(os).toEqual(['linux']);
    expect(cpu).toEqual(['x64']);
    // The same platforms resolveChromium() uses it on, and no other.
    for (const platform of ['linux', 'darwin', 'win32'] as const)
      for (const arch of ['x64', 'arm64'])
        expect(packagedChromiumSupported(platform, arch), `${platform} ${arch}`).toBe(os.includes(platform) && cpu.includes(arch));
    expect(read('tests/deps/cjk-font/package.json').os).toEqual(['linux']);
  });
});
