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
  // git's record already has the library's fields: only a merge needs one more (one object a commit, not two)
  return c.parents.length > 1 ? { ...c, merge: true } : c;
}
