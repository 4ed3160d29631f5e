/**
 * Plumbing over the emulator's bare repositories. The REST views of refs,
 * tags and commits are read from git on every request (pushes change them
 * behind the emulator's back), and REST writes go through git too.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CatFile } from './cat-file.js';
import { gitEnv } from './git-env.js';

export { gitEnv };

export interface GitResult {
  code: number;
  stdout: Buffer;
  stderr: string;
}

export interface GitIdentity {
  name: string;
  email: string;
  /** ISO date; defaults to now. */
  date?: string;
}

export interface Signature {
  name: string;
  email: string;
  date: string;
}

export interface CommitInfo {
  sha: string;
  tree: string;
  parents: string[];
  author: Signature;
  committer: Signature;
  message: string;
  signature: string | null;
  /** The commit without its signature: what the signature signs. */
  payload: string;
}

export interface TagInfo {
  sha: string;
  object: string;
  type: string;
  tag: string;
  tagger: Signature;
  message: string;
  signature: string | null;
  payload: string;
}

export interface RefInfo {
  ref: string;
  sha: string;
  type: string;
}

export function runGit(
  args: string[],
  opts: { cwd?: string; input?: Buffer | string; env?: Record<string, string> } = {},
): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { cwd: opts.cwd, env: gitEnv(opts.env), stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') }));
    child.stdin.on('error', () => undefined); // git may exit before reading all input
    child.stdin.end(opts.input ?? '');
  });
}

export interface TreeEntry {
  type: string;
  sha: string;
  size: number;
  path: string;
}

export class BareRepo {
  private readonly cat: CatFile;

  constructor(readonly path: string) {
    this.cat = new CatFile(path);
  }

  /** Ends the long-lived reader; the repository stays usable (a new reader starts on demand). */
  close(): void {
    this.cat.close();
  }

  run(args: string[], opts: { input?: Buffer | string; env?: Record<string, string> } = {}): Promise<GitResult> {
    return runGit(['--git-dir', this.path, ...args], opts);
  }

  /** Runs git and returns trimmed stdout; a failure is an emulator bug, so it throws. */
  async out(args: string[], opts: { input?: Buffer | string; env?: Record<string, string> } = {}): Promise<string> {
    const r = await this.run(args, opts);
    if (r.code !== 0) throw new Error(`git ${args.join(' ')} failed in ${this.path}: ${r.stderr.trim()}`);
    return r.stdout.toString('utf8').trim();
  }

  async resolve(rev: string, peel: 'commit' | 'tree' | 'object' = 'commit'): Promise<string | null> {
    return (await this.cat.info(`${rev}^{${peel}}`))?.sha ?? null;
  }

  /** A branch, tag, `heads/x`, `tags/x`, full ref or sha, as GitHub's `{ref}` parameters accept. */
  async resolveCommitish(ref: string): Promise<string | null> {
    // git's own lookup tries <ref>, refs/<ref>, refs/tags/<ref> and refs/heads/<ref> in turn.
    return this.resolve(ref);
  }

