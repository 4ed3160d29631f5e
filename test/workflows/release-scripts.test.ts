import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asMap, loadWorkflow, workflowsDir, type Step, type Workflow } from '../support/workflows/model.js';
import { runAction } from '../support/harness.js';
import { interpolate } from '../support/workflows/expressions.js';
import { runStep } from '../support/workflows/scripts.js';
import { OciClient } from '../../actions/lib/oci/client.js';
import { OCI_MANIFEST } from '../../actions/lib/oci/media-types.js';
import { pushSinglePlatformImage } from '../support/registry/images.js';
import { type RunningRegistry, startRegistry } from '../support/registry/registry.js';

/**
 * The shell steps of release.yaml and prepare-release.yaml, run with bash exactly as written:
 * version and tag resolution with its refusals, the build plan, the newest-stable decision
 * behind :latest, the hotfix cherry-pick proof. The env: of each step is evaluated from the
 * contexts by GitHub's expression evaluator.
 */
const release = loadWorkflow(join(workflowsDir, 'release.yaml'));
const prepare = loadWorkflow(join(workflowsDir, 'prepare-release.yaml'));

function step(wf: Workflow, job: string, name: string): Step {
  const s = wf.jobs.find((j) => j.id === job)?.steps.find((x) => x.name === name || x.id === name);
  if (!s) throw new Error(`no step ${name} in ${job}`);
  return s;
}

function inputs(given: Record<string, unknown> = {}): Record<string, unknown> {
  const defs = asMap(asMap(asMap(release.raw['on'])?.['workflow_call'])?.['inputs']) ?? {};
  return { ...Object.fromEntries(Object.entries(defs).map(([k, v]) => [k, asMap(v)?.['default'] ?? ''])), ...given };
}

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'release-scripts-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * The resolve step is verify-release `phase: resolve`: its `with:` evaluated from the contexts as
 * GitHub does, then the bundled action run through the runner harness, before any checkout.
 */
