/**
 * charts-release.yaml rehearsed through the engine as GitHub would run it, on a repository of
 * five prometheus-community charts (test/corpus): a caller on push to main, each job with the
 * token its `permissions:` declare. The first push releases every chart (plan → publish → one
 * verify leg a chart); after two bumps only those two are published and verified; a push that
 * changes no version runs plan alone: publish and verify do not run (their `if:`).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { RehearsalEngine, RehearsalEvent } from '../../src/rehearse/engine.js';
import { engineFor, refSha, suiteFiles } from '../../src/rehearse/flow.js';
import { gitEnv } from '../../src/rehearse/proc.js';
import { preparePagesBranch } from '../../src/rehearse/pages.js';
import type { WorkflowRun } from '../../src/rehearse/types.js';
import { loadWorkflow, type WorkflowModel } from '../../src/rehearse/workflow.js';
import { startWorld, type World } from '../../src/rehearse/world.js';
import { git, initRepo } from '../support/git.js';
import { projectRoot } from '../support/harness.js';
import { describeRun, pushCommit, show } from './helpers.js';

const REPO = 'prometheus-community/helm-charts';
const CORPUS = join(projectRoot, 'test', 'corpus', 'prometheus-community-charts', 'charts');
const NAMES = ['prometheus-conntrack-stats-exporter', 'prometheus-druid-exporter', 'prometheus-nats-exporter', 'prometheus-pingdom-exporter', 'prometheus-to-sd'];
const LONG = 900_000;

const CALLER = `name: charts
on:
  push:
    branches: [main]
permissions: {}
jobs:
  charts:
    uses: llm-d/release-actions/.github/workflows/charts-release.yaml@v1
    permissions:
      contents: write
      packages: write
    with:
      asset-location: ASSET_LOCATION
      helm-repo-url: HELM_REPO_URL
      oci-chart-registry: OCI
      registry-username: REGISTRY_USER
    secrets:
      registry-token: \${{ secrets.REGISTRY_TOKEN }}
`;

let root: string;
let world: World;
let engine: RehearsalEngine;
let caller: WorkflowModel;
/** The same caller with asset-location: release, chart-releaser's default. */
let releaseCaller: WorkflowModel;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'rehearse-charts-'));
  world = await startWorld({ root: join(root, 'world') });
  const dir = initRepo(join(root, 'helm-charts'));
  for (const name of NAMES) cpSync(join(CORPUS, name), join(dir, 'charts', name), { recursive: true });
  writeFileSync(join(dir, 'README.md'), '# helm-charts\n');
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '-m', 'feat: five charts of prometheus-community at cf408a2']);
  await world.gh.createRepo(REPO, { fromDir: dir, pages: { branch: 'gh-pages' } });
  await preparePagesBranch(world.gh.repoPath(REPO), gitEnv(world.home), { name: world.key.name, email: world.key.email }, REPO);
  const pages = await world.servePages(REPO);
  const registry = world.registryAccess;
  const text = (assetLocation: string) => CALLER.replace('ASSET_LOCATION', assetLocation).replace('HELM_REPO_URL', pages.url)
    .replace('OCI', registry ? `oci://${registry.host}/charts` : "''")
    .replace('REGISTRY_USER', registry ? registry.username : "''");
  caller = await loadWorkflow('.github/workflows/charts.yaml', text('pages'), suiteFiles(projectRoot));
  releaseCaller = await loadWorkflow('.github/workflows/charts.yaml', text('release'), suiteFiles(projectRoot));
  engine = engineFor(world, REPO, projectRoot);
}, LONG);

afterAll(async () => {
  try {
    world?.gh.assertNoViolations();
  } finally {
    await world?.stop();
    rmSync(root, { recursive: true, force: true });
  }
});

async function pushToMain(): Promise<RehearsalEvent> {
  const sha = await refSha(world, REPO, 'refs/heads/main');
  const [owner, repo] = REPO.split('/');
  return { name: 'push', ref: 'refs/heads/main', sha, payload: { ref: 'refs/heads/main', before: '0'.repeat(40), after: sha, repository: { name: repo, full_name: REPO, owner: { login: owner }, default_branch: 'main' }, head_commit: { id: sha } } };
}

async function run(workflow = caller): Promise<WorkflowRun> {
  return engine.run(workflow, await pushToMain(), { secrets: { REGISTRY_TOKEN: world.registryAccess?.password ?? '' } });
}

const statusOf = (r: WorkflowRun, id: string): string[] => r.jobs.filter((j) => j.id === id).map((j) => j.status);
/** Each verify leg's checks and their status, by chart tag. */
const checksOf = (r: WorkflowRun): Record<string, string[]> =>
  Object.fromEntries(
    r.jobs
      .filter((j) => j.id === 'verify')
      .map((j) => {
        const step = j.steps.find((x) => (x.uses ?? '').includes('verify-release'));
        const report = JSON.parse(step?.outputs['report'] ?? '[]') as Array<{ check: string; status: string }>;
        return [String((j.matrix?.['chart'] as { tag?: string } | undefined)?.tag), report.map((c) => `${c.check} ${c.status}`)];
      }),
  );
