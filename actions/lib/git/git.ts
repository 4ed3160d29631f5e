import { ActionError } from '../runner/errors.js';
import { requestTimeoutMs } from '../runner/tuning.js';
import { StringDecoder } from 'node:string_decoder';
import { capture, run, stream, ProcessError, type RunResult } from '../process/exec.js';

export interface Identity {
  name: string;
  email: string;
}

export const BOT_IDENTITY: Identity = { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' };

export interface GitOptions {
  /** Token for HTTPS remotes, sent as a header scoped to `serverUrl`, never put in a URL or argument. */
  token?: string;
  /** e.g. https://github.com or the emulator's URL; the header applies only below it. */
  serverUrl?: string;
  identity?: Identity;
  /** Extra environment for every git call, e.g. GNUPGHOME for signing. */
  env?: Record<string, string>;
}

export interface CommitRecord {
  sha: string;
  parents: string[];
  subject: string;
  body: string;
}

const FIELD = '\x1f';
const RECORD = '\x1e';

/**
 * Git through argument arrays. Refs and ranges go after `--end-of-options` (or
 * before `--` for paths), so a ref that starts with `-` is never an option.
 */
export class Git {
  constructor(
    readonly cwd: string,
    readonly options: GitOptions = {},
  ) {}

  private env(): Record<string, string> {
    const env: Record<string, string> = { GIT_TERMINAL_PROMPT: '0', GIT_ASKPASS: '', LC_ALL: 'C', ...stallLimit(), ...this.options.env };
    const { token, serverUrl } = this.options;
    if (token) {
      const base = (serverUrl ?? process.env['GITHUB_SERVER_URL'] ?? 'https://github.com').replace(/\/?$/, '/');
      const basic = Buffer.from(`x-access-token:${token}`).toString('base64');
      // An empty value first resets headers stored by actions/checkout for the same URL, so
      // exactly one Authorization header is sent.
      Object.assign(env, {
        GIT_CONFIG_COUNT: '2',
        GIT_CONFIG_KEY_0: `http.${base}.extraheader`,
        GIT_CONFIG_VALUE_0: '',
        GIT_CONFIG_KEY_1: `http.${base}.extraheader`,
        GIT_CONFIG_VALUE_1: `AUTHORIZATION: basic ${basic}`,
      });
    }
    return env;
  }

  private identityArgs(): string[] {
    const id = this.options.identity ?? BOT_IDENTITY;
    return ['-c', `user.name=${id.name}`, '-c', `user.email=${id.email}`];
  }

  async git(args: readonly string[], opts: { allowFailure?: boolean; input?: string } = {}): Promise<RunResult> {
    return run('git', args, { cwd: this.cwd, env: this.env(), ...opts });
  }

  async out(args: readonly string[]): Promise<string> {
    return (await this.git(args)).stdout.trim();
  }

  /** The commit a ref points at, or undefined when the ref does not exist. */
  async resolve(ref: string): Promise<string | undefined> {
    const r = await this.git(['rev-parse', '--verify', '-q', '--end-of-options', `${ref}^{commit}`], { allowFailure: true });
    return r.exitCode === 0 ? r.stdout.trim() : undefined;
  }

  /**
   * Whether this is a repository, whether it is shallow, and the commit at HEAD, from one
   * `rev-parse`; null when it is not a repository. HEAD is undefined in a repository
   * without a commit (git still answers the shallow question then, and exits 1).
   */
  async probe(): Promise<{ shallow: boolean; head: string | undefined } | null> {
    // spawned at once (capture), not after @actions/exec loads: the changelog starts this first thing
    const r = await capture('git', ['rev-parse', '--is-shallow-repository', '--verify', '-q', '--end-of-options', 'HEAD^{commit}'], { cwd: this.cwd, env: this.env(), allowFailure: true });
    const [shallow, head] = r.stdout.trim().split('\n');
    if (shallow !== 'true' && shallow !== 'false') return null;
    return { shallow: shallow === 'true', head: r.exitCode === 0 && head ? head : undefined };
  }

  async head(): Promise<string> {
    return this.out(['rev-parse', 'HEAD']);
  }

  async currentBranch(): Promise<string | undefined> {
    const r = await this.git(['symbolic-ref', '-q', '--short', 'HEAD'], { allowFailure: true });
    return r.exitCode === 0 ? r.stdout.trim() : undefined;
  }

  async tags(): Promise<string[]> {
    const out = await this.out(['for-each-ref', '--format=%(refname:strip=2)', 'refs/tags']);
    return out ? out.split('\n') : [];
  }

  /** Whether a tag is annotated (a tag object) rather than lightweight. */
  async tagType(tag: string): Promise<'annotated' | 'lightweight' | undefined> {
    const r = await this.git(['cat-file', '-t', '--end-of-options', `refs/tags/${tag}`], { allowFailure: true });
    if (r.exitCode !== 0) return undefined;
    return r.stdout.trim() === 'tag' ? 'annotated' : 'lightweight';
  }

  async isClean(): Promise<boolean> {
    return (await this.out(['status', '--porcelain', '--untracked-files=normal'])) === '';
  }

  async isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    const r = await this.git(['merge-base', '--is-ancestor', '--', ancestor, descendant], { allowFailure: true });
    return r.exitCode === 0;
  }

  /** Commits in `range` (e.g. `v0.4.1..HEAD`), newest first. */
  async log(range: string, opts: LogOptions = {}): Promise<CommitRecord[]> {
    const out: CommitRecord[] = [];
    await this.logEach(range, (c) => void out.push(c), opts);
    return out;
  }

  /** Each commit of `range`, newest first, handed over while git is still reading the history. */
  async logEach(range: string, onCommit: (c: CommitRecord) => void, opts: LogOptions = {}): Promise<void> {
    const reader = new LogReader(onCommit);
    await this.logChunks(range, (chunk) => reader.push(chunk), opts);
    reader.end();
  }

  /** `git log` of `range` in {@link LogReader}'s format, as the bytes arrive (for a caller that is not ready to read commits yet). */
  async logChunks(range: string, onData: (chunk: Buffer) => void, opts: LogOptions = {}): Promise<void> {
    const format = ['%H', '%P', '%s', '%b'].join(FIELD) + RECORD;
    const args = ['log', `--format=${format}`, ...(opts.firstParent ? ['--first-parent'] : []), '--end-of-options', range, '--', ...(opts.paths ?? [])];
    // GIT_FLUSH=0: git flushes its output after every commit into a pipe otherwise, one
    // write (and one wake-up of this process) per commit
    await stream('git', args, { cwd: this.cwd, env: { ...this.env(), GIT_FLUSH: '0' }, onData });
  }

  /** Every tag with the commit it names (peeled), in one `for-each-ref`; undefined when it names no commit directly. */
  async tagCommits(): Promise<Map<string, string | undefined>> {
    const out = (await capture('git', ['for-each-ref', '--format=%(refname:strip=2)%00%(objecttype)%00%(objectname)%00%(*objecttype)%00%(*objectname)', 'refs/tags'], { cwd: this.cwd, env: this.env() })).stdout.trim();
    const tags = new Map<string, string | undefined>();
    for (const line of out ? out.split('\n') : []) {
      const [name = '', type, sha, peeledType, peeled] = line.split('\0');
      tags.set(name, type === 'commit' ? sha : peeledType === 'commit' ? peeled : undefined);
    }
    return tags;
  }

  async show(ref: string, path: string): Promise<string | undefined> {
    const r = await this.git(['show', '--end-of-options', `${ref}:${path}`], { allowFailure: true });
    return r.exitCode === 0 ? r.stdout : undefined;
  }

  async fetch(remote: string, refspecs: readonly string[], opts: { force?: boolean; depth?: number } = {}): Promise<void> {
    await this.git(['fetch', '--no-tags', ...(opts.force ? ['--force'] : []), ...(opts.depth ? [`--depth=${opts.depth}`] : []), '--', remote, ...refspecs]);
  }

  async push(remote: string, refspecs: readonly string[], opts: { atomic?: boolean } = {}): Promise<RunResult> {
    return this.git(['push', '--porcelain', ...(opts.atomic ? ['--atomic'] : []), '--', remote, ...refspecs], { allowFailure: true });
  }

  /** Stages `paths` and commits with a sign-off; returns the new commit. */
  async commit(message: string, opts: { paths?: string[]; signOff?: boolean; signingKey?: string; allowEmpty?: boolean } = {}): Promise<string> {
    if (opts.paths && opts.paths.length > 0) await this.git(['add', '--', ...opts.paths]);
    const sign = opts.signingKey ? [`--gpg-sign=${opts.signingKey}`] : ['--no-gpg-sign'];
    await this.git([...this.identityArgs(), 'commit', '-q', ...(opts.signOff === false ? [] : ['--signoff']), ...sign, ...(opts.allowEmpty ? ['--allow-empty'] : []), '-F', '-'], {
      input: message,
    });
    return this.head();
  }

  /** An annotated tag, signed when a key is given. */
  async tag(name: string, message: string, opts: { target?: string; signingKey?: string } = {}): Promise<void> {
    const sign = opts.signingKey ? ['-s', '-u', opts.signingKey] : ['-a'];
    await this.git([...this.identityArgs(), 'tag', ...sign, '-F', '-', '--', name, ...(opts.target ? [opts.target] : [])], { input: message });
  }

  /** Creates (or resets) `branch` at `startPoint` and checks it out. */
  async switchNew(branch: string, startPoint: string): Promise<void> {
    // checkout takes no --end-of-options here; assertRef keeps both from being options.
    await this.git(['checkout', '-q', '-B', assertRef(branch), assertRef(startPoint), '--']);
  }

  /** Resets the work tree and the current branch to `ref`. */
  async resetHard(ref: string): Promise<void> {
    await this.git(['reset', '-q', '--hard', assertRef(ref), '--']);
  }

  /**
   * Cherry-picks `shas` in order. On a conflict the pick is aborted, the work
   * tree is left as before, and the error names the commit and the files.
   */
  async cherryPick(shas: readonly string[]): Promise<void> {
    for (const sha of shas) {
      const r = await this.git([...this.identityArgs(), 'cherry-pick', '-x', '--allow-empty', '--end-of-options', sha], { allowFailure: true });
      if (r.exitCode !== 0) {
        const conflicted = (await this.git(['diff', '--name-only', '--diff-filter=U'], { allowFailure: true })).stdout.trim().split('\n').filter(Boolean);
        await this.git(['cherry-pick', '--abort'], { allowFailure: true });
        throw new ActionError(
          `cherry-pick of ${sha} failed${conflicted.length ? ` with conflicts in ${conflicted.join(', ')}` : ''}: ${(r.stderr || r.stdout).trim().split('\n').slice(-3).join(' ')}. Resolve it on a branch by hand, or pick a different commit.`,
        );
      }
    }
  }

  /**
   * Adds a worktree for `branch` in `dir`, so that another branch (e.g. the pages
   * branch) is edited without touching the caller's checkout.
   */
  async addWorktree(dir: string, ref: string, opts: { detach?: boolean; orphanBranch?: string } = {}): Promise<Git> {
    if (opts.orphanBranch) {
      await this.git(['worktree', 'add', '--detach', '--', dir]);
      const wt = new Git(dir, this.options);
      await wt.git(['checkout', '-q', '--orphan', opts.orphanBranch]);
      await wt.git(['rm', '-rfq', '--ignore-unmatch', '.']);
      return wt;
    }
    await this.git(['worktree', 'add', ...(opts.detach ? ['--detach'] : []), '--', dir, ref]);
    return new Git(dir, this.options);
  }

  async removeWorktree(dir: string): Promise<void> {
    await this.git(['worktree', 'remove', '--force', '--', dir], { allowFailure: true });
  }
}

