/**
 * The git side of bump-version, on the foundation's `Git`: what the remote has
 * (one `ls-remote`), file contents at a commit (one `cat-file --batch`), the paths
 * of a commit, and writing a set of files all together. Reading never changes a
 * ref or the work tree; fetching a missing commit only adds objects (FETCH_HEAD).
 */
import { randomBytes } from 'node:crypto';
import { chmod, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Git } from '../lib/git/git.js';
import { ActionError } from '../lib/runner/errors.js';
import { readWithRetry } from '../lib/git/push.js';

export interface RemoteRefs {
  /** The branch the remote's HEAD points at, when it says. */
  defaultBranch?: string;
  /** Branch name → commit. */
  heads: Map<string, string>;
  /** Tag name → the commit it points at (annotated tags peeled). */
  tags: Map<string, string>;
}

/** Parses `git ls-remote --symref` output. */
export function parseLsRemote(stdout: string): RemoteRefs {
  const heads = new Map<string, string>();
  const tags = new Map<string, string>();
  let defaultBranch: string | undefined;
  for (const line of stdout.split('\n')) {
    const sym = /^ref: refs\/heads\/(\S+)\tHEAD$/.exec(line);
    if (sym) {
      defaultBranch = sym[1];
      continue;
    }
    const m = /^([0-9a-f]{40,64})\t(\S+)$/.exec(line);
    if (!m) continue;
    const [, sha = '', ref = ''] = m;
    if (ref.startsWith('refs/heads/')) heads.set(ref.slice('refs/heads/'.length), sha);
    else if (ref.startsWith('refs/tags/')) {
      const name = ref.slice('refs/tags/'.length);
      // `tag^{}` is the peeled commit of an annotated tag; it wins over the tag object.
      if (name.endsWith('^{}')) tags.set(name.slice(0, -3), sha);
      else if (!tags.has(name)) tags.set(name, sha);
    }
  }
  return { ...(defaultBranch ? { defaultBranch } : {}), heads, tags };
}

export async function remoteRefs(git: Git, remote: string): Promise<RemoteRefs> {
  // a read: one lost in transport is sent again
  const r = await readWithRetry(() => git.git(['ls-remote', '--symref', '--', remote, 'HEAD', 'refs/heads/*', 'refs/tags/*'], { allowFailure: true }));
  if (r.exitCode !== 0) {
    throw new ActionError(`cannot read the branches and tags of ${remote}: ${(r.stderr || r.stdout).trim().split('\n').slice(-2).join(' ')}`);
  }
  return parseLsRemote(r.stdout);
}

/** Local tags (name → commit; '' for a tag that names no commit), for tags fetched but not (yet) on the remote. */
export async function localTags(git: Git): Promise<Map<string, string>> {
  return new Map([...(await git.tagCommits())].map(([name, sha]) => [name, sha ?? '']));
}

/** The full SHA of commit `ref` here, or undefined. */
async function commitHere(git: Git, ref: string): Promise<string | undefined> {
  const r = await git.git(['rev-parse', '--verify', '-q', '--end-of-options', `${ref}^{commit}`], { allowFailure: true });
  return r.exitCode === 0 ? r.stdout.trim() : undefined;
}

/** Makes sure `sha` (a full SHA the remote advertised, or one a user gave) is here; fetches it by id when not. */
export async function ensureCommit(git: Git, remote: string, sha: string, what: string): Promise<string> {
  const here = await commitHere(git, sha);
  if (here) return here;
  const r = await git.git(['fetch', '-q', '--no-tags', '--no-write-fetch-head', '--', remote, sha], { allowFailure: true });
  const fetched = r.exitCode === 0 ? await commitHere(git, sha) : undefined;
  if (!fetched) throw new ActionError(`${what} ${sha} is not in this repository or on ${remote}${r.stderr ? `: ${r.stderr.trim().split('\n').pop()}` : ''}`);
  return fetched;
}

/** A shallow clone lacks the history `auto` and the changelog need: fetch the rest. */
export async function unshallow(git: Git, remote: string): Promise<void> {
  if ((await git.out(['rev-parse', '--is-shallow-repository'])) !== 'true') return;
  await git.git(['fetch', '-q', '--no-tags', '--no-write-fetch-head', '--unshallow', '--', remote]);
}

/** Every file path of `commit` (`/`-separated). */
export async function listPaths(git: Git, commit: string): Promise<string[]> {
  const out = (await git.git(['ls-tree', '-r', '-z', '--name-only', '--full-tree', '--end-of-options', commit])).stdout;
  return out.split('\0').filter(Boolean);
}

/**
 * The text of `paths` at `commit`, in one `git cat-file --batch`; `undefined` for a
 * path that is not there (or is not a file).
 */
export async function readAt(git: Git, commit: string, paths: readonly string[]): Promise<Map<string, string | undefined>> {
  const unique = [...new Set(paths)];
  const result = new Map<string, string | undefined>();
  if (unique.length === 0) return result;
  const { stdout } = await git.git(['cat-file', '--batch'], { input: unique.map((p) => `${commit}:${p}\n`).join('') });
  const buf = Buffer.from(stdout, 'utf8');
  let at = 0;
  for (const path of unique) {
    const nl = buf.indexOf(0x0a, at);
    if (nl < 0) throw new ActionError(`git cat-file ended early while reading ${path} at ${commit}`);
    const header = buf.subarray(at, nl).toString('utf8');
    at = nl + 1;
    const m = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
    if (!m) {
      result.set(path, undefined); // `<name> missing` or `ambiguous`
      continue;
    }
    const size = Number(m[2]);
    const body = buf.subarray(at, at + size);
    at += size + 1;
    result.set(path, m[1] === 'blob' ? body.toString('utf8') : undefined);
  }
  return result;
}

export interface FileWrite {
  path: string;
  text: string;
}

/**
 * Writes every file or none: each goes to a temporary file beside it first, and only
 * when all of them are written are they renamed into place.
 */
export async function writeAll(root: string, files: readonly FileWrite[]): Promise<void> {
  const staged: Array<{ tmp: string; dest: string }> = [];
  try {
    for (const f of files) {
      const dest = join(root, f.path);
      const tmp = join(dirname(dest), `.${randomBytes(6).toString('hex')}.bump-version.tmp`);
      await writeFile(tmp, f.text, { flag: 'wx' });
      staged.push({ tmp, dest });
      // keep the mode (an executable script holding the version stays executable)
      const mode = await stat(dest).then((s) => s.mode & 0o7777, () => undefined);
      if (mode !== undefined) await chmod(tmp, mode);
    }
  } catch (err) {
    await Promise.all(staged.map((s) => rm(s.tmp, { force: true })));
    throw err;
  }
  for (const s of staged) await rename(s.tmp, s.dest);
}

/**
 * `git status --porcelain` lines of the work tree (empty when clean); undefined when
 * the folder is not a git work tree.
 */
export async function dirtyFiles(git: Git): Promise<string[] | undefined> {
  const r = await git.git(['status', '--porcelain', '--untracked-files=normal'], { allowFailure: true });
  if (r.exitCode !== 0) return undefined;
  const out = r.stdout.trimEnd();
  return out ? out.split('\n') : [];
}
