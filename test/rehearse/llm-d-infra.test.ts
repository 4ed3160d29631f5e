/**
 * llm-d-infra as it is: a repository that releases its chart alone (no Dockerfile), whose chart
 * version carries a `v` (`version: v1.4.0`), whose appVersion names llm-d's version, and whose
 * gh-pages branch already holds a Helm index of `v`-prefixed versions. Built from its trimmed
 * copy (test/corpus/llm-d-infra: the chart folder at 4f0f8d0, the gh-pages index.yaml) over its
 * real history v1.3.7..v1.4.0 and main after it (test/corpus/llm-d-infra-history): `release-actions doctor
 * --write`, the adopt branch checked out, then one rehearsal of v1.4.1 — read back from the world.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { readChartArchive } from '../../actions/lib/helm/archive-read.js';
import { rehearse, type RehearsalResult } from '../../src/rehearse/rehearse.js';
import { runDoctor } from '../doctor/helpers.js';
import { explainStages, originGit } from './helpers.js';
import { git, initRepo } from '../support/git.js';
import { CORPUS } from '../unit/version-files/corpus.js';

const REPO = 'llm-d-incubation/llm-d-infra';
const CHART = 'charts/llm-d-infra';
const LONG = 600_000;

interface History {
  commits: Array<{ sha: string; message: string }>;
  after: { commits: Array<{ sha: string; message: string }> };
}

let root: string;
let dir: string;
let state: string;
let doctor: Awaited<ReturnType<typeof runDoctor>>;
let result: RehearsalResult;



type Index = { entries: Record<string, Array<{ version: string; appVersion?: string; urls: string[] }>> };

/** main: the history's commits (the files arrive with the oldest), v1.3.7 and v1.4.0 lightweight as upstream; gh-pages: the published index. */
function buildInfra(at: string): void {
  initRepo(at);
  const history = JSON.parse(readFileSync(join(CORPUS, 'llm-d-infra-history', 'history.json'), 'utf8')) as History;
  cpSync(join(CORPUS, 'llm-d-infra', 'llm-d-infra'), join(at, CHART), { recursive: true });
  cpSync(join(CORPUS, 'llm-d-infra', 'README.md'), join(at, 'README.md'));
  history.commits.forEach((c, i) => {
    if (i === 0) git(at, ['add', '-A']);
    git(at, ['commit', '-q', '--allow-empty', '-m', c.message]);
    if (i === 0) git(at, ['tag', 'v1.3.7']);
  });
  git(at, ['tag', 'v1.4.0']);
  for (const c of history.after.commits) git(at, ['commit', '-q', '--allow-empty', '-m', c.message]);
  git(at, ['switch', '-q', '--orphan', 'gh-pages']);
  git(at, ['clean', '-fdq']);
  cpSync(join(CORPUS, 'llm-d-infra', 'index.yaml'), join(at, 'index.yaml'));
  git(at, ['add', 'index.yaml']);
  git(at, ['commit', '-q', '-m', 'chart version v1.4.0 publish']);
  git(at, ['switch', '-q', 'main']);
  git(at, ['remote', 'add', 'origin', `https://github.com/${REPO}.git`]);
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'rehearse-infra-'));
  dir = join(root, 'llm-d-infra');
  buildInfra(dir);
  doctor = await runDoctor(['--repo', dir, '--write']);
  git(dir, ['switch', '-q', 'release-actions/adopt']);
  state = join(root, 'state');
  result = await rehearse({ repo: dir, state, tmpRoot: root, version: '1.4.1' });
}, LONG);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('llm-d-infra at 4f0f8d0: doctor --write, then a rehearsal of v1.4.1 of its chart alone', () => {
  it('doctor sees a chart-only repository and writes images: [] and image: none', () => {
    expect(doctor.err).toBe('');
    expect(doctor.out).toContain('[chart-only]');
    expect(doctor.out).not.toContain('[dockerfile-missing]');
    expect(git(dir, ['show', 'HEAD:.github/release-actions.yaml'])).toMatch(/^images: \[\]/m);
    expect(git(dir, ['show', 'HEAD:.github/workflows/ci-release.yaml'])).toMatch(/^ {6}image: none$/m);
  });

  it('passes every stage', () => {
    const bad = result.stages.filter((s) => s.status !== 'passed' && !(s.status === 'not-run' && ['rollback', 'image-build', 'image'].includes(s.name)));
    if (bad.length > 0 || result.status !== 'passed') throw new Error(`not every stage passed:\n${explainStages(result)}`);
    expect(result.version).toBe('1.4.1');
    expect(result.tag).toBe('v1.4.1');
  });

  it('builds, scans and tags no image: the image jobs did not run, the chart job did', () => {
    const status = Object.fromEntries(result.stages.map((s) => [s.name, s.status]));
    expect(status).toMatchObject({ 'image-build': 'not-run', image: 'not-run', chart: 'passed', verify: 'passed' });
    expect(result.stages.find((s) => s.name === 'image-build')!.reason).toContain("needs.preflight.outputs.image != ''");
    expect(result.image).toEqual({ name: '', from: '.github/workflows/ci-release.yaml:54 image: none' });
  });

  it('keeps the v in Chart.yaml, the index and the OCI tag, and leaves appVersion (llm-d\'s) as it was', () => {
    const chart = originGit(state, root, REPO, ['show', `refs/tags/v1.4.1:${CHART}/Chart.yaml`]).toString('utf8');
    expect(chart).toContain('\nversion: v1.4.1\n');
    expect(chart).toContain('\nappVersion: v0.4.0\n');
    const index = parseYaml(originGit(state, root, REPO, ['show', 'refs/heads/gh-pages:index.yaml']).toString('utf8')) as Index;
    const versions = index.entries['llm-d-infra']!.map((e) => e.version);
    expect(versions[0]).toBe('v1.4.1');
    // every version published before is still listed, as Helm's index merge keeps them
    expect(versions).toContain('v1.4.0');
    expect(versions).toContain('v1.1.1');
    const archive = originGit(state, root, REPO, ['show', 'refs/heads/gh-pages:llm-d-infra-v1.4.1.tgz']);
    const files = readChartArchive(archive, 'llm-d-infra-v1.4.1.tgz');
    expect(files.map((f) => f.name)).toEqual(expect.arrayContaining(['Chart.yaml', 'values.yaml', 'charts/common/Chart.yaml']));
    const oci = join(state, 'world', 'registry', 'storage', 'docker', 'registry', 'v2', 'repositories', 'charts', 'llm-d-infra', '_manifests', 'tags', 'v1.4.1');
    expect(readFileSync(join(oci, 'current', 'link'), 'utf8')).toMatch(/^sha256:[0-9a-f]{64}$/);
  });
});
