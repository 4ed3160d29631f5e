/** Shared by the rehearsal tests: a world with the example operator (or any repository) as its origin. */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import type { RehearsalEngine } from '../../src/rehearse/engine.js';
import { git, gitEnv } from '../../src/rehearse/proc.js';
import { engineFor, rewriteChangelogLinks, suiteWorkflow } from '../../src/rehearse/flow.js';
import { materialise } from '../../src/rehearse/history.js';
import { preparePagesBranch } from '../../src/rehearse/pages.js';
import type { RehearsalResult } from '../../src/rehearse/rehearse.js';
import type { JobRun, WorkflowRun } from '../../src/rehearse/types.js';
import type { WorkflowModel } from '../../src/rehearse/workflow.js';
import { startWorld, type World } from '../../src/rehearse/world.js';
import { projectRoot } from '../support/harness.js';

export const EXAMPLE = 'example-org/example-operator';
export const EXAMPLE_DIR = join(projectRoot, 'examples', 'operator');

export interface Rig {
  root: string;
  world: World;
  repository: string;
  engine: RehearsalEngine;
  prepare: WorkflowModel;
  ci: WorkflowModel;
  stop(): Promise<void>;
}

/** The example's history as the emulated origin, pages served, both suite workflows parsed. */
export async function exampleRig(opts: { registry?: boolean } = {}): Promise<Rig> {
  const root = mkdtempSync(join(tmpdir(), 'rehearse-test-'));
  const world = await startWorld({ root: join(root, 'world'), ...(opts.registry === false ? { registry: false } : {}) });
  const bare = join(root, 'origin.git');
  await materialise(EXAMPLE_DIR, bare, world.home);
  await rewriteChangelogLinks(bare, 'main', EXAMPLE, world.gh.serverUrl, world.home);
  // Pages on gh-pages, as before a first release done right (verify-release pages-served)
  await world.gh.createRepo(EXAMPLE, { fromDir: bare, pages: { branch: 'gh-pages' } });
  await preparePagesBranch(world.gh.repoPath(EXAMPLE), gitEnv(world.home), { name: world.key.name, email: world.key.email }, EXAMPLE);
  await world.servePages(EXAMPLE);
  const prepare = await suiteWorkflow(projectRoot, 'prepare-release.yaml');
  const ci = await suiteWorkflow(projectRoot, 'ci-release.yaml');
  return {
    root,
    world,
    repository: EXAMPLE,
    engine: engineFor(world, EXAMPLE, projectRoot),
    prepare,
    ci,
    async stop() {
      try {
        // a contract break or an emulator error no job was blamed for fails the test's teardown
        world.gh.assertNoViolations();
      } finally {
        await world.stop();
        rmSync(root, { recursive: true, force: true });
      }
    },
  };
}

/** A readable account of a run, for failure messages. */
export function describeRun(run: WorkflowRun): string {
  return run.jobs
    .map((j) => `${j.key}: ${j.status}${j.reason ? ` (${j.reason})` : ''}\n${j.steps.map((s) => `    ${s.status} ${s.name}${s.reason ? `: ${s.reason}` : ''}${s.errors.length ? ` [${s.errors.join(' | ')}]` : ''}`).join('\n')}`)
    .join('\n');
}

/** Job key → status, e.g. `{ 'release / preflight': 'passed' }`. */
export function statuses(run: WorkflowRun): Record<string, string> {
  return Object.fromEntries(run.jobs.map((j) => [j.key, j.status]));
}

export function expectJobs(run: WorkflowRun, want: Record<string, string>): void {
  const have = statuses(run);
  const picked = Object.fromEntries(Object.keys(want).map((k) => [k, have[k]]));
  if (JSON.stringify(picked) !== JSON.stringify(want)) throw new Error(`jobs differ:\nwanted ${JSON.stringify(want, null, 1)}\n${describeRun(run)}`);
}

export function job(run: WorkflowRun, key: string): JobRun {
  const j = run.jobs.find((x) => x.key === key);
  if (!j) throw new Error(`no job ${key}: ${Object.keys(statuses(run)).join(', ')}`);
  return j;
}

export function stepOutputs(run: WorkflowRun, uses: string): Record<string, string> {
  const s = run.jobs.flatMap((j) => j.steps).find((x) => (x.uses ?? '').includes(uses));
  if (!s) throw new Error(`no step using ${uses}`);
  return s.outputs;
}

/** A file of a ref of the emulated repository. */
export function show(world: World, repository: string, ref: string, path: string): string | undefined {
  try {
    return execFileSync('git', ['--git-dir', world.gh.repoPath(repository), 'show', `${ref}:${path}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}

export const sha256 = (b: Buffer | string): string => createHash('sha256').update(b).digest('hex');

/**
 * Every byte below `dir`, `.git` included (path → sha256), and the file modes: two equal
 * fingerprints mean nothing was written — files, refs, config, index.
 */
export function fingerprint(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      const rel = relative(dir, full).split(sep).join('/');
      if (e.isDirectory()) {
        out[`${rel}/`] = (statSync(full).mode & 0o777).toString(8);
        walk(full);
      } else if (e.isFile()) out[rel] = `${(statSync(full).mode & 0o777).toString(8)} ${sha256(readFileSync(full))}`;
      else out[rel] = 'other';
    }
  };
  walk(dir);
  return out;
}

/** A maintainer's commit on `branch`, pushed to the emulator over HTTP (async: the emulator is served by this process). */
export async function pushCommit(world: World, repository: string, branch: string, message: string, files: Record<string, (before: string) => string>): Promise<string> {
  const dir = mkdtempSync(join(world.root, 'commit-'));
  const env = gitEnv(world.home, { GIT_AUTHOR_NAME: 'Example Maintainer', GIT_AUTHOR_EMAIL: 'maintainer@example.org', GIT_COMMITTER_NAME: 'Example Maintainer', GIT_COMMITTER_EMAIL: 'maintainer@example.org' });
  await git(dir, ['clone', '-q', '--branch', branch, `file://${world.gh.repoPath(repository)}`, '.'], { env });
  for (const [path, change] of Object.entries(files)) {
    const full = join(dir, path);
    writeFileSync(full, change(readFileSync(full, 'utf8')));
  }
  await git(dir, ['commit', '-q', '-am', message], { env });
  await git(dir, ['push', '-q', `${world.gh.serverUrl}/${repository}.git`, `HEAD:refs/heads/${branch}`], { env: { ...env, ...world.gh.gitAuthEnv(world.token) } });
  return (await git(dir, ['rev-parse', 'HEAD'], { env })).out.trim();
}

/** git on the emulated origin of `repository`, read from the state folder a rehearsal kept. */
export function originGit(state: string, home: string, repository: string, args: string[]): Buffer {
  const bare = join(state, 'world', 'github', ...repository.split('/')) + '.git';
  return execFileSync('git', ['--git-dir', bare, ...args], { env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: home } });
}

/** Every stage of a rehearsal on one line: name, status, reason and errors. */
export function explainStages(r: RehearsalResult): string {
  return r.stages.map((s) => `${s.name}: ${s.status}${s.reason ? ` — ${s.reason}` : ''}${s.errors?.length ? ` [${s.errors.join(' | ')}]` : ''}`).join('\n');
}
