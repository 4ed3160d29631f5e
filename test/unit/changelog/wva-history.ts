/**
 * WVA's real history (test/corpus/wva-history: graph and messages, v0.0.1 to main) as a
 * git repository: rebuilt with one `git fast-import`, empty trees, commits dated in
 * topological order. Shared by the library and the action tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CommitRecord } from '../../../actions/lib/changelog/index.js';
import { git } from '../../support/git.js';
import { projectRoot } from '../../support/harness.js';

export interface WvaHistory {
  origin: string;
  branch: string;
  tags: Record<string, string>;
  head: string;
  /** Oldest first (topological order). */
  commits: Array<{ sha: string; parents: string[]; message: string }>;
}

export const WVA_HISTORY: WvaHistory = JSON.parse(readFileSync(join(projectRoot, 'test', 'corpus', 'wva-history', 'history.json'), 'utf8')) as WvaHistory;

/** The commits of `from..to` by their original SHAs, newest first, as records (subject, body, parents) like `git log` gives. */
export function wvaRange(from: string, to: string): CommitRecord[] {
  const bySha = new Map(WVA_HISTORY.commits.map((c) => [c.sha, c]));
  const reach = (tip: string): Set<string> => {
    const seen = new Set<string>();
    const stack = [tip];
    while (stack.length > 0) {
      const s = stack.pop()!;
      if (seen.has(s)) continue;
      seen.add(s);
      stack.push(...(bySha.get(s)?.parents ?? []));
    }
    return seen;
  };
  const sha = (ref: string): string => WVA_HISTORY.tags[ref] ?? (ref === 'main' ? WVA_HISTORY.head : ref);
  const excluded = reach(sha(from));
  const included = reach(sha(to));
  return WVA_HISTORY.commits
    .filter((c) => included.has(c.sha) && !excluded.has(c.sha))
    .reverse()
    .map((c) => {
      const [subject = '', ...rest] = c.message.replace(/\n+$/, '').split('\n');
      return { sha: c.sha, subject, body: rest.join('\n').trim(), parents: c.parents };
    });
}

/**
 * Writes the history into the (initialised, empty) repository `dir`: branch `main` at the
 * tip, lightweight tags v0.0.1 and v0.0.2. Returns the new SHA of each original SHA.
 */
export function importWvaHistory(dir: string, opts: { files?: Record<string, string> } = {}): Map<string, string> {
  const marks = new Map<string, number>();
  const chunks: string[] = [];
  const data = (text: string): string => `data ${Buffer.byteLength(text)}\n${text}\n`;
  WVA_HISTORY.commits.forEach((c, i) => {
    const mark = i + 1;
    marks.set(c.sha, mark);
    const when = `${1_758_000_000 + mark * 600} +0000`;
    chunks.push(`commit refs/heads/${WVA_HISTORY.branch}\nmark :${mark}\nauthor WVA <wva@example.com> ${when}\ncommitter WVA <wva@example.com> ${when}\n`, data(c.message));
    const [first, ...others] = c.parents;
    if (first) chunks.push(`from :${marks.get(first)}\n`);
    for (const p of others) chunks.push(`merge :${marks.get(p)}\n`);
    if (c.sha === WVA_HISTORY.head) for (const [path, text] of Object.entries(opts.files ?? {})) chunks.push(`M 644 inline ${path}\n`, data(text));
    chunks.push('\n');
  });
  chunks.push(`reset refs/heads/${WVA_HISTORY.branch}\nfrom :${marks.get(WVA_HISTORY.head)}\n\n`);
  for (const [tag, sha] of Object.entries(WVA_HISTORY.tags)) chunks.push(`reset refs/tags/${tag}\nfrom :${marks.get(sha)}\n\n`);
  const marksFile = join(dir, '.git', 'wva-marks');
  git(dir, ['fast-import', '--quiet', `--export-marks=${marksFile}`], { input: chunks.join('') });
  git(dir, ['reset', '-q', '--hard', WVA_HISTORY.branch]);
  const byMark = new Map(readFileSync(marksFile, 'utf8').trim().split('\n').map((l) => [Number(l.slice(1, l.indexOf(' '))), l.slice(l.indexOf(' ') + 1)]));
  return new Map(WVA_HISTORY.commits.map((c) => [c.sha, byMark.get(marks.get(c.sha)!)!]));
}
