/**
 * `release-actions rehearse`: the whole release of a repository on this machine, with nothing
 * published. The repository (the embedded example, or `--repo PATH`) is copied into a temp dir
 * and becomes the origin of the local GitHub emulator; then, as on GitHub:
 *
 *   source → inspect (the preflight's version and CRD checks) → prepare (prepare-release.yaml:
 *   bump-version with the changelog, the release pull request) → merge (squash, as a maintainer)
 *   → tag (GnuPG-signed with a throwaway key) → ci-release.yaml → release.yaml for the tag push:
 *   preflight, image (one leg per platform, into the local registry), chart (pages and OCI),
 *   release (from a draft, with assets), verify (postflight against the local servers),
 *   announce (Slack and mail captured locally).
 *
 * The source repository is only ever read (`git clone` from it, `rev-parse`, `config --get`,
 * `status` without optional locks); everything else happens in the temp dir, which is removed
 * at the end unless `keep`.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { loadConfig } from '../../actions/lib/config/config.js';
import { inspectVersions } from '../../actions/verify-release/versions.js';
import { runAction } from '../../test/support/harness.js';
import { overall, type RehearsalEngine, type RunOptions } from './engine.js';
import { dispatch, engineFor, rewriteChangelogLinks, pushSignedTag, releaseCallOverrides, repositorySecrets, squashMerge, suiteWorkflow, tagPush, type MergedPull } from './flow.js';
import { materialise } from './history.js';
import { detectGithubRepository, githubArgumentProblem, readRepositorySources, type CommitReader } from './github-repo.js';
import { localImage, releaseImage, type ReleaseImage } from './image-name.js';
import { Journal, type JournalEntry } from './journal.js';
import { preparePagesBranch } from './pages.js';
import { countsText, stepCounts } from './report.js';
import { git, gitEnv } from './proc.js';
import { buildAndPush, parsePlatform } from './stand-ins/image.js';
import type { RehearsalEvent } from './engine.js';
import type { JobRun, Status, StepRun, WorkflowRun } from './types.js';
import { startWorld, type World } from './world.js';
import type { WorkflowModel } from './workflow.js';

export type Mode = 'release' | 'hotfix' | 'rollback';
export type EventKind = 'tag-push' | 'dispatch';

export interface RehearseOptions {
  /** A git repository to rehearse; default the embedded example (examples/operator). */
  repo?: string;
  /**
   * OWNER/REPO of the GitHub repository `repo` is a clone of, when its origin does not say
   * (a clone of a bundle, no origin): else found from the origin, the changelog's links, Chart.yaml,
   * go.mod (github-repo.ts).
   */
  github?: string;
  /** An explicit version, or major, minor, patch, auto (default auto; patch for a hotfix). */
  version?: string;
  mode?: Mode;
  event?: EventKind;
  keep?: boolean;
  /**
   * A state folder (created on first use): the rehearsal's world and journal live there and are
   * kept at the end; a re-run with the same folder takes up what an interrupted run published
   * and resumes it (see journal.ts).
   */
  state?: string;
  /** The suite's checkout (default: found from this file). */
  suiteRoot?: string;
  /** Where the temp dir is made (default the OS temp dir). */
  tmpRoot?: string;
  /** Start the local registry (default true; tests turn it off to see the skipped stages). */
  registry?: boolean;
  registryBin?: string;
  /**
   * GitHub Pages on, served from the gh-pages branch (made as an orphan branch when the
   * repository has none), as before a first release done right (default true). false: a
   * repository without Pages, which the release must refuse in preflight, publishing nothing.
   */
  pages?: boolean;
  onStage?: (stage: Stage) => void;
  /** Called once the temp dir exists (the CLI prints it, and cleans it up on Ctrl-C). */
  onWorkDir?: (dir: string) => void;
  cleanup?: Cleanup;
}

export interface Stage {
  name: string;
  status: Status;
  durationMs: number;
  /** One line: what happened. */
  detail?: string;
  /** Why it failed, was skipped or did not run. */
  reason?: string;
  install?: string;
  /** The action's error lines, for a failed stage. */
  errors?: string[];
  /** Postflight's signature checks in this job: what was signed, by whom, and whether it verified. */
  signatures?: Array<{ check: string; status: string; detail: string }>;
  steps?: Array<Pick<StepRun, 'name' | 'kind' | 'status' | 'reason' | 'notes' | 'durationMs' | 'standIn'> & { uses?: string }>;
}

export interface Announcement {
  channel: string;
  path: string;
  text: string;
}

export interface RehearsalResult {
  status: 'passed' | 'failed' | 'skipped';
  exitCode: number;
  source: { kind: 'example' | 'repository'; path: string; repository: string; branch?: string; head?: string };
  mode: Mode;
  event: EventKind;
  version?: string;
  tag?: string;
  workDir: string;
  kept: boolean;
  stages: Stage[];
  artifacts: {
    chart?: string;
    index?: string;
    releaseNotes?: string;
    /** The release notes' commands for checking the signatures by hand. */
    verifyCommands?: string[];
    announcements: Announcement[];
    pullRequest?: { number: number; title: string; branch: string; diffPath: string; stat: string; diff: string };
  };
  /** The release's image as the repository names it, where that was read, and its name in the local registry. */
  image?: { name: string; from: string; local?: string };
  /** release.yaml's outputs as the caller got them (`release.release-url`, `release.chart-url`, `release.image-digest`, …). */
  outputs: Record<string, string>;
  /** Inputs and secrets the rehearsal sets on the call of release.yaml, and changes it makes to the copy. */
  overrides: string[];
  adjustments: string[];
  durationMs: number;
  /** Wall time, the part spent in the suite's actions (their processes, as the runner starts them), and the rest: the rehearsal's own overhead. */
  timing: { wallMs: number; actionsMs: number; actionRuns: number; overheadMs: number };
}

