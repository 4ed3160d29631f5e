/**
 * Which GitHub repository a rehearsed clone is: `--github`, the origin URL, the changelog's
 * compare/release links, Chart.yaml sources/home, go.mod — each source alone, their precedence, and
 * real changelogs and charts (test/corpus/github-repo, see its ORIGIN.md).
 */
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  detectGithubRepository,
  githubArgumentProblem,
  githubNameOfChangelog,
  githubNameOfChart,
  githubNameOfGoModule,
  githubNameOfUrl,
  readRepositorySources,
} from '../../src/rehearse/github-repo.js';
import { Journal } from '../../src/rehearse/journal.js';
import { projectRoot } from '../support/harness.js';

const corpus = (name: string): string => readFileSync(join(projectRoot, 'test', 'corpus', 'github-repo', name), 'utf8');
const WVA = 'llm-d-incubation/workload-variant-autoscaler';
const WVA_CHANGELOG = readFileSync(join(projectRoot, 'test', 'fixtures', 'changelog', 'wva-CHANGELOG.md'), 'utf8');
const WVA_CHART = readFileSync(join(projectRoot, 'test', 'fixtures', 'repos', 'wva', 'charts', 'workload-variant-autoscaler', 'Chart.yaml'), 'utf8');

describe('--github OWNER/REPO, by GitHub naming rules', () => {
  it.each([WVA, 'a/b', 'Org-1/repo_name.v2', `${'a'.repeat(39)}/${'r'.repeat(100)}`, 'o/.github'])('accepts %s', (value) => {
    expect(githubArgumentProblem(value)).toBeUndefined();
  });

  it.each([
    ['llm-d-incubation', 'expected OWNER/REPO'],
    ['a/b/c', 'expected OWNER/REPO'],
    ['https://github.com/a/b', 'expected OWNER/REPO'],
    ['-org/repo', "the owner '-org' is not a GitHub account name"],
    ['org-/repo', "the owner 'org-' is not a GitHub account name"],
    ['my--org/repo', "the owner 'my--org' is not a GitHub account name"],
    ['my_org/repo', "the owner 'my_org' is not a GitHub account name"],
    [`${'a'.repeat(40)}/repo`, 'is not a GitHub account name'],
    ['org/', "the repository '' is not a GitHub repository name"],
    ['org/..', "the repository '..' is not a GitHub repository name"],
    ['org/re po', "the repository 're po' is not a GitHub repository name"],
    [`org/${'r'.repeat(101)}`, 'is not a GitHub repository name'],
    ["org/$(touch x)", 'is not a GitHub repository name'],
  ])('refuses %s, naming the flag', (value, why) => {
    const problem = githubArgumentProblem(value);
    expect(problem).toMatch(/^--github must be OWNER\/REPO as on GitHub \(e\.g\. llm-d-incubation\/workload-variant-autoscaler\): /);
    expect(problem).toContain(why);
    expect(problem).toContain(`got '${value}'`);
  });
});

describe('the origin URL', () => {
  it.each([
    [`https://github.com/${WVA}`, WVA],
    [`https://github.com/${WVA}.git`, WVA],
    [`https://github.com/${WVA}/`, WVA],
    [`https://token@github.com/${WVA}.git`, WVA],
    [`http://www.github.com/${WVA}`, WVA],
    [`ssh://git@github.com/${WVA}.git`, WVA],
    [`ssh://git@github.com:22/${WVA}.git`, WVA],
    [`git@github.com:${WVA}.git`, WVA],
    [`git@GitHub.com:${WVA}`, WVA],
    [`git://github.com/${WVA}.git`, WVA],
  ])('reads %s', (url, name) => {
    expect(githubNameOfUrl(url)).toBe(name);
  });

  it.each(['/srv/mirrors/wva.bundle', '../wva', 'file:///srv/wva.git', `https://gitlab.com/${WVA}.git`, `https://notgithub.com/${WVA}`, `https://github.com.evil.example/${WVA}`, `https://github.com/${WVA}/tree/main`, 'https://github.com/llm-d-incubation', ''])(
    'is not a GitHub repository: %s',
    (url) => {
      expect(githubNameOfUrl(url)).toBeUndefined();
    },
  );
});