/**
 * git over HTTP has no timeout of its own: a server that accepts the connection and never
 * answers holds the job until the runner kills it. A transfer slower than 1 byte/s for the
 * per-attempt timeout (RELEASE_ACTIONS_REQUEST_TIMEOUT_MS, runner/tuning.ts; whole seconds) is
 * aborted, so the run fails with git's "Operation too slow" and can be re-run.
 */
function stallLimit(): Record<string, string> {
  const seconds = Math.max(1, Math.ceil(requestTimeoutMs() / 1000));
  return { GIT_HTTP_LOW_SPEED_LIMIT: '1', GIT_HTTP_LOW_SPEED_TIME: String(seconds) };
}

/** A ref or branch name that cannot be read as an option or a path trick. */
export function assertRef(ref: string): string {
  if (!ref || ref.startsWith('-') || /[\s~^:?*[\\]|\.\.|@\{|\/\/|\.lock$|\/$/.test(ref)) throw new ActionError(`expected a git ref name, got ${JSON.stringify(ref)}`);
  return ref;
}

export interface LogOptions {
  paths?: string[];
  firstParent?: boolean;
}

/** `git log` output in the format of {@link Git.logEach}, chunk by chunk (a record or a character may span chunks). */
export class LogReader {
  private readonly decoder = new StringDecoder('utf8');
  private rest = '';

  constructor(private readonly onCommit: (c: CommitRecord) => void) {}

  push(chunk: Buffer | string): void {
    const parts = (typeof chunk === 'string' ? chunk : this.decoder.write(chunk)).split(RECORD);
    // only the record the last chunk cut is joined, not the whole chunk copied behind it
    parts[0] = this.rest + parts[0]!;
    this.rest = parts.pop()!;
    for (const raw of parts) this.record(raw);
  }

  end(): void {
    const last = this.rest + this.decoder.end();
    this.rest = '';
    this.record(last);
  }

  private record(raw: string): void {
    // git ends each formatted commit with a newline, so every record after the first starts with one
    const start = raw.charCodeAt(0) === 10 ? 1 : 0;
    if (raw.length === start) return;
    // the fields as `split(FIELD)` would cut them (the fourth ends at a fifth separator, if any),
    // by position: split is a runtime call and an array per commit, ten thousand times over
    const a = fieldEnd(raw, start);
    const b = fieldEnd(raw, a + 1);
    const c = fieldEnd(raw, b + 1);
    const parents = raw.slice(a + 1, b);
    this.onCommit({ sha: raw.slice(start, a), parents: parentList(parents), subject: raw.slice(b + 1, c), body: raw.slice(c + 1, fieldEnd(raw, c + 1)).trimEnd() });
  }
}

/** Where the field that starts at `from` ends: the next separator, else the end of the record. */
function fieldEnd(record: string, from: number): number {
  const at = record.indexOf(FIELD, from);
  return at === -1 ? record.length : at;
}

/** `%P`: no parent (a root), one (most commits) or several (a merge). */
function parentList(parents: string): string[] {
  if (parents === '') return [];
  return parents.includes(' ') ? parents.split(' ') : [parents];
}

/** A push refused because the remote moved on (a concurrent writer), not for lack of rights. */
export function isNonFastForward(result: RunResult): boolean {
  const text = `${result.stdout}\n${result.stderr}`;
  return /\[rejected\]|non-fast-forward|fetch first|\(stale info\)|cannot lock ref|failed to update ref/.test(text) && !/protected branch|pre-receive hook declined|permission/i.test(text);
}

export { ProcessError };
