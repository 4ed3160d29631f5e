/**
 * `release-actions rehearse`: the embedded example with no arguments, a copy of a WVA-shaped
 * repository (end state asserted, the source byte-identical afterwards — files, refs, config,
 * index), bad `--repo` inputs refused with the actions' own messages and nothing written,
 * a machine without docker-registry (skipped stages with the install command), the argument
 * parser, and Ctrl-C on the built command.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { main, parseArgs, renderReport, UsageError } from '../../src/rehearse/cli.js';
import { readSource, rehearse, type RehearsalResult, type Stage } from '../../src/rehearse/rehearse.js';
import { findBuildah } from '../../src/rehearse/stand-ins/buildah.js';
import { git as testGit } from '../support/git.js';
import { projectRoot } from '../support/harness.js';
import { buildRepo, type SampleRepo } from '../support/repos.js';
import { fingerprint, sha256 } from './helpers.js';

const LONG = 600_000;
const WVA = 'llm-d-incubation/workload-variant-autoscaler';

function byName(r: RehearsalResult): Record<string, Stage> {
  return Object.fromEntries(r.stages.map((s) => [s.name, s]));
}

function explain(r: RehearsalResult): string {
  return r.stages.map((s) => `${s.name}: ${s.status}${s.reason ? ` — ${s.reason}` : ''}${s.errors?.length ? ` [${s.errors.join(' | ')}]` : ''}`).join('\n');
}

function expectAllPassed(r: RehearsalResult): void {
  const bad = r.stages.filter((s) => s.status !== 'passed' && !(s.status === 'not-run' && s.name === 'rollback'));
  if (bad.length > 0 || r.status !== 'passed') throw new Error(`not every stage passed:\n${explain(r)}`);
}

describe('the argument parser', () => {
  it('reads the options and refuses what it does not know', () => {
    expect(parseArgs(['rehearse'])).toEqual({ mode: 'release', event: 'tag-push', json: false, keep: false });
    expect(parseArgs(['rehearse', '--repo', '../wva', '--version=minor', '--mode', 'hotfix', '--event', 'dispatch', '--json', '--keep'])).toEqual({
      repo: '../wva',
      version: 'minor',
      mode: 'hotfix',
      event: 'dispatch',
      json: true,
      keep: true,
    });
    expect(parseArgs(['--help'])).toBe('help');
    expect(() => parseArgs(['publish'])).toThrow(new UsageError("unknown command 'publish' (the commands are: rehearse, doctor)"));
    expect(() => parseArgs(['rehearse', '--mode', 'yolo'])).toThrow(/--mode must be release, hotfix or rollback; got 'yolo'/);
    expect(() => parseArgs(['rehearse', '--version', '1.2'])).toThrow(/--version must be a version/);
    expect(() => parseArgs(['rehearse', '--repo'])).toThrow('--repo needs a value');
    expect(() => parseArgs(['rehearse', '--force'])).toThrow("unknown option '--force'");
    expect(parseArgs(['rehearse', '--without-pages'])).toMatchObject({ withoutPages: true });
  });

  it('reads --github OWNER/REPO with --repo, and refuses a value GitHub would not name a repository', () => {
    expect(parseArgs(['rehearse', '--repo', '../wva', `--github=${WVA}`])).toMatchObject({ repo: '../wva', github: WVA });
    expect(() => parseArgs(['rehearse', '--repo', '../wva', '--github', 'llm-d-incubation'])).toThrow(/^--github must be OWNER\/REPO as on GitHub .*: expected OWNER\/REPO; got 'llm-d-incubation'$/);
    expect(() => parseArgs(['rehearse', '--repo', '../wva', '--github', '-x/y'])).toThrow(/--github must be OWNER\/REPO .*the owner '-x' is not a GitHub account name/);
    expect(() => parseArgs(['rehearse', '--github', WVA])).toThrow('--github names the GitHub repository of --repo PATH: give --repo too');
  });

  it('refuses a bad --github with exit 2 before anything is made or written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rehearse-github-'));
    try {
      let err = '';
      const lines: string[] = [];
      const code = await main(['rehearse', '--repo', dir, '--github', 'org/re po', '--state', join(dir, 'state')], { out: (t) => lines.push(t), err: (t) => (err += t) });
      expect(code).toBe(2);
      expect(err).toMatch(/^release-actions: --github must be OWNER\/REPO as on GitHub .*the repository 're po' is not a GitHub repository name.*; got 'org\/re po'\n/);
      expect(lines).toEqual([]);
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('prints the usage with exit 2 on a usage error, without starting anything', async () => {
    let err = '';
    const code = await main(['rehearse', '--event', 'release'], { out: () => undefined, err: (t) => (err += t) });
    expect(code).toBe(2);
    expect(err).toMatch(/^release-actions: --event must be tag-push or dispatch; got 'release'\n\nUsage: release-actions rehearse/);
  });
});

describe('the embedded example, with no arguments', () => {
  it('rehearses the whole release: every stage passes, the temp dir is gone, --json is one document', async () => {
    let out = '';
    let err = '';
    // the default rehearsal builds the image for real when buildah is here (test/support/env-setup.mjs)
    process.env.RELEASE_ACTIONS_NO_BUILDAH = '0';
    const buildah = 'path' in findBuildah();
    const code = await main(['rehearse', '--json'], { out: (t) => (out += t), err: (t) => (err += t) }).finally(() => (process.env.RELEASE_ACTIONS_NO_BUILDAH = '1'));
    const r = JSON.parse(out) as RehearsalResult;
    if (code !== 0) throw new Error(`exit ${code}:\n${explain(r)}`);
    expectAllPassed(r);
    expect(r.stages.map((s) => s.name)).toEqual([
      'source',
      'inspect',
      'services',
      'origin',
      'earlier releases',
      'workflows',
      'prepare',
      'merge',
      'tag',
      'guard',
      'preflight',
      'image (linux/amd64)',
      'image (linux/arm64)',
      'image',
      'chart',
      'release',
      'verify',
      'announce',
      'rollback',
    ]);
    expect(r).toMatchObject({ source: { kind: 'example', repository: 'example-org/example-operator' }, version: '0.3.0', tag: 'v0.3.0', kept: false });
    // progress lines went to stderr, one per stage
    for (const s of r.stages) expect(err).toContain(` ${s.name}`);
    expect(existsSync(r.workDir)).toBe(false);
    expect(r.artifacts.announcements.map((a) => a.channel).sort()).toEqual(['mail', 'slack']);
    expect(r.artifacts.pullRequest?.stat).toMatch(/5 files changed/);
    expect(r.timing.actionRuns).toBeGreaterThanOrEqual(7);
    expect(r.outputs).toMatchObject({ 'release.version': '0.3.0', 'release.tag': 'v0.3.0' });
    // the human report of the same result: the table, the paths, the diff
    const text = renderReport(r);
    expect(text).toMatch(/^stage +status +time$/m);
    expect(text).toMatch(/^verify +passed +\d+\.\d\d s$/m);
    expect(text).toContain('every stage passed');
    expect(text).toContain('run with --keep to keep them');
    expect(text).toContain('+VERSION ?= 0.3.0');
    // what ran for real and what stand-ins did not do, step by step: no reader takes a scan or a signature for done
    const steps = r.stages.flatMap((st) => st.steps ?? []);
    const real = steps.filter((st) => (st.kind === 'script' || st.kind === 'suite-action') && st.status === 'passed').length;
    const standIns = steps.filter((st) => (st.kind === 'stand-in' || st.kind === 'script-stand-in') && st.status === 'passed').length;
    expect(steps.filter((st) => st.kind === 'script' && st.status === 'passed').map((st) => st.name)).toEqual(
      expect.arrayContaining(['Read the cherry-picks', 'Whether this repository can have attestations', 'Record the digest', 'Check the package against its digest', 'Checksums', 'Provenance as a release asset']),
    );
    expect(text).toContain(`Steps: ${real} steps ran for real, ${standIns} stand-ins. What each stand-in did NOT do:`);
    expect(text).toContain('image (linux/amd64), image (linux/arm64) / Scan the image (Trivy) [aquasecurity/trivy-action]: no vulnerability scan');
    expect(text).toContain("release / Attest the chart provenance and SHA256SUMS [actions/attest-build-provenance]: signed by the local Sigstore, not Sigstore's public-good instance");
    // signed and verified end to end, offline: postflight proved each signature, and the user's own commands are printed
    const signed = r.stages.flatMap((st) => st.signatures ?? []);
    expect(signed.map((c) => [c.check, c.status])).toEqual([['image-signature', 'passed'], ['chart-signature', 'passed'], ['sbom', 'passed'], ['checksums', 'passed']]);
    for (const c of signed) expect(c.detail).toMatch(/signed by http:\/\/127\.0\.0\.1:\d+\/llm-d\/release-actions\/\.github\/workflows\/release\.yaml@refs\/tags\/v1 \(source http:\/\/127\.0\.0\.1:\d+\/example-org\/example-operator@refs\/tags\/v0\.3\.0\), verified/);
    expect(text).toContain('Signatures proven by postflight');
    expect(text).toMatch(/^ {2}\$ gh attestation verify oci:\/\/.*--source-ref refs\/tags\/v0\.3\.0$/m);
    expect(text).toMatch(/^ {2}\$ sha256sum -c SHA256SUMS$/m);
    expect(text).toMatch(/guard \/ Check the dispatch \[gh; gh[^\]]*\]: gh did not run/);
    expect(text).toMatch(buildah ? /Build and push by digest \[docker\/build-push-action\]: built by buildah, not BuildKit; the provenance and SBOM attestations are synthetic and unsigned/ : /Build and push by digest \[docker\/build-push-action\]: no image was built \(.*\): a synthetic image/);
  }, LONG);
});

describe('a copy of a WVA-shaped repository', () => {
  let repo: SampleRepo;
  beforeAll(() => {
    repo = buildRepo();
    testGit(repo.dir, ['remote', 'add', 'origin', `https://github.com/${WVA}.git`]);
  });
  afterAll(async () => repo?.cleanup());

  it('releases it end to end, and the repository is byte-identical afterwards', async () => {
    const before = fingerprint(repo.dir);
    const r = await rehearse({ repo: repo.dir, keep: true });
    try {
      expectAllPassed(r);
      expect(r).toMatchObject({ exitCode: 0, source: { kind: 'repository', repository: WVA, branch: 'main' }, version: '0.5.0', tag: 'v0.5.0' });
      const stages = byName(r);
      expect(stages['preflight']!.detail).toMatch(/checks tag-signed passed, versions-consistent passed, changelog-entry passed, crds-in-sync passed, tag-on-branch passed, pages-served passed/);
      expect(stages['verify']!.detail).toMatch(/checks image passed, helm-repo passed, oci-chart passed, github-release passed/);
      // what it produced, kept
      const chart = r.artifacts.chart!;
      expect(chart).toMatch(/workload-variant-autoscaler-0\.5\.0\.tgz$/);
      const index = parseYaml(readFileSync(r.artifacts.index!, 'utf8')) as { entries: Record<string, Array<{ version: string; digest: string }>> };
      expect(index.entries['workload-variant-autoscaler']?.find((e) => e.version === '0.5.0')?.digest).toBe(sha256(readFileSync(chart)));
      expect(readFileSync(r.artifacts.releaseNotes!, 'utf8')).toMatch(/0\.5\.0/);
      for (const a of r.artifacts.announcements) expect(readFileSync(a.path, 'utf8')).toContain('v0.5.0');
      expect(r.artifacts.announcements).toHaveLength(2);
      const diff = readFileSync(r.artifacts.pullRequest!.diffPath, 'utf8');
      for (const f of ['charts/workload-variant-autoscaler/Chart.yaml', 'charts/workload-variant-autoscaler/values.yaml', 'Makefile', 'README.md', 'CHANGELOG.md']) expect(diff).toContain(`+++ b/${f}`);
      expect(r.adjustments).toEqual([expect.stringMatching(/^CHANGELOG\.md: links to https:\/\/github\.com\/llm-d-incubation\/workload-variant-autoscaler point at the local GitHub/)]);
    } finally {
      rmSync(r.workDir, { recursive: true, force: true });
    }
    expect(fingerprint(repo.dir)).toEqual(before);
  }, LONG);
});

describe('a clone whose origin is not GitHub', () => {
  let sample: SampleRepo;
  let work: string;
  let clone: string;
  beforeAll(() => {
    sample = buildRepo();
    work = mkdtempSync(join(tmpdir(), 'rehearse-bundle-'));
    const bundle = join(work, 'wva.bundle');
    testGit(sample.dir, ['bundle', 'create', '-q', bundle, '--all']);
    clone = join(work, 'wva');
    testGit(work, ['clone', '-q', '-b', 'main', '--', bundle, clone]);
  });
  afterAll(async () => {
    rmSync(work, { recursive: true, force: true });
    await sample?.cleanup();
  });

  it('rehearses a clone of a bundle end to end, the repository named by its changelog links', async () => {
    expect(testGit(clone, ['config', '--get', 'remote.origin.url'])).toBe(join(work, 'wva.bundle'));
    const before = fingerprint(clone);
    const r = await rehearse({ repo: clone });
    expectAllPassed(r);
    expect(r.source.repository).toBe(WVA);
    expect(byName(r)['source']!.detail).toMatch(new RegExp(`as ${WVA} \\(from the links of CHANGELOG\\.md\\)$`));
    expect(byName(r)['preflight']!.detail).toMatch(/changelog-entry passed/);
    expect(r.adjustments).toEqual([expect.stringMatching(/^CHANGELOG\.md: links to https:\/\/github\.com\/llm-d-incubation\/workload-variant-autoscaler point at the local GitHub/)]);
    expect(fingerprint(clone)).toEqual(before);
  }, LONG);

  it('without origin, changelog links or chart sources: named by go.mod; without that either, refused at the source naming --github; with --github, that name', async () => {
    const bare = join(work, 'bare');
    testGit(work, ['clone', '-q', '--', clone, bare]);
    testGit(bare, ['remote', 'remove', 'origin']);
    const changelog = join(bare, 'CHANGELOG.md');
    writeFileSync(changelog, readFileSync(changelog, 'utf8').replace(/^\[[^\]]+\]: https:\/\/github\.com\/.*\n/gm, ''));
    const chart = join(bare, 'charts', 'workload-variant-autoscaler', 'Chart.yaml');
    writeFileSync(chart, readFileSync(chart, 'utf8').replace(/^home: .*\n/m, '').replace(/^sources:\n(?: {2}- .*\n)+/m, ''));
    testGit(bare, ['commit', '-q', '-am', 'docs: no links']);
    const home = join(work, 'home');
    mkdirSync(home);
    // as the real WVA repository at 56a651b: no changelog links, no chart sources, and its go.mod
    expect(await readSource(bare, home, undefined)).toMatchObject({ repository: WVA, from: 'the module path of go.mod' });
    writeFileSync(join(bare, 'go.mod'), readFileSync(join(bare, 'go.mod'), 'utf8').replace(/^module .*$/m, 'module example.com/wva'));
    testGit(bare, ['commit', '-q', '-am', 'chore: a vanity module path']);
    const before = fingerprint(bare);
    const r = await rehearse({ repo: bare });
    expect(r).toMatchObject({ status: 'failed', exitCode: 1 });
    expect(r.stages.map((s) => `${s.name}: ${s.status}`)).toContain('source: failed');
    expect(byName(r)['source']!.reason).toBe(
      `--repo ${bare}: cannot tell which GitHub repository this is (there is no origin remote; CHANGELOG.md has no github.com compare or release link; charts/workload-variant-autoscaler/Chart.yaml has no github.com sources or home; go.mod names no github.com module): give it with --github OWNER/REPO`,
    );
    expect(existsSync(r.workDir)).toBe(false);
    expect(fingerprint(bare)).toEqual(before);
    expect(await readSource(bare, home, WVA)).toMatchObject({ repository: WVA, from: '--github', branch: 'main' });
    await expect(readSource(bare, home, 'not-a-repo')).rejects.toThrow(/^--github must be OWNER\/REPO/);
    expect(fingerprint(bare)).toEqual(before);
  }, LONG);
});

describe('a --repo that cannot be released', () => {
  const work = mkdtempSync(join(tmpdir(), 'rehearse-bad-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  async function refused(dir: string, stage: string, message: RegExp): Promise<RehearsalResult> {
    const before = fingerprint(dir);
    const r = await rehearse({ repo: dir });
    expect(r).toMatchObject({ status: 'failed', exitCode: 1 });
    const failed = r.stages.filter((s) => s.status === 'failed');
    expect(failed.map((s) => s.name)).toEqual([stage]);
    expect(failed[0]!.reason).toMatch(message);
    expect(existsSync(r.workDir)).toBe(false);
    expect(fingerprint(dir)).toEqual(before);
    return r;
  }

  it('is not a git repository', async () => {
    const dir = join(work, 'plain');
    mkdirSync(dir);
    writeFileSync(join(dir, 'Makefile'), 'VERSION ?= 0.1.0\n');
    await refused(dir, 'source', /^--repo .*plain is not a git repository \(git: fatal: not a git repository/);
  }, LONG);

  it('is a folder inside a repository', async () => {
    const sample = buildRepo();
    try {
      await refused(join(sample.dir, 'charts'), 'source', /is a folder inside the git repository .*; give the repository's top folder/);
    } finally {
      await sample.cleanup();
    }
  }, LONG);

  it('has no chart: the preflight\'s message', async () => {
    const sample = buildRepo({ then: [{ message: 'chore: drop the chart', files: Object.fromEntries(['Chart.yaml', 'values.yaml', '.helmignore', 'crds/llmd.ai_variantautoscalings.yaml', 'templates/NOTES.txt', 'templates/_helpers.tpl', 'templates/deployment.yaml', 'templates/rbac.yaml', 'templates/serviceaccount.yaml'].map((f) => [`charts/workload-variant-autoscaler/${f}`, null])) }] });
    try {
      const r = await refused(sample.dir, 'inspect', /the workspace has no chart \(charts\/<name>\/Chart\.yaml\)/);
      expect(byName(r)['inspect']!.errors).toEqual([expect.stringMatching(/^crds-in-sync: the workspace has no chart/)]);
    } finally {
      await sample.cleanup();
    }
  }, LONG);

  it('has a reference that drifted from the tag: inspect names it and the fix, the release pull request repairs it, the preflight passes', async () => {
    const sample = buildRepo({ then: [{ message: 'chore: a stray version', files: { Makefile: (t) => (t ?? '').replace('VERSION ?= 0.4.1', 'VERSION ?= 0.4.0') } }] });
    // named as on GitHub, so that the changelog's links are the repository's own
    testGit(sample.dir, ['remote', 'add', 'origin', 'https://github.com/llm-d-incubation/workload-variant-autoscaler.git']);
    try {
      const r = await rehearse({ repo: sample.dir, version: '0.4.2' });
      const stages = byName(r);
      expect(stages['inspect']).toMatchObject({ status: 'passed' });
      expect(stages['inspect']!.detail).toMatch(/version 0\.4\.1 \(tag v0\.4\.1\): \d+ reference\(s\) hold it, 1 do not — Makefile:2 VERSION = 0\.4\.0, expected 0\.4\.1; the release pull request moves them \(run bump-version/);
      expect(stages['preflight']!.detail).toContain('versions-consistent passed');
      expect(r.stages.filter((s) => s.status === 'failed').map((s) => `${s.name}: ${s.reason}`)).toEqual([]);
      expect(r).toMatchObject({ status: 'passed', exitCode: 0, version: '0.4.2' });
    } finally {
      await sample.cleanup();
    }
  }, LONG);
});

describe('a machine without docker-registry', () => {
  it('skips the image stages with the reason and the install command — not a pass, not a failure', async () => {
    const r = await rehearse({ registryBin: '/nonexistent/docker-registry' });
    const stages = byName(r);
    expect(r).toMatchObject({ status: 'skipped', exitCode: 3 });
    expect(r.stages.filter((s) => s.status === 'failed')).toEqual([]);
    for (const name of ['services', 'image (linux/amd64)', 'image (linux/arm64)', 'image']) {
      expect(stages[name]).toMatchObject({ status: 'skipped', install: 'apt-get install -y docker-registry' });
      expect(stages[name]!.reason).toContain('/nonexistent/docker-registry is missing');
    }
    for (const name of ['prepare', 'tag', 'preflight', 'chart', 'release', 'verify', 'announce']) expect(stages[name]?.status).toBe('passed');
    expect(stages['verify']!.steps!.find((s) => s.kind === 'suite-action')!.notes.join(' ')).toMatch(/checks image and oci-chart left out/);
    expect(renderReport(r)).toMatch(/some stages were skipped \(this is not a pass\)[\s\S]*install: apt-get install -y docker-registry/);
  }, LONG);
});

describe('Ctrl-C on the built command', () => {
  const bundle = join(projectRoot, 'dist', 'cli', 'index.js');
  const run = existsSync(bundle) ? it : it.skip;
  run('stops the local servers and removes the temp dir', async () => {
    const child = spawn(process.execPath, [join(projectRoot, 'bin', 'release-actions.js'), 'rehearse'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const registries: string[] = [];
    const seen = new Promise<void>((resolve) => {
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        if (/ prepare | workflows /.test(out)) resolve();
      });
    });
    await seen;
    try {
      registries.push(...execFileSync('pgrep', ['-P', String(child.pid), 'docker-registry'], { encoding: 'utf8' }).split('\n').filter(Boolean));
    } catch {
      // none found
    }
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    const workDir = /^work dir: (\S+)/m.exec(out)?.[1];
    expect(workDir).toBeDefined();
    expect(existsSync(workDir!)).toBe(false);
    for (const pid of registries) expect(existsSync(`/proc/${pid}`)).toBe(false);
  }, LONG);
});
