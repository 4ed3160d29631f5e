/**
 * The I/O of doctor: everything the checks read, gathered once from the repository (git and
 * the work tree), so that the checks are pure functions of `Facts`.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { DEFAULT_CONFIG_PATH, parseConfig } from '../../actions/lib/config/config.js';
import { Git } from '../../actions/lib/git/git.js';
import { FileError } from '../../actions/lib/runner/errors.js';
import { judgeChart } from './chart.js';
import type { ConfigFact, Facts, TagFact } from './types.js';
import { referenceConfig, versionPaths } from './versions.js';

/** Doctor cannot look at what it was given; the message says what to do. */
export class DoctorInputError extends Error {}

/** The files the checks read, besides the workflows and the charts. */
const READ = ['Makefile', 'README.md', 'CHANGELOG.md', 'Dockerfile', DEFAULT_CONFIG_PATH];

export async function repositoryRoot(repo: string): Promise<string> {
  const dir = resolve(repo);
  if (!existsSync(dir)) throw new DoctorInputError(`--repo ${repo}: no such folder; give the path of a git repository's work tree (e.g. --repo ../workload-variant-autoscaler)`);
  if (!statSync(dir).isDirectory()) throw new DoctorInputError(`--repo ${repo}: not a folder; give the path of a git repository's work tree`);
  const git = new Git(dir);
  const r = await git.git(['rev-parse', '--show-toplevel'], { allowFailure: true });
  if (r.exitCode !== 0 && (await git.git(['rev-parse', '--is-bare-repository'], { allowFailure: true })).stdout.trim() === 'true') {
    throw new DoctorInputError(`${dir} is a bare repository: it has no work tree to check; clone it (git clone ${dir} ${basename(dir).replace(/\.git$/, '') || 'work'}) and run doctor in the clone`);
  }
  if (r.exitCode !== 0) {
    throw new DoctorInputError(`${dir} is not in a git repository; run doctor inside the repository to release, or name it with --repo PATH`);
  }
  return r.stdout.trim();
}

export async function gatherFacts(root: string): Promise<Facts> {
  const git = new Git(root);
  const [listed, tags, branches, current, origin, signing] = await Promise.all([
    git.out(['ls-files', '-z', '--cached', '--others', '--exclude-standard']),
    readTags(git),
    git.out(['for-each-ref', '--format=%(refname:short)', 'refs/heads', 'refs/remotes']),
    git.currentBranch(),
    git.git(['remote', 'get-url', 'origin'], { allowFailure: true }),
    signingConfigured(git),
  ]);
  const paths = [...new Set(listed.split('\0').filter((p) => p !== ''))].filter((p) => existsSync(join(root, p))).sort();
  const wanted = paths.filter((p) => READ.includes(p) || /^charts\/[^/]+\/(?:Chart|values)\.yaml$/.test(p) || /^\.github\/workflows\/[^/]+\.ya?ml$/.test(p));
  const files = new Map(wanted.map((p) => [p, readFileSync(join(root, p), 'utf8')] as const));
  const config = await readConfig(files);
  // the files that hold version references, as bump-version finds them (a chart's README, kustomizations)
  for (const p of versionPaths(paths, referenceConfig(config?.data))) {
    if (!files.has(p) && paths.includes(p)) files.set(p, readFileSync(join(root, p), 'utf8'));
  }
  const charts = paths.filter((p) => /^charts\/[^/]+\/Chart\.yaml$/.test(p)).map((p) => p.slice(0, -'/Chart.yaml'.length));
  const chartPath = config?.data?.chart ?? (charts.length === 1 ? charts[0] : undefined);
  const repository = origin.exitCode === 0 ? githubRepository(origin.stdout.trim()) : undefined;
  return {
    root,
    paths,
    files,
    tags,
    branches: branches ? branches.split('\n') : [],
    ...(current ? { currentBranch: current } : {}),
    ...(repository ? { repository } : {}),
    signingKey: signing,
    ...(chartPath && existsSync(join(root, chartPath)) ? { chart: judgeChart(root, chartPath) } : {}),
    ...(config ? { config } : {}),
  };
}

async function readTags(git: Git): Promise<TagFact[]> {
  const out = await git.out(['for-each-ref', '--format=%(refname:strip=2)%00%(objecttype)%00%(contents:signature)%1e', 'refs/tags']);
  return out
    .split('\x1e')
    .map((r) => r.replace(/^\n/, ''))
    .filter((r) => r !== '')
    .map((r) => {
      const [name = '', type = '', signature = ''] = r.split('\0');
      return { name, annotated: type === 'tag', signed: signature.includes('-----BEGIN') };
    });
}

async function signingConfigured(git: Git): Promise<boolean> {
  const key = await git.git(['config', '--get', 'user.signingkey'], { allowFailure: true });
  return key.exitCode === 0 && key.stdout.trim() !== '';
}

/** `owner/repo` of a GitHub remote URL (https, ssh or scp-like), else undefined. */
export function githubRepository(url: string): string | undefined {
  const m = /github\.com[:/]+([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+?)(?:\.git)?\/?$/.exec(url);
  return m ? `${m[1]}/${m[2]}` : undefined;
}

async function readConfig(files: ReadonlyMap<string, string>): Promise<ConfigFact | undefined> {
  const text = files.get(DEFAULT_CONFIG_PATH);
  if (text === undefined) return undefined;
  try {
    return { path: DEFAULT_CONFIG_PATH, data: (await parseConfig(text, DEFAULT_CONFIG_PATH)) as ConfigFact['data'] };
  } catch (error) {
    if (!(error instanceof FileError)) throw error;
    const prefix = `${error.file}${error.line ? `:${error.line}` : ''}: `;
    return { path: DEFAULT_CONFIG_PATH, error: { ...(error.line ? { line: error.line } : {}), message: error.message.replace(prefix, '') } };
  }
}
