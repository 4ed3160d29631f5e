/** The shapes the rehearsal engine reports and the stand-ins share. */
import type { Json } from './expressions.js';
import type { JobModel, StepModel } from './workflow.js';

/**
 * `passed` / `failed` as on GitHub; `not-run` where GitHub would say skipped (an `if:` that is
 * false, or a needed job that did not succeed); `skipped` where the rehearsal could not do the
 * work (an action that does not exist yet, a missing binary, a step without a stand-in) — never
 * counted as passed.
 */
export type Status = 'passed' | 'failed' | 'skipped' | 'not-run';

/** `script`: a `run:` step run for real; `script-stand-in`: a `run:` step replaced by its TypeScript rendition. */
export type StepKind = 'suite-action' | 'stand-in' | 'script' | 'script-stand-in' | 'none';

/** What a stand-in did instead of the real step, and what it did not do (for the report). */
export interface StandInReport {
  /** The program or action replaced (`gh`, `docker/build-push-action`). */
  instead: string;
  reason?: string;
  /** What did not happen: "no vulnerability scan". */
  didNot: string;
}

export interface StepRun {
  id: string;
  name: string;
  kind: StepKind;
  uses?: string;
  status: Status;
  /** Why it failed, was skipped, or did not run. */
  reason?: string;
  /** A skipped step whose job's dependents cannot run either (an action that does not exist yet). */
  blocking?: boolean;
  /** How to get what was missing (`apt-get install -y docker-registry`). */
  install?: string;
  outputs: Record<string, string>;
  /** What the stand-in did instead of the real thing, rehearsal adjustments, warnings. */
  notes: string[];
  /** `::error::` lines of an action, or the stand-in's failure. */
  errors: string[];
  durationMs: number;
  /** Set when a stand-in did the step. */
  standIn?: StandInReport;
}

export interface JobRun {
  /** Unique in the run: `release / image-build (linux/amd64)`. */
  key: string;
  /** The job id in its workflow. */
  id: string;
  name: string;
  /** The caller job, for a job of a called reusable workflow. */
  caller?: string;
  matrix?: Record<string, Json>;
  runsOn?: string;
  /** The environment the job ran in (its protection rules are GitHub's: the rehearsal records the name). */
  environment?: string;
  status: Status;
  reason?: string;
  blocking?: boolean;
  install?: string;
  steps: StepRun[];
  outputs: Record<string, string>;
  durationMs: number;
  workspace?: string;
  /** The permissions of the job's GITHUB_TOKEN (`contents: write, issues: write`), when the rehearsal minted one. */
  permissions?: string;
}

export interface WorkflowRun {
  workflow: string;
  event: string;
  ref: string;
  status: Status;
  jobs: JobRun[];
  /** The outputs of the reusable workflows it called, as `<calling job>.<output>` (`release.release-url`). */
  outputs: Record<string, string>;
  durationMs: number;
  /** Inputs and secrets the rehearsal set on the call, as `name: why`. */
  overrides: string[];
}

export interface RegistryAccess {
  /** `127.0.0.1:PORT` */
  host: string;
  username: string;
  password: string;
}

/** Files handed from one job to another (actions/upload-artifact), by artifact name. */
export interface ArtifactStore {
  dir: string;
  names(): string[];
}

/** An in-toto statement as the attest actions make it. */
export interface AttestStatement {
  subject: Array<{ name: string; digest: { sha256: string } }>;
  predicateType: string;
  predicate: unknown;
}

/**
 * The local Sigstore the attest stand-ins sign with (world.ts): a Fulcio-like CA certifying the
 * job's workflow identity and a Rekor-like log, as GitHub's attest actions sign with Fulcio and
 * Rekor through the job's OIDC token. Returns the bundle (v0.3 JSON).
 */
export interface RehearsalSigstore {
  attest(statement: AttestStatement, identity: { serverUrl: string; repository: string; ref: string; workflow?: string }): Promise<unknown>;
}

export interface StepContext {
  job: JobModel;
  jobKey: string;
  step: StepModel;
  /** The step's `with:` evaluated to text. */
  inputs: Record<string, string>;
  /** The step's environment (workflow, job and step `env:`), evaluated. */
  env: Record<string, string>;
  workspace: string;
  /** RUNNER_TEMP of the job. */
  temp: string;
  /** HOME of the job: a throwaway folder, so no user configuration is read or written. */
  home: string;
  /** The working directory of a `run:` step. */
  cwd: string;
  repository: string;
  github: { serverUrl: string; apiUrl: string; token: string; barePath: string };
  registry?: RegistryAccess;
  registryMissing?: { reason: string; install: string };
  /** Signs the attest stand-ins' statements; absent: they write unsigned bundles. */
  sigstore?: RehearsalSigstore;
  artifacts: ArtifactStore;
  /** Registry logins made in this job by docker/login-action (registry host → user). */
  logins: Map<string, string>;
  /** The ref and commit the run started from. */
  event: { name: string; ref: string; sha: string };
  log(line: string): void;
}

export interface StepOutcome {
  status: 'passed' | 'failed' | 'skipped';
  outputs?: Record<string, string>;
  reason?: string;
  blocking?: boolean;
  install?: string;
  notes?: string[];
  summary?: string;
  /** What this run of a stand-in did not do, when it differs from its spec's `didNot`. */
  didNot?: string;
  /** GITHUB_ENV pairs for the job's later steps. */
  env?: Array<[string, string]>;
  /** GITHUB_PATH folders for the job's later steps. */
  path?: string[];
}

export type StandIn = (ctx: StepContext) => Promise<StepOutcome>;

export interface StandInSpec {
  /** What the real step does and what the stand-in does instead, one line. */
  description: string;
  /** What the real step does that the stand-in does not, for the report ("no vulnerability scan"). */
  didNot: string;
  run: StandIn;
}
