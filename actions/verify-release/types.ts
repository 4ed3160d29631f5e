/** What a check gets and what it gives back. */
import type { ReleaseConfig } from '../lib/config/config.js';
import type { Git } from '../lib/git/git.js';
import type { GitHubClient } from '../lib/github/client.js';
import type { Log } from '../lib/runner/core.js';
import type { RunContext } from '../lib/runner/context.js';
import type { VerifyInputs } from './inputs.js';
import type { CheckName } from './names.js';
import type { PollSettings } from './poll.js';

export type CheckStatus = 'passed' | 'failed' | 'skipped';

export interface CheckResult {
  status: CheckStatus;
  /** One line (or a few) saying what was proven, or what is wrong. */
  detail: string;
  /** Extra markdown for the job summary (e.g. the table of version references). */
  summary?: string;
}

/** The chart of the workspace, when there is one. */
export interface ChartInfo {
  /** Repository-relative folder, `charts/workload-variant-autoscaler`. */
  dir: string;
  name: string;
  /** Chart.yaml's `version` as written (llm-d-infra's `v1.4.1`), when it has one. */
  version?: string;
  /** `crds/` files of the chart: repository-relative path → text. */
  crds: Map<string, string>;
}

/** The chart package the Helm repository's index.yaml lists for the release. */
export interface ChartPackage {
  /** The index's URL. */
  url: string;
  /** `sha256:…`, the index's digest. */
  digest: string;
  name: string;
  /** The package's URL, resolved against the repository URL. */
  chartUrl: string;
}

export interface CheckContext {
  inputs: VerifyInputs;
  run: RunContext;
  config: ReleaseConfig;
  /** The release version without `v`: SemVer 2 (checks that need it are not run otherwise). */
  version: string;
  /** The release tag: the tag that started the run, else `v<version>`. */
  tag: string;
  git: Git;
  log: Log;
  /** Polling for the postflight checks, the deadline counted from the start of each check. */
  poll: PollSettings;
  /** Credentials for every registry, when given. */
  credentials?: { username: string; password: string };
  /** Octokit for the API of the run, or undefined without a token. */
  github(): Promise<GitHubClient | undefined>;
  /** The release tags of the repository (origin's, else the local ones); memoized. */
  releaseTags(): Promise<string[]>;
  /** The tag fetched again from origin, as an annotated tag if it is one; memoized. */
  fetchTag(): Promise<void>;
  /** The workspace's chart, or an ActionError saying why there is none; memoized. */
  chart(): Promise<ChartInfo>;
  /**
   * What the run learnt once and later checks reuse: the chart package helm-repo found in the
   * index and downloaded with that digest, else the first signature check's read of the index.
   */
  published: { chartPackage?: Promise<ChartPackage> };
}

export interface CheckModule {
  run(ctx: CheckContext): Promise<CheckResult>;
}

export interface CheckReport {
  check: string;
  status: CheckStatus;
  detail: string;
  /** Milliseconds. */
  duration: number;
  summary?: string;
}

export type { CheckName };
