/**
 * `--write`'s pages branch: GitHub Pages can only be pointed at a branch that exists, so the
 * orphan branch the Helm repository will live on is made ahead of the first release — a README,
 * no index.yaml (publish-helm writes the first one) — and never over an existing branch, local
 * or on origin. Pages itself is a repository setting doctor cannot change: the output says how.
 */
import { Git } from '../../actions/lib/git/git.js';
import { createOrphanBranch, pagesReadme } from '../../actions/lib/git/orphan-branch.js';
import { hasPagesBranch } from './checks.js';
import type { Survey } from './detect.js';
import { DoctorInputError } from './facts.js';

export interface PagesBranchOutcome {
  branch: string;
  commit: string;
}

/** Makes the local orphan pages branch when the repository has none; undefined when it has one. */
export async function writePagesBranch(root: string, s: Survey): Promise<PagesBranchOutcome | undefined> {
  if (hasPagesBranch(s)) return undefined;
  const branch = s.detected.pagesBranch;
  try {
    const made = await createOrphanBranch(new Git(root), {
      branch,
      files: [{ path: 'README.md', text: pagesReadme(s.facts.repository, branch) }],
      message: `chore: ${branch} branch for the Helm repository\n\nWritten by \`release-actions doctor --write\`: GitHub Pages can only be pointed at a branch that exists.`,
    });
    return made.created ? { branch, commit: made.commit } : undefined;
  } catch (err) {
    const why = (err as Error).message;
    const hint = /tell me who you are|empty ident|unable to auto-detect/i.test(why) ? ' (set git config user.name and user.email)' : '';
    throw new DoctorInputError(`--write could not create the ${branch} branch: ${why}${hint}`);
  }
}

export function renderPagesBranch(o: PagesBranchOutcome, repository: string | undefined): string {
  const repo = repository ?? 'OWNER/REPO';
  return [
    '',
    `--write: created the orphan branch ${o.branch} (${o.commit.slice(0, 7)}, README.md only) for the Helm repository; the current branch is not touched.`,
    `Next: git push origin ${o.branch}, then enable GitHub Pages from it (doctor cannot): Settings → Pages → Build and deployment → Deploy from a branch → ${o.branch} / (root),`,
    `  or: gh api -X POST repos/${repo}/pages -f 'source[branch]=${o.branch}' -f 'source[path]=/'`,
    'The release checks it before publishing (verify-release pages-served); see docs/first-release.md.',
    '',
  ].join('\n');
}
