/**
 * The bump commit, pushed to the branch (retrying, never forcing, when someone else pushed
 * first). Without cherry-picks it is made by git's plumbing from the edited texts — no
 * checkout at all, a handful of git processes whatever the repository's size; with
 * cherry-picks, in a temporary worktree detached at the start commit (a pick needs a work
 * tree to merge in). The job's checkout and its refs are never touched; on a failure
 * nothing remains.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Git } from '../lib/git/git.js';
import type { RunContext } from '../lib/runner/context.js';
import { bumpCommitMessage } from '../lib/semver/release-commit.js';
import type { FileEdit } from '../lib/version-files/types.js';
import { REMOTE } from './history.js';
import type { BumpInputs } from './inputs.js';
import type * as PlanModuleNs from './plan.js';
import { readAt, writeAll } from './repo.js';

type PlanModule = typeof PlanModuleNs;
type Files = ReadonlyMap<string, string | undefined>;

export interface CommitRequest {
  git: Git;
  ctx: RunContext;
  inputs: BumpInputs;
  planner: PlanModule;
  start: { label: string; sha: string };
  branch: string;
  next: string;
  picks: ReadonlyArray<{ sha: string; subject: string }>;
  edits: readonly FileEdit[];
  planRequest: (c: Files) => Parameters<PlanModule['planBump']>[0];
  /** Whether files at a commit already hold the new version (someone pushed the same bump). */
  holds: (c: Files) => boolean;
  paths: readonly string[];
}

/**
 * Makes the bump commit in a temporary worktree detached at the start commit —
 * cherry-picks first, then the edits, written all together — and pushes it to the
 * branch (retrying, never forcing, when someone else pushed first).
 */
export async function commitAndPush(req: CommitRequest): Promise<{ commit: string; pushed: boolean; edits?: FileEdit[] }> {
  return req.picks.length === 0 ? commitByPlumbing(req) : commitInWorktree(req);
}

async function commitByPlumbing(req: CommitRequest): Promise<{ commit: string; pushed: boolean }> {
  const [{ commitFiles }, { pushCommitWithRetry }] = await Promise.all([import('../lib/git/commit-files.js'), import('../lib/git/push.js')]);
  const { git, inputs } = req;
  const message = bumpCommitMessage(req.next);
  const make = (parent: string, list: readonly FileEdit[]): Promise<string> =>
    commitFiles(git, {
      parent,
      files: list.map((e) => ({ path: e.path, text: e.after })),
      message,
      signOff: inputs.signOff,
      ...(inputs.signingKey ? { signingKey: inputs.signingKey } : {}),
      tempDir: req.ctx.runnerTemp,
    });
  let tip: string | undefined;
  const result = await pushCommitWithRetry(git, {
    remote: REMOTE,
    branch: req.branch,
    commit: await make(req.start.sha, req.edits),
    rebuild: async (moved) => {
      tip = moved;
      const now = await readAt(git, moved, req.paths);
      return req.holds(now) ? undefined : make(moved, req.planner.planBump(req.planRequest(now)).edits);
    },
  });
  // not pushed: the branch already holds the bump (someone pushed the same one), at its tip
  return { commit: result.pushed || !tip ? result.commit : tip, pushed: result.pushed };
}

async function commitInWorktree(req: CommitRequest): Promise<{ commit: string; pushed: boolean; edits?: FileEdit[] }> {
  const { pushWithRetry } = await import('../lib/git/push.js');
  const { git, inputs, planner, branch } = req;
  const dir = await mkdtemp(join(req.ctx.runnerTemp, 'bump-version-'));
  const path = join(dir, 'worktree');
  const message = bumpCommitMessage(req.next);
  const commitOpts = { signOff: inputs.signOff, ...(inputs.signingKey ? { signingKey: inputs.signingKey } : {}) };
  let edits: FileEdit[] | undefined;
  try {
    const wt = await git.addWorktree(path, req.start.sha, { detach: true });
    if (req.picks.length > 0) {
      await wt.cherryPick(req.picks.map((p) => p.sha));
      // A picked commit may have touched a version file: plan again on the result.
      edits = planner.planBump(req.planRequest(await readAt(wt, 'HEAD', req.paths))).edits;
    }
    const apply = async (list: readonly FileEdit[]): Promise<void> => {
      await writeAll(path, list.map((e) => ({ path: e.path, text: e.after })));
      await wt.commit(message, { paths: list.map((e) => e.path), ...commitOpts });
    };
    await apply(edits ?? req.edits);
    const result = await pushWithRetry(wt, {
      remote: REMOTE,
      branch,
      reapply: async () => {
        const now = await readAt(wt, 'HEAD', req.paths);
        if (req.holds(now)) return false;
        await apply(planner.planBump(req.planRequest(now)).edits);
        return true;
      },
    });
    return { commit: await wt.head(), pushed: result.pushed, ...(edits ? { edits } : {}) };
  } finally {
    await git.removeWorktree(path);
    await rm(dir, { recursive: true, force: true });
  }
}
