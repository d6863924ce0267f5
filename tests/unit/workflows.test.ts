/**
 * The GitHub workflows do what docs/setup.md says: CI annotates content problems before the long
 * tests and installs no system packages; Deploy publishes to Pages with SITE_URL from the Pages
 * address and the least permissions each job needs.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = join(import.meta.dirname, '..', '..');
type Step = { name?: string; id?: string; if?: string; uses?: string; run?: string; with?: Record<string, string | number | boolean>; env?: Record<string, string> };
type Job = { permissions?: Record<string, string>; needs?: string; uses?: string; steps: Step[]; environment?: { name: string } };
type Workflow = { on: Record<string, unknown>; permissions?: Record<string, string>; concurrency?: { group: string; 'cancel-in-progress': boolean }; jobs: Record<string, Job> };
const workflow = (name: string) => parse(readFileSync(join(ROOT, '.github', 'workflows', name), 'utf8')) as Workflow;

describe('ci.yml', () => {
  const steps = workflow('ci.yml').jobs.test.steps;
  const index = (command: string) => steps.findIndex((step) => step.run?.includes(command));

  it('runs the content check with GitHub annotations after npm install and before npm test', () => {
    const check = index('npm run check:content -- --format github');
    expect(check).toBeGreaterThan(index('npm install'));
    expect(check).toBeLessThan(index('npm test'));
  });

  it('can be called by deploy.yml', () => {
    expect(workflow('ci.yml').on).toHaveProperty('workflow_call');
  });

  describe('warns on a pull request that changes content/allowed-hosts.yaml', () => {
    const notice = steps.find((step) => step.run?.includes('content/allowed-hosts.yaml'));
    const checkout = steps.find((step) => step.uses?.startsWith('actions/checkout@'));
    /** Runs the step's script in a repository whose HEAD^1 → HEAD changes `file`. */
    const runNotice = (file: string) => {
      const repo = mkdtempSync(join(tmpdir(), 'kb-notice-'));
      try {
        const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: repo, encoding: 'utf8' });
        git('init', '-q');
        mkdirSync(join(repo, 'content'));
        writeFileSync(join(repo, 'content', 'allowed-hosts.yaml'), '- host: kf.qq.com\n  note: 腾讯客服\n');
        writeFileSync(join(repo, 'content', 'symptoms.yaml'), '[]\n');
        git('add', '.');
        git('commit', '-qm', 'base');
        writeFileSync(join(repo, file), '- host: evil.com\n  note: 官方\n', { flag: 'a' });
        git('commit', '-qam', 'pull request');
        return execFileSync('bash', ['-e', '-c', notice!.run!], { cwd: repo, encoding: 'utf8' });
      } finally {
        rmSync(repo, { recursive: true, force: true });
      }
    };

    it('runs on pull requests, with the base commit checked out', () => {
      expect(notice?.if).toBe("github.event_name == 'pull_request'");
      expect(checkout?.with?.['fetch-depth']).toBe(2);
    });
    it('emits a ::warning annotation on the file when it changed', () => {
      expect(runNotice('content/allowed-hosts.yaml')).toMatch(/^::warning file=content\/allowed-hosts\.yaml,line=1,title=[^:]+::.*allowed-hosts\.yaml/);
    });
    it('says nothing when the pull request leaves it alone', () => {
      expect(runNotice('content/symptoms.yaml')).toBe('');
    });
  });

  it('installs no system packages (the browser and fonts come from npm)', () => {
    expect(steps.map((step) => step.run ?? '').join('\n')).not.toMatch(/apt-get|brew |choco /);
    expect(readFileSync(join(ROOT, '.ci', 'run'), 'utf8')).not.toMatch(/apt-get/);
  });
});