describe('preflight: resolve', () => {
  const resolve = step(release, 'preflight', 'resolve');
  const SIGNERS = { 'allowed-signers': 'maintainer ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExample' };
  const run = async (given: Record<string, unknown>, github: Record<string, unknown> = { ref: 'refs/tags/v0.5.0' }, secrets: Record<string, unknown> = SIGNERS) => {
    const contexts = { inputs: inputs(given), github: { repository: 'llm-d-incubation/Workload-Variant-Autoscaler', ...github }, secrets };
    const withInputs = Object.fromEntries(Object.entries(resolve.with).map(([k, v]) => [k, interpolate(v, contexts)]));
    const r = await runAction({ action: 'verify-release', workspace: work, repository: 'llm-d-incubation/Workload-Variant-Autoscaler', ref: String(github['ref']), inputs: withInputs });
    return { code: r.exitCode, outputs: r.outputs, summary: r.summary, stdout: r.stdout, errors: r.errors.map((e) => e.message) };
  };

  it('is the suite\'s verify-release, phase resolve', () => {
    expect(resolve.uses).toBe('$/actions/verify-release');
    expect(resolve.with['phase']).toBe('resolve');
    expect(resolve.run).toBeUndefined();
  });

  it('takes the version from the tag that started the run', async () => {
    const r = await run({});
    expect(r.errors).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({
      version: '0.5.0',
      tag: 'v0.5.0',
      prerelease: 'false',
      image: 'ghcr.io/llm-d-incubation/workload-variant-autoscaler',
      registry: 'ghcr.io',
      'platform-list': 'linux/amd64\nlinux/arm64',
      checks: '',
    });
    expect(JSON.parse(r.outputs['matrix']!)).toEqual({
      include: [
        { platform: 'linux/amd64', runner: 'ubuntu-24.04', qemu: 'false', slug: 'linux-amd64' },
        { platform: 'linux/arm64', runner: 'ubuntu-24.04', qemu: 'true', slug: 'linux-arm64' },
      ],
    });
    expect(r.summary).toMatch(/\| version \| 0\.5\.0 \(tag v0\.5\.0, prerelease: false\) \|/);
  });

  it('builds arm64 on an arm64 runner with native-arm64, without QEMU', async () => {
    const r = await run({ 'native-arm64': true, platforms: 'linux/amd64, linux/arm64,linux/amd64' });
    expect(JSON.parse(r.outputs['matrix']!).include).toEqual([
      { platform: 'linux/amd64', runner: 'ubuntu-24.04', qemu: 'false', slug: 'linux-amd64' },
      { platform: 'linux/arm64', runner: 'ubuntu-24.04-arm', qemu: 'false', slug: 'linux-arm64' },
    ]);
  });

  it('takes a dispatched version with or without v, a prerelease, and a registry from the image', async () => {
    expect((await run({ version: '0.5.0-rc.1', image: 'quay.io/llmd/wva' }, { ref: 'refs/heads/main' })).outputs).toMatchObject({
      version: '0.5.0-rc.1',
      tag: 'v0.5.0-rc.1',
      prerelease: 'true',
      registry: 'quay.io',
    });
    expect((await run({ version: 'v0.4.2', mode: 'hotfix' }, { ref: 'refs/heads/main' })).outputs['tag']).toBe('v0.4.2');
    expect((await run({ version: '0.4.2', image: 'llmd/wva' }, { ref: 'refs/heads/main' })).outputs['registry']).toBe('docker.io');
    expect((await run({ image: '127.0.0.1:5000/acme/op' }, { ref: 'refs/tags/v1.0.0' })).outputs['registry']).toBe('127.0.0.1:5000');
  });

  it('plans a release of the chart alone with image: none: no image, no registry, no build leg', async () => {
    const r = await run({ image: 'none', platforms: 'linux/amd64,linux/arm64' }, { ref: 'refs/tags/v1.4.1' });
    expect(r.errors).toEqual([]);
    expect(r.outputs).toMatchObject({ version: '1.4.1', tag: 'v1.4.1', image: '', registry: '', 'platform-list': '' });
    expect(JSON.parse(r.outputs['matrix']!)).toEqual({ include: [] });
    expect(r.summary).toContain('| image | none: the chart alone is released (image: none) |');
    expect(r.summary).not.toContain('| platforms |');
  });

  it('lists the preflight checks without tag-signed when signed tags are not required', async () => {
    const r = await run({ 'require-signed-tag': false }, { ref: 'refs/tags/v0.5.0' }, {});
    expect(r.code).toBe(0);
    expect(r.outputs['checks']!.split('\n')).toEqual(['versions-consistent', 'changelog-entry', 'crds-in-sync', 'tag-on-branch', 'pages-served']);
  });

  it.each([
    ['no version at all', {}, { ref: 'refs/heads/main' }, SIGNERS, /no version: give the version input/],
    ['two dots', { version: '1.2' }, { ref: 'refs/heads/main' }, SIGNERS, /is not a SemVer 2 version/],
    ['a leading zero', { version: 'v01.2.3' }, { ref: 'refs/heads/main' }, SIGNERS, /is not a SemVer 2 version/],
    ['build metadata', { version: '1.2.3+build.5' }, { ref: 'refs/heads/main' }, SIGNERS, /build metadata is not accepted/],
    ['a tag that is no version', {}, { ref: 'refs/tags/nightly' }, SIGNERS, /version 'nightly' is not a SemVer 2 version/],
    ['a version that contradicts the tag', { version: '0.5.1' }, { ref: 'refs/tags/v0.5.0' }, SIGNERS, /started by tag v0\.5\.0 but the version input says v0\.5\.1/],
    ['an unknown mode', { mode: 'yolo' }, { ref: 'refs/tags/v0.5.0' }, SIGNERS, /mode must be release, hotfix or rollback/],
    ['signed tags required but no signers', {}, { ref: 'refs/tags/v0.5.0' }, {}, /allowed-signers secret is empty/],
    ['a rollback without a reason', { mode: 'rollback', version: '0.5.0' }, { ref: 'refs/heads/main' }, {}, /a rollback needs a reason/],
    ['a platform that is none', { platforms: 'linux/amd64,arm64' }, { ref: 'refs/tags/v0.5.0' }, SIGNERS, /platform 'arm64' is not like linux\/amd64/],
    ['an image with a tag', { image: 'ghcr.io/org/op:v1' }, { ref: 'refs/tags/v0.5.0' }, SIGNERS, /is not an image name without tag/],
  ])('refuses %s, with one error line and no outputs', async (_what, given, github, secrets, message) => {
    const r = await run(given, github, secrets);
    expect(r.code).toBe(1);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatch(message);
    expect(r.outputs).toEqual({});
  });

  it('prints no part of a hostile version that could be a workflow command', async () => {
    const r = await run({ version: '1.0.0\n::add-mask::x\n::set-env name=A::B' }, { ref: 'refs/heads/main' });
    expect(r.code).toBe(1);
    // the one error, besides the runner masking the signers it was given
    expect(r.stdout.split('\n').filter((l) => l.startsWith('::') && l !== `::add-mask::${SIGNERS['allowed-signers']}`)).toHaveLength(1);
    expect(r.stdout).not.toContain('\n::set-env');
  });
});

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', '-c', 'commit.gpgsign=false', '-c', 'tag.gpgsign=false', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_DATE: '2025-01-01T00:00:00Z', GIT_COMMITTER_DATE: '2025-01-01T00:00:00Z' },
  }).trim();
}

