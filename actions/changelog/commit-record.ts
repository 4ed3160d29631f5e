import type { CommitRecord } from '../lib/changelog/types.js';

/** A commit as git gives it: a library record plus whether it is a merge. */
export interface GitCommit {
  sha: string;
  parents: readonly string[];
  subject: string;
  body: string;
}

/** The commit as the changelog library sees it, from git alone; the parents let it read the pull requests. */
export function commitRecord(c: GitCommit): CommitRecord {
  return { sha: c.sha, subject: c.subject, body: c.body, parents: c.parents, ...(c.parents.length > 1 ? { merge: true } : {}) };
}
