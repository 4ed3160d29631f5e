/**
 * The adapter between doctor and the version-file library: the references a release owns are
 * `releaseReferences`' and they are read by `readReferences`, the very calls bump-version (which
 * moves them) and the preflight's versions-consistent (which checks them) make. So doctor lists
 * exactly what the release pull request moves, and the repairs it shows are the bump's own edits.
 */
import { ActionError, FileError } from '../../actions/lib/runner/errors.js';
import { currentTag, tagsPrefixed } from '../../actions/lib/semver/tags.js';
import { stripV } from '../../actions/lib/semver/version.js';
import { planVersionBump } from '../../actions/lib/version-files/plan.js';
import { readReferences } from '../../actions/lib/version-files/read.js';
import { referencePaths, releaseReferences, type ReferenceConfig } from '../../actions/lib/version-files/references.js';
import type { VersionFile } from '../../actions/lib/version-files/types.js';

export interface VersionReference {
  path: string;
  line: number;
  /** `version`, `appVersion`, `IMG_TAG`, `wva.image.tag`, `helm --version`… */
  name: string;
  /** As written, without quotes. */
  value: string;
  /** `declares`: a version file of its own; `follows`: an image tag or a docs example of the release's. */
  role: 'declares' | 'follows';
}

/** One reference that does not hold the current version, and what the bump writes there. */
export interface VersionRepair extends VersionReference {
  to: string;
}

export interface VersionReading {
  files: VersionFile[];
  /** The release's images (`registry/repository`), as bump-version finds them. */
  images: string[];
  /** Every reference the release owns: what bump-version moves and the preflight checks. */
  references: VersionReference[];
  /** The version the repository is at: the newest release tag's, else the chart's. */
  current?: string;
  /** The references that do not hold `current`, each with the value the release pull request writes. */
  repairs: VersionRepair[];
  /** Files the release refuses to read (several charts, invalid YAML, a chart version that is not one). */
  problems: Array<{ path: string; line?: number; message: string }>;
  /** Makefile variables the discovery looks for that the Makefile does not define. */
  missingVariables: string[];
}

export interface VersionContext {
  /** The repository's tag names. */
  tags?: readonly string[];
  /** `owner/repo`, for image names computed in workflows. */
  repository?: string;
  /** What the configuration says (`chart`, `images`, `version-files`). */
  config?: ReferenceConfig;
}

/** The configuration's keys that decide the references, from `.github/release-actions.yaml` as parsed. */
export function referenceConfig(data: { chart?: string; images?: string[]; 'version-files'?: unknown[] } | undefined): ReferenceConfig {
  if (!data) return {};
  return {
    ...(data.chart ? { chart: data.chart } : {}),
    ...(data.images ? { images: data.images } : {}),
    ...(data['version-files'] && data['version-files'].length > 0 ? { versionFiles: data['version-files'] as VersionFile[] } : {}),
  };
}

/** The paths whose text the reading needs (read them, then call `readVersionReferences`). */
export function versionPaths(paths: readonly string[], config: ReferenceConfig = {}): string[] {
  try {
    return [...new Set([...referencePaths(paths, config), ...(config.versionFiles ?? []).map((f) => f.path)])];
  } catch (error) {
    if (error instanceof ActionError) return [];
    throw error;
  }
}

/** Every version reference of the repository, as bump-version and the preflight find them. */
export function readVersionReferences(paths: readonly string[], files: ReadonlyMap<string, string>, context: VersionContext = {}): VersionReading {
  const reading: VersionReading = { files: [], images: [], references: [], repairs: [], problems: [], missingVariables: [] };
  try {
    const refs = releaseReferences({ paths, contents: files, config: context.config ?? {}, repository: context.repository ?? '' });
    reading.files = refs.files;
    reading.images = refs.images;
  } catch (error) {
    if (!(error instanceof ActionError)) throw error;
    reading.problems.push({ path: 'charts/', message: error.message });
    return reading;
  }
  const tags = context.tags ?? [];
  const tag = currentTag(tags);
  const options = { images: reading.images, tagsPrefixed: tagsPrefixed(tags), ...(tag ? { current: tag.version } : {}) };
  const read = readReferences(reading.files, files, options);
  reading.references = read.references.map(({ path, line, name, value, role }) => ({ path, line, name, value, role }));
  reading.missingVariables = read.skipped.filter((s) => s.reason === 'not defined' && reading.files.some((f) => f.path === s.path && f.type === 'makefile')).map((s) => s.name);
  for (const error of read.errors) {
    const where = error instanceof FileError ? { path: error.file, ...(error.line ? { line: error.line } : {}) } : { path: reading.files[0]?.path ?? 'charts/' };
    reading.problems.push({ ...where, message: error.message });
  }
  if (read.current !== undefined) reading.current = read.current;
  if (reading.problems.length === 0 && read.current !== undefined) reading.repairs = repairsOf(reading, files, read.current, options);
  return reading;
}

/** The bump to the current version itself: its edits are the repairs alone, written as the release writes them. */
function repairsOf(reading: VersionReading, files: ReadonlyMap<string, string>, current: string, options: { images: string[]; tagsPrefixed: boolean }): VersionRepair[] {
  const plan = planVersionBump(reading.files, files, current, { ...options, current });
  const repairs: VersionRepair[] = [];
  for (const edit of plan.edits) {
    for (const change of edit.changes) {
      const ref = reading.references.find((r) => r.path === edit.path && r.line === change.line && r.name === change.name && stripV(r.value) !== current);
      if (ref) repairs.push({ ...ref, to: change.new });
    }
  }
  const order = (r: VersionReference): number => reading.references.indexOf(reading.references.find((x) => x.path === r.path && x.line === r.line && x.name === r.name)!);
  return repairs.sort((a, b) => order(a) - order(b));
}