/** Stops what a rehearsal started and removes its temp dir; safe to run twice (Ctrl-C and the normal end). */
export class Cleanup {
  private readonly tasks: Array<() => Promise<void> | void> = [];
  private done?: Promise<void>;
  add(task: () => Promise<void> | void): void {
    this.tasks.push(task);
  }
  run(): Promise<void> {
    this.done ??= (async () => {
      for (const t of this.tasks.reverse()) {
        try {
          await t();
        } catch {
          // keep cleaning
        }
      }
    })();
    return this.done;
  }
}

/** The suite's checkout: two folders up from this module, in the sources and in the bundle alike. */
export function findSuiteRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'release-actions') return dir;
      } catch {
        // not ours
      }
    }
    dir = dirname(dir);
  }
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
}

class StageError extends Error {}

/** A `--state` folder that cannot be used; the command answers it as a usage error. */
export class StateFolderError extends Error {}

/** A state folder is new, empty, or one a rehearsal made (it holds journal.json): anything else is not written into. */
function checkStateFolder(dir: string): void {
  if (!existsSync(dir)) return;
  if (!statSync(dir).isDirectory()) throw new StateFolderError(`--state ${dir} is not a folder`);
  if (readdirSync(dir).length > 0 && !existsSync(join(dir, 'journal.json'))) throw new StateFolderError(`--state ${dir} is neither empty nor the state folder of a rehearsal (no journal.json): give a new or empty folder`);
}

const KEYWORDS = new Set(['major', 'minor', 'patch', 'auto', 'prerelease']);

export function checkVersionArgument(v: string): string | undefined {
  if (KEYWORDS.has(v)) return undefined;
  if (/^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$/.test(v)) return undefined;
  return `--version must be a version (0.5.0 or v0.5.0) or major, minor, patch, auto; got '${v}'`;
}

/** What is wrong with `--repo`, read without writing anything (no optional locks, no user config). */
export async function readSource(path: string, home: string, github?: string): Promise<{ top: string; repository: string; from: string; branch: string; head: string; dirty: boolean }> {
  const env = gitEnv(home, { GIT_OPTIONAL_LOCKS: '0' });
  if (!existsSync(path)) throw new StageError(`--repo ${path}: no such folder`);
  if (!statSync(path).isDirectory()) throw new StageError(`--repo ${path} is not a folder`);
  const top = await git(path, ['rev-parse', '--show-toplevel'], { env, allowFailure: true });
  if (top.code !== 0) throw new StageError(`--repo ${path} is not a git repository (git: ${top.err.trim().split('\n').slice(-1)[0] ?? ''})`);
  const topDir = realpathSync(top.out.trim());
  if (topDir !== realpathSync(path)) throw new StageError(`--repo ${path} is a folder inside the git repository ${topDir}; give the repository's top folder`);
  const head = await git(path, ['rev-parse', '--verify', '-q', 'HEAD^{commit}'], { env, allowFailure: true });
  if (head.code !== 0) throw new StageError(`--repo ${path} has no commits`);
  const branch = await git(path, ['symbolic-ref', '-q', '--short', 'HEAD'], { env, allowFailure: true });
  if (branch.code !== 0) throw new StageError(`--repo ${path} has a detached HEAD: check out the branch releases are made from`);
  const remote = await git(path, ['config', '--get', 'remote.origin.url'], { env, allowFailure: true });
  const flagProblem = github !== undefined ? githubArgumentProblem(github) : undefined;
  if (flagProblem) throw new StageError(flagProblem);
  const found = github ? detectGithubRepository({ flag: github }) : detectGithubRepository(await readRepositorySources(commitReader(path, env), remote.out.trim() || undefined));
  if ('problem' in found) throw new StageError(`--repo ${path}: ${found.problem}`);
  const status = await git(path, ['status', '--porcelain', '--untracked-files=no'], { env, allowFailure: true });
  return { top: topDir, repository: found.repository, from: found.from, branch: branch.out.trim(), head: head.out.trim(), dirty: status.out.trim() !== '' };
}

/** Files of the commit checked out in `path` (the state the rehearsal copies), read without writing. */
function commitReader(path: string, env: Record<string, string>): CommitReader {
  return {
    show: async (file) => {
      const r = await git(path, ['show', `HEAD:${file}`], { env, allowFailure: true });
      return r.code === 0 ? r.out : undefined;
    },
    list: async (dir) => (await git(path, ['ls-tree', '--name-only', `HEAD:${dir}`], { env, allowFailure: true })).out.split('\n').filter(Boolean),
  };
}

/** The chart folder, for the inspect stage's line. */
function chartOf(dir: string): string | undefined {
  try {
    const cfg = parseYaml(readFileSync(join(dir, '.github', 'release-actions.yaml'), 'utf8')) as { chart?: string } | null;
    if (cfg?.chart) return cfg.chart;
  } catch {
    // no configuration
  }
  if (!existsSync(join(dir, 'charts'))) return undefined;
  const charts = readdirSync(join(dir, 'charts')).sort().filter((c) => existsSync(join(dir, 'charts', c, 'Chart.yaml')));
  return charts.length === 1 ? `charts/${charts[0]}` : undefined;
}

/** verify-release's checks of what was signed, and by whom. */
const SIGNATURE_CHECKS = ['image-signature', 'chart-signature', 'sbom', 'checksums', 'chart-provenance'];