  async refs(prefix = 'refs/'): Promise<RefInfo[]> {
    const text = await this.out(['for-each-ref', '--format=%(refname)%00%(objectname)%00%(objecttype)']);
    return text
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [ref = '', sha = '', type = ''] = line.split('\0');
        return { ref, sha, type };
      })
      .filter((r) => r.ref.startsWith(prefix));
  }

  /** One ref by its full name, with the type of the object it points at. */
  async ref(ref: string): Promise<RefInfo | null> {
    if (!ref.startsWith('refs/')) return null;
    const info = await this.cat.info(ref);
    return info ? { ref, sha: info.sha, type: info.type } : null;
  }

  async objectType(sha: string): Promise<string | null> {
    if (!/^[0-9a-f]{4,40}$/.test(sha)) return null;
    return (await this.cat.info(sha))?.type ?? null;
  }

  /** Updates a ref only if it still has `oldSha` (empty string: only if it does not exist). */
  async updateRef(ref: string, newSha: string, oldSha?: string): Promise<boolean> {
    const args = ['update-ref', ref, newSha];
    if (oldSha !== undefined) args.push(oldSha === '' ? '0'.repeat(40) : oldSha);
    return (await this.run(args)).code === 0;
  }

  async deleteRef(ref: string): Promise<void> {
    await this.out(['update-ref', '-d', ref]);
  }

  async isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    return (await this.run(['merge-base', '--is-ancestor', ancestor, descendant])).code === 0;
  }

  async mergeBase(a: string, b: string): Promise<string | null> {
    const r = await this.run(['merge-base', a, b]);
    return r.code === 0 ? r.stdout.toString('utf8').trim() : null;
  }

  /** Commits reachable from `head` but not from `exclude`, newest first. */
  async revList(head: string, opts: { exclude?: string; max?: number; skip?: number; path?: string } = {}): Promise<string[]> {
    const args = ['rev-list'];
    if (opts.max !== undefined) args.push(`--max-count=${opts.max}`);
    if (opts.skip) args.push(`--skip=${opts.skip}`);
    args.push(head);
    if (opts.exclude) args.push(`^${opts.exclude}`);
    args.push('--');
    if (opts.path) args.push(opts.path);
    return (await this.out(args)).split('\n').filter(Boolean);
  }

  private async object(sha: string, type: string): Promise<string> {
    const found = await this.cat.contents(sha);
    if (!found || found.info.type !== type) throw new Error(`no ${type} ${sha} in ${this.path}`);
    return found.content.toString('utf8');
  }

  async commit(sha: string): Promise<CommitInfo> {
    const { headers, message, signature, payload } = parseObject(await this.object(sha, 'commit'), 'gpgsig');
    return {
      sha,
      tree: headers.get('tree')?.[0] ?? '',
      parents: headers.get('parent') ?? [],
      author: parseSignature(headers.get('author')?.[0] ?? ''),
      committer: parseSignature(headers.get('committer')?.[0] ?? ''),
      message,
      signature,
      payload,
    };
  }

  async tag(sha: string): Promise<TagInfo> {
    const { headers, message, signature, payload } = parseObject(await this.object(sha, 'tag'), null);
    return {
      sha,
      object: headers.get('object')?.[0] ?? '',
      type: headers.get('type')?.[0] ?? '',
      tag: headers.get('tag')?.[0] ?? '',
      tagger: parseSignature(headers.get('tagger')?.[0] ?? ''),
      message,
      signature,
      payload,
    };
  }

  async hashBlob(data: Buffer): Promise<string> {
    return this.out(['hash-object', '-w', '--stdin'], { input: data });
  }

  /** Entry of `path` in a commit's tree (the root tree for ''), or null. */
  async lsTree(commit: string, path: string): Promise<TreeEntry | null> {
    const info = await this.cat.info(`${commit}:${path}`);
    return info ? { type: info.type, sha: info.sha, size: info.type === 'blob' ? info.size : 0, path } : null;
  }

  async lsDir(commit: string, dir: string): Promise<TreeEntry[]> {
    const tree = await this.cat.contents(`${commit}:${dir}`);
    if (!tree || tree.info.type !== 'tree') return [];
    const entries: Array<Omit<TreeEntry, 'size'>> = [];
    const raw = tree.content;
    // Tree objects are "<mode> <name>\0<20-byte id>" repeated.
    for (let i = 0; i < raw.length; ) {
      const space = raw.indexOf(0x20, i);
      const nul = raw.indexOf(0, space);
      const mode = raw.subarray(i, space).toString('latin1');
      const name = raw.subarray(space + 1, nul).toString('utf8');
      const sha = raw.subarray(nul + 1, nul + 21).toString('hex');
      const type = mode === '40000' ? 'tree' : mode === '160000' ? 'commit' : 'blob';
      entries.push({ type, sha, path: dir ? `${dir}/${name}` : name });
      i = nul + 21;
    }
    return Promise.all(entries.map(async (e) => ({ ...e, size: e.type === 'blob' ? ((await this.cat.info(e.sha))?.size ?? 0) : 0 })));
  }

  async blob(sha: string): Promise<Buffer> {
    const found = await this.cat.contents(sha);
    if (!found || found.info.type !== 'blob') throw new Error(`no blob ${sha} in ${this.path}`);
    return found.content;
  }

  /**
   * A tree equal to `baseTree` with files written or removed, built in a
   * throwaway index so the bare repository never needs a work tree.
   */
  async writeTree(baseTree: string | null, changes: Array<{ path: string; data: Buffer | null }>): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'gh-emu-index-'));
    const env = { GIT_INDEX_FILE: join(dir, 'index') };
    try {
      if (baseTree) await this.out(['read-tree', baseTree], { env });
      for (const c of changes) {
        if (c.data === null) await this.out(['update-index', '--force-remove', '--', c.path], { env });
        else await this.out(['update-index', '--add', '--cacheinfo', `100644,${await this.hashBlob(c.data)},${c.path}`], { env });
      }
      return await this.out(['write-tree'], { env });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  async commitTree(tree: string, parents: string[], message: string, author: GitIdentity, committer: GitIdentity): Promise<string> {
    const args = ['commit-tree', tree];
    for (const p of parents) args.push('-p', p);
    const date = new Date().toISOString();
    return this.out(args, {
      input: message,
      env: {
        GIT_AUTHOR_NAME: author.name,
        GIT_AUTHOR_EMAIL: author.email,
        GIT_AUTHOR_DATE: author.date ?? date,
        GIT_COMMITTER_NAME: committer.name,
        GIT_COMMITTER_EMAIL: committer.email,
        GIT_COMMITTER_DATE: committer.date ?? date,
      },
    });
  }

  /** The tree of merging `theirs` into `ours`, or null when they conflict. */
  async mergeTree(ours: string, theirs: string): Promise<string | null> {
    const r = await this.run(['merge-tree', '--write-tree', '--no-messages', ours, theirs]);
    if (r.code !== 0) return null;
    return r.stdout.toString('utf8').split('\n')[0]!.trim();
  }

  async diffFiles(from: string, to: string): Promise<Array<{ status: string; path: string; previous?: string; additions: number; deletions: number }>> {
    const names = (await this.out(['diff', '--name-status', '-M', '-z', from, to])).split('\0').filter((s) => s !== '');
    const stats = (await this.out(['diff', '--numstat', '-M', '-z', from, to])).split('\0');
    const numbers = new Map<string, { additions: number; deletions: number }>();
    for (let i = 0; i < stats.length; i += 1) {
      const m = /^(-|\d+)\t(-|\d+)\t(.*)$/.exec(stats[i] ?? '');
      if (!m) continue;
      let path = m[3]!;
      if (path === '') {
        i += 2; // a rename: old and new paths follow as separate fields
        path = stats[i] ?? '';
      }
      numbers.set(path, { additions: Number(m[1]) || 0, deletions: Number(m[2]) || 0 });
    }
    const files: Array<{ status: string; path: string; previous?: string; additions: number; deletions: number }> = [];
    for (let i = 0; i < names.length; ) {
      const code = names[i++] ?? '';
      if (code.startsWith('R') || code.startsWith('C')) {
        const previous = names[i++] ?? '';
        const path = names[i++] ?? '';
        files.push({ status: code[0]!, path, previous, ...(numbers.get(path) ?? { additions: 0, deletions: 0 }) });
      } else {
        const path = names[i++] ?? '';
        files.push({ status: code[0]!, path, ...(numbers.get(path) ?? { additions: 0, deletions: 0 }) });
      }
    }
    return files;
  }
}

