import { ActionError } from '../runner/errors.js';
import { compareVersions, stripV } from '../semver/version.js';
import { FOLLOWING, lookup, readReferences, type ReadOptions } from './read.js';
import type { FileContents } from './read.js';
import { applyRefs, checkNext } from './text.js';
import type { FileEdit, VersionFile, VersionPlan } from './types.js';

/**
 * The planner: reads every version file first and returns every edit — or throws, and
 * then nothing is to be written.
 *
 * The current version is given (the newest release tag of the line); without one it is
 * the first declaring reference's (the chart's `version`). Every reference the release
 * owns moves to the new version whatever it held: one that held something else is a
 * finding (drift) the bump repairs, not a reason to refuse. A new version equal to the
 * current one plans the repairs only (a re-run on a bumped branch plans nothing); a lower
 * one is refused unless `allowDowngrade`.
 */

export type { FileContents } from './read.js';

export interface PlanOptions extends ReadOptions {
  /** Accept a new version lower than the current one. */
  allowDowngrade?: boolean;
}

/** Several version files failed; `errors` holds each one (FileErrors name the file and line). */
export class VersionFilesError extends ActionError {
  constructor(readonly errors: readonly ActionError[]) {
    super(`${errors.length} problems with the version files; nothing was changed:\n${errors.map((e) => `- ${e.message}`).join('\n')}`);
  }
}

function fail(errors: readonly ActionError[]): void {
  if (errors.length === 1) throw errors[0] as ActionError;
  if (errors.length > 1) throw new VersionFilesError(errors);
}

export function planVersionBump(files: readonly VersionFile[], contents: FileContents, newVersion: string, options: PlanOptions = {}): VersionPlan {
  const next = checkNext(newVersion);
  if (files.length === 0) {
    throw new ActionError('expected at least one version file: configure them, or keep a charts/<name>/Chart.yaml for discovery to find');
  }
  const read = readReferences(files, contents, options);
  const current = read.current;
  if (current === undefined && options.current === undefined && files.every((f) => FOLLOWING.has(f.type))) {
    throw new ActionError(
      `expected a release tag (vX.Y.Z) or a version file that declares the current version (a chart, makefile, regex, json or yaml file), found neither among ${files.map((f) => f.path).join(', ')}`,
    );
  }
  fail(read.errors);
  if (current === undefined) throw new ActionError(`expected a release tag (vX.Y.Z) or a version in ${files.map((f) => f.path).join(', ')}, found neither`);
  if (compareVersions(next, current) < 0 && !options.allowDowngrade) {
    throw new ActionError(`expected a new version greater than the current version ${current}, got ${next} (a downgrade must be allowed explicitly)`);
  }

  const errors: ActionError[] = [];
  const edits: FileEdit[] = [];
  for (const path of new Set(files.map((f) => f.path))) {
    const refs = read.refsByPath.get(path);
    if (!refs || refs.length === 0) continue;
    const before = lookup(contents, path) as string;
    try {
      const { text: after, changes } = applyRefs(before, refs, next, path);
      if (changes.length > 0) edits.push({ path, before, after, changes: changes.sort((a, b) => a.line - b.line) });
    } catch (error) {
      if (error instanceof ActionError) errors.push(error);
      else throw error;
    }
  }
  fail(errors);
  const findings = read.references.filter((r) => stripV(r.value) !== current);
  return { currentVersion: current, newVersion: next, edits, references: read.references, findings, skipped: read.skipped };
}
