/**
 * A new branch with no history and only the given files, made with git's plumbing (no work
 * tree, no checkout): what GitHub Pages needs before it can be pointed at a branch, ahead of
 * the first release. An existing branch is never touched: the ref is created only if absent
 * (`update-ref` with an empty old value), so a concurrent creation wins and is reported.
 */
import type { FileText } from './commit-files.js';
import { withSignOff } from './commit-files.js';
import type { Git, Identity } from './git.js';

export interface OrphanBranchRequest {
  branch: string;
  files: readonly FileText[];
  message: string;
  /** Default: the repository's configured user (`git var GIT_COMMITTER_IDENT`). */
  identity?: Identity;
}

export type OrphanBranchOutcome = { created: true; commit: string } | { created: false; existing: string };

/** The README of a pages branch made ahead of the first release. */
export function pagesReadme(repository: string | undefined, branch: string): string {
  const site = repository ? ` (https://${repository.split('/')[0]!.toLowerCase()}.github.io/${repository.split('/')[1]}/)` : '';
  return [
    '# Helm repository',
    '',
    `GitHub Pages serves this branch${site}. The release workflow adds each chart version to`,
    '`index.yaml` here (release-actions publish-helm); do not edit it by hand.',
    '',
    `Enable Pages once: Settings → Pages → Build and deployment → Deploy from a branch → \`${branch}\` / \`(root)\`.`,
    '',
  ].join('\n');
}

export async function createOrphanBranch(git: Git, req: OrphanBranchRequest): Promise<OrphanBranchOutcome> {
  const ref = `refs/heads/${req.branch}`;
  const existing = await git.resolve(ref);
  if (existing) return { created: false, existing };
  const who = req.identity ? ['-c', `user.name=${req.identity.name}`, '-c', `user.email=${req.identity.email}`] : [];
  const entries: string[] = [];
  for (const f of req.files) {
    const blob = (await git.git(['hash-object', '-w', '--no-filters', '--stdin'], { input: f.text })).stdout.trim();
    entries.push(`100644 blob ${blob}\t${f.path}\n`);
  }
  const tree = (await git.git(['mktree'], { input: entries.join('') })).stdout.trim();
  const ident = (await git.git([...who, 'var', 'GIT_COMMITTER_IDENT'])).stdout.trim().replace(/ \d+ [+-]\d{4}$/, '');
  const commit = (await git.git([...who, 'commit-tree', '--no-gpg-sign', '-F', '-', '--end-of-options', tree], { input: withSignOff(req.message, ident) })).stdout.trim();
  const made = await git.git(['update-ref', '-m', 'orphan branch', ref, commit, ''], { allowFailure: true });
  if (made.exitCode !== 0) {
    const now = await git.resolve(ref);
    if (now) return { created: false, existing: now };
    throw new Error(`git update-ref ${ref} failed: ${made.stderr.trim()}`);
  }
  return { created: true, commit };
}