describe('the changelog', () => {
  it("reads Keep a Changelog's compare links: WVA's, and the Keep a Changelog project's own", () => {
    expect(githubNameOfChangelog(WVA_CHANGELOG)).toBe(WVA);
    // its contributor links (`[@porx]: https://github.com/porx`) name no repository
    expect(githubNameOfChangelog(corpus('keep-a-changelog-CHANGELOG.md'))).toBe('olivierlacan/keep-a-changelog');
  });

  it('prefers the link definitions to a release link in an entry, and without definitions takes the links of the text', () => {
    const text = `## [0.2.0]\n- built with [tool 1.0](https://github.com/other/tool/releases/tag/v1.0.0) and [again](https://github.com/other/tool/releases/tag/v1.0.1)\n\n[0.2.0]: https://github.com/me/project/compare/v0.1.0...v0.2.0\n`;
    expect(githubNameOfChangelog(text)).toBe('me/project');
    // go-task's entries link its own nightly release first, then another repository's first release
    expect(githubNameOfChangelog(corpus('go-task-CHANGELOG.md'))).toBe('go-task/task');
    expect(githubNameOfChangelog('# Changelog\n\n## 0.1.0\n- see https://github.com/a/b/pull/1\n')).toBeUndefined();
  });
});

describe('Chart.yaml', () => {
  it('reads sources first, then home', () => {
    expect(githubNameOfChart(WVA_CHART)).toBe(WVA);
    expect(githubNameOfChart('name: x\nhome: https://github.com/me/chart-home/tree/main/charts/x\nsources:\n  - https://example.com/src\n')).toBe('me/chart-home');
    expect(githubNameOfChart('name: x\nhome: https://github.com/me/home\nsources:\n  - git@github.com:me/source.git\n')).toBe('me/source');
  });

  it("takes a real chart's first GitHub source (prometheus' names the application's repository), and nothing from a chart without one", () => {
    expect(githubNameOfChart(corpus('prometheus-Chart.yaml'))).toBe('prometheus/alertmanager');
    // llm-d-infra's chart (version v1.4.0, a v its repository prefixes) names its own repository
    expect(githubNameOfChart(corpus('llm-d-infra-Chart.yaml'))).toBe('llm-d-incubation/llm-d-infra');
    expect(githubNameOfChart('name: x\nhome: https://prometheus.io/\n')).toBeUndefined();
    expect(githubNameOfChart('name: [unclosed')).toBeUndefined();
  });
});

describe('go.mod', () => {
  it("reads an operator's module path on github.com (WVA's own go.mod), without a major-version or package suffix", () => {
    expect(githubNameOfGoModule(corpus('wva-go.mod'))).toBe(WVA);
    expect(githubNameOfGoModule('module github.com/me/op/v2\n\ngo 1.23\n')).toBe('me/op');
    expect(githubNameOfGoModule('module "github.com/me/op"\n')).toBe('me/op');
    expect(githubNameOfGoModule('module sigs.k8s.io/kind\n')).toBeUndefined();
    expect(githubNameOfGoModule('// module github.com/not/this\nmodule example.com/op\n')).toBeUndefined();
  });
});

