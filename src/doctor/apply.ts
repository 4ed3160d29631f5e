/**
 * The I/O of `--write`: the planned files committed, with a sign-off, on their own branch
 * (`release-actions/adopt`), through a temporary worktree so that the current branch, its work
 * tree and its index are never touched. A second run finds the branch already holding the same
 * files and changes nothing.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Git } from '../../actions/lib/git/git.js';
import { DoctorInputError } from './facts.js';
import { ADOPT_BRANCH, type PlannedFile } from './write.js';

export interface WriteOutcome {
  branch: string;
  /** The new commit; undefined when nothing changed. */
  commit?: string;
  /** The files the commit wrote (only those that differed from the branch). */
  written: PlannedFile[];
  /** Why nothing was written, when nothing was. */
  unchanged?: string;
}

async function refuseDirty(git: Git): Promise<void> {
  // Not `out()`: it trims, and the first entry's status column can be a space.
  const status = (await git.git(['status', '--porcelain', '--untracked-files=normal'])).stdout;
  const files = status.split('\n').filter((l) => l.trim() !== '').map((l) => l.slice(3));
  if (files.length === 0) return;
  throw new DoctorInputError(
    `--write refused: the work tree has uncommitted changes (${files.slice(0, 5).join(', ')}${files.length > 5 ? ', …' : ''}); commit or stash them first, since --write builds its branch from the last commit and checks what it holds`,
  );
}

/** The planned files whose text differs from what `ref` holds. */
async function differing(git: Git, ref: string | undefined, planned: readonly PlannedFile[]): Promise<PlannedFile[]> {
  if (!ref) return [...planned];
  const out: PlannedFile[] = [];
  for (const f of planned) {
    const r = await git.git(['show', `${ref}:${f.path}`], { allowFailure: true });
    if (r.exitCode !== 0 || r.stdout !== f.text) out.push(f);
  }
  return out;
}

function commitMessage(files: readonly PlannedFile[]): string {
  return ['chore: adopt release-actions', '', 'Written by `release-actions doctor --write`:', ...files.map((f) => `- ${f.action} ${f.path}: ${f.why}`), ''].join('\n');
}

export async function applyWrites(root: string, planned: readonly PlannedFile[]): Promise<WriteOutcome> {
  const git = new Git(root);
  await refuseDirty(git);
  if (!(await git.resolve('HEAD'))) throw new DoctorInputError('--write refused: the repository has no commit yet; commit its files first');
  if (planned.length === 0) return { branch: ADOPT_BRANCH, written: [], unchanged: 'nothing to write: the repository already has everything --write adds' };
  if ((await git.currentBranch()) === ADOPT_BRANCH) {
    throw new DoctorInputError(`--write refused: ${ADOPT_BRANCH} is the branch checked out here; switch back to the branch to adopt (e.g. git switch main) and run it again`);
  }
  const existing = await git.resolve(`refs/heads/${ADOPT_BRANCH}`);
  const written = await differing(git, existing, planned);
  if (written.length === 0) return { branch: ADOPT_BRANCH, written: [], unchanged: `nothing changed: ${ADOPT_BRANCH} (${existing!.slice(0, 7)}) already holds these files; merge it` };

  const dir = mkdtempSync(join(tmpdir(), 'release-actions-adopt-'));
  const tree = join(dir, 'tree');
  let done = false;
  try {
    const add = existing ? ['worktree', 'add', '--quiet', tree, ADOPT_BRANCH] : ['worktree', 'add', '--quiet', '-b', ADOPT_BRANCH, tree, 'HEAD'];
    const r = await git.git(add, { allowFailure: true });
    if (r.exitCode !== 0) throw new DoctorInputError(`--write could not check out ${ADOPT_BRANCH} in a temporary worktree: ${r.stderr.trim()}`);
    for (const f of written) {
      mkdirSync(dirname(join(tree, f.path)), { recursive: true });
      writeFileSync(join(tree, f.path), f.text);
    }
    const branch = new Git(tree);
    await branch.git(['add', '--', ...written.map((f) => f.path)]);
    const c = await branch.git(['commit', '-q', '--signoff', '-F', '-'], { input: commitMessage(written), allowFailure: true });
    if (c.exitCode !== 0) {
      const why = c.stderr.trim() || c.stdout.trim();
      const hint = /tell me who you are|empty ident|unable to auto-detect/i.test(why) ? ' (set git config user.name and user.email)' : ' (nothing was committed; fix the cause and run --write again)';
      throw new DoctorInputError(`--write could not commit on ${ADOPT_BRANCH}: ${why}${hint}`);
    }
    done = true;
    return { branch: ADOPT_BRANCH, commit: await branch.head(), written };
  } finally {
    await git.git(['worktree', 'remove', '--force', tree], { allowFailure: true });
    rmSync(dir, { recursive: true, force: true });
    // A failed run leaves no branch of its own behind.
    if (!done && !existing) await git.git(['branch', '-D', ADOPT_BRANCH], { allowFailure: true });
  }
}