describe('deploy.yml', () => {
  const deploy = workflow('deploy.yml');

  it('runs on pushes to main, one deployment at a time', () => {
    expect(deploy.on.push).toEqual({ branches: ['main'] });
    expect(deploy.concurrency?.group).toBeTruthy();
    expect(deploy.concurrency?.['cancel-in-progress']).toBe(false);
  });

  it('grants nothing by default, and write access to Pages only to the deploy job', () => {
    expect(deploy.permissions).toEqual({});
    expect(deploy.jobs.build.permissions).toEqual({ contents: 'read', pages: 'read' });
    expect(deploy.jobs.deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(deploy.jobs.deploy.needs).toBe('build');
    expect(deploy.jobs.test.permissions).toEqual({ contents: 'read' });
    expect(deploy.jobs.deploy.environment?.name).toBe('github-pages');
  });

  it('runs the whole CI job (tests included) before building what it publishes', () => {
    expect(deploy.jobs.test.uses).toBe('./.github/workflows/ci.yml');
    expect(deploy.jobs.build.needs).toBe('test');
  });

  it('builds with SITE_URL from the Pages address and publishes dist/', () => {
    const steps = deploy.jobs.build.steps;
    const pages = steps.find((step) => step.uses?.startsWith('actions/configure-pages@'));
    const build = steps.find((step) => step.run?.includes('npm run build'));
    expect(build?.env?.SITE_URL).toBe(`\${{ steps.${pages?.id}.outputs.base_url }}`);
    expect(steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'))?.with?.path).toBe('dist');
    expect(deploy.jobs.deploy.steps.some((step) => step.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
  });
});

describe('sources.yml', () => {
  const sources = workflow('sources.yml');
  const steps = sources.jobs.check.steps;
  const check = steps.find((step) => step.run?.includes('npm run check:sources'));
  const issue = steps.find((step) => step.run?.includes('gh issue'));

  it('runs weekly (and by hand) with read-only contents and issues: write, nothing else', () => {
    const schedule = sources.on.schedule as Array<{ cron: string }>;
    expect(schedule).toHaveLength(1);
    expect(schedule[0].cron).toMatch(/^\S+ \S+ \* \* \d$/);
    expect(sources.on).toHaveProperty('workflow_dispatch');
    expect(sources.permissions).toEqual({ contents: 'read', issues: 'write' });
    expect(sources.jobs.check.permissions).toBeUndefined();
  });
  it('uses only GitHub\'s own actions and leaves no credentials in the checkout', () => {
    for (const step of steps.filter((s) => s.uses)) expect(step.uses).toMatch(/^actions\//);
    expect(steps.find((s) => s.uses?.startsWith('actions/checkout@'))?.with?.['persist-credentials']).toBe(false);
  });
  it('writes the report and opens or updates ONE issue only when pages need re-review', () => {
    expect(check?.run).toContain('--report sources-report.md');
    expect(check?.run).not.toContain('--update');
    expect(issue?.if).toBe("steps.check.outputs.status == '1'");
    expect(issue?.run).toMatch(/gh issue list --state open --label sources-check/);
    expect(issue?.run).toMatch(/gh issue edit "\$number" --body-file sources-report.md/);
    expect(issue?.run).toMatch(/gh issue create .*--label sources-check --body-file sources-report.md/);
  });
  it('fails loudly when the check could not run (no network, crash)', () => {
    const fail = steps.find((step) => step.if?.includes("!= '1'"));
    expect(fail?.run).toContain('exit 1');
  });
});

describe('.github/CODEOWNERS', () => {
  const rules = readFileSync(join(ROOT, '.github', 'CODEOWNERS'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => line.trim().split(/\s+/));

  it('gives the allowlist of official sites, the workflows and itself an owner', () => {
    for (const path of ['/content/allowed-hosts.yaml', '/.github/workflows/', '/.github/CODEOWNERS']) {
      const rule = rules.find(([pattern]) => pattern === path);
      expect(rule, path).toBeDefined();
      expect(rule!.slice(1).length, path).toBeGreaterThan(0);
      for (const owner of rule!.slice(1)) expect(owner).toMatch(/^@[\w-]+(?:\/[\w-]+)?$/);
    }
  });

  it('the pull request template names the allowlist file', () => {
    expect(readFileSync(join(ROOT, '.github', 'pull_request_template.md'), 'utf8')).toContain('`content/allowed-hosts.yaml`');
  });
});
