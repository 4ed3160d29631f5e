import { ActionError } from '../runner/errors.js';
import { isNonFastForward, type Git } from './git.js';

export interface PushWithRetryOptions {
  remote: string;
  branch: string;
  /** How many pushes in all (default 5). */
  attempts?: number;
  /**
   * Called after the branch was re-fetched and the work tree reset to the
   * remote's new tip: re-applies the change and commits it. Returns false when
   * the change is already there (someone else made it), which ends the loop.
   */
  reapply: () => Promise<boolean>;
  /** Waits between attempts in ms (default 250 × attempt, scaled by RELEASE_ACTIONS_RETRY_SCALE). */
  backoffMs?: (attempt: number) => number;
}

function scale(): number {
  const n = Number(process.env['RELEASE_ACTIONS_RETRY_SCALE'] ?? '1');
  return Number.isFinite(n) && n >= 0 ? n : 1;
}

/**
 * Pushes HEAD to `branch`. When the remote refuses because it moved on, it
 * fetches the new tip, resets onto it, re-applies the change and tries again, a
 * bounded number of times. It never force-pushes: a concurrent writer's commit is
 * never lost. Any other refusal (protected branch, no rights) fails at once.
 */
export async function pushWithRetry(git: Git, opts: PushWithRetryOptions): Promise<{ attempts: number; pushed: boolean }> {
  const attempts = opts.attempts ?? 5;
  const backoff = opts.backoffMs ?? ((n: number) => 250 * n);
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const result = await git.push(opts.remote, [`HEAD:refs/heads/${opts.branch}`]);
    if (result.exitCode === 0) return { attempts: attempt, pushed: true };
    if (!isNonFastForward(result)) {
      throw new ActionError(`push to ${opts.branch} was refused: ${(result.stderr || result.stdout).trim().split('\n').slice(-3).join(' ')}`);
    }
    if (attempt === attempts) break;
    await new Promise((r) => setTimeout(r, backoff(attempt) * scale()));
    await git.fetch(opts.remote, [`+refs/heads/${opts.branch}:refs/remotes/${opts.remote}/${opts.branch}`]);
    await git.resetHard(`refs/remotes/${opts.remote}/${opts.branch}`);
    if (!(await opts.reapply())) return { attempts: attempt, pushed: false };
  }
  throw new ActionError(`push to ${opts.branch} was rejected ${attempts} times because the branch kept moving; re-run the job to try again (nothing was lost)`);
}