function jobStage(job: JobRun, prefix = ''): Stage {
  const counts = new Map<string, number>();
  for (const s of job.steps) counts.set(s.status, (counts.get(s.status) ?? 0) + 1);
  const actions = job.steps.filter((s) => s.status === 'passed' && s.kind === 'suite-action').map((s) => (s.uses ?? '').replace(/^.*actions\/([a-z0-9-]+).*$/, '$1'));
  const detail =
    job.steps.length === 0
      ? undefined
      : `${job.steps.length} steps: ${[...counts.entries()].map(([k, n]) => `${n} ${k}`).join(', ')}; ${countsText(stepCounts(job.steps))}${actions.length ? `; actions ${actions.join(', ')}` : ''}`;
  // verify-release's report, check by check
  const checks = job.steps
    .map((s) => s.outputs['report'])
    .filter((r): r is string => typeof r === 'string' && r.startsWith('['))
    .flatMap((r) => {
      try {
        return JSON.parse(r) as Array<{ check: string; status: string; detail?: string }>;
      } catch {
        return [];
      }
    });
  const checkText = checks.length > 0 ? `; checks ${checks.map((c) => `${c.check} ${c.status}`).join(', ')}` : '';
  const signed = checks.filter((c) => SIGNATURE_CHECKS.includes(c.check) && c.status !== 'skipped').map((c) => ({ check: c.check, status: c.status, detail: c.detail ?? '' }));
  const stage: Stage = {
    ...(signed.length > 0 ? { signatures: signed } : {}),
    name: `${prefix}${job.key.replace(/^[^/]+ \/ /, '')}`,
    status: job.status,
    durationMs: job.durationMs,
    ...(detail ? { detail: `${detail}${checkText}` } : {}),
    ...(job.reason ? { reason: job.reason } : {}),
    ...(job.install ? { install: job.install } : {}),
    steps: job.steps.map((s) => ({ name: s.name, kind: s.kind, status: s.status, durationMs: s.durationMs, notes: s.notes, ...(s.reason ? { reason: s.reason } : {}), ...(s.uses ? { uses: s.uses } : {}), ...(s.standIn ? { standIn: s.standIn } : {}) })),
  };
  const errors = job.steps.flatMap((s) => s.errors);
  if (errors.length > 0) stage.errors = errors;
  return stage;
}

function resultStatus(stages: readonly Stage[]): RehearsalResult['status'] {
  if (stages.some((s) => s.status === 'failed')) return 'failed';
  if (stages.some((s) => s.status === 'skipped')) return 'skipped';
  return 'passed';
}

export const EXIT = { passed: 0, failed: 1, usage: 2, skipped: 3 } as const;

/** What every stage of one rehearsal shares: its options, folders, journal, world and result. */
interface Rehearsal {
  opts: RehearseOptions;
  suiteRoot: string;
  mode: Mode;
  eventKind: EventKind;
  versionArg: string;
  cleanup: Cleanup;
  journal: Journal | undefined;
  work: string;
  home: string;
  out: string;
  result: RehearsalResult;
  /** The world starts while the source is copied and inspected. */
  worldPromise: Promise<World>;
  worldStarted: number;
  worldReady: number;
  world?: World;
  /** GitHub's parser reads the suite's workflows meanwhile. */
  workflowsPromise: Promise<{ prepare: WorkflowModel; ci: WorkflowModel }>;
}

/** The source as copied: its GitHub repository, branch and head, and the example's fast-import stream. */
interface Source {
  repository: string;
  branch: string;
  head: string;
  stream: Buffer | undefined;
  /** The bare copy. */
  copy: string;
}

/** The pieces the workflow stages need once the world and the origin are up. */
interface Live {
  w: World;
  repository: string;
  origin: string;
  secrets: Record<string, string>;
  run: (model: WorkflowModel, event: RehearsalEvent, options: RunOptions, prefix: string) => Promise<WorkflowRun>;
  replay: <T>(entry: JournalEntry<T>) => T;
}

function add(r: Rehearsal, stage: Stage): Stage {
  r.result.stages.push(stage);
  r.opts.onStage?.(stage);
  return stage;
}

/** Runs one stage; a StageError (or any error) fails it and ends the rehearsal. */
async function stage<T>(r: Rehearsal, name: string, body: (s: Stage) => Promise<T>): Promise<T> {
  const t0 = performance.now();
  const s: Stage = { name, status: 'passed', durationMs: 0 };
  try {
    const value = await body(s);
    s.durationMs = Math.round(performance.now() - t0);
    add(r, s);
    return value;
  } catch (err) {
    s.status = 'failed';
    s.reason = (err as Error).message;
    s.durationMs = Math.round(performance.now() - t0);
    add(r, s);
    throw new StageError(s.reason);
  }
}

/**
 * A stage that runs alongside the next ones; its row keeps its place in the table. Its time is
 * what the rehearsal waited for it when it was needed (so that the stage times add up to the
 * wall time); its own run time is in its detail.
 */
function background(r: Rehearsal, name: string, body: (s: Stage) => Promise<void>): { wait: () => Promise<void> } {
  const t0 = performance.now();
  const s: Stage = { name, status: 'passed', durationMs: 0 };
  r.result.stages.push(s);
  let ownMs = 0;
  const done = body(s).then(
    () => {
      ownMs = Math.round(performance.now() - t0);
    },
    (err: unknown) => {
      ownMs = Math.round(performance.now() - t0);
      s.status = 'failed';
      s.reason = (err as Error).message;
    },
  );
  return {
    wait: async () => {
      const w0 = performance.now();
      await done;
      s.durationMs = Math.round(performance.now() - w0);
      s.detail = `${s.detail ?? ''}${s.detail ? ' ' : ''}(${(ownMs / 1000).toFixed(2)} s, alongside the stages after it)`;
      r.opts.onStage?.(s);
      if (s.status === 'failed') throw new StageError(s.reason ?? 'failed');
    },
  };
}