const verified = (r: WorkflowRun): string[] =>
  r.jobs
    .filter((j) => j.id === 'verify' && j.status === 'passed')
    .map((j) => String((j.matrix?.['chart'] as { tag?: string } | undefined)?.tag))
    .sort();

function bump(name: string, version: string): Record<string, (before: string) => string> {
  return { [`charts/${name}/Chart.yaml`]: (t) => t.replace(/^version: .*$/m, `version: ${version}`) };
}

describe('charts-release.yaml on five prometheus-community charts', () => {
  it('releases every chart on the first push, and verifies each in its own matrix leg', async () => {
    const r = await run();
    expect([r.status, describeRun(r)]).toEqual(['passed', expect.any(String)]);
    expect(statusOf(r, 'plan')).toEqual(['passed']);
    expect(statusOf(r, 'publish')).toEqual(['passed']);
    expect(verified(r)).toEqual(NAMES.map((n) => `${n}-${(parse(readFileSync(join(CORPUS, n, 'Chart.yaml'), 'utf8')) as { version: string }).version}`).sort());
    expect(r.outputs['charts.released-count']).toBe('5');
    // each leg proved its chart in the Helm repository and, with the local registry, in OCI
    const oci = world.registryAccess ? 'oci-chart passed' : 'oci-chart skipped';
    expect(Object.values(checksOf(r))).toEqual(NAMES.map(() => ['helm-repo passed', oci]));
    const index = parse(show(world, REPO, 'gh-pages', 'index.yaml')!) as { entries: Record<string, unknown[]> };
    expect(Object.keys(index.entries).sort()).toEqual(NAMES);
  }, LONG);

  it('after two bumps, with asset-location release, publishes those two as release assets and verifies each from its release URL', async () => {
    await pushCommit(world, REPO, 'main', 'feat: bump two charts', { ...bump('prometheus-to-sd', '0.5.2'), ...bump('prometheus-nats-exporter', '2.23.3') });
    const r = await run(releaseCaller);
    expect([r.status, describeRun(r)]).toEqual(['passed', expect.any(String)]);
    expect(verified(r)).toEqual(['prometheus-nats-exporter-2.23.3', 'prometheus-to-sd-0.5.2']);
    expect(JSON.parse(r.outputs['charts.charts'] ?? '[]')).toHaveLength(2);
    const index = parse(show(world, REPO, 'gh-pages', 'index.yaml')!) as { entries: Record<string, Array<{ version: string; urls: string[] }>> };
    for (const tag of verified(r)) {
      const name = tag.replace(/-[^-]+$/, '');
      expect(index.entries[name]!.find((e) => tag.endsWith(`-${e.version}`))!.urls).toEqual([`${world.gh.serverUrl}/${REPO}/releases/download/${tag}/${tag}.tgz`]);
      expect(world.gh.repo(REPO).releases.filter((x) => x.tagName === tag).map((x) => [x.draft, x.assets.map((a) => a.name)])).toEqual([[false, [`${tag}.tgz`]]]);
    }
  }, LONG);

  it('a push that bumps nothing runs plan alone: publish and verify not run (their if:), nothing written; with release assets publish runs and writes nothing', async () => {
    await pushCommit(world, REPO, 'main', 'docs: a readme', { 'README.md': (t) => `${t}\nA repository of charts.\n` });
    const pagesTip = git(world.gh.repoPath(REPO), ['rev-parse', 'refs/heads/gh-pages']);
    const r = await run();
    expect(statusOf(r, 'plan')).toEqual(['passed']);
    // not-run: the job's if: is false, as GitHub skips it
    expect(r.jobs.filter((j) => j.id !== 'plan').map((j) => [j.id, j.status])).toEqual([
      ['publish', 'not-run'],
      ['verify', 'not-run'],
    ]);
    expect(r.jobs.find((j) => j.id === 'publish')!.reason).toMatch(/^if: .*count != '0'.* is false/);
    expect(git(world.gh.repoPath(REPO), ['rev-parse', 'refs/heads/gh-pages'])).toBe(pagesTip);
    // with release assets publish runs anyway (it alone can see a draft a failed run left): nothing to do
    const withReleases = await run(releaseCaller);
    expect(withReleases.jobs.map((j) => [j.id, j.status])).toEqual([
      ['plan', 'passed'],
      ['publish', 'passed'],
      ['verify', 'not-run'],
    ]);
    expect(withReleases.outputs['charts.released-count']).toBe('0');
    expect(git(world.gh.repoPath(REPO), ['rev-parse', 'refs/heads/gh-pages'])).toBe(pagesTip);
  }, LONG);
});
