/**
 * The shapes of `release-actions doctor`: what it reads from a repository (`Facts`, plain
 * data gathered once by `facts.ts`), what it finds (`Finding`) and what it detected
 * (`Detected`, the settings `--write` puts in the configuration).
 */

/** `stop`: a release would fail; `spoil`: it would publish something wrong; `advice`: worth doing. */
export type Severity = 'stop' | 'spoil' | 'advice';

/** Every finding doctor can report; docs/doctor.md documents each (a test holds it to this list). */
export const FINDING_IDS = [
  'versions-disagree',
  'version-files-unreadable',
  'image-tag-stale',
  'makefile-no-version',
  'chart-missing',
  'chart-ambiguous',
  'chart-invalid',
  'chart-refused',
  'chart-note',
  'dockerfile-missing',
  'chart-only',
  'changelog-missing',
  'changelog-invalid',
  'changelog-no-unreleased',
  'image-names-disagree',
  'signing-not-configured',
  'signing-off',
  'tag-unsigned',
  'no-signing-key',
  'config-missing',
  'config-invalid',
  'no-release-caller',
  'no-prepare-release',
  'second-tag-publisher',
  'workflow-unreadable',
  'no-pages-branch',
] as const;

export type FindingId = (typeof FINDING_IDS)[number];

export interface Finding {
  /** Stable name of the check. */
  id: FindingId;
  severity: Severity;
  /** What is wrong, in one sentence. */
  problem: string;
  /** Where: `file:line holds value` lines. */
  where: string[];
  /** The exact change that makes it right. */
  fix: string;
  /** `--write` makes this fix. */
  writes?: boolean;
}

/** A release tag as git has it. */
export interface TagFact {
  name: string;
  annotated: boolean;
  signed: boolean;
}

/** Everything the checks read: the repository's files and refs, gathered before any check runs. */
export interface Facts {
  /** Absolute path of the repository's top folder. */
  root: string;
  /** Repository-relative paths of the work tree (tracked and untracked, ignored files left out). */
  paths: string[];
  /** Text of the files the checks read, by path; absent when the file does not exist. */
  files: ReadonlyMap<string, string>;
  tags: TagFact[];
  /** Local and remote-tracking branch names (`gh-pages`, `origin/gh-pages`). */
  branches: string[];
  currentBranch?: string;
  /** `owner/repo` from the `origin` remote when it is on GitHub. */
  repository?: string;
  /** `user.signingkey` (or an ssh signing key) is configured for `git tag -s`. */
  signingKey: boolean;
  /** The chart as Helm and publish-helm judge it (`chart.ts`), when there is one. */
  chart?: ChartVerdict;
  /** `.github/release-actions.yaml`, when it exists: its keys, or why the actions refuse it. */
  config?: ConfigFact;
}

export interface ConfigFact {
  path: string;
  data?: { chart?: string; images?: string[]; changelog?: string; 'pages-branch'?: string; 'version-files'?: unknown[] };
  error?: { line?: number; message: string };
}

/** A chart's problems: `helm` are what Helm refuses, `suite` what publish-helm refuses beyond Helm. */
export interface ChartVerdict {
  path: string;
  helm: ChartProblem[];
  suite: ChartProblem[];
  notes: ChartProblem[];
}

export interface ChartProblem {
  file: string;
  line?: number;
  message: string;
  fix: string;
}

/** The settings detected from the repository, as `.github/release-actions.yaml` would hold them. */
export interface Detected {
  chart?: string;
  image?: string;
  /**
   * The repository releases its chart alone: it has a chart and no Dockerfile, and its
   * configuration lists no image (`images: []` or none). release.yaml then runs with `image: none`.
   */
  chartOnly?: boolean;
  /** Where the image name was read. */
  imageSource?: string;
  versionFiles: Array<{ path: string; type: string; variables?: string[]; key?: string }>;
  /** `v` when release tags are `vX.Y.Z`, `''` when bare. */
  tagPrefix: 'v' | '';
  newestTag?: string;
  pagesBranch: string;
}

export interface DoctorReport {
  root: string;
  detected: Detected;
  findings: Finding[];
  /** 1 when a finding would stop a release, else 0. */
  exitCode: number;
}
