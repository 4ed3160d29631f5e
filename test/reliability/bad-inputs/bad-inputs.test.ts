/**
 * The bad-input corpus (cases/*.ts), run by one runner. For every case: exit 1, exactly one
 * `::error::`, naming the input (`input '<name>': …`) or the file (and line where there is
 * one), no outputs; and the workspace's files (bytes), its refs, origin's refs, the GitHub
 * emulator's snapshot() (every record and ref of every repository, the gh-pages branch
 * included) and the OCI registry's storage are byte-identical before and after.
 * Each action's world (emulator, repositories, registry) is set up once.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chartFiles, publish, seedBranch, world as publishHelmWorld, type World as PublishHelmWorld } from '../../actions/publish-helm/helpers.js';
import { refs } from '../../support/git.js';
import { emulatorClient, startGitHubEmulator } from '../../support/github/index.js';
import { runAction, type ActionRun } from '../../support/harness.js';
import { OciClient } from '../../../actions/lib/oci/client.js';
import { pushMultiPlatformImage } from '../../support/registry/images.js';
import { startRegistry, type RunningRegistry } from '../../support/registry/registry.js';
import { buildRepo, readTree, type SampleRepo } from '../../support/repos.js';
import { SINGLE_RELEASE_REPO } from './cases/announce.js';
import { CASES } from './cases/index.js';
import { PAGES_INDEXES, PUBLISH_HELM_CHARTS } from './cases/publish-helm.js';
import { REGISTRY, STRAY_IMAGE, STRAY_TAGS } from './cases/verify-release.js';
import { FIXTURES } from './fixtures.js';
import type { ActionName, BadInputCase } from './types.js';

const WVA = 'llm-d-incubation/workload-variant-autoscaler';
const FAST = { RELEASE_ACTIONS_RETRY_SCALE: '0.001', RELEASE_ACTIONS_REQUEST_TIMEOUT_MS: '10000', SOURCE_DATE_EPOCH: '1770120000' };

/** What one action's cases run against. */
interface ActionWorld {
  /** Puts the case's repository state in place; returns the workspace to run in. */
  prepare(c: BadInputCase): Promise<{ workspace: string; origin?: string }>;
  run(c: BadInputCase, workspace: string): Promise<ActionRun>;
  /** Everything outside the workspace a run could write. */
  remote(): Promise<unknown>;
  stop(): Promise<void>;
}

async function registryContents(registry: RunningRegistry): Promise<unknown> {
  const storage = join(registry.dataDir, 'storage');
  return { storage: existsSync(storage) ? readTree(storage) : {}, writes: registry.accessLog().filter((e) => e.method !== 'GET' && e.method !== 'HEAD').length };
}

/** bump-version, changelog, verify-release, announce: local sample repositories, one per fixture, and the emulator as GitHub. */
async function localWorld(action: ActionName): Promise<ActionWorld> {
  const gh = await startGitHubEmulator();
  const repos = new Map<string, SampleRepo>();
  const repoFor = (fixture: string): SampleRepo => {
    let repo = repos.get(fixture);
    if (!repo) {
      const history = FIXTURES[fixture];
      if (!history) throw new Error(`unknown fixture ${fixture}`);
      repo = buildRepo({ workspace: true, then: history });
      repos.set(fixture, repo);
    }
    return repo;
  };
  const base = repoFor('base');
  await gh.createRepo(WVA, { fromDir: base.dir });
  await gh.createRepo(SINGLE_RELEASE_REPO, { fromDir: base.dir });
  const octokit = emulatorClient(gh);
  for (const [full, tags] of [[WVA, ['v0.4.0', 'v0.4.1']], [SINGLE_RELEASE_REPO, ['v0.4.1']]] as const) {
    const [owner = '', repo = ''] = full.split('/');
    for (const t of tags) await octokit.rest.repos.createRelease({ owner, repo, tag_name: t, name: t, body: `## What's New in ${t}\n` });
  }
  // verify-release's order phase reads the image's tags: a registry holding releases git does not know
  const registry = action === 'verify-release' ? await startRegistry({ auth: 'none' }) : undefined;
  if (registry) await pushMultiPlatformImage(new OciClient({ registry: registry.host }), STRAY_IMAGE, STRAY_TAGS);
  return {
    async prepare(c) {
      const repo = repoFor(c.fixture ?? 'base');
      return { workspace: repo.workspace!, origin: repo.origin };
    },
    run(c, workspace) {
      const inputs = action === 'bump-version' ? { 'open-pr': 'false', ...c.inputs } : action === 'changelog' ? { 'use-pull-requests': 'false', ...c.inputs } : c.inputs;
      return runAction({
        action,
        workspace,
        repository: c.repository ?? WVA,
        ref: action === 'changelog' || action === 'bump-version' ? 'refs/heads/main' : 'refs/tags/v0.5.0',
        apiUrl: gh.apiUrl,
        serverUrl: gh.serverUrl,
        graphqlUrl: gh.graphqlUrl,
        inputs: registry ? Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, v.replace(REGISTRY, registry.host)])) : inputs,
        env: FAST,
      });
    },
    remote: async () => ({ github: await gh.snapshot(), ...(registry ? { registry: await registryContents(registry) } : {}) }),
    async stop() {
      try {
        gh.assertNoViolations();
      } finally {
        await gh.stop();
        await registry?.stop();
        for (const r of repos.values()) await r.cleanup();
      }
    },
  };
}

