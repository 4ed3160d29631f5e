/**
 * The bump commit: made in a temporary worktree detached at the start commit —
 * cherry-picks first, then the edits, written all together — and pushed to the branch
 * (retrying, never forcing, when someone else pushed first). The job's checkout and its
 * refs are never touched; on a failure the worktree is dropped and nothing remains.
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
