/**
 * Shapes shared by the version-file updaters and the planner.
 *
 * Every updater is a pure pair over text: `read*(text, …)` finds the references
 * (with their 1-based line, the value as written and its exact offsets) and
 * `update*(text, next, …)` rewrites only those offsets. Nothing here touches the disk.
 */

/** One place in a file that holds the version. */
export interface VersionRef {
  /** What it is: `version`, `appVersion`, `image.tag`, `VERSION`, `helm --version`, `uses`, `marker`, `pattern`, a key path… */
  name: string;
  /** 1-based line of the value. */
  line: number;
  /** The version as written, without quotes: `0.4.1`, `v0.4.1`. */
  value: string;
  /** Offset of the first character of `value` in the text. */
  start: number;
  /** Offset just past the last character of `value`. */
  end: number;
  /**
   * How the new version is written here: `keep` (default) keeps the `v` style of the
   * current value; `bare` always writes it without `v`; `prefixed` always with one (a
   * Chart.yaml `appVersion` that held no version takes the style of the tags).
   */
  style?: 'keep' | 'bare' | 'prefixed';
}

/** A reference that was looked at and deliberately left alone. */
export interface SkippedRef {
  name: string;
  /** 1-based line, when the reference exists in the file. */
  line?: number;
  /** The value as written, when there is one. */
  value?: string;
  /** Why it is left alone: `not a version (latest)`, `a digest`, `another image (…), not released here`… */
  reason: string;
}

export interface ReadResult {
  refs: VersionRef[];
  skipped: SkippedRef[];
}

export type VersionFileType = 'chart' | 'values' | 'makefile' | 'docs' | 'regex' | 'json' | 'yaml';

/** One configured (or discovered) version file. */
export interface VersionFile {
  /** Repository-relative path, `/`-separated. */
  path: string;
  type: VersionFileType;
  /** makefile: the variables that hold the version (default `VERSION`). */
  variables?: readonly string[];
  /**
   * values: the key path of the image tag (default `image.tag` and `*.image.tag`);
   * json / yaml: the key path of the version (required), e.g. `images.0.newTag`, `spec.version`.
   * A `*` segment matches every key of a map or every item of a list.
   */
  key?: string;
  /** regex: a JavaScript regular expression whose one capture group is the version. */
  pattern?: string;
  /** docs: image names whose `<image>:<tag>` references are ours (default: the `repository` next to each values.yaml tag). */
  images?: readonly string[];
  /** docs: chart names or repository aliases that make a `helm … --version` line ours (default: each Chart.yaml `name`). */
  chart?: string | readonly string[];
  /**
   * chart: whether `appVersion` is the release's (default true). Discovery sets it false in a
   * repository that publishes no image of its own (`images: []`): its appVersion names another
   * application's version (llm-d-infra's is llm-d's), which its release does not move.
   */
  appVersion?: boolean;
  /**
   * When true, a missing file, a missing variable or key, a value that is not a version,
   * or no reference at all is reported as skipped instead of failing the plan. Discovery
   * sets it on everything but the Chart.yaml.
   */
  optional?: boolean;
}

/** One value that changes. */
export interface VersionChange {
  line: number;
  name: string;
  old: string;
  new: string;
}

/** The new content of one file. */
export interface FileEdit {
  path: string;
  before: string;
  after: string;
  changes: VersionChange[];
}

/** A reference found while planning, with its file and its role. */
export interface PlannedRef {
  path: string;
  name: string;
  line: number;
  value: string;
  /** `declares`: the version file itself (a chart, a variable, a key); `follows`: a use of the version (an image tag, a docs example). */
  role: 'declares' | 'follows';
}

export interface VersionPlan {
  /** The current version without `v`: the newest release tag's, else the first declaring file's. */
  currentVersion: string;
  /** The version being moved to, without `v`. */
  newVersion: string;
  /** Only the files whose text changes; empty when every reference already holds `newVersion`. */
  edits: FileEdit[];
  /** Every reference found, in file order; each one moves to `newVersion`. */
  references: PlannedRef[];
  /** The references that did not hold the current version: drift this bump repairs. */
  findings: PlannedRef[];
  /** References looked at and left alone, with the reason. */
  skipped: Array<SkippedRef & { path: string }>;
}
