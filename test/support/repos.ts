/**
 * Sample operator repositories for tests: a fixture folder under
 * `test/fixtures/repos/<name>/` (the state at HEAD) becomes a real git repository with
 * a short conventional-commit history and release tags, optionally with a bare
 * `origin` and a workspace cloned from it (what `actions/checkout` with
 * `fetch-depth: 0` gives a job).
 *
 * The `wva` fixture is laid out like the llm-d Workload-Variant-Autoscaler; its
 * history is:
 *
 *   feat: …operator, CRD and Helm chart          (version files at 0.4.0)  tag v0.4.0
 *   fix(collector): … no samples (#190)
 *   chore: bump version to v0.4.1                (version files at 0.4.1)  tag v0.4.1
 *   feat(scaler): queue-depth based scale-out … (#210)
 *   fix(controller): … replicas … (#215)
 *   docs: describe the development targets      (HEAD: the fixture exactly)
 *
 * Other fixtures get one `feat: initial import` commit unless a history is given.
 * Everything is synchronous real git with fixed dates (see `./git.ts`).
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { git, initRepo, tag as makeTag, writeFiles } from './git.js';
import { projectRoot } from './harness.js';

export const FIXTURE_REPOS = join(projectRoot, 'test', 'fixtures', 'repos');

/** A change to one file in a commit: new text, `null` to delete it, or a function of the text before. */
export type FileChange = string | null | ((before: string | undefined) => string | null);

export interface HistoryCommit {
  message: string;
  /** Repository-relative `/` paths. */
  files?: Record<string, FileChange>;
  /** An annotated tag on this commit. */
  tag?: string;
}

export interface BuildRepoOptions {
  /** A folder under test/fixtures/repos (default `wva`). */
  fixture?: string;
  /** Replaces the fixture's own history. Starts from an empty tree. */
  history?: HistoryCommit[];
  /** Commits made after the history (e.g. a fix to cherry-pick, a breaking change). */
  then?: HistoryCommit[];
  /** Default `main`. */
  branch?: string;
  /** Also make a bare repository with every branch and tag, set as the `origin` remote. */
  origin?: boolean;
  /** Also clone `origin` into a fresh workspace, as actions/checkout does (implies `origin`). */
  workspace?: boolean;
}

export interface CommitInfo {
  sha: string;
  subject: string;
  tag?: string;
}

export interface SampleRepo {
  /** The temp folder holding everything below; removed by cleanup(). */
  root: string;
  /** The repository the history was built in. */
  dir: string;
  /** The bare `origin`, when asked for. */
  origin?: string;
  /** A clone of `origin` (branch checked out, tags fetched), when asked for. */
  workspace?: string;
  branch: string;
  /** Every commit made, oldest first. */
  commits: CommitInfo[];
  /** Tag name → commit sha. */
  tags: Record<string, string>;
  head: string;
  /** The commit whose subject starts with `prefix` (the last such one). */
  commit(prefix: string): string;
  cleanup(): Promise<void>;
}

/** Every file of a fixture folder: repository-relative `/` path → text. */
export function fixtureFiles(name: string): Record<string, string> {
  const base = join(FIXTURE_REPOS, name);
  const out: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) out[relative(base, full).split(sep).join('/')] = readFileSync(full, 'utf8');
    }
  };
  walk(base);
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

/** Replaces version `from` by `to` where it stands alone (either `v` style), nothing else. */
export function withVersion(text: string, from: string, to: string): string {
  const escaped = from.replace(/\./g, '\\.');
  return text.replace(new RegExp(`(?<![0-9A-Za-z_.])(v?)${escaped}(?![0-9A-Za-z_+-]|\\.\\d)`, 'g'), (_, v: string) => `${v}${to}`);
}

// ---- the wva history ------------------------------------------------------

const WVA_CHART = 'charts/workload-variant-autoscaler';
const WVA_VERSION_FILES = [`${WVA_CHART}/Chart.yaml`, `${WVA_CHART}/values.yaml`, 'Makefile', 'README.md'];
const REPO_URL = 'https://github.com/llm-d-incubation/workload-variant-autoscaler';