/** The work folder (a temp dir, or the `--state` folder with its journal) and the empty result. */
function begin(opts: RehearseOptions): Rehearsal {
  const suiteRoot = opts.suiteRoot ?? findSuiteRoot();
  const mode: Mode = opts.mode ?? 'release';
  const eventKind: EventKind = opts.event ?? 'tag-push';
  const versionArg = opts.version ?? (mode === 'hotfix' ? 'patch' : 'auto');
  const cleanup = opts.cleanup ?? new Cleanup();
  let journal: Journal | undefined;
  let work: string;
  if (opts.state !== undefined) {
    work = resolve(opts.state);
    checkStateFolder(work);
    try {
      journal = Journal.open(join(work, 'journal.json'), { ...(opts.repo !== undefined ? { repo: resolve(opts.repo) } : {}), ...(opts.github !== undefined ? { github: opts.github } : {}), version: versionArg, mode, event: eventKind, ...(opts.pages === false ? { pages: false } : {}) });
    } catch (err) {
      throw new StateFolderError(`--state ${work}: ${(err as Error).message}`);
    }
  } else {
    work = mkdtempSync(join(opts.tmpRoot ?? tmpdir(), 'release-actions-rehearse-'));
  }
  const keep = (opts.keep ?? false) || journal !== undefined;
  if (!keep) cleanup.add(() => rmSync(work, { recursive: true, force: true }));
  opts.onWorkDir?.(work);
  const home = join(work, 'home');
  mkdirSync(home, { recursive: true });
  const out = join(work, 'out');
  mkdirSync(out, { recursive: true });
  const result: RehearsalResult = {
    status: 'failed',
    exitCode: EXIT.failed,
    source: { kind: opts.repo ? 'repository' : 'example', path: opts.repo ? resolve(opts.repo) : join(suiteRoot, 'examples', 'operator'), repository: '' },
    mode,
    event: eventKind,
    workDir: work,
    kept: keep,
    stages: [],
    artifacts: { announcements: [] },
    outputs: {},
    overrides: [],
    adjustments: [],
    durationMs: 0,
    timing: { wallMs: 0, actionsMs: 0, actionRuns: 0, overheadMs: 0 },
  };
  const worldStarted = performance.now();
  const worldPromise = startWorld({ root: join(work, 'world'), ...(journal ? { persistent: true } : {}), ...(opts.registry === false ? { registry: false } : {}), ...(opts.registryBin ? { registryBin: opts.registryBin } : {}) });
  // one after the other: the parses share modules
  const workflowsPromise = (async () => ({ prepare: await suiteWorkflow(suiteRoot, 'prepare-release.yaml'), ci: await suiteWorkflow(suiteRoot, 'ci-release.yaml') }))();
  workflowsPromise.catch(() => undefined);
  const r: Rehearsal = { opts, suiteRoot, mode, eventKind, versionArg, cleanup, journal, work, home, out, result, worldPromise, worldStarted, worldReady: worldStarted, workflowsPromise };
  cleanup.add(async () => {
    const w = r.world ?? (await worldPromise.catch(() => undefined));
    await w?.stop();
  });
  worldPromise.then(
    () => (r.worldReady = performance.now()),
    () => undefined,
  );
  return r;
}

/** source: a copy, never the repository itself (a state folder's earlier copy is made again). */
async function copySource(r: Rehearsal): Promise<Source> {
  const copy = join(r.work, 'origin.git');
  rmSync(copy, { recursive: true, force: true });
  const src = await stage(r, 'source', async (s) => {
    if (r.opts.repo) {
      const info = await readSource(resolve(r.opts.repo), r.home, r.opts.github);
      const cloned = await git(r.work, ['clone', '-q', '--bare', '--no-hardlinks', '--', info.top, copy], { env: gitEnv(r.home, { GIT_OPTIONAL_LOCKS: '0' }), allowFailure: true });
      if (cloned.code !== 0) throw new StageError(`cannot copy ${info.top}: ${cloned.err.trim()}`);
      const tags = (await git(copy, ['tag', '-l'], { env: gitEnv(r.home) })).out.split('\n').filter(Boolean);
      s.detail = `a copy of ${info.top} (branch ${info.branch} at ${info.head.slice(0, 12)}, ${tags.length} tag(s)) as ${info.repository} (from ${info.from})`;
      if (info.dirty) r.result.adjustments.push(`${info.top} has uncommitted changes: the rehearsal uses the committed state of ${info.branch}`);
      return { repository: info.repository, branch: info.branch, head: info.head, stream: undefined, copy };
    }
    const built = await materialise(join(r.suiteRoot, 'examples', 'operator'), copy, r.home);
    const tags = built.history.commits.filter((c) => c.tag).map((c) => c.tag);
    s.detail = `the embedded example ${built.history.repository}: ${built.history.commits.length} commits, tags ${tags.join(', ')}`;
    return { repository: built.history.repository, branch: built.history.branch, head: built.head, stream: built.stream, copy };
  });
  Object.assign(r.result.source, { repository: src.repository, branch: src.branch, head: src.head });
  return src;
}

