/**
 * The pages branch, edited in a repository of its own under RUNNER_TEMP so that the caller's
 * checkout is never touched (no refs, no shallow marker, no files): the branch is fetched at
 * depth 1 when it exists, or started as an orphan branch when it does not. Files are read
 * and written in its work tree; the commit is pushed with the foundation's pushWithRetry,
 * which on a non-fast-forward rejection re-fetches, resets and calls `reapply` (never a
 * force push).
 */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Git, type Identity } from '../lib/git/git.js';
import { pushWithRetry, readWithRetry } from '../lib/git/push.js';
import { run } from '../lib/process/exec.js';
import { ActionError } from '../lib/runner/errors.js';

export interface PagesOptions {
  workspace: string;
  /** GITHUB_SERVER_URL: the token is sent only below it. */
  serverUrl: string;
  /** owner/repo, for the remote when the workspace has no `origin`. */
  repository: string;
  token: string;
  branch: string;
  /** Where the temporary repository goes (RUNNER_TEMP). */
  tempRoot: string;
  identity?: Identity;
}

const REMOTE = 'origin';

/**
 * The remote of the pages branch: the workspace's `origin` (what actions/checkout cloned,
 * whatever repository or server that is), else `${serverUrl}/${repository}.git`.
 */
export async function pagesRemote(workspace: string, serverUrl: string, repository: string): Promise<string> {
  const r = await run('git', ['remote', 'get-url', '--', REMOTE], { cwd: workspace, allowFailure: true, env: { GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' } }).catch(() => undefined);
  const url = r && r.exitCode === 0 ? r.stdout.trim() : '';
  return url || `${serverUrl.replace(/\/+$/, '')}/${repository}.git`;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export class PagesBranch {
  private constructor(
    readonly git: Git,
    /** The work tree of the pages branch. */
    readonly dir: string,
    readonly branch: string,
    readonly remoteUrl: string,
    /** The branch existed on the remote when it was opened (false: an orphan branch was started). */
    readonly existed: boolean,
    /** The remote tip that was fetched, when the branch existed. */
    readonly base: string | undefined,
    private readonly root: string,
  ) {}

  static async open(opts: PagesOptions): Promise<PagesBranch> {
    const remoteUrl = await pagesRemote(opts.workspace, opts.serverUrl, opts.repository);
    await mkdir(opts.tempRoot, { recursive: true });
    const root = await mkdtemp(join(opts.tempRoot, 'publish-helm-'));
    const dir = join(root, 'pages');
    try {
      await run('git', ['init', '-q', '--', dir], { env: { LC_ALL: 'C' } });
      const git = new Git(dir, { token: opts.token || undefined, serverUrl: opts.serverUrl, ...(opts.identity ? { identity: opts.identity } : {}) });
      await git.git(['config', 'core.autocrlf', 'false']);
      await git.git(['remote', 'add', '--', REMOTE, remoteUrl]);
      const ref = `refs/heads/${opts.branch}`;
      const listed = await readWithRetry(() => git.git(['ls-remote', '--heads', '--', REMOTE, ref], { allowFailure: true }));
      if (listed.exitCode !== 0) {
        throw new ActionError(`cannot read the branches of ${displayRemote(remoteUrl)}: ${lastLines(listed.stderr || listed.stdout)}`);
      }
      const existed = listed.stdout.split('\n').some((l) => l.trim().endsWith(`\t${ref}`));
      let base: string | undefined;
      if (existed) {
        const fetched = await readWithRetry(() => git.git(['fetch', '-q', '--no-tags', '--depth=1', '--', REMOTE, `+${ref}:refs/remotes/${REMOTE}/${opts.branch}`], { allowFailure: true }));
        if (fetched.exitCode !== 0) throw new ActionError(`cannot fetch ${opts.branch} from ${displayRemote(remoteUrl)}: ${lastLines(fetched.stderr || fetched.stdout)}`);
        await git.switchNew(opts.branch, `refs/remotes/${REMOTE}/${opts.branch}`);
        base = await git.head();
      } else {
        await git.git(['symbolic-ref', 'HEAD', ref]);
      }
      return new PagesBranch(git, dir, opts.branch, remoteUrl, existed, base, root);
    } catch (e) {
      await rm(root, { recursive: true, force: true });
      throw e;
    }
  }

  /** A file of the work tree, or undefined when it is not there. */
  async read(path: string): Promise<Buffer | undefined> {
    try {
      return await readFile(join(this.dir, path));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'EISDIR') return undefined;
      throw e;
    }
  }

  async write(path: string, bytes: Uint8Array): Promise<void> {
    const full = join(this.dir, path);
    await mkdir(dirname(full), { recursive: true });
    await writeFile(full, bytes);
  }

  /** Commits `paths` (signed off, by the configured identity). */
  async commit(message: string, paths: string[]): Promise<string> {
    return this.git.commit(message, { paths });
  }

  /**
   * Pushes HEAD to the branch. On a non-fast-forward rejection the branch is re-fetched, the
   * work tree reset onto it and `reapply` called: it re-reads the files, applies the change
   * again and commits (returns false when the change is there already).
   */
  async push(reapply: () => Promise<boolean>): Promise<{ pushed: boolean; attempts: number }> {
    return pushWithRetry(this.git, { remote: REMOTE, branch: this.branch, reapply });
  }

  async close(): Promise<void> {
    await rm(this.root, { recursive: true, force: true });
  }
}

/** A remote URL for messages: credentials, if someone put them in the URL, left out. */
export function displayRemote(url: string): string {
  return url.replace(/^(\w+:\/\/)[^/@]*@/, '$1');
}

function lastLines(text: string): string {
  return text.trim().split('\n').slice(-3).join(' ');
}