/**
 * The order step is verify-release `phase: order` after the checkout of the tag (fetch-depth 0):
 * run through the runner harness on a repository with the tags, as the step's `with:` gives them.
 */
describe('preflight: place the version among the releases', () => {
  const order = step(release, 'preflight', 'order');
  let repo: string;
  beforeAll(() => {
    repo = join(work, 'order');
    execFileSync('git', ['init', '-q', '-b', 'main', repo]);
    let n = 0;
    for (const t of ['v0.4.0', 'v0.4.1', 'v0.5.0', 'v0.6.0-rc.1', 'v0.9.0', 'v0.10.0', 'v1.0.0', 'v1.1.0', 'v1.1.1', 'v2.0.0', 'nightly']) {
      writeFileSync(join(repo, 'f'), String(n++));
      git(repo, 'add', 'f');
      git(repo, 'commit', '-q', '-m', `release ${t}`);
      git(repo, 'tag', '-a', t, '-m', t);
    }
  });
  /** Without `registry`, the registry is not read (no test leaves 127.0.0.1): its look is tested below. */
  const run = async (version: string, mode = 'release', image = '', registry?: { username: string; token: string }) => {
    const contexts = {
      inputs: inputs({ mode, image, 'registry-username': registry?.username ?? '' }),
      steps: { resolve: { outputs: { version, tag: `v${version}`, prerelease: String(version.includes('-')) } } },
      github: { actor: 'octocat', token: 'ghs_job-token' },
      secrets: registry ? { 'registry-token': registry.token } : {},
    };
    const withInputs = Object.fromEntries(Object.entries(order.with).map(([k, v]) => [k, interpolate(v, contexts)]));
    if (!registry) withInputs['check-registry'] = 'false';
    const r = await runAction({ action: 'verify-release', workspace: repo, repository: 'acme/operator', ref: `refs/tags/v${version}`, inputs: withInputs });
    return { code: r.exitCode, outputs: r.outputs, summary: r.summary, errors: r.errors.map((e) => e.message) };
  };

  it('is the suite\'s verify-release, phase order, after the checkout of the tag with its history', () => {
    expect(order.uses).toBe('$/actions/verify-release');
    expect(order.with['phase']).toBe('order');
    const preflight = release.jobs.find((j) => j.id === 'preflight')!;
    const checkout = preflight.steps.findIndex((s) => (s.uses ?? '').startsWith('actions/checkout@'));
    expect(checkout).toBeGreaterThan(-1);
    expect(checkout).toBeLessThan(preflight.steps.indexOf(order));
    expect(preflight.steps[checkout]!.with['fetch-depth']).toBe('0');
  });

  it('is the newest stable release for the highest version by SemVer, and moves every tag of its family', async () => {
    const r = await run('2.0.0');
    expect(r.errors).toEqual([]);
    expect(r.outputs).toMatchObject({ latest: 'true', 'previous-stable': '1.1.1', family: 'v2.0.0 v2.0 v2 latest', 'rollback-tags': '' });
    expect(r.outputs['image-tags']!.split('\n')).toEqual(['type=raw,value=v2.0.0', 'type=raw,value=v2.0', 'type=raw,value=v2', 'type=raw,value=latest']);
    expect(r.outputs['commit']).toMatch(/^[0-9a-f]{40}$/);
  });

  it('moves neither latest nor a newer line\'s tags for a hotfix of an older line, and no vX for 0.y.z', async () => {
    expect((await run('1.1.1')).outputs).toMatchObject({ latest: 'false', 'previous-stable': '1.1.0', family: 'v1.1.1 v1.1 v1' });
    const old = await run('0.4.1');
    expect(old.outputs).toMatchObject({ latest: 'false', 'previous-stable': '0.4.0', family: 'v0.4.1 v0.4' });
    expect(old.summary).toContain('`latest` (v2.0.0 is newer in every release)');
    expect((await run('1.0.0')).outputs['family']).toBe('v1.0.0 v1.0');
    expect((await run('0.6.0-rc.1')).outputs).toMatchObject({ latest: 'false', family: 'v0.6.0-rc.1' });
  });

  it('has no previous stable release for the first one', async () => {
    expect((await run('0.4.0')).outputs).toMatchObject({ latest: 'false', 'previous-stable': '' });
  });

  it('names, for a rollback, each tag the release held and the release it goes back to', async () => {
    const r = await run('2.0.0', 'rollback');
    expect(r.outputs['rollback-tags']!.split('\n')).toEqual(['latest v1.1.1']);
    expect(r.summary).toContain('`v2.0` (no other release of its line: left), `v2` (no other release of its line: left), `latest` → `v1.1.1`');
    expect((await run('1.1.1', 'rollback')).outputs['rollback-tags']!.split('\n')).toEqual(['v1.1 v1.1.0', 'v1 v1.1.0']);
  });

  it('takes the image from the input, else the configuration\'s images (images: [] is none), else ghcr.io/OWNER/REPO', async () => {
    expect((await run('2.0.0')).outputs).toMatchObject({ image: 'ghcr.io/acme/operator', registry: 'ghcr.io' });
    const config = join(repo, '.github', 'release-actions.yaml');
    mkdirSync(join(repo, '.github'), { recursive: true });
    try {
      writeFileSync(config, 'images:\n  - quay.io/acme/op\n');
      const configured = await run('2.0.0');
      expect(configured.outputs).toMatchObject({ image: 'quay.io/acme/op', registry: 'quay.io' });
      expect(configured.summary).toContain("| image | quay.io/acme/op (the configuration's images) |");
      writeFileSync(config, 'images: []\n');
      expect((await run('2.0.0')).outputs).toMatchObject({ image: '', registry: '' });
      const given = await run('2.0.0', 'release', 'ghcr.io/acme/given');
      expect(given.outputs).toMatchObject({ image: 'ghcr.io/acme/given' });
      expect((await run('2.0.0', 'release', 'none')).outputs).toMatchObject({ image: '' });
    } finally {
      rmSync(join(repo, '.github'), { recursive: true, force: true });
    }
  });

  it('refuses a version whose tag does not exist', async () => {
    const r = await run('0.11.0');
    expect(r.code).toBe(1);
    expect(r.errors.join('\n')).toMatch(/tag v0\.11\.0 does not exist in the checkout/);
    expect(r.outputs).toEqual({});
  });

  describe('the registry holds a newer release than git knows', () => {
    let registry: RunningRegistry;
    let creds: { username: string; token: string };
    /** An image repository of the local registry holding `tags`, all on one image. */
    const holding = async (name: string, tags: string[]): Promise<string> => {
      const client = new OciClient({ registry: registry.host, credentials: { username: registry.username, password: registry.password } });
      const pushed = await pushSinglePlatformImage(client, `acme/${name}`, tags[0]!);
      const manifest = (await client.getManifest(`acme/${name}`, pushed.digest))!;
      for (const tag of tags.slice(1)) await client.putManifest(`acme/${name}`, tag, OCI_MANIFEST, manifest.bytes);
      return `${registry.host}/acme/${name}`;
    };
    beforeAll(async () => {
      registry = await startRegistry({ auth: 'token' });
      creds = { username: registry.username, token: registry.password };
    });
    afterAll(async () => registry?.stop());

    it('refuses, before any output, a family that would move latest and v2 back from a v2.1.0 git does not have', async () => {
      const image = await holding('stray', ['v2.0.0', 'v2.1.0', 'v2.1', 'v2', 'latest']);
      const r = await run('2.0.0', 'release', image, creds);
      expect(r.code).toBe(1);
      expect(r.errors).toHaveLength(1);
      expect(r.errors[0]).toMatch(new RegExp(`^image ${image}: releasing 2\\.0\\.0 would move \`v2\` back from v2\\.1\\.0, \`latest\` back from v2\\.1\\.0 to v2\\.0\\.0, since v2\\.1\\.0 is in the registry but not a tag in git`));
      expect(r.errors[0]).toContain('restore the git tag v2.1.0');
      expect(r.outputs).toEqual({});
    });

    it('refuses a hotfix only the tags of its line (v1), and lets a rollback and a prerelease through unread', async () => {
      const image = await holding('hotfix', ['v1.1.1', 'v1.2.0', 'v2.0.0']);
      expect((await run('1.1.1', 'release', image, creds)).errors.join('\n')).toMatch(/would move `v1` back from v1\.2\.0 to v1\.1\.1/);
      const rollback = await run('2.0.0', 'rollback', await holding('rollback', ['v2.1.0', 'latest']), creds);
      expect(rollback.errors).toEqual([]);
      expect(rollback.outputs['rollback-tags']).toBe('latest v1.1.1');
      expect(rollback.summary).toContain('| newer releases in the registry | not looked for: a rollback moves tags back on purpose |');
      const rc = await run('0.6.0-rc.1', 'release', image, creds);
      expect(rc.errors).toEqual([]);
      expect(rc.summary).toContain('not looked for: a prerelease moves no tag of its family');
    });

    it('passes the newest release and a first one (the registry does not know the image yet), saying how many tags it read; image none reads nothing', async () => {
      const image = await holding('in-order', ['v1.1.1', 'v2.0.0', 'latest', 'sha-1a2b3c4']);
      const newest = await run('2.0.0', 'release', image, creds);
      expect(newest.errors).toEqual([]);
      expect(newest.outputs['family']).toBe('v2.0.0 v2.0 v2 latest');
      expect(newest.summary).toContain(`| newer releases in the registry | none that holds a tag it moves (4 tags of ${image} read) |`);
      const first = await run('2.0.0', 'release', `${registry.host}/acme/never-pushed`, creds);
      expect(first.errors).toEqual([]);
      expect(first.summary).toContain('(0 tags of');
      const listed = registry.accessLog().filter((e) => e.path.endsWith('/tags/list')).length;
      const none = await run('2.0.0', 'release', 'none', creds);
      expect(none.errors).toEqual([]);
      expect(none.summary).toContain('| newer releases in the registry | not looked for: no image |');
      expect(registry.accessLog().filter((e) => e.path.endsWith('/tags/list'))).toHaveLength(listed);
    });

    it('says what the token needs when the registry refuses it, as ghcr.io refuses a token without packages: read', async () => {
      const image = await holding('private', ['v2.0.0']);
      const r = await run('2.0.0', 'release', image, { username: registry.username, token: 'ghs_no-packages' });
      expect(r.code).toBe(1);
      expect(r.errors[0]).toMatch(new RegExp(`^cannot list the tags of ${image}, needed to check that the release moves no image tag back from a newer release: registry ${registry.host} refused the credentials`));
      expect(r.errors[0]).toContain("Fix: give the preflight job's token packages: read (ghcr.io), or registry-username and registry-password that can pull");
      expect(r.errors[0]).not.toContain('ghs_no-packages');
      expect(r.outputs).toEqual({});
    });
  });
});