describe('the order of the sources', () => {
  const all = {
    flag: 'flag/repo',
    originUrl: 'git@github.com:origin/repo.git',
    changelog: ['CHANGELOG.md', '[0.1.0]: https://github.com/changelog/repo/releases/tag/v0.1.0\n'] as [string, string],
    chart: ['charts/x/Chart.yaml', 'name: x\nsources: [https://github.com/chart/repo]\n'] as [string, string],
  };

  it('is --github, origin, changelog, Chart.yaml — each saying where it came from', () => {
    expect(detectGithubRepository(all)).toEqual({ repository: 'flag/repo', from: '--github' });
    const { flag: _flag, ...noFlag } = all;
    expect(detectGithubRepository(noFlag)).toEqual({ repository: 'origin/repo', from: 'the origin git@github.com:origin/repo.git' });
    const bundle = { ...noFlag, originUrl: '/srv/wva.bundle' };
    expect(detectGithubRepository(bundle)).toEqual({ repository: 'changelog/repo', from: 'the links of CHANGELOG.md' });
    const noLinks = { ...bundle, changelog: ['CHANGELOG.md', '# Changelog\n'] as [string, string], goMod: 'module github.com/gomod/repo\n' };
    expect(detectGithubRepository(noLinks)).toEqual({ repository: 'chart/repo', from: 'sources/home of charts/x/Chart.yaml' });
    expect(detectGithubRepository({ ...noLinks, chart: ['charts/x/Chart.yaml', 'name: x\n'] })).toEqual({ repository: 'gomod/repo', from: 'the module path of go.mod' });
  });

  it('fails naming what it looked at and --github OWNER/REPO as the fix', () => {
    expect(detectGithubRepository({ originUrl: '/srv/wva.bundle', changelogPath: 'CHANGELOG.md', chart: ['charts/wva/Chart.yaml', 'name: wva\n'], goMod: 'module example.com/wva\n' })).toEqual({
      problem:
        'cannot tell which GitHub repository this is (the origin /srv/wva.bundle is not a GitHub URL; there is no CHANGELOG.md; charts/wva/Chart.yaml has no github.com sources or home; go.mod names no github.com module): give it with --github OWNER/REPO',
    });
    expect(detectGithubRepository({})).toEqual({ problem: expect.stringMatching(/^cannot tell which GitHub repository this is \(there is no origin remote; there is no changelog; there is no chart\): give it with --github OWNER\/REPO$/) });
  });

  it('reads the changelog and the chart where the actions look: the configuration first, else CHANGELOG.md and the one chart', async () => {
    const files: Record<string, string> = { '.github/release-actions.yaml': 'changelog: docs/CHANGES.md\nchart: deploy/chart\n', 'docs/CHANGES.md': 'c', 'deploy/chart/Chart.yaml': 'h', 'CHANGELOG.md': 'no', 'charts/a/Chart.yaml': 'no', 'go.mod': 'm' };
    const reader = (f: Record<string, string>) => ({
      show: async (p: string) => f[p],
      list: async (dir: string) => [...new Set(Object.keys(f).filter((k) => k.startsWith(`${dir}/`)).map((k) => k.slice(dir.length + 1).split('/')[0]!))],
    });
    expect(await readRepositorySources(reader(files), '/srv/x.bundle')).toEqual({ originUrl: '/srv/x.bundle', changelogPath: 'docs/CHANGES.md', changelog: ['docs/CHANGES.md', 'c'], chart: ['deploy/chart/Chart.yaml', 'h'], goMod: 'm' });
    const { '.github/release-actions.yaml': _config, ...defaults } = files;
    expect(await readRepositorySources(reader(defaults), undefined)).toEqual({ changelogPath: 'CHANGELOG.md', changelog: ['CHANGELOG.md', 'no'], chart: ['charts/a/Chart.yaml', 'no'], goMod: 'm' });
    expect(await readRepositorySources(reader({}), undefined)).toEqual({ changelogPath: 'CHANGELOG.md' });
  });
});

describe('a state folder', () => {
  it('remembers --github: a re-run naming another repository is refused, naming the one it was made with', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rehearse-journal-'));
    try {
      const file = join(dir, 'journal.json');
      const options = { repo: '/src/wva', github: WVA, version: 'auto', mode: 'release', event: 'tag-push' };
      Journal.open(file, options);
      expect(Journal.open(file, options).attempts).toBe(2);
      expect(() => Journal.open(file, { ...options, github: 'someone/else' })).toThrow(`other options (--repo /src/wva --github ${WVA} --mode release --event tag-push --version auto)`);
      const { github: _github, ...detected } = options;
      expect(() => Journal.open(file, detected)).toThrow(/other options \(--repo \/src\/wva --github /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