/** The CHANGELOG with an empty Unreleased section (what a release leaves). */
function changelogReleased(text: string): string {
  return text.replace(/(## \[Unreleased\]\n)[\s\S]*?(?=## \[)/, '$1\n');
}

/** The CHANGELOG as it stood at the 0.4.0 release: no 0.4.1 section or link. */
function changelogAt040(text: string): string {
  return changelogReleased(text)
    .replace(/## \[0\.4\.1\][\s\S]*?(?=## \[)/, '')
    .replace(`[Unreleased]: ${REPO_URL}/compare/v0.4.1...HEAD`, `[Unreleased]: ${REPO_URL}/compare/v0.4.0...HEAD`)
    .replace(/^\[0\.4\.1\]:.*\n/m, '');
}

/** Unreleased with only the #210 line (before #215 landed). */
function changelogWith210(text: string): string {
  return text.replace(/\n### Fixed\n- Reconcile no longer double counts[^\n]*\n/, '\n');
}

function wvaHistory(final: Record<string, string>): HistoryCommit[] {
  const later = new Set(['internal/collector/samples.go', 'internal/scaler/queue_depth.go', 'internal/controller/replicas.go']);
  const initial: Record<string, FileChange> = {};
  for (const [path, text] of Object.entries(final)) {
    if (later.has(path)) continue;
    let t = text;
    if (WVA_VERSION_FILES.includes(path)) t = withVersion(t, '0.4.1', '0.4.0');
    if (path === 'README.md') t = t.replace(/## Development\n[\s\S]*?(?=See \[CHANGELOG)/, '');
    if (path === 'CHANGELOG.md') t = changelogAt040(t);
    if (path === 'internal/collector/prometheus.go') t = t.replace('return firstSamples(samples), nil', 'return samples, nil');
    initial[path] = t;
  }
  const pick = (...paths: string[]): Record<string, FileChange> => Object.fromEntries(paths.map((p) => [p, final[p] as string]));
  return [
    { message: 'feat: Workload-Variant-Autoscaler operator, CRD and Helm chart', files: initial, tag: 'v0.4.0' },
    {
      message: 'fix(collector): do not panic when the Prometheus query returns no samples (#190)',
      files: pick('internal/collector/samples.go', 'internal/collector/prometheus.go'),
    },
    {
      message: 'chore: bump version to v0.4.1\n\nSigned-off-by: github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>\n',
      files: {
        ...Object.fromEntries(WVA_VERSION_FILES.map((p) => [p, (before: string | undefined) => withVersion(before ?? '', '0.4.0', '0.4.1')])),
        'CHANGELOG.md': changelogReleased(final['CHANGELOG.md'] as string),
      },
      tag: 'v0.4.1',
    },
    {
      message: 'feat(scaler): queue-depth based scale-out for vLLM backends (#210)',
      files: { ...pick('internal/scaler/queue_depth.go'), 'CHANGELOG.md': changelogWith210(final['CHANGELOG.md'] as string) },
    },
    {
      message: 'fix(controller): count the replicas of a variant once during a rollout (#215)',
      files: pick('internal/controller/replicas.go', 'CHANGELOG.md'),
    },
    { message: 'docs: describe the development targets', files: pick('README.md') },
  ];
}

const HISTORIES: Record<string, (final: Record<string, string>) => HistoryCommit[]> = { wva: wvaHistory };

/** The default history of a fixture: its own, or one commit with every file. */
export function fixtureHistory(name: string): HistoryCommit[] {
  const final = fixtureFiles(name);
  return HISTORIES[name]?.(final) ?? [{ message: 'feat: initial import', files: final }];
}

// ---- building -------------------------------------------------------------

/** Applies `commits` in `dir` (a repository); returns what was made. */
export function applyHistory(dir: string, commits: readonly HistoryCommit[]): CommitInfo[] {
  const made: CommitInfo[] = [];
  for (const c of commits) {
    for (const [path, change] of Object.entries(c.files ?? {})) {
      const full = join(dir, path);
      let before: string | undefined;
      try {
        before = readFileSync(full, 'utf8');
      } catch {
        before = undefined;
      }
      const next = typeof change === 'function' ? change(before) : change;
      if (next === null) rmSync(full, { force: true });
      else writeFiles(dir, { [path]: next });
    }
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-q', '--allow-empty', '-F', '-'], { input: c.message });
    const sha = git(dir, ['rev-parse', 'HEAD']);
    if (c.tag) makeTag(dir, c.tag);
    made.push({ sha, subject: c.message.split('\n')[0] ?? '', ...(c.tag ? { tag: c.tag } : {}) });
  }
  return made;
}

/**
 * Clones `url` into `dest` the way actions/checkout (fetch-depth: 0) leaves a job: branch
 * checked out, tags present. Synchronous: for a local path; see cloneWorkspaceAsync.
 */
export function cloneWorkspace(url: string, dest: string, opts: { branch?: string; env?: Record<string, string> } = {}): string {
  git(tmpdir(), ['clone', '-q', ...(opts.branch ? ['--branch', opts.branch] : []), '--', url, dest], { env: opts.env });
  git(dest, ['config', 'user.name', 'Test Author']);
  git(dest, ['config', 'user.email', 'author@example.com']);
  git(dest, ['config', 'commit.gpgsign', 'false']);
  return dest;
}

/**
 * The fixture's default history is built once per process and copied (dates are fixed,
 * so a rebuild would give the very same commits; the copy only saves the git calls).
 */
const built = new Map<string, { dir: string; commits: CommitInfo[] }>();
let cacheRoot: string | undefined;

function defaultHistoryRepo(fixture: string, branch: string): { dir: string; commits: CommitInfo[] } {
  const key = `${fixture}\0${branch}`;
  const hit = built.get(key);
  if (hit) return hit;
  if (!cacheRoot) {
    const root = mkdtempSync(join(tmpdir(), 'repo-cache-'));
    cacheRoot = root;
    process.once('exit', () => rmSync(root, { recursive: true, force: true }));
  }
  const dir = initRepo(join(cacheRoot, `${fixture}-${built.size}`), { branch });
  const entry = { dir, commits: applyHistory(dir, fixtureHistory(fixture)) };
  built.set(key, entry);
  return entry;
}

/**
 * The same, without blocking the event loop: use it for a remote served by this very
 * process (the GitHub emulator), which a synchronous clone would wait on forever.
 */
export async function cloneWorkspaceAsync(url: string, dest: string, opts: { branch?: string; env?: Record<string, string> } = {}): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    execFile(
      'git',
      ['clone', '-q', ...(opts.branch ? ['--branch', opts.branch] : []), '--', url, dest],
      { env: { ...process.env, GIT_TERMINAL_PROMPT: '0', ...opts.env } },
      (err, _stdout, stderr) => (err ? reject(new Error(`git clone ${url} failed: ${stderr}`)) : resolve()),
    );
  });
  git(dest, ['config', 'user.name', 'Test Author']);
  git(dest, ['config', 'user.email', 'author@example.com']);
  git(dest, ['config', 'commit.gpgsign', 'false']);
  return dest;
}

export function buildRepo(opts: BuildRepoOptions = {}): SampleRepo {
  const fixture = opts.fixture ?? 'wva';
  const branch = opts.branch ?? 'main';
  const root = mkdtempSync(join(tmpdir(), `repo-${fixture}-`));
  const dir = join(root, 'repo');
  let commits: CommitInfo[];
  if (opts.history) {
    initRepo(dir, { branch });
    commits = applyHistory(dir, opts.history);
  } else {
    const base = defaultHistoryRepo(fixture, branch);
    cpSync(base.dir, dir, { recursive: true });
    commits = [...base.commits];
  }
  commits.push(...applyHistory(dir, opts.then ?? []));
  const tags: Record<string, string> = {};
  for (const c of commits) if (c.tag) tags[c.tag] = c.sha;

  let origin: string | undefined;
  let workspace: string | undefined;
  if (opts.origin || opts.workspace) {
    origin = join(root, 'origin.git');
    git(root, ['clone', '-q', '--bare', '--', dir, origin]);
    git(dir, ['remote', 'add', 'origin', origin]);
    git(dir, ['fetch', '-q', 'origin']);
    if (opts.workspace) workspace = cloneWorkspace(origin, join(root, 'workspace'), { branch });
  }
  const head = commits[commits.length - 1]?.sha ?? '';
  return {
    root,
    dir,
    origin,
    workspace,
    branch,
    commits,
    tags,
    head,
    commit(prefix: string): string {
      const found = [...commits].reverse().find((c) => c.subject.startsWith(prefix));
      if (!found) throw new Error(`no commit whose subject starts with ${JSON.stringify(prefix)}`);
      return found.sha;
    },
    cleanup: async () => rmSync(root, { recursive: true, force: true }),
  };
}

/** Copies a fixture folder as plain files (no git) into `dest`. */
export function copyFixture(name: string, dest: string): string {
  cpSync(join(FIXTURE_REPOS, name), dest, { recursive: true });
  return dest;
}

/**
 * Every file of a work tree outside `.git`, path → bytes (base64): compare two of
 * these to prove that nothing was written.
 */
export function readTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      if (entry.name === '.git' && d === dir) continue;
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (statSync(full).isFile()) out[relative(dir, full).split(sep).join('/')] = readFileSync(full).toString('base64');
    }
  };
  walk(dir);
  return out;
}