describe('preflight: the hotfix carries the cherry-picked commits', () => {
  const check = step(release, 'preflight', 'Check the hotfix carries the cherry-picked commits');
  let repo: string;
  let fix: string;
  let other: string;
  beforeAll(() => {
    repo = join(work, 'cherry');
    execFileSync('git', ['init', '-q', '-b', 'main', repo]);
    writeFileSync(join(repo, 'a'), '1\n');
    writeFileSync(join(repo, 'b'), '1\n');
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'feat: initial');
    git(repo, 'tag', '-a', 'v0.4.1', '-m', 'v0.4.1');
    writeFileSync(join(repo, 'a'), '2\n');
    git(repo, 'commit', '-q', '-am', 'fix: the bug');
    fix = git(repo, 'rev-parse', 'HEAD');
    writeFileSync(join(repo, 'b'), '2\n');
    git(repo, 'commit', '-q', '-am', 'feat: not in the hotfix');
    other = git(repo, 'rev-parse', 'HEAD');
    git(repo, 'checkout', '-q', '-b', 'hotfix-v0.4.2', 'v0.4.1');
    git(repo, 'cherry-pick', '-x', fix);
    git(repo, 'tag', '-a', 'v0.4.2', '-m', 'v0.4.2');
  });
  const run = (picks: string) => runStep(check, { inputs: { 'cherry-pick': picks }, steps: { resolve: { outputs: { tag: 'v0.4.2' } } } }, { cwd: repo });

  it('accepts a commit whose change the tag carries as a cherry-pick', () => {
    const r = run(fix.slice(0, 12));
    expect(r.stdout).toBe('');
    expect(r.code).toBe(0);
    expect(r.summary).toContain(`✅ ${fix.slice(0, 12)}`);
  });

  it('refuses a commit whose change is not in the tag, and a word that is no SHA', () => {
    const r = run(`${fix}, ${other}`);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`the change of commit ${other} is not in v0\\.4\\.2`));
    expect(r.summary).toContain(`❌ ${other}`);
    expect(run('HEAD~1').code).toBe(1);
  });
});

describe('prepare-release: read the cherry-picks', () => {
  const picks = step(prepare, 'prepare', 'picks');
  it('turns spaces and commas into one SHA a line, and refuses anything else', () => {
    const ok = runStep(picks, { inputs: { 'cherry-pick': 'abc1234, DEF5678  0123456789abcdef0123456789abcdef01234567' } }, { cwd: work });
    expect(ok.code).toBe(0);
    expect(ok.outputs['list']).toBe('abc1234\nDEF5678\n0123456789abcdef0123456789abcdef01234567');
    expect(runStep(picks, { inputs: { 'cherry-pick': '' } }, { cwd: work }).outputs['list']).toBe('');
    const bad = runStep(picks, { inputs: { 'cherry-pick': 'abc1234 $(id)' } }, { cwd: work });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/not a commit SHA/);
  });
});
