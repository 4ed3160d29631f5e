/**
 * The whole bump as data, before anything is written: the version-file plan (the
 * versioning library) plus the changelog edit. Pure over file contents; loaded
 * lazily (it brings `yaml`, `diff` and the changelog library).
 */
import { ActionError } from '../lib/runner/errors.js';
import { planVersionBump, type FileContents, type ReadOptions } from '../lib/version-files/index.js';
import type { FileEdit, VersionFile, VersionPlan } from '../lib/version-files/types.js';
import { changelogEdit, type ChangelogRequest } from './changelog.js';

export { unreleasedOf } from './changelog.js';

/**
 * The version the files say, for a repository without a release tag: the first declaring
 * reference's (the chart's `version`). Planning a bump to `0.0.0` (downgrade allowed) runs
 * every check of the planner — missing files, patterns that match nothing, a value that
 * is not a version — and plans nothing that is kept.
 */
export function currentVersionOf(files: readonly VersionFile[], contents: FileContents, options: ReadOptions = {}): string {
  return planVersionBump(files, contents, '0.0.0', { ...options, allowDowngrade: true }).currentVersion;
}

export interface BumpPlanRequest {
  files: readonly VersionFile[];
  contents: FileContents;
  /** The current version (the newest release tag of the line, else the files'). */
  current: string;
  next: string;
  allowDowngrade: boolean;
  /** The release's images and the tags' style, as `releaseReferences` and the tags give them. */
  references: Omit<ReadOptions, 'current'>;
  /** The changelog to update, when the bump includes it. */
  changelog?: Omit<ChangelogRequest, 'version'>;
}

export interface BumpPlan {
  plan: VersionPlan;
  /** The version files' edits, then the changelog's. */
  edits: FileEdit[];
}

export function planBump(req: BumpPlanRequest): BumpPlan {
  const plan = planVersionBump(req.files, req.contents, req.next, { ...req.references, current: req.current, allowDowngrade: req.allowDowngrade });
  const edits = [...plan.edits];
  if (req.changelog) {
    const edit = changelogEdit({ ...req.changelog, version: plan.newVersion });
    if (edits.some((e) => e.path === edit.path)) throw new ActionError(`${edit.path} is both a version file and the changelog; remove it from the version files`);
    edits.push(edit);
  }
  if (edits.length === 0) {
    throw new ActionError(`every version reference already holds ${plan.newVersion} and there is no changelog to update: nothing to bump (tag the release, or bump another version)`);
  }
  return { plan, edits };
}

/** Whether the files at a branch's tip already hold `next` (a re-run finds its own earlier bump): every reference says `next`. */
export function holdsVersion(files: readonly VersionFile[], contents: FileContents, next: string, options: Omit<ReadOptions, 'current'> = {}): boolean {
  const plan = planVersionBump(files, contents, next, { ...options, current: next, allowDowngrade: true });
  return plan.references.length > 0 && plan.edits.length === 0;
}