/** inspect: the preflight's checks of the versions and CRDs, on the current version; the release's image. */
async function inspect(r: Rehearsal, src: Source): Promise<{ image: ReleaseImage; inspectDir: string }> {
  const inspectDir = join(r.work, 'inspect');
  rmSync(inspectDir, { recursive: true, force: true });
  await git(r.work, ['clone', '-q', '--branch', src.branch, '--', src.copy, inspectDir], { env: gitEnv(r.home) });
  let image: ReleaseImage = { name: `ghcr.io/${src.repository.toLowerCase()}`, from: "the actions' default (ghcr.io/OWNER/REPO)" };
  await stage(r, 'inspect', async (s) => {
    const config = await loadConfig({ workspace: inspectDir, repository: src.repository });
    image = releaseImage(inspectDir, config);
    r.result.image = { name: image.name, from: image.from };
    const actionYml = join(r.suiteRoot, 'actions', 'verify-release', 'action.yml');
    const main = join(r.suiteRoot, 'dist', 'verify-release', 'index.js');
    if (!existsSync(actionYml) || !existsSync(main)) {
      s.status = 'skipped';
      s.reason = 'actions/verify-release is not available yet';
      return;
    }
    // the versions as the release sees them: the newest tag, and every reference the bump will move
    const tags = (await git(inspectDir, ['tag', '--list'], { env: gitEnv(r.home) })).out.split('\n').filter(Boolean);
    const versions = await inspectVersions(inspectDir, config, src.repository, tags);
    if (versions.check.problems.some((p) => p.status === 'error')) {
      s.errors = [versions.detail];
      throw new StageError(`the repository is not ready to release: ${versions.detail}`);
    }
    const run = await runAction({ actionYml, main, workspace: inspectDir, repository: src.repository, ref: `refs/heads/${src.branch}`, sha: src.head, eventName: 'workflow_dispatch', event: { ref: `refs/heads/${src.branch}`, inputs: {} }, token: '', inputs: { phase: 'preflight', version: versions.current, checks: 'crds-in-sync', token: '' }, env: { HOME: r.home } });
    if (run.exitCode !== 0) {
      s.errors = run.errors.map((e) => e.message);
      throw new StageError(`the repository is not ready to release: ${s.errors.join('; ') || run.stderr.trim()}`);
    }
    const report = JSON.parse(run.outputs['report'] ?? '[]') as Array<{ check: string; detail: string }>;
    const chart = chartOf(inspectDir);
    s.detail = `${chart ? `${chart}: ` : ''}${image.name ? `image ${image.name}` : 'no image, the chart alone'} (${image.from}); ${versions.detail}; ${report.map((c) => `${c.check} — ${c.detail}`).join('; ')}`;
  });
  return { image, inspectDir };
}

/** services: the local world, started alongside source and inspect; its time in the table is the wait for it. */
async function services(r: Rehearsal): Promise<World> {
  r.world = await stage(r, 'services', async (s) => {
    const w = await r.worldPromise;
    s.detail = `${r.journal?.resumed ? `taken up from the state folder (run ${r.journal.attempts}); ` : ''}ready ${((r.worldReady - r.worldStarted) / 1000).toFixed(2)} s after the start: GitHub emulator ${w.gh.serverUrl}, ${w.registry ? `registry ${w.registry.host} (token auth)` : 'no registry'}, Slack receiver, SMTP (STARTTLS), GnuPG key ${w.key.fingerprint.slice(-16)}`;
    if (w.registryMissing) {
      s.status = 'skipped';
      s.reason = w.registryMissing.reason;
      s.install = w.registryMissing.install;
    }
    return w;
  });
  return r.world;
}

/** origin: the copy becomes the emulated repository (or the interrupted run's is taken up), with pages. */
async function makeOrigin(r: Rehearsal, w: World, src: Source): Promise<void> {
  const repository = src.repository;
  await stage(r, 'origin', async (s) => {
    const [owner = '', name = ''] = repository.split('/');
    if (w.gh.findRepo(owner, name)) {
      // the interrupted run made it: its releases, pull requests and branches are the ones to resume
      const pages = await w.servePages(repository);
      s.detail = `${w.gh.serverUrl}/${repository}, as the interrupted run left it; pages ${pages.url}`;
      return;
    }
    const linkNote = await rewriteChangelogLinks(src.copy, src.branch, repository, w.gh.serverUrl, r.home, src.stream);
    if (linkNote) r.result.adjustments.push(linkNote);
    const withPages = r.opts.pages !== false;
    await w.gh.createRepo(repository, { fromDir: src.copy, defaultBranch: src.branch, ...(withPages ? { pages: { branch: 'gh-pages' } } : {}) });
    const site = withPages ? await preparePagesBranch(w.gh.repoPath(repository), gitEnv(r.home), { name: w.key.name, email: w.key.email }, repository) : 'GitHub Pages off (pages: false)';
    const pages = await w.servePages(repository);
    s.detail = `${w.gh.serverUrl}/${repository} (default branch ${src.branch}); pages ${pages.url}, ${site}${linkNote ? '; changelog links rewritten to the local GitHub' : ''}`;
  });
}

/** The engine and the helpers of the workflow stages; from here on the emulated repository is the truth. */
function live(r: Rehearsal, w: World, repository: string): Live {
  let onJob: ((job: JobRun) => void) | undefined;
  const engine: RehearsalEngine = engineFor(w, repository, r.suiteRoot, { onJob: (e, job) => (e === 'end' ? onJob?.(job) : undefined) });
  return {
    w,
    repository,
    origin: w.gh.repoPath(repository),
    secrets: repositorySecrets(w),
    run: (model, event, options, prefix) => runWorkflowStage(engine, model, event, options, (s) => add(r, s), prefix, (listener) => (onJob = listener)),
    // the rows a finished step of an earlier run reported, reported again as such
    replay: <T>(entry: JournalEntry<T>): T => {
      for (const st of entry.stages as Stage[]) add(r, { ...st, durationMs: 0, ...(st.status === 'passed' ? { detail: `done by an earlier run${st.detail ? `: ${st.detail}` : ''}` } : {}) });
      return entry.value as T;
    },
  };
}

