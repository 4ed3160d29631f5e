/**
 * The whole bump as data, before anything is written: the version-file plan (the
 * versioning library) plus the changelog edit. Pure over file contents; loaded
 * lazily (it brings `yaml`, `diff` and the changelog library).
 */
import { ActionError } from '../lib/runner/errors.js';
import { compareVersions } from '../lib/semver/version.js';
import { planVersionBump, type FileContents } from '../lib/version-files/index.js';
import type { FileEdit, VersionFile, VersionPlan } from '../lib/version-files/types.js';
import { changelogEdit, type ChangelogRequest } from './changelog.js';

export { unreleasedOf } from './changelog.js';

/**
 * The version the files agree on. Planning a bump to `0.0.0` (downgrade allowed) runs
 * every check of the planner — missing files, patterns that match nothing, a Chart.yaml
 * version with a `v`, files that disagree — and plans nothing that is kept.
 */
export function currentVersionOf(files: readonly VersionFile[], contents: FileContents): string {
  return planVersionBump(files, contents, '0.0.0', { allowDowngrade: true }).currentVersion;
}

export interface BumpPlanRequest {
  files: readonly VersionFile[];
  contents: FileContents;
  next: string;
  allowDowngrade: boolean;
  /** The changelog to update, when the bump includes it. */
  changelog?: Omit<ChangelogRequest, 'version'>;
}

export interface BumpPlan {
  plan: VersionPlan;
  /** The version files' edits, then the changelog's. */
  edits: FileEdit[];
}

export function planBump(req: BumpPlanRequest): BumpPlan {
  const plan = planVersionBump(req.files, req.contents, req.next, { allowDowngrade: req.allowDowngrade });
  if (compareVersions(plan.newVersion, plan.currentVersion) === 0) {
    throw new ActionError(
      `the version files already hold ${plan.currentVersion}; expected a version greater than ${plan.currentVersion} (nothing to bump)`,
    );
  }
  const edits = [...plan.edits];
  if (req.changelog) {
    const edit = changelogEdit({ ...req.changelog, version: plan.newVersion });
    if (edits.some((e) => e.path === edit.path)) throw new ActionError(`${edit.path} is both a version file and the changelog; remove it from the version files`);
    edits.push(edit);
  }
  return { plan, edits };
}

/**
 * Whether the files at a branch's tip already hold `next` (a re-run finds its own
 * earlier bump): every declaring file says `next`.
 */
export function holdsVersion(files: readonly VersionFile[], contents: FileContents, next: string): boolean {
  const plan = planVersionBump(files, contents, next, { allowDowngrade: true });
  return compareVersions(plan.currentVersion, next) === 0 && plan.edits.length === 0;
}
