import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BOT_IDENTITY, Git } from './git.js';

export interface FileText {
  path: string;
  text: string;
}

export interface CommitFilesRequest {
  /** The commit the new one sits on. */
  parent: string;
  files: readonly FileText[];
  message: string;
  /** Adds `Signed-off-by:` with the committer's identity, as `git commit --signoff` does (default true). */
  signOff?: boolean;
  signingKey?: string;
  /** Where the blobs and the index are staged (default the OS temporary folder); removed afterwards. */
  tempDir?: string;
}

/**
 * Makes a commit of `files` on `parent` with git's plumbing — no work tree, no checkout: the
 * blobs written in one `hash-object`, the parent's tree read into a private index, the changed
 * entries replaced, `write-tree`, `commit-tree`. Six git processes whatever the repository's size
 * (the first three side by side, so four one after the other), where a temporary worktree checks
 * out every file first. Blobs are stored as given: the texts
 * are edits of blobs read from git, so no clean filter applies to them twice.
 */
export async function commitFiles(git: Git, req: CommitFilesRequest): Promise<string> {
  const dir = await mkdtemp(join(req.tempDir ?? tmpdir(), 'commit-files-'));
  try {
    const plumbing = new Git(git.cwd, { ...git.options, env: { ...git.options.env, GIT_INDEX_FILE: join(dir, 'index') } });
    // three independent steps side by side: the blobs, the parent's modes, the parent's tree in the index
    const [blobs, modes] = await allDone([writeBlobs(plumbing, dir, req.files), fileModes(plumbing, req.parent, req.files.map((f) => f.path)), plumbing.git(['read-tree', '--end-of-options', req.parent])] as const);
    const info = req.files.map((f, i) => `${modes.get(f.path) ?? '100644'} ${blobs[i]}\t${f.path}\n`).join('');
    await plumbing.git(['update-index', '--index-info'], { input: info });
    const tree = await plumbing.out(['write-tree']);
    const id = git.options.identity ?? BOT_IDENTITY;
    const message = req.signOff === false ? cleanMessage(req.message) : withSignOff(req.message, `${id.name} <${id.email}>`);
    const sign = req.signingKey ? [`-S${req.signingKey}`] : ['--no-gpg-sign'];
    const made = await plumbing.git(['-c', `user.name=${id.name}`, '-c', `user.email=${id.email}`, 'commit-tree', ...sign, '-p', req.parent, '-F', '-', '--end-of-options', tree], { input: message });
    return made.stdout.trim();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Promise.all that waits for every step before failing: none is left writing into the folder removed after it. */
async function allDone<T extends readonly unknown[]>(steps: { readonly [K in keyof T]: Promise<T[K]> }): Promise<T> {
  const settled = await Promise.allSettled(steps);
  const failed = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
  return settled.map((r) => (r as PromiseFulfilledResult<unknown>).value) as unknown as T;
}

async function writeBlobs(git: Git, dir: string, files: readonly FileText[]): Promise<string[]> {
  const paths = await Promise.all(
    files.map(async (f, i) => {
      const p = join(dir, `blob-${i}`);
      await writeFile(p, f.text);
      return p;
    }),
  );
  const out = (await git.git(['hash-object', '-w', '--no-filters', '--stdin-paths'], { input: `${paths.join('\n')}\n` })).stdout.trim();
  return out.split('\n');
}

/** The parent's mode of each path (an executable script stays executable); new files get 100644. */
async function fileModes(git: Git, parent: string, paths: readonly string[]): Promise<Map<string, string>> {
  const out = (await git.git(['ls-tree', '-z', '--full-tree', '--end-of-options', parent, '--', ...paths])).stdout;
  const modes = new Map<string, string>();
  for (const rec of out.split('\0')) {
    const m = /^(\d{6}) blob [0-9a-f]+\t(.*)$/s.exec(rec);
    if (m) modes.set(m[2]!, m[1]!);
  }
  return modes;
}

/** What `git commit -F` keeps of a message: trailing spaces and blank lines at the end go. */
export function cleanMessage(message: string): string {
  return `${message.split('\n').map((l) => l.trimEnd()).join('\n').trim()}\n`;
}

/** The message with a `Signed-off-by:` trailer, placed as `git commit --signoff` places it. */
export function withSignOff(message: string, ident: string): string {
  const body = cleanMessage(message).trimEnd();
  const sob = `Signed-off-by: ${ident}`;
  const paragraphs = body.split(/\n{2,}/);
  const last = paragraphs.length > 1 ? (paragraphs[paragraphs.length - 1] ?? '') : '';
  const lines = last.split('\n');
  if (lines[lines.length - 1] === sob) return `${body}\n`;
  const trailers = last !== '' && lines.every((l) => /^[A-Za-z0-9-]+: /.test(l) || /^\s/.test(l));
  return `${body}${trailers ? '\n' : '\n\n'}${sob}\n`;
}
