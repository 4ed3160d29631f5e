/**
 * The embedded example operator (`examples/operator/`): its files are the state of the last
 * commit, and `history.json` describes — without any script — the conventional-commit history
 * that led there, with its release tags. This module materialises it into a git repository
 * with fixed identities and dates, so every rehearsal starts from the same commits.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { git, gitEnv, proc } from './proc.js';

export type FileSpec = 'tree' | null | { text: string } | { tree: true; replace?: Array<[string, string]>; except?: string[] };

export interface HistoryCommit {
  message: string;
  date: string;
  files: Record<string, FileSpec>;
  tag?: string;
}

export interface History {
  description?: string;
  repository: string;
  branch: string;
  author: { name: string; email: string };
  commits: HistoryCommit[];
}

export const HISTORY_FILE = 'history.json';

/** Every file of the example (not history.json): repository-relative `/` path → text. */
export function treeFiles(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.isFile()) {
        const rel = relative(dir, full).split(sep).join('/');
        if (rel !== HISTORY_FILE) out.set(rel, readFileSync(full, 'utf8'));
      }
    }
  };
  walk(dir);
  return new Map([...out.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

export function readHistory(dir: string): History {
  const history = JSON.parse(readFileSync(join(dir, HISTORY_FILE), 'utf8')) as History;
  if (!history.repository || !/^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/.test(history.repository)) throw new Error(`${HISTORY_FILE}: repository must be owner/name`);
  if (!Array.isArray(history.commits) || history.commits.length === 0) throw new Error(`${HISTORY_FILE}: no commits`);
  return history;
}

function fromTree(tree: Map<string, string>, path: string, spec: { replace?: Array<[string, string]> }): string {
  const text = tree.get(path);
  if (text === undefined) throw new Error(`${HISTORY_FILE}: ${path} is not a file of the example`);
  let out = text;
  for (const [from, to] of spec.replace ?? []) out = out.split(from).join(to);
  return out;
}

/** The files a commit writes (text) or deletes (null). */
export function commitFiles(tree: Map<string, string>, commit: HistoryCommit): Map<string, string | null> {
  const out = new Map<string, string | null>();
  const star = commit.files['*'];
  if (star !== undefined && star !== null && star !== 'tree' && !('text' in star)) {
    const except = new Set([...(star.except ?? []), ...Object.keys(commit.files)]);
    for (const path of tree.keys()) if (!except.has(path)) out.set(path, fromTree(tree, path, star));
  } else if (star === 'tree') {
    for (const path of tree.keys()) if (!(path in commit.files)) out.set(path, fromTree(tree, path, {}));
  }
  for (const [path, spec] of Object.entries(commit.files)) {
    if (path === '*') continue;
    if (spec === null) out.set(path, null);
    else if (spec === 'tree') out.set(path, fromTree(tree, path, {}));
    else if ('text' in spec) out.set(path, spec.text);
    else out.set(path, fromTree(tree, path, spec));
  }
  return out;
}

function epoch(date: string): number {
  const t = Date.parse(date);
  if (Number.isNaN(t)) throw new Error(`${HISTORY_FILE}: date '${date}' is not an ISO date`);
  return Math.floor(t / 1000);
}

/** The history as a `git fast-import` stream: one process writes every blob, commit and tag. */
export function fastImportStream(tree: Map<string, string>, history: History): Buffer {
  const parts: Buffer[] = [];
  const text = (t: string): void => void parts.push(Buffer.from(t, 'utf8'));
  const data = (t: string): void => {
    const b = Buffer.from(t, 'utf8');
    text(`data ${b.length}\n`);
    parts.push(b);
    text('\n');
  };
  const who = `${history.author.name} <${history.author.email}>`;
  let mark = 0;
  let previous = 0;
  for (const commit of history.commits) {
    const files = commitFiles(tree, commit);
    const blobs = new Map<string, number>();
    for (const [path, content] of files) {
      if (content === null) continue;
      mark += 1;
      blobs.set(path, mark);
      text(`blob\nmark :${mark}\n`);
      data(content);
    }
    mark += 1;
    const when = `${epoch(commit.date)} +0000`;
    text(`commit refs/heads/${history.branch}\nmark :${mark}\nauthor ${who} ${when}\ncommitter ${who} ${when}\n`);
    data(commit.message.endsWith('\n') ? commit.message : `${commit.message}\n`);
    if (previous) text(`from :${previous}\n`);
    for (const [path, content] of files) text(content === null ? `D ${path}\n` : `M 100644 :${blobs.get(path)} ${path}\n`);
    text('\n');
    previous = mark;
    if (commit.tag) {
      text(`tag ${commit.tag}\nfrom :${mark}\ntagger ${who} ${when}\n`);
      data(`Release ${commit.tag}\n`);
    }
  }
  text('done\n');
  return Buffer.concat(parts);
}

/** Builds the example's history as the bare repository `dest` (a new folder); returns the head commit. */
export async function materialise(exampleDir: string, dest: string, home: string): Promise<{ history: History; head: string; stream: Buffer }> {
  const history = readHistory(exampleDir);
  const tree = treeFiles(exampleDir);
  mkdirSync(dest, { recursive: true });
  const env = gitEnv(home);
  await git(dest, ['init', '-q', '--bare', `--initial-branch=${history.branch}`], { env });
  const stream = fastImportStream(tree, history);
  const imported = await proc('git', ['fast-import', '--quiet', '--done'], { cwd: dest, env, input: stream });
  if (imported.code !== 0) throw new Error(`git fast-import of ${HISTORY_FILE} failed: ${imported.stderr.trim().split('\n').slice(-3).join(' ')}`);
  const head = (await git(dest, ['rev-parse', `refs/heads/${history.branch}`], { env })).out.trim();
  return { history, head, stream };
}
