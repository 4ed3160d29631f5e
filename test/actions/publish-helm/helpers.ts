/**
 * Shared by the publish-helm tests: a repository holding a fixture chart under charts/, the
 * GitHub emulator serving it (git over smart HTTP for the pages branch, releases), a workspace
 * cloned from it as actions/checkout would, and the bundled action run against all of it.
 */
import { expect } from '@jest/globals';
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { startGitHubEmulator, type GitHubEmulator } from '../../support/github/index.js';
import { projectRoot, runAction, type ActionRun, type RunActionOptions } from '../../support/harness.js';
import { buildRepo, cloneWorkspaceAsync, type SampleRepo } from '../../support/repos.js';
import { tempDir } from '../../support/tmp.js';

const execFileAsync = promisify(execFile);

export const WVA = 'llm-d-incubation/workload-variant-autoscaler';
export const CHART_NAME = 'workload-variant-autoscaler';
export const CHART = `charts/${CHART_NAME}`;
export const REPO_URL = 'https://llm-d-incubation.github.io/workload-variant-autoscaler';
/** Retry waits a thousand times shorter (the retries themselves still happen). */
export const FAST = { RELEASE_ACTIONS_RETRY_SCALE: '0.001', RELEASE_ACTIONS_REQUEST_TIMEOUT_MS: '20000' };
export const FIXTURE_CHARTS = join(projectRoot, 'test', 'fixtures', 'charts');

/** Every file of a fixture chart (test/fixtures/charts/<name>), keyed `charts/<as>/<path>`. */
export function chartFiles(name: string, as = name.split('/').pop()!): Record<string, string> {
  const base = join(FIXTURE_CHARTS, name);
  const out: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.isFile()) out[`charts/${as}/${relative(base, full).split(sep).join('/')}`] = readFileSync(full, 'utf8');
    }
  };
  walk(base);
  return out;
}

export interface World {
  gh: GitHubEmulator;
  repo: SampleRepo;
  /** A clone of the emulator's repository, as actions/checkout leaves it. */
  workspace: string;
  /** The emulator's bare repository. */
  bare: string;
  /** The commit of the workspace. */
  sha: string;
  root: string;
  /** Another clone (a second job), for concurrent publishers. */
  clone(name: string): Promise<string>;
  stop(): Promise<void>;
}

/** The emulator with WVA holding the fixture chart (and any extra files), and a workspace cloned from it. */
export async function world(opts: { chart?: string; extra?: Record<string, string> } = {}): Promise<World> {
  const gh = await startGitHubEmulator({ token: 'test-token' });
  const tmp = await tempDir('publish-helm-');
  const repo = buildRepo({
    history: [{ message: 'feat: operator and chart', files: { 'README.md': '# WVA\n', ...chartFiles(opts.chart ?? CHART_NAME), ...opts.extra } }],
  });
  try {
    await gh.createRepo(WVA, { fromDir: repo.dir });
    const clone = (name: string) => cloneWorkspaceAsync(`${gh.serverUrl}/${WVA}.git`, join(tmp.path, name), { env: gh.gitAuthEnv() });
    const workspace = await clone('workspace');
    return {
      gh,
      repo,
      workspace,
      bare: gh.repoPath(WVA),
      sha: repo.head,
      root: tmp.path,
      clone,
      stop: async () => {
        try {
          gh.assertNoViolations();
        } finally {
          await gh.stop();
          await repo.cleanup();
          await tmp.cleanup();
        }
      },
    };
  } catch (e) {
    await gh.stop();
    await repo.cleanup();
    await tmp.cleanup();
    throw e;
  }
}

/** Runs the bundled action in `workspace` (default: the world's) against the emulator. */
export function publish(w: World, inputs: Record<string, string>, opts: Partial<RunActionOptions> = {}): Promise<ActionRun> {
  return runAction({
    action: 'publish-helm',
    workspace: opts.workspace ?? w.workspace,
    repository: WVA,
    ref: 'refs/tags/v0.5.0',
    sha: w.sha,
    token: 'test-token',
    serverUrl: w.gh.serverUrl,
    apiUrl: w.gh.apiUrl,
    ...opts,
    inputs: { 'repo-url': REPO_URL, ...inputs },
    env: { ...FAST, ...opts.env },
  });
}