/** earlier releases: the previous stable release published and its image pushed, alongside prepare. */
function earlierReleases(r: Rehearsal, l: Live, image: ReleaseImage): { wait: () => Promise<void> } {
  const { w, repository, origin } = l;
  return background(r, 'earlier releases', async (s) => {
    const tags = (await git(origin, ['tag', '-l', 'v*', '--sort=-v:refname'], { env: gitEnv(r.home) })).out.split('\n').filter((t) => /^v\d+\.\d+\.\d+$/.test(t));
    const previous = r.journal?.done<string>('earlier releases')?.value ?? tags[0];
    if (!previous) {
      s.detail = 'none: this is the first release';
      return;
    }
    const had = w.gh.repo(repository).releases.some((x) => x.tagName === previous && !x.draft);
    const made = had ? undefined : await fetch(`${w.gh.apiUrl}/repos/${repository}/releases`, {
      method: 'POST',
      headers: { authorization: `token ${w.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ tag_name: previous, name: previous, body: `Release ${previous} (published before the rehearsal).`, make_latest: 'true' }),
    });
    await made?.arrayBuffer();
    if (made && made.status !== 201) throw new StageError(`cannot create the ${previous} release in the emulator: HTTP ${made.status}`);
    let pushed = '';
    if (w.registryAccess && image.name) {
      const sha = (await git(origin, ['rev-parse', `${previous}^{commit}`], { env: gitEnv(r.home) })).out.trim();
      const local = localImage(image.name, w.registryAccess.host).slice(w.registryAccess.host.length + 1);
      const digest = await buildAndPush(
        w.registryAccess,
        { repository: local, platforms: ['linux/amd64', 'linux/arm64'].map(parsePlatform), content: `earlier release ${previous} (${sha})`, labels: { 'org.opencontainers.image.version': previous }, provenance: false, sbom: false },
        [previous, 'latest'],
      );
      pushed = `; image ${w.registryAccess.host}/${local}:${previous} (= latest, synthetic: it stands for the image published before) ${digest.slice(0, 19)}…`;
    }
    s.detail = `GitHub release ${previous} ${had ? 'published already (by the interrupted run)' : 'published'}${pushed}`;
    r.journal?.finish('earlier releases', [], previous);
  });
}

/** workflows: the suite's workflows as GitHub's parser read them (alongside the stages before). */
function readWorkflows(r: Rehearsal): Promise<{ prepare: WorkflowModel; ci: WorkflowModel }> {
  return stage(r, 'workflows', async (st) => {
    const wf = await r.workflowsPromise;
    st.detail = `${wf.prepare.file} and ${wf.ci.file} → ${wf.ci.jobs.map((j) => j.uses ?? j.id).join(', ')} read with GitHub's parser (${wf.ci.jobs.flatMap((j) => j.workflow?.jobs ?? []).length} jobs; parsed alongside the stages before)`;
    return wf;
  });
}

/** The newest fix: commit since the last stable tag, which a hotfix cherry-picks. */
async function hotfixPick(r: Rehearsal, l: Live, branch: string): Promise<string> {
  const env = gitEnv(r.home);
  const since = (await git(l.origin, ['tag', '-l', 'v*', '--sort=-v:refname'], { env })).out.split('\n').find((t) => /^v\d+\.\d+\.\d+$/.test(t));
  const log = (await git(l.origin, ['log', '--format=%H %s', since ? `${since}..refs/heads/${branch}` : `refs/heads/${branch}`], { env })).out.split('\n').filter(Boolean);
  const fix = log.find((line) => /^[0-9a-f]+ fix(\(.*\))?!?:/.test(line));
  if (!fix) {
    const why = `a hotfix needs a fix to cherry-pick: there is no fix: commit on ${branch} since ${since ?? 'the start'}`;
    await stage(r, 'prepare', () => Promise.reject(new StageError(why)));
    throw new StageError(why);
  }
  return fix.split(' ')[0] ?? '';
}

type Prepared = { outputs: Record<string, string> };

/** prepare: prepare-release.yaml for a dispatch; written down once done, an unfinished run re-run with its own event. */
async function prepare(r: Rehearsal, l: Live, model: WorkflowModel, branch: string): Promise<Prepared> {
  const before = r.journal?.done<Prepared>('prepare');
  if (before) return l.replay(before);
  let event = r.journal?.known('prepare');
  if (!event) {
    const cherry = r.mode === 'hotfix' ? await hotfixPick(r, l, branch) : '';
    event = await dispatch(l.w, l.repository, { version: r.versionArg, mode: r.mode === 'hotfix' ? 'hotfix' : 'release', 'cherry-pick': cherry, base: '', 'dry-run': 'false' });
    r.journal?.remember('prepare', event);
  }
  const first = r.result.stages.length;
  const preparing = await l.run(model, event, { secrets: l.secrets }, '');
  const bump = preparing.jobs.flatMap((j) => j.steps).find((st) => (st.uses ?? '').includes('actions/bump-version'));
  if (preparing.status !== 'passed') throw new StageError('prepare did not pass');
  if (!bump?.outputs['tag']) {
    add(r, { name: 'prepare', status: 'failed', durationMs: 0, reason: 'bump-version gave no tag output' });
    throw new StageError('bump-version gave no tag output');
  }
  const prepared = { outputs: { ...bump.outputs, 'cherry-pick': event.inputs?.['cherry-pick'] ?? '' } };
  r.journal?.finish('prepare', r.result.stages.slice(first), prepared);
  return prepared;
}

/** merge: the release pull request squash-merged (a hotfix is tagged on its branch); its diff kept. Returns the commit to tag. */
async function merge(r: Rehearsal, l: Live, bumped: Record<string, string>): Promise<string> {
  const prNumber = Number(bumped['pr-number'] ?? '0');
  const diffPath = join(r.out, 'release-pr.diff');
  if (r.mode === 'hotfix') {
    add(r, { name: 'merge', status: 'not-run', durationMs: 0, reason: `a hotfix is tagged on its branch ${bumped['branch'] ?? ''}; its pull request stays open` });
    const pr = await fetch(`${l.w.gh.apiUrl}/repos/${l.repository}/pulls/${prNumber}`, { headers: { authorization: `token ${l.w.token}` } }).then((x) => x.json() as Promise<{ title: string; head: { sha: string; ref: string }; base: { sha: string } }>);
    const diff = (await git(l.origin, ['diff', '--no-color', `${pr.base.sha}...${pr.head.sha}`], { env: gitEnv(r.home) })).out;
    const stat = (await git(l.origin, ['diff', '--no-color', '--stat', `${pr.base.sha}...${pr.head.sha}`], { env: gitEnv(r.home) })).out;
    writeFileSync(diffPath, diff);
    r.result.artifacts.pullRequest = { number: prNumber, title: pr.title, branch: pr.head.ref, diffPath, stat: stat.trimEnd(), diff };
    return bumped['commit'] ?? '';
  }
  const mergedBefore = r.journal?.done<MergedPull>('merge');
  const merged: MergedPull = mergedBefore
    ? l.replay(mergedBefore)
    : await stage(r, 'merge', async (s) => {
        const m = await squashMerge(l.w, l.repository, prNumber);
        s.detail = `pull request #${m.number} "${m.title}" (${m.head} → ${m.base}) ${m.already ? 'merged already (by the interrupted run) as' : 'squash-merged as'} ${m.sha.slice(0, 12)}`;
        r.journal?.finish('merge', [s], m);
        return m;
      });
  writeFileSync(diffPath, merged.diff);
  r.result.artifacts.pullRequest = { number: merged.number, title: merged.title, branch: merged.head, diffPath, stat: merged.stat.trimEnd(), diff: merged.diff };
  return merged.sha;
}

/** tag: signed with the throwaway key and pushed, once. */
async function tagRelease(r: Rehearsal, l: Live, tag: string, target: string): Promise<void> {
  const before = r.journal?.done('tag');
  if (before) {
    l.replay(before);
    return;
  }
  await stage(r, 'tag', async (s) => {
    const object = await pushSignedTag(l.w, l.repository, tag, target);
    s.detail = `${tag} on ${target.slice(0, 12)}, signed by ${l.w.key.name} <${l.w.key.email}> (key ${l.w.key.fingerprint.slice(-16)}), tag object ${object.slice(0, 12)}`;
    r.journal?.finish('tag', [s]);
  });
}

type Released = { outputs: Record<string, string>; overrides: string[]; packagePath?: string };

/** A run of ci-release.yaml: replayed when an earlier run finished it, else (re-)run with its written-down event. */
async function releaseRun(r: Rehearsal, l: Live, ci: WorkflowModel, options: RunOptions, key: string, makeEvent: () => Promise<RehearsalEvent>, prefix: string): Promise<Released> {
  const before = r.journal?.done<Released>(key);
  if (before) return l.replay(before);
  let event = r.journal?.known(key);
  if (!event) {
    event = await makeEvent();
    r.journal?.remember(key, event);
  }
  const first = r.result.stages.length;
  const done = await l.run(ci, event, options, prefix);
  const chartJob = done.jobs.find((j) => j.id === 'chart' && j.status === 'passed');
  const packagePath = chartJob?.steps.find((st) => (st.uses ?? '').includes('actions/publish-helm'))?.outputs['package-path'];
  const value: Released = { outputs: done.outputs, overrides: done.overrides, ...(packagePath ? { packagePath } : {}) };
  // a failed run is not done: the next run re-runs it
  if (done.status === 'passed') r.journal?.finish(key, r.result.stages.slice(first), value);
  return value;
}

/** guard … announce: release.yaml through ci-release.yaml for the tag push or the dispatch, then the rollback when asked. */
async function release(r: Rehearsal, l: Live, ci: WorkflowModel, p: { version: string; tag: string; cherry: string; image: ReleaseImage; inspectDir: string }): Promise<Released> {
  const runOptions = { secrets: l.secrets, callOverrides: releaseCallOverrides(l.w, l.repository, chartOf(p.inspectDir), p.image.name) };
  if (l.w.registryAccess && p.image.name) r.result.image = { name: p.image.name, from: p.image.from, local: localImage(p.image.name, l.w.registryAccess.host) };
  const kind = r.mode === 'hotfix' ? 'hotfix' : 'release';
  const released = await releaseRun(r, l, ci, runOptions, 'release', async () => (r.eventKind === 'tag-push' ? tagPush(l.w, l.repository, p.tag) : dispatch(l.w, l.repository, { mode: kind, version: p.version, reason: '', 'cherry-pick': r.mode === 'hotfix' ? p.cherry : '' })), '');
  r.result.overrides.push(...released.overrides);
  r.result.outputs = released.outputs;
  if (r.mode === 'rollback') {
    await releaseRun(r, l, ci, runOptions, 'rollback', () => dispatch(l.w, l.repository, { mode: 'rollback', version: p.version, reason: `rehearsal of a rollback of ${p.tag}`, 'cherry-pick': '' }), 'rollback › ');
  }
  return released;
}

/** The status, exit code and the split of the wall time between the suite's actions and the rest. */
function finish(r: Rehearsal, started: number): void {
  const result = r.result;
  result.status = resultStatus(result.stages);
  result.exitCode = EXIT[result.status];
  result.durationMs = Math.round(performance.now() - started);
  const actionSteps = result.stages.flatMap((st) => st.steps ?? []).filter((st) => st.kind === 'suite-action' && st.status !== 'not-run' && st.status !== 'skipped');
  const inspected = result.stages.find((st) => st.name === 'inspect' && st.status !== 'skipped');
  const actionsMs = actionSteps.reduce((n, st) => n + st.durationMs, 0) + (inspected?.durationMs ?? 0);
  result.timing = { wallMs: result.durationMs, actionsMs, actionRuns: actionSteps.length + (inspected ? 1 : 0), overheadMs: Math.max(0, result.durationMs - actionsMs) };
}

export async function rehearse(opts: RehearseOptions = {}): Promise<RehearsalResult> {
  const started = performance.now();
  const r = begin(opts);
  try {
    const src = await copySource(r);
    const { image, inspectDir } = await inspect(r, src);
    const w = await services(r);
    await makeOrigin(r, w, src);
    const l = live(r, w, src.repository);
    const earlier = earlierReleases(r, l, image);
    const workflows = await readWorkflows(r);
    const bumped = (await prepare(r, l, workflows.prepare, src.branch)).outputs;
    const version = bumped['version'] ?? '';
    const tag = bumped['tag'] ?? '';
    r.result.version = version;
    r.result.tag = tag;
    const target = await merge(r, l, bumped);
    await earlier.wait();
    await tagRelease(r, l, tag, target);
    const released = await release(r, l, workflows.ci, { version, tag, cherry: bumped['cherry-pick'] ?? '', image, inspectDir });
    await collect(w, src.repository, tag, released.packagePath, r.out, r.result);
  } catch (err) {
    if (!(err instanceof StageError)) add(r, { name: 'rehearsal', status: 'failed', durationMs: 0, reason: (err as Error).stack ?? (err as Error).message });
  } finally {
    finish(r, started);
    await r.cleanup.run();
  }
  return r.result;
}

/** Runs a workflow; each job's row is reported as the job ends (so a progress line marks each job boundary). */
async function runWorkflowStage(
  engine: RehearsalEngine,
  model: Parameters<RehearsalEngine['run']>[0],
  event: Parameters<RehearsalEngine['run']>[1],
  options: Parameters<RehearsalEngine['run']>[2],
  add: (s: Stage) => Stage,
  prefix: string,
  listen: (listener: ((job: JobRun) => void) | undefined) => void,
): Promise<WorkflowRun> {
  const reported = new Set<JobRun>();
  listen((job) => {
    reported.add(job);
    add(jobStage(job, prefix));
  });
  let run: WorkflowRun;
  try {
    run = await engine.run(model, event, options);
  } finally {
    listen(undefined);
  }
  for (const job of run.jobs) if (!reported.has(job)) add(jobStage(job, prefix));
  if (run.status === 'not-run') add({ name: `${prefix}${model.file}`, status: 'failed', durationMs: run.durationMs, reason: 'no job ran' });
  return { ...run, status: overall(run.jobs) };
}

/** Copies what the release produced into `out`: chart archive, index, release notes, announcements. */
async function collect(w: World, repository: string, tag: string, pkg: string | undefined, out: string, result: RehearsalResult): Promise<void> {
  if (pkg && existsSync(pkg)) {
    const dest = join(out, basename(pkg));
    cpSync(pkg, dest);
    result.artifacts.chart = dest;
  }
  const env = gitEnv(w.home);
  const index = await git(w.gh.repoPath(repository), ['show', 'refs/heads/gh-pages:index.yaml'], { env, allowFailure: true });
  if (index.code === 0) {
    writeFileSync(join(out, 'index.yaml'), index.out);
    result.artifacts.index = join(out, 'index.yaml');
  }
  const release = w.gh.repo(repository).releases.find((r) => r.tagName === tag && !r.draft);
  if (release?.body) {
    writeFileSync(join(out, 'release-notes.md'), release.body);
    result.artifacts.releaseNotes = join(out, 'release-notes.md');
    // the commands the notes give users to check the signatures themselves
    const commands = release.body.split('\n').map((l) => l.trim()).filter((l) => /^(gh attestation verify|gh release download|sha256sum -c|helm verify|cosign verify)\b/.test(l));
    if (commands.length > 0) result.artifacts.verifyCommands = commands;
  }
  mkdirSync(join(out, 'announcements'), { recursive: true });
  w.slack.delivered.forEach((r, i) => {
    const payload = r.json as { text?: string } | undefined;
    const path = join(out, 'announcements', `slack-${i + 1}.json`);
    writeFileSync(path, `${JSON.stringify(r.json ?? r.text, null, 2)}\n`);
    result.artifacts.announcements.push({ channel: 'slack', path, text: payload?.text ?? r.text });
  });
  w.mail.messages.forEach((m, i) => {
    const path = join(out, 'announcements', `mail-${i + 1}.txt`);
    const text = `From: ${m.from}\nTo: ${m.to.join(', ')}\nSubject: ${m.headers['subject'] ?? ''}\n\n${m.text ?? ''}\n`;
    writeFileSync(path, text);
    result.artifacts.announcements.push({ channel: 'mail', path, text });
  });
}