function parseObject(raw: string, signatureHeader: string | null) {
  const split = raw.indexOf('\n\n');
  const head = split === -1 ? raw : raw.slice(0, split);
  let body = split === -1 ? '' : raw.slice(split + 2);
  const headers = new Map<string, string[]>();
  let signature: string | null = null;
  let payloadHead = '';
  let current: string | null = null;
  for (const line of head.split('\n')) {
    if (line.startsWith(' ') && current === signatureHeader && signature !== null) {
      signature += `\n${line.slice(1)}`;
      continue;
    }
    const space = line.indexOf(' ');
    const key = line.slice(0, space);
    const value = line.slice(space + 1);
    current = key;
    if (key === signatureHeader) {
      signature = value;
      continue;
    }
    payloadHead += `${line}\n`;
    headers.set(key, [...(headers.get(key) ?? []), value]);
  }
  // Tags carry their signature at the end of the message rather than in a header.
  if (signatureHeader === null) {
    const at = body.search(/-----BEGIN (PGP|SSH) SIGNATURE-----/);
    if (at !== -1) {
      signature = body.slice(at);
      body = body.slice(0, at);
    }
  }
  return { headers, message: body, signature: signature === null ? null : `${signature}\n`.replace(/\n\n$/, '\n'), payload: `${payloadHead}\n${body}` };
}

function parseSignature(text: string): Signature {
  const m = /^(.*) <(.*)> (\d+) ([+-]\d{4})$/.exec(text);
  if (!m) return { name: text, email: '', date: new Date(0).toISOString() };
  return { name: m[1]!, email: m[2]!, date: new Date(Number(m[3]) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z') };
}