/** Sets the chart's version in a workspace's Chart.yaml (nothing committed: the action reads the work tree). */
export function setChartVersion(workspace: string, version: string, chart = CHART): void {
  const file = join(workspace, chart, 'Chart.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^version: .*$/m, `version: ${version}`));
}

/** A file on a branch of a bare repository, or undefined. */
export async function show(bare: string, ref: string, path: string): Promise<string | undefined> {
  return (await showBytes(bare, ref, path))?.toString('utf8');
}

export async function showBytes(bare: string, ref: string, path: string): Promise<Buffer | undefined> {
  try {
    const { stdout } = await execFileAsync('git', ['--git-dir', bare, 'show', `${ref}:${path}`], { encoding: 'buffer', maxBuffer: 256 * 1024 * 1024 });
    return stdout;
  } catch {
    return undefined;
  }
}

export async function gitOut(cwd: string, args: string[]): Promise<string> {
  const { stdout } = await execFileAsync('git', args, { cwd, maxBuffer: 256 * 1024 * 1024 });
  return stdout.trimEnd();
}

/** The files of a branch of the bare repository. */
export async function lsTree(bare: string, ref: string): Promise<string[]> {
  const out = await gitOut(bare, ['--git-dir', bare, 'ls-tree', '-r', '--name-only', ref]);
  return out ? out.split('\n') : [];
}

/** `git diff` between two commits of the bare repository, for one path. */
export async function diff(bare: string, from: string, to: string, path: string): Promise<string> {
  return gitOut(bare, ['--git-dir', bare, 'diff', '-U0', from, to, '--', path]);
}

/** The tip of a branch of the bare repository, or undefined when it does not exist. */
export async function tip(bare: string, branch: string): Promise<string | undefined> {
  try {
    return await gitOut(bare, ['--git-dir', bare, 'rev-parse', '--verify', '-q', `refs/heads/${branch}`]);
  } catch {
    return undefined;
  }
}

/**
 * Puts files on a branch of the emulator's repository directly (local transport, not through
 * the emulator): the state a Helm repository was in before the action ran.
 */
export async function seedBranch(w: World, branch: string, files: Record<string, string | Buffer>, message = 'seed'): Promise<string> {
  const dir = join(w.root, `seed-${branch.replace(/\W/g, '-')}-${Date.now()}`);
  await execFileAsync('git', ['init', '-q', `--initial-branch=${branch}`, dir]);
  const parent = await tip(w.bare, branch);
  if (parent) {
    await execFileAsync('git', ['-C', dir, 'fetch', '-q', w.bare, `refs/heads/${branch}`]);
    await execFileAsync('git', ['-C', dir, 'reset', '-q', '--hard', 'FETCH_HEAD']);
  }
  for (const [path, data] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), data);
  }
  await execFileAsync('git', ['-C', dir, 'add', '-A']);
  await execFileAsync('git', ['-C', dir, '-c', 'user.name=Seed', '-c', 'user.email=seed@example.invalid', 'commit', '-q', '-m', message]);
  await execFileAsync('git', ['-C', dir, 'push', '-q', w.bare, `HEAD:refs/heads/${branch}`]);
  return gitOut(dir, ['rev-parse', 'HEAD']);
}

/** Pushes the emulator received (git-receive-pack POSTs). */
export function pushes(w: World): number {
  return w.gh.requests.filter((r) => r.area === 'git' && r.method === 'POST' && r.path.endsWith('/git-receive-pack')).length;
}

export function expectSuccess(run: ActionRun): void {
  if (run.exitCode !== 0) throw new Error(`expected success, the action exited ${run.exitCode}:\n${run.stdout}\n${run.stderr}`);
  expect(run.errors).toEqual([]);
}

/** The run failed with exactly one error whose message matches, and set no outputs. */
export function expectRefusal(run: ActionRun, message: RegExp | string): void {
  if (run.exitCode !== 1) throw new Error(`expected a refusal, the action exited ${run.exitCode}:\n${run.stdout}\n${run.stderr}`);
  expect(run.errors).toHaveLength(1);
  if (typeof message === 'string') expect(run.errors[0]!.message).toContain(message);
  else expect(run.errors[0]!.message).toMatch(message);
  expect(run.outputs).toEqual({});
}

/** For tests that run the action several times: the machine may be slow, the runs are not timed. */
export const LONG = 300_000;

export const SHA256_HEX = /^[a-f0-9]{64}$/;
export const RFC3339 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/;