/** publish-helm: the emulator serving WVA with the fixture charts and the pages branch, and a registry. */
async function helmWorld(): Promise<ActionWorld> {
  const extra: Record<string, string> = {};
  for (const [path, as] of PUBLISH_HELM_CHARTS) Object.assign(extra, chartFiles(path, as));
  const registry = await startRegistry({ auth: 'none' });
  let w: PublishHelmWorld;
  try {
    w = await publishHelmWorld({ extra });
  } catch (e) {
    await registry.stop();
    throw e;
  }
  return {
    async prepare(c) {
      const index = c.fixture ? PAGES_INDEXES[c.fixture] : undefined;
      if (c.fixture && index === undefined) throw new Error(`unknown publish-helm fixture ${c.fixture}`);
      if (index !== undefined) await seedBranch(w, 'gh-pages', { 'index.yaml': index }, `seed ${c.fixture}`);
      return { workspace: w.workspace };
    },
    run: (c, workspace) => publish(w, { 'oci-registry': `oci://${registry.host}/charts`, ...c.inputs }, { workspace }),
    remote: async () => ({ github: await w.gh.snapshot(), registry: await registryContents(registry) }),
    async stop() {
      try {
        await w.stop();
      } finally {
        await registry.stop();
      }
    },
  };
}

const ACTIONS: ActionName[] = ['bump-version', 'changelog', 'verify-release', 'announce', 'publish-helm'];

it('the corpus has at least 60 cases with unique ids, across every action', () => {
  expect(CASES.length).toBeGreaterThanOrEqual(60);
  expect(new Set(CASES.map((c) => c.id)).size).toBe(CASES.length);
  for (const a of ACTIONS) expect(CASES.filter((c) => c.action === a).length).toBeGreaterThan(0);
});

describe.each(ACTIONS)('%s refuses bad input, writing nothing', (action) => {
  let world: ActionWorld;
  beforeAll(async () => {
    world = action === 'publish-helm' ? await helmWorld() : await localWorld(action);
  }, 300_000);
  afterAll(async () => world?.stop());

  const cases = CASES.filter((c) => c.action === action);
  const refusals = cases.filter((c) => !c.knownGap).map((c) => [c.id, c] as const);
  const gaps = cases.filter((c) => c.knownGap).map((c) => [c.id, c.knownGap!, c] as const);
  it.each(refusals)('%s', (_id, c) => refuses(world, c), 120_000);
  if (gaps.length) it.failing.each(gaps)('%s (known gap: %s)', (_id, _gap, c) => refuses(world, c), 120_000);
});

async function refuses(world: ActionWorld, c: BadInputCase): Promise<void> {
  const { workspace, origin } = await world.prepare(c);
  const fingerprint = async () => ({ tree: readTree(workspace), refs: refs(workspace), origin: origin ? refs(origin) : '', remote: await world.remote() });
  const before = await fingerprint();
  const run = await world.run(c, workspace);
  const detail = `\n--- stdout\n${run.stdout}\n--- stderr\n${run.stderr}`;
  if (run.exitCode !== 1) throw new Error(`${c.id}: expected exit 1, got ${run.exitCode}${detail}`);
  if (run.errors.length !== 1) throw new Error(`${c.id}: expected exactly one ::error::, got ${run.errors.length}${detail}`);
  const error = run.errors[0]!;
  const { expect: want } = c;
  const where = `${c.id}: got ${JSON.stringify(error)}`;
  if (typeof want.error === 'string' ? !error.message.includes(want.error) : !want.error.test(error.message)) throw new Error(`${where}; expected the message to match ${String(want.error)}`);
  if (want.input !== undefined && !error.message.startsWith(`input '${want.input}': `) && !error.message.includes(`the ${want.input} input`)) throw new Error(`${where}; expected it to name input '${want.input}'`);
  if (want.file !== undefined && error.file !== want.file) throw new Error(`${where}; expected file ${want.file}`);
  if (want.line !== undefined && error.line !== want.line) throw new Error(`${where}; expected line ${want.line}`);
  if (want.names !== undefined && !error.message.includes(want.names)) throw new Error(`${where}; expected it to name ${want.names}`);
  // names the input, the file or what it is about, always
  if (want.input === undefined && want.file === undefined && want.names === undefined) throw new Error(`${c.id}: the case must say what the error names`);
  // verify-release reports every check it ran (passed: false); the others set no output on a refusal
  if (c.action === 'verify-release') expect(run.outputs['passed'] ?? 'false').toBe('false');
  else expect(run.outputs).toEqual({});
  expect(await fingerprint()).toEqual(before);
}
