/**
 * The workflow rehearsal engine: runs a workflow read by GitHub's parser (./workflow.ts) for
 * one event, job after job in the order `needs` gives, evaluating every expression with
 * GitHub's evaluator. A call of a reusable workflow runs the called workflow's jobs with the
 * call's inputs and secrets; job outputs flow through `needs`, step outputs through `steps`.
 *
 * Steps:
 * - the suite's own actions (`$/actions/<name>` while the running workflow is the suite's,
 *   `llm-d/release-actions/actions/<name>@ref`, `./actions/<name>`) run from their bundles
 *   through the runner harness (test/support/harness.ts), exactly as the runner starts them,
 *   against the local GitHub, registry and pages;
 * - third-party actions are replaced by stand-ins that do their observable part
 *   (./stand-ins/actions.ts);
 * - `run:` steps run for real with their shell, as the runner runs them (./shell.ts), unless
 *   they call a program the rehearsal does not run (gh, docker, …): then their TypeScript
 *   stand-in (./stand-ins/scripts.ts), or skipped with the reason.
 *
 * A step the rehearsal cannot do (an action that is not there yet, a missing binary) is
 * `skipped` with the reason, and so is its job; nothing is ever counted as passed that did not
 * run.
 */
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { runAction } from '../../test/support/harness.js';
import { asText, resolveText, resolveValue, truthy, type Contexts, type Json, type Status as ExprStatus, type Value } from './expressions.js';
import { jobPermissions, showPermissions, type PermissionMap } from './permissions.js';
import { actionStandIn } from './stand-ins/actions.js';
import { pathWith, prependPath } from './file-commands.js';
import { outsideCommands, runScript, shellCommand } from './shell.js';
import { scriptStandIn } from './stand-ins/scripts.js';
import type { ArtifactStore, RehearsalSigstore, JobRun, RegistryAccess, Status, StepContext, StepOutcome, StepRun, WorkflowRun } from './types.js';
import { jobOrder, parseWorkflowUses, type InputDef, type JobModel, type RunDefaults, type StepModel, type WorkflowModel } from './workflow.js';

/** The repository the suite is published from: its actions are `SUITE_REPO/actions/<name>@ref`. */
export const SUITE_REPO = 'llm-d/release-actions';

export interface SuiteActionLocation {
  actionYml: string;
  main: string;
  /** Shown in the step's notes (e.g. "test fixture"). */
  note?: string;
}

/** A GITHUB_TOKEN per job, as GitHub mints one from the job's `permissions:`. */
export interface JobTokens {
  /** A token for the run's repository holding exactly `permissions`; `job` names its holder. */
  mint(job: string, permissions: PermissionMap): string;
  /** What was refused or broke GitHub's contract in calls made with the job's token, as sentences; read once. */
  problems(job: string): string[];
}

export interface EngineOptions {
  /** The suite's checkout: actions/<name>/action.yml and their bundles. */
  suiteRoot: string;
  /** `owner/repo` of the emulated repository the workflow runs for. */
  repository: string;
  github: { serverUrl: string; apiUrl: string; graphqlUrl: string; token: string; barePath: string };
  registry?: RegistryAccess;
  /** Why there is no registry and how to get one; image steps are then skipped with it. */
  registryMissing?: { reason: string; install: string };
  /** The local Sigstore the attest stand-ins sign with (world.ts). */
  sigstore?: RehearsalSigstore;
  /** Job workspaces, temp folders, artifacts and logs go below this folder. */
  workDir: string;
  /** Extra environment of every action (NODE_EXTRA_CA_CERTS, RELEASE_ACTIONS_RETRY_SCALE, …). */
  actionEnv?: Record<string, string>;
  /** Where suite actions are taken from instead of the suite's folders (tests). */
  actions?: Record<string, SuiteActionLocation>;
  /** Adjusts a suite action's inputs for the rehearsal (e.g. a shorter polling timeout); the note is reported. */
  adjustInputs?: (a: { job: string; step: StepModel; action: string; inputs: Record<string, string> }) => { inputs: Record<string, string>; note: string } | undefined;
  onJob?: (event: 'start' | 'end', job: JobRun) => void;
  /** Without it every job gets `github.token` (all permissions). */
  tokens?: JobTokens;
  actor?: string;
  actionTimeoutMs?: number;
}

export interface RehearsalEvent {
  name: 'push' | 'workflow_dispatch';
  /** `refs/tags/v0.5.0`, `refs/heads/main` */
  ref: string;
  sha: string;
  payload: Record<string, unknown>;
  /** workflow_dispatch inputs as the form sends them (text). */
  inputs?: Record<string, string>;
}

export interface RunOptions {
  /** The repository's secrets (`secrets.NAME` in the workflow). */
  secrets?: Record<string, string>;
  vars?: Record<string, string>;
  /**
   * Inputs and secrets set on every call of a reusable workflow on top of the caller's
   * (what the rehearsal must point elsewhere: the local registry, pages, receivers); each with
   * the reason shown in the report.
   */
  callOverrides?: { with?: Record<string, { value: Json; why: string }>; secrets?: Record<string, { value: string; why: string }> };
  /**
   * Jobs (by id) the rehearsal leaves out, each with the reason — e.g. the suite's own test
   * suite, which a test of the rehearsal is part of. Reported `skipped` with the reason, never
   * passed; the jobs that need one still run, as after a job the machine cannot do.
   */
  leaveOut?: Record<string, string>;
}

class Artifacts implements ArtifactStore {
  constructor(readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }
  names(): string[] {
    return readdirSync(this.dir, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
  }
}

function globMatch(pattern: string, text: string): boolean {
  // GitHub's filter patterns, enough of them: * (no /), ** (anything), ? and literal text
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*' && pattern[i + 1] === '*') {
      re += '.*';
      i++;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '.';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`).test(text);
}

function asList(v: Value | undefined): string[] {
  if (v === undefined || v === null) return [];
  if (Array.isArray(v)) return v.map((x) => (typeof x === 'string' ? x : JSON.stringify(x)));
  return typeof v === 'string' ? [v] : [];
}

/** Whether `event` starts the workflow (its `on:` block), and why not. */
export function triggers(model: WorkflowModel, event: RehearsalEvent): string | undefined {
  const on = model.on;
  if (event.name === 'workflow_dispatch') return 'workflow_dispatch' in on ? undefined : `${model.file} has no workflow_dispatch trigger`;
  if (!('push' in on)) return `${model.file} does not run on push`;
  const push = (on['push'] ?? {}) as Record<string, Value>;
  if (event.ref.startsWith('refs/tags/')) {
    const tag = event.ref.slice('refs/tags/'.length);
    const tags = asList(push['tags']);
    const ignore = asList(push['tags-ignore']);
    if (tags.length === 0 && asList(push['branches']).length > 0) return `${model.file} runs on pushes of branches, not tags`;
    if (tags.length > 0 && !tags.some((p) => globMatch(p, tag))) return `${model.file} runs on tags ${tags.join(', ')}, not ${tag}`;
    if (ignore.some((p) => globMatch(p, tag))) return `${model.file} ignores tag ${tag}`;
    return undefined;
  }
  const branch = event.ref.replace(/^refs\/heads\//, '');
  const branches = asList(push['branches']);
  if (branches.length === 0 && asList(push['tags']).length > 0) return `${model.file} runs on pushes of tags, not branches`;
  if (branches.length > 0 && !branches.some((p) => globMatch(p, branch))) return `${model.file} runs on branches ${branches.join(', ')}, not ${branch}`;
  return undefined;
}

/** Typed input values, as the `inputs` context holds them. */
function typedInputs(defs: Record<string, InputDef>, given: Record<string, Json>, where: string, contexts: Contexts): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const name of Object.keys(given)) if (!(name in defs)) throw new Error(`${where}: input '${name}' is not defined`);
  for (const [name, def] of Object.entries(defs)) {
    let v: Json | undefined = given[name];
    if (v === undefined || (v === '' && def.type !== 'string')) {
      if (def.required && v === undefined) throw new Error(`${where}: input '${name}' is required`);
      v = def.default === undefined ? (def.type === 'boolean' ? false : def.type === 'number' ? 0 : '') : resolveValue(def.default, contexts);
    }
    if (def.type === 'boolean') {
      if (typeof v === 'string' && (v === 'true' || v === 'false')) v = v === 'true';
      if (typeof v !== 'boolean') throw new Error(`${where}: input '${name}' must be a boolean, got ${JSON.stringify(v)}`);
    } else if (def.type === 'number') {
      const n = typeof v === 'number' ? v : Number(v);
      if (!Number.isFinite(n)) throw new Error(`${where}: input '${name}' must be a number, got ${JSON.stringify(v)}`);
      v = n;
    } else {
      v = asText(v);
      if (def.type === 'choice' && def.options && !def.options.includes(v)) throw new Error(`${where}: input '${name}' must be one of ${def.options.join(', ')}, got '${v}'`);
    }
    out[name] = v;
  }
  return out;
}

/** The combinations of a `strategy.matrix` (axes, include, exclude), as GitHub expands them. */
export function expandMatrix(matrix: Json): Array<Record<string, Json>> {
  if (matrix === null || typeof matrix !== 'object' || Array.isArray(matrix)) throw new Error('strategy.matrix is not a mapping');
  const axes = Object.entries(matrix).filter(([k]) => k !== 'include' && k !== 'exclude');
  let combos: Array<Record<string, Json>> = [{}];
  for (const [key, values] of axes) {
    if (!Array.isArray(values)) throw new Error(`strategy.matrix.${key} is not a list`);
    combos = combos.flatMap((c) => values.map((v) => ({ ...c, [key]: v })));
  }
  if (axes.length === 0) combos = [];
  const matches = (combo: Record<string, Json>, part: Record<string, Json>): boolean => Object.entries(part).every(([k, v]) => JSON.stringify(combo[k]) === JSON.stringify(v));
  const exclude = Array.isArray(matrix['exclude']) ? (matrix['exclude'] as Array<Record<string, Json>>) : [];
  combos = combos.filter((c) => !exclude.some((x) => matches(c, x)));
  const include = Array.isArray(matrix['include']) ? (matrix['include'] as Array<Record<string, Json>>) : [];
  const axisKeys = new Set(axes.map(([k]) => k));
  for (const inc of include) {
    const onAxes = Object.fromEntries(Object.entries(inc).filter(([k]) => axisKeys.has(k)));
    const extended = axes.length > 0 ? combos.filter((c) => matches(c, onAxes)) : [];
    if (extended.length > 0 && Object.keys(onAxes).length > 0) for (const c of extended) Object.assign(c, inc);
    else combos.push({ ...inc });
  }
  return combos;
}

function needResult(run: JobRun): 'success' | 'failure' | 'skipped' {
  if (run.status === 'passed') return 'success';
  if (run.status === 'failed') return 'failure';
  if (run.status === 'skipped' && run.blocking === false) return 'success';
  return 'skipped';
}

/** A job's result as `needs.<id>.result` gives it: of every leg, for a matrix. */
function jobResult(runs: JobRun[]): 'success' | 'failure' | 'skipped' {
  const results = runs.map(needResult);
  return results.includes('failure') ? 'failure' : results.includes('skipped') || results.length === 0 ? 'skipped' : 'success';
}

/** Every job the job depends on, directly or through others: GitHub's `success()` looks at all of them. */
function ancestorsOf(id: string, jobs: readonly { id: string; needs: readonly string[] }[]): string[] {
  const seen = new Set<string>();
  const visit = (at: string): void => {
    for (const n of jobs.find((j) => j.id === at)?.needs ?? []) {
      if (seen.has(n)) continue;
      seen.add(n);
      visit(n);
    }
  };
  visit(id);
  return [...seen];
}

/** The contexts as they would be had the needs the rehearsal could not do been done. */
function asDone(contexts: Contexts, needsRuns: Array<{ id: string; runs: JobRun[] }>): Contexts {
  const needs = { ...(contexts['needs'] as Record<string, Json>) };
  for (const n of needsRuns) {
    if (n.runs.some((r) => r.status === 'skipped' && r.blocking !== false)) needs[n.id] = { ...(needs[n.id] as Record<string, Json>), result: 'success' };
  }
  return { ...contexts, needs };
}

/**
 * The repository and commit a `$/` reference resolves to: the running workflow's own — for a
 * called reusable workflow, the called workflow's repository at the ref it was called at.
 */
export interface SelfRef {
  repository: string;
  ref: string;
}

/** What a called workflow's `$/` resolves to, from the `uses:` that called it and the caller's. */
export function calledSelf(uses: string, caller: SelfRef): SelfRef {
  if (uses.startsWith('./') || uses.startsWith('$/')) return caller;
  const ref = parseWorkflowUses(uses);
  return { repository: ref.repo ?? caller.repository, ref: ref.ref ?? caller.ref };
}

/**
 * A `$/actions/<name>` step: the suite action `name` when `self` is the suite's repository;
 * else the reason the rehearsal cannot run it (an action of another repository); undefined
 * for anything that is not `$/`.
 */
export function selfAction(uses: string, self: SelfRef): { name: string; note: string } | { missing: string } | undefined {
  if (!uses.startsWith('$/')) return undefined;
  const m = /^\$\/actions\/([a-z0-9-]+)\/?$/.exec(uses);
  if (self.repository.toLowerCase() !== SUITE_REPO) return { missing: `${uses} resolves to ${self.repository}@${self.ref}, not to the suite: the rehearsal runs only the suite's own actions` };
  if (!m?.[1]) return { missing: `${uses} is not one of the suite's actions ($/actions/<name>)` };
  return { name: m[1], note: `${uses} → ${SUITE_REPO}/actions/${m[1]}@${self.ref} (the running workflow's repository and ref), run from this checkout's bundle` };
}

/** What the steps of one job share: its folders, its env (GITHUB_ENV adds to it), its PATH additions. */
interface JobState {
  workspace: string;
  temp: string;
  home: string;
  log: (l: string) => void;
  logins: Map<string, string>;
  jobEnv: Record<string, string>;
  self: SelfRef;
  token: string;
  /** GITHUB_PATH folders, oldest first (the runner's PrependPath). */
  path: string[];
  defaults: RunDefaults | undefined;
  eventFile: string;
}

/** `defaults.run` of the job over the workflow's, key by key, as GitHub applies them. */
function runDefaultsOf(model: WorkflowModel, job: JobModel): RunDefaults | undefined {
  const merged: RunDefaults = { ...model.defaults, ...job.defaults };
  return Object.keys(merged).length > 0 ? merged : undefined;
}

/** The variables the runner gives every step (docs: "Default environment variables"), from the run's contexts. */
function runnerVariables(contexts: Contexts, step: StepModel, j: JobState, actor: string): Record<string, string> {
  const g = contexts['github'] as Record<string, Json>;
  const r = (contexts['runner'] ?? {}) as Record<string, Json>;
  const t = (k: string): string => asText(g[k] ?? '');
  return {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_ACTION: step.id,
    GITHUB_ACTOR: actor,
    GITHUB_API_URL: t('api_url'),
    GITHUB_BASE_REF: t('base_ref'),
    GITHUB_EVENT_NAME: t('event_name'),
    GITHUB_EVENT_PATH: j.eventFile,
    GITHUB_GRAPHQL_URL: t('graphql_url'),
    GITHUB_HEAD_REF: t('head_ref'),
    GITHUB_JOB: t('job'),
    GITHUB_REF: t('ref'),
    GITHUB_REF_NAME: t('ref_name'),
    GITHUB_REF_PROTECTED: t('ref_protected'),
    GITHUB_REF_TYPE: t('ref_type'),
    GITHUB_REPOSITORY: t('repository'),
    GITHUB_REPOSITORY_OWNER: t('repository_owner'),
    GITHUB_RETENTION_DAYS: t('retention_days'),
    GITHUB_RUN_ATTEMPT: t('run_attempt'),
    GITHUB_RUN_ID: t('run_id'),
    GITHUB_RUN_NUMBER: t('run_number'),
    GITHUB_SERVER_URL: t('server_url'),
    GITHUB_SHA: t('sha'),
    GITHUB_TRIGGERING_ACTOR: t('triggering_actor'),
    GITHUB_WORKFLOW: t('workflow'),
    GITHUB_WORKFLOW_REF: t('workflow_ref'),
    GITHUB_WORKSPACE: j.workspace,
    RUNNER_ARCH: asText(r['arch'] ?? 'X64'),
    RUNNER_ENVIRONMENT: asText(r['environment'] ?? 'github-hosted'),
    RUNNER_NAME: asText(r['name'] ?? 'rehearsal'),
    RUNNER_OS: asText(r['os'] ?? 'Linux'),
    RUNNER_TEMP: j.temp,
    RUNNER_TOOL_CACHE: asText(r['tool_cache'] ?? ''),
  };
}

interface Scope {
  model: WorkflowModel;
  /** What `$/` resolves to in this workflow. */
  self: SelfRef;
  github: Record<string, Json>;
  inputs: Record<string, Json>;
  secrets: Record<string, string>;
  vars: Record<string, string>;
  env: Record<string, string>;
  /** `caller / ` for jobs of a called workflow. */
  prefix: string;
  caller?: string;
  /** In a called workflow: the calling job's token permissions, which its jobs cannot exceed. */
  cap?: PermissionMap;
}

export class RehearsalEngine {
  private jobCounter = 0;
  /** The outputs of the reusable workflows called in the current run, as `<job>.<output>`. */
  private callOutputs: Record<string, string> = {};
  private artifacts!: Artifacts;
  private runDir = '';

  constructor(private readonly opts: EngineOptions) {}

  /** Runs `model` for `event`; jobs run one after the other in `needs` order. */
  async run(model: WorkflowModel, event: RehearsalEvent, options: RunOptions = {}): Promise<WorkflowRun> {
    const started = performance.now();
    const notTriggered = triggers(model, event);
    if (notTriggered) throw new Error(notTriggered);
    this.runDir = join(this.opts.workDir, `run-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`);
    mkdirSync(this.runDir, { recursive: true });
    this.artifacts = new Artifacts(join(this.runDir, 'artifacts'));

    const [owner = ''] = this.opts.repository.split('/');
    const github: Record<string, Json> = {
      event_name: event.name,
      event: event.payload as Json,
      ref: event.ref,
      ref_name: event.ref.replace(/^refs\/(heads|tags)\//, ''),
      ref_type: event.ref.startsWith('refs/tags/') ? 'tag' : 'branch',
      ref_protected: false,
      sha: event.sha,
      repository: this.opts.repository,
      repository_owner: owner,
      actor: this.opts.actor ?? 'maintainer',
      triggering_actor: this.opts.actor ?? 'maintainer',
      server_url: this.opts.github.serverUrl,
      api_url: this.opts.github.apiUrl,
      graphql_url: this.opts.github.graphqlUrl,
      workflow: model.name ?? model.file,
      workflow_ref: `${this.opts.repository}/${model.file}@${event.ref}`,
      run_id: '1',
      run_number: '1',
      run_attempt: '1',
      retention_days: '90',
      token: this.opts.github.token,
      head_ref: '',
      base_ref: '',
    };
    const contexts0: Contexts = { github, vars: options.vars ?? {}, secrets: {}, inputs: {} };
    const inputs = event.name === 'workflow_dispatch' ? typedInputs(model.dispatchInputs, event.inputs ?? {}, `${model.file} workflow_dispatch`, contexts0) : {};
    const secrets = { GITHUB_TOKEN: this.opts.github.token, ...options.secrets };
    const scope: Scope = { model, self: { repository: this.opts.repository, ref: event.sha }, github, inputs, secrets, vars: options.vars ?? {}, env: {}, prefix: '' };
    scope.env = Object.fromEntries(Object.entries(model.env).map(([k, v]) => [k, resolveText(v, { github, inputs, secrets, vars: scope.vars })]));

    const overrides: string[] = [];
    this.callOutputs = {};
    const jobs = await this.runJobs(scope, options, overrides);
    const status = overall(jobs);
    return { workflow: model.file, event: event.name, ref: event.ref, status, jobs, outputs: { ...this.callOutputs }, durationMs: Math.round(performance.now() - started), overrides };
  }

  private async runJobs(scope: Scope, options: RunOptions, overrides: string[]): Promise<JobRun[]> {
    const order = jobOrder(scope.model.jobs);
    const runs: JobRun[] = [];
    const byId = new Map<string, JobRun[]>();
    for (const id of order) {
      const job = scope.model.jobs.find((j) => j.id === id)!;
      const needsRuns = job.needs.map((n) => ({ id: n, runs: byId.get(n) ?? [] }));
      const needs: Record<string, Json> = {};
      for (const n of needsRuns) {
        const merged: Record<string, string> = {};
        for (const r of n.runs) Object.assign(merged, r.outputs);
        needs[n.id] = { outputs: merged, result: jobResult(n.runs) };
      }
      const failedNeed = Object.entries(needs).find(([, v]) => (v as { result: string }).result !== 'success');
      const chain = ancestorsOf(id, scope.model.jobs).map((a) => ({ id: a, result: jobResult(byId.get(a) ?? []) }));
      const status = { failed: chain.some((a) => a.result === 'failure'), incomplete: chain.some((a) => a.result !== 'success') };
      const upstream = chain.find((a) => a.result !== 'success');
      const contexts: Contexts = { github: scope.github, inputs: scope.inputs, secrets: scope.secrets, vars: scope.vars, needs, env: scope.env };
      const key = `${scope.prefix}${id}`;
      const base: JobRun = { key, id, name: id, status: 'not-run', steps: [], outputs: {}, durationMs: 0, ...(scope.caller ? { caller: scope.caller } : {}) };

      // a need the rehearsal could not do blocks its dependents with the same reason
      const blocked = needsRuns.flatMap((n) => n.runs).find((r) => r.status === 'skipped' && r.blocking !== false);
      let cond: boolean;
      try {
        cond = truthy(job.if, contexts, status);
      } catch (err) {
        const run: JobRun = { ...base, status: 'failed', reason: `if: ${(err as Error).message}` };
        runs.push(run);
        byId.set(id, [run]);
        continue;
      }
      if (!cond) {
        // would it have run, had the blocking need been done? then it is skipped for the same reason
        let wouldRun = false;
        if (blocked) {
          try {
            wouldRun = truthy(job.if, asDone(contexts, needsRuns), { failed: false });
          } catch {
            wouldRun = false;
          }
        }
        const run: JobRun =
          blocked && wouldRun
            ? { ...base, status: 'skipped', blocking: true, reason: `needs ${blocked.id}, which was skipped: ${blocked.reason ?? ''}`, ...(blocked.install ? { install: blocked.install } : {}) }
            : {
                ...base,
                status: 'not-run',
                reason:
                  failedNeed && !blocked
                    ? `needs ${failedNeed[0]}, which ${(failedNeed[1] as { result: string }).result === 'failure' ? 'failed' : 'did not run'}`
                    : upstream && !blocked && job.if === 'success()'
                      ? `${upstream.id}, further up its needs, ${upstream.result === 'failure' ? 'failed' : 'did not run'}: GitHub's success() looks at the whole chain (an if: with !cancelled() and the needed results lets it run)`
                      : `if: ${job.if} is false`,
              };
        this.opts.onJob?.('end', run);
        runs.push(run);
        byId.set(id, [run]);
        continue;
      }

      const leftOut = options.leaveOut?.[id];
      if (leftOut !== undefined) {
        const run: JobRun = { ...base, status: 'skipped', blocking: false, reason: `left out by the rehearsal: ${leftOut}` };
        this.opts.onJob?.('end', run);
        runs.push(run);
        byId.set(id, [run]);
        continue;
      }

      if (job.uses) {
        let cap: PermissionMap;
        try {
          cap = jobPermissions(job.permissions, scope.model.permissions, `${scope.model.file} job ${id}`, scope.cap);
        } catch (err) {
          const run: JobRun = { ...base, status: 'failed', reason: (err as Error).message };
          runs.push(run);
          byId.set(id, [run]);
          continue;
        }
        const inner = await this.runCall(job, scope, contexts, options, overrides, cap);
        runs.push(...inner.runs);
        const callRun: JobRun = { ...base, status: overall(inner.runs), steps: [], outputs: inner.outputs, durationMs: inner.runs.reduce((s, r) => s + r.durationMs, 0) };
        for (const [name, value] of Object.entries(inner.outputs)) this.callOutputs[`${callRun.key}.${name}`] = value;
        if (callRun.status === 'skipped') callRun.blocking = inner.runs.some((r) => r.status === 'skipped' && r.blocking !== false);
        byId.set(id, [callRun]);
        continue;
      }

      // a matrix makes one run per combination
      let legs: Array<Record<string, Json> | undefined> = [undefined];
      let failFast = true;
      if (job.strategy !== undefined) {
        let strategy: Json;
        try {
          strategy = resolveValue(job.strategy, contexts);
        } catch (err) {
          const run: JobRun = { ...base, status: 'failed', reason: `strategy: ${(err as Error).message}` };
          runs.push(run);
          byId.set(id, [run]);
          continue;
        }
        const s = (strategy ?? {}) as Record<string, Json>;
        failFast = s['fail-fast'] !== false;
        if (s['matrix'] !== undefined) legs = expandMatrix(s['matrix']);
      }
      const legRuns: JobRun[] = [];
      for (const [i, matrix] of legs.entries()) {
        if (failFast && legRuns.some((r) => r.status === 'failed')) {
          legRuns.push({ ...base, key: `${key} (${i + 1})`, status: 'not-run', reason: 'cancelled: another leg of the matrix failed (fail-fast)' });
          continue;
        }
        legRuns.push(await this.runStepsJob(job, scope, contexts, matrix, legs.length, key));
      }
      runs.push(...legRuns);
      byId.set(id, legRuns);
    }
    return runs;
  }

  /** A job that calls a reusable workflow: its inputs and secrets, then the called jobs. */
  private async runCall(job: JobModel, scope: Scope, contexts: Contexts, options: RunOptions, overrides: string[], cap: PermissionMap): Promise<{ runs: JobRun[]; outputs: Record<string, string> }> {
    const called = job.workflow;
    const fail = (reason: string): { runs: JobRun[]; outputs: Record<string, string> } => ({
      runs: [{ key: `${scope.prefix}${job.id}`, id: job.id, name: job.id, status: 'failed', reason, steps: [], outputs: {}, durationMs: 0 }],
      outputs: {},
    });
    if (!called) return fail(`the rehearsal has no workflow ${job.uses ?? ''}`);
    let withValues: Record<string, Json>;
    let secrets: Record<string, string>;
    try {
      withValues = Object.fromEntries(Object.entries(job.with).map(([k, v]) => [k, resolveValue(v, contexts)]));
      for (const [k, o] of Object.entries(options.callOverrides?.with ?? {})) {
        if (!(k in called.callInputs)) continue;
        withValues[k] = o.value;
        overrides.push(`with ${k}: ${o.why}`);
      }
      secrets = {};
      if (job.secrets === 'inherit') Object.assign(secrets, scope.secrets);
      else for (const [k, v] of Object.entries(job.secrets)) secrets[k] = resolveText(v, contexts);
      for (const [k, o] of Object.entries(options.callOverrides?.secrets ?? {})) {
        if (!(k in called.callSecrets)) continue;
        secrets[k] = o.value;
        overrides.push(`secret ${k}: ${o.why}`);
      }
      for (const k of Object.keys(secrets)) if (!(k in called.callSecrets) && job.secrets !== 'inherit') throw new Error(`secret '${k}' is not defined in ${called.file}`);
      for (const [k, def] of Object.entries(called.callSecrets)) {
        if (def.required && !secrets[k]) throw new Error(`secret '${k}' is required by ${called.file}`);
        secrets[k] ??= '';
      }
    } catch (err) {
      return fail((err as Error).message);
    }
    let inputs: Record<string, Json>;
    try {
      inputs = typedInputs(called.callInputs, withValues, `${job.id} (${called.file})`, { github: scope.github });
    } catch (err) {
      return fail((err as Error).message);
    }
    const innerSecrets = { GITHUB_TOKEN: this.opts.github.token, ...secrets };
    const inner: Scope = { model: called, self: calledSelf(job.uses ?? '', scope.self), github: scope.github, inputs, secrets: innerSecrets, vars: scope.vars, env: {}, prefix: `${scope.prefix}${job.id} / `, caller: job.id, cap };
    inner.env = Object.fromEntries(Object.entries(called.env).map(([k, v]) => [k, resolveText(v, { github: scope.github, inputs, secrets: innerSecrets, vars: scope.vars })]));
    const runs = await this.runJobs(inner, options, overrides);
    const jobsCtx: Record<string, Json> = {};
    for (const j of called.jobs) {
      const mine = runs.filter((r) => r.id === j.id && r.caller === job.id);
      const merged: Record<string, string> = {};
      for (const r of mine) Object.assign(merged, r.outputs);
      jobsCtx[j.id] = { outputs: merged, result: mine.length === 0 ? 'skipped' : mine.map(needResult).includes('failure') ? 'failure' : mine.every((r) => needResult(r) === 'success') ? 'success' : 'skipped' };
    }
    const outputs: Record<string, string> = {};
    for (const [name, v] of Object.entries(called.callOutputs)) {
      try {
        outputs[name] = resolveText(v, { github: scope.github, inputs, jobs: jobsCtx, vars: scope.vars });
      } catch {
        outputs[name] = '';
      }
    }
    return { runs, outputs };
  }

  private async runStepsJob(job: JobModel, scope: Scope, base: Contexts, matrix: Record<string, Json> | undefined, legs: number, key: string): Promise<JobRun> {
    const started = performance.now();
    this.jobCounter += 1;
    const slug = `${String(this.jobCounter).padStart(2, '0')}-${job.id}${matrix ? `-${Object.values(matrix).filter((v) => typeof v === 'string').join('-').replace(/[^A-Za-z0-9._-]/g, '-').slice(0, 40)}` : ''}`;
    const jobDir = join(this.runDir, 'jobs', slug);
    const workspace = join(jobDir, 'workspace');
    const temp = join(jobDir, 'temp');
    const home = join(jobDir, 'home');
    for (const d of [workspace, temp, home]) mkdirSync(d, { recursive: true });
    const logFile = join(jobDir, 'log.txt');
    const log = (line: string): void => appendFileSync(logFile, `${line}\n`);

    const github: Record<string, Json> = { ...scope.github, job: job.id, workspace };
    const runner = { os: 'Linux', arch: 'X64', name: 'rehearsal', temp, tool_cache: join(jobDir, 'toolcache'), environment: 'github-hosted', debug: '' };
    const contexts: Contexts = { ...base, github, matrix: matrix ?? null, strategy: { 'fail-fast': true, 'job-index': 0, 'job-total': legs, 'max-parallel': legs }, runner, job: { status: 'success' }, steps: {} };
    const run: JobRun = { key, id: job.id, name: job.id, status: 'passed', steps: [], outputs: {}, durationMs: 0, workspace, ...(scope.caller ? { caller: scope.caller } : {}), ...(matrix ? { matrix } : {}) };
    try {
      if (job.name !== undefined) run.name = resolveText(job.name, contexts);
      if (matrix && job.name === undefined) run.name = `${job.id} (${Object.values(matrix).map(asText).join(', ')})`;
      if (matrix) run.key = `${scope.prefix}${run.name}`;
      const token = this.jobToken(job, scope, run);
      github['token'] = token;
      contexts['secrets'] = { ...scope.secrets, GITHUB_TOKEN: token };
      if (job.runsOn !== undefined) run.runsOn = asText(resolveValue(job.runsOn, contexts));
      if (job.environment !== undefined) {
        const env = resolveValue(job.environment, contexts);
        const name = env !== null && typeof env === 'object' && !Array.isArray(env) ? asText(env['name'] ?? '') : asText(env);
        if (name) run.environment = name;
      }
      const jobEnv = { ...scope.env, ...Object.fromEntries(Object.entries(job.env).map(([k, v]) => [k, resolveText(v, contexts)])) };
      contexts['env'] = jobEnv;
      this.opts.onJob?.('start', run);

      const steps: Record<string, Json> = {};
      contexts['steps'] = steps;
      const eventFile = join(temp, '_github_workflow', 'event.json');
      mkdirSync(dirname(eventFile), { recursive: true });
      writeFileSync(eventFile, JSON.stringify(github['event'] ?? {}));
      let failed = false;
      let skippedBy: StepRun | undefined;
      const logins = new Map<string, string>();
      const state: JobState = { workspace, temp, home, log, logins, jobEnv, self: scope.self, token, path: [], defaults: runDefaultsOf(scope.model, job), eventFile };
      for (const step of job.steps) {
        const s = await this.runStep(job, run, step, contexts, { failed }, skippedBy, state);
        run.steps.push(s);
        if (s.status === 'failed') failed = true;
        if (s.status === 'skipped' && !skippedBy) skippedBy = s;
        const outcome = s.status === 'passed' ? 'success' : s.status === 'failed' ? 'failure' : 'skipped';
        steps[step.id] = { outputs: s.outputs, outcome, conclusion: outcome };
        (contexts['job'] as Record<string, Json>)['status'] = failed ? 'failure' : 'success';
      }
      const failedStep = run.steps.find((s) => s.status === 'failed');
      const refused = this.opts.tokens?.problems(run.key) ?? [];
      if (refused.length > 0) {
        // named first: a refused call is why the job failed, or what an action swallowed
        run.status = 'failed';
        run.reason = `job ${run.key}: ${refused.join('; ')}${failedStep ? ` (then ${failedStep.name}: ${failedStep.reason ?? failedStep.errors[0] ?? 'failed'})` : ''}`;
      } else if (failedStep) {
        run.status = 'failed';
        run.reason = `${failedStep.name}: ${failedStep.reason ?? failedStep.errors[0] ?? 'failed'}`;
      } else if (skippedBy) {
        run.status = 'skipped';
        run.reason = `${skippedBy.name}: ${skippedBy.reason ?? ''}`;
        run.blocking = skippedBy.blocking !== false;
        if (skippedBy.install) run.install = skippedBy.install;
      }
      for (const [name, v] of Object.entries(job.outputs)) {
        try {
          run.outputs[name] = resolveText(v, contexts);
        } catch (err) {
          run.outputs[name] = '';
          log(`output ${name}: ${(err as Error).message}`);
        }
      }
    } catch (err) {
      run.status = 'failed';
      run.reason = (err as Error).message;
    }
    run.durationMs = Math.round(performance.now() - started);
    this.opts.onJob?.('end', run);
    return run;
  }

  private async runStep(
    job: JobModel,
    run: JobRun,
    step: StepModel,
    contexts: Contexts,
    status: ExprStatus,
    skippedBy: StepRun | undefined,
    j: JobState,
  ): Promise<StepRun> {
    const started = performance.now();
    const name = (() => {
      try {
        return step.name !== undefined ? resolveText(step.name, contexts, status) : step.uses ? `Run ${step.uses}` : `Run ${String(step.run ?? '').split('\n')[0]}`;
      } catch {
        return step.id;
      }
    })();
    const self = step.uses ? selfAction(step.uses, j.self) : undefined;
    const kind = step.uses ? (this.suiteActionName(step.uses) || (self && 'name' in self) ? 'suite-action' : 'stand-in') : 'script';
    const result: StepRun = { id: step.id, name, kind, status: 'passed', outputs: {}, notes: [], errors: [], durationMs: 0, ...(step.uses ? { uses: step.uses } : {}) };
    const finish = (): StepRun => {
      result.durationMs = Math.round(performance.now() - started);
      j.log(`[${result.status}] ${name}${result.reason ? `: ${result.reason}` : ''}`);
      return result;
    };
    try {
      if (!truthy(step.if, contexts, status)) {
        result.status = 'not-run';
        result.reason = `if: ${step.if} is false`;
        return finish();
      }
      if (skippedBy) {
        result.status = 'skipped';
        result.reason = `follows the skipped step "${skippedBy.name}"`;
        result.blocking = skippedBy.blocking !== false;
        return finish();
      }
      const stepEnv = { ...j.jobEnv, ...Object.fromEntries(Object.entries(step.env).map(([k, v]) => [k, resolveText(v, contexts, status)])) };
      const stepContexts = { ...contexts, env: stepEnv };
      const inputs = Object.fromEntries(Object.entries(step.with).map(([k, v]) => [k, resolveText(v, stepContexts, status)]));
      const workingDirectory = step.workingDirectory ?? (step.run !== undefined ? j.defaults?.workingDirectory : undefined);
      const cwd = workingDirectory !== undefined ? resolve(j.workspace, resolveText(workingDirectory, stepContexts, status)) : j.workspace;
      const ctx: StepContext = {
        job,
        jobKey: run.key,
        step,
        inputs,
        env: stepEnv,
        workspace: j.workspace,
        temp: j.temp,
        home: j.home,
        cwd,
        repository: this.opts.repository,
        github: { serverUrl: this.opts.github.serverUrl, apiUrl: this.opts.github.apiUrl, token: j.token, barePath: this.opts.github.barePath },
        ...(this.opts.registry ? { registry: this.opts.registry } : {}),
        ...(this.opts.registryMissing ? { registryMissing: this.opts.registryMissing } : {}),
        ...(this.opts.sigstore ? { sigstore: this.opts.sigstore } : {}),
        artifacts: this.artifacts,
        logins: j.logins,
        event: { name: asText((contexts['github'] as Record<string, Json>)['event_name'] ?? ''), ref: asText((contexts['github'] as Record<string, Json>)['ref'] ?? ''), sha: asText((contexts['github'] as Record<string, Json>)['sha'] ?? '') },
        log: j.log,
      };
      let outcome: StepOutcome;
      if (self && 'missing' in self) outcome = { status: 'skipped', blocking: true, reason: self.missing };
      else if (self) {
        result.notes.push(self.note);
        outcome = await this.runSuiteAction(self.name, ctx, stepContexts, result);
      } else if (step.uses) {
        const suite = this.suiteActionName(step.uses);
        if (suite) outcome = await this.runSuiteAction(suite, ctx, stepContexts, result);
        else {
          const standIn = actionStandIn(step.uses, Object.keys(step.with));
          if (!standIn) outcome = { status: 'skipped', blocking: true, reason: `no stand-in for ${step.uses.split('@')[0]}: the rehearsal cannot do this step` };
          else {
            result.notes.push(`stand-in for ${standIn.key}: ${standIn.spec.description}`, ...standIn.notes);
            result.standIn = { instead: standIn.key, didNot: standIn.spec.didNot };
            outcome = await standIn.spec.run(ctx);
          }
        }
      } else {
        outcome = await this.runScriptStep(job, step, ctx, stepContexts, status, j, result);
      }
      result.status = outcome.status;
      if (outcome.outputs) result.outputs = outcome.outputs;
      if (outcome.notes) result.notes.push(...outcome.notes);
      if (outcome.didNot && result.standIn) result.standIn.didNot = outcome.didNot;
      if (outcome.summary) appendFileSync(join(j.temp, 'step-summary.md'), outcome.summary);
      // GITHUB_ENV and GITHUB_PATH reach the job's later steps (the runner's global env and PrependPath)
      for (const [k, v] of outcome.env ?? []) j.jobEnv[k] = v;
      if (outcome.path?.length) j.path.splice(0, j.path.length, ...prependPath(j.path, outcome.path));
      if (outcome.reason) result.reason = outcome.reason;
      if (outcome.status === 'failed' && outcome.reason && result.errors.length === 0) result.errors.push(outcome.reason);
      if (outcome.status === 'skipped') {
        result.blocking = outcome.blocking !== false;
        if (outcome.install) result.install = outcome.install;
      }
      const continueOnError = resolveValue(step.continueOnError, stepContexts, status);
      if (outcome.status === 'failed' && (continueOnError === true || continueOnError === 'true')) {
        result.notes.push('continue-on-error: the job goes on');
        result.status = 'passed';
      }
    } catch (err) {
      result.status = 'failed';
      result.reason = (err as Error).message;
      result.errors.push(result.reason);
    }
    return finish();
  }

  /**
   * A `run:` step: run for real with its shell, unless it calls a program the rehearsal does
   * not run (gh, docker, kubectl, …): then its TypeScript stand-in, or skipped without one.
   */
  private async runScriptStep(job: JobModel, step: StepModel, ctx: StepContext, contexts: Contexts, status: ExprStatus, j: JobState, result: StepRun): Promise<StepOutcome> {
    // GitHub substitutes ${{ }} into the script before the runner writes it to a file
    const script = resolveText(step.run ?? '', contexts, status);
    const basePath = pathWith(j.path, process.env['PATH'] ?? '');
    const outside = outsideCommands(script, basePath);
    if (outside.length > 0) {
      const why = outside.map((o) => `${o.command}: ${o.reason}`).join('; ');
      const standIn = scriptStandIn(job.id, step.explicitId ? step.id : undefined, step.name !== undefined ? result.name : undefined);
      if (!standIn) return { status: 'skipped', blocking: true, reason: `not run: it calls ${why}, and the rehearsal has no stand-in for this step` };
      result.kind = 'script-stand-in';
      result.notes.push(`stand-in (${why}): ${standIn.description}`);
      result.standIn = { instead: outside.map((o) => o.command).join(', '), reason: outside.map((o) => o.reason).join('; '), didNot: standIn.didNot };
      return standIn.run(ctx);
    }
    const shellValue = step.shell ?? j.defaults?.shell;
    const shell = shellCommand(shellValue !== undefined ? resolveText(shellValue, contexts, status) : undefined, basePath);
    const env: Record<string, string> = {
      PATH: basePath,
      HOME: j.home,
      LANG: 'C.UTF-8',
      ...this.opts.actionEnv,
      ...runnerVariables(contexts, step, j, this.opts.actor ?? 'maintainer'),
      ...ctx.env,
    };
    const masks = [j.token, ...Object.values((contexts['secrets'] ?? {}) as Record<string, string>)];
    // GitHub's default step timeout is the job's (360 minutes); the rehearsal's is 5 minutes unless the step says
    const minutes = step.timeoutMinutes !== undefined ? Number(asText(resolveValue(step.timeoutMinutes, contexts, status))) : NaN;
    const timeoutMs = Number.isFinite(minutes) && minutes > 0 ? minutes * 60_000 : 300_000;
    const ran = await runScript({ script, shell, cwd: ctx.cwd, env, temp: j.temp, id: step.id, masks, timeoutMs });
    result.notes.push(`ran with ${shell.argv.join(' ')}`, ...ran.warnings.map((w) => `warning: ${w}`), ...ran.notices.map((n) => `notice: ${n}`));
    result.errors.push(...ran.errors);
    const files = { outputs: ran.outputs, env: ran.env, path: ran.path, ...(ran.summary ? { summary: ran.summary } : {}) };
    if (ran.fileCommandError) return { ...files, status: 'failed', reason: `unable to process file command: ${ran.fileCommandError}` };
    if (ran.timedOut) return { ...files, status: 'failed', reason: `the step has timed out after ${timeoutMs / 60_000} minute(s) (timeout-minutes)` };
    if (ran.exitCode !== 0) {
      const last = (ran.stderr || ran.stdout).trim().split('\n').filter((l) => !l.startsWith('::')).slice(-1)[0] ?? '';
      return { ...files, status: 'failed', reason: `${ran.errors[0] ?? (last || 'the script failed')} (process completed with exit code ${ran.exitCode})` };
    }
    return { ...files, status: 'passed' };
  }

  /**
   * The job's GITHUB_TOKEN: minted from its permissions when the engine has `tokens`, else the
   * one token of the world. Throws on a `permissions:` GitHub would refuse.
   */
  private jobToken(job: JobModel, scope: Scope, run: JobRun): string {
    const perms = jobPermissions(job.permissions, scope.model.permissions, `${scope.model.file} job ${job.id}`, scope.cap);
    if (!this.opts.tokens) return this.opts.github.token;
    run.permissions = showPermissions(perms);
    return this.opts.tokens.mint(run.key, perms);
  }

  /** `name` of a suite action reference, else undefined. */
  suiteActionName(uses: string): string | undefined {
    const local = /^\.\/actions\/([a-z0-9-]+)\/?$/.exec(uses);
    if (local?.[1]) return local[1];
    const at = uses.lastIndexOf('@');
    const target = (at < 0 ? uses : uses.slice(0, at)).toLowerCase();
    const m = new RegExp(`^${SUITE_REPO.replace('/', '\\/')}\\/actions\\/([a-z0-9-]+)$`).exec(target);
    return m?.[1];
  }

  /** Where a suite action is, or why it is not available. */
  locateAction(name: string): SuiteActionLocation | { missing: string } {
    const given = this.opts.actions?.[name];
    if (given) return given;
    const actionYml = join(this.opts.suiteRoot, 'actions', name, 'action.yml');
    if (!existsSync(actionYml)) return { missing: `actions/${name} is not available yet (no actions/${name}/action.yml in ${this.opts.suiteRoot})` };
    let main: string;
    try {
      const yml = parseYaml(readFileSync(actionYml, 'utf8')) as { runs?: { main?: string } };
      main = resolve(dirname(actionYml), yml.runs?.main ?? '');
    } catch (err) {
      return { missing: `actions/${name}/action.yml does not parse: ${(err as Error).message}` };
    }
    if (!existsSync(main)) return { missing: `actions/${name} is not built (${main} is missing): run npm run build` };
    return { actionYml, main };
  }

  private async runSuiteAction(name: string, ctx: StepContext, contexts: Contexts, result: StepRun): Promise<StepOutcome> {
    const where = this.locateAction(name);
    if ('missing' in where) return { status: 'skipped', blocking: true, reason: where.missing };
    if (where.note) result.notes.push(where.note);
    let inputs = ctx.inputs;
    const adjusted = this.opts.adjustInputs?.({ job: ctx.job.id, step: ctx.step, action: name, inputs });
    if (adjusted) {
      inputs = adjusted.inputs;
      result.notes.push(adjusted.note);
    }
    const github = contexts['github'] as Record<string, Json>;
    const run = await runAction({
      actionYml: where.actionYml,
      main: where.main,
      inputs,
      workspace: ctx.workspace,
      repository: this.opts.repository,
      eventName: asText(github['event_name'] ?? 'push'),
      event: github['event'] as Record<string, unknown>,
      ref: asText(github['ref'] ?? ''),
      sha: asText(github['sha'] ?? ''),
      token: ctx.github.token,
      apiUrl: this.opts.github.apiUrl,
      serverUrl: this.opts.github.serverUrl,
      graphqlUrl: this.opts.github.graphqlUrl,
      timeoutMs: this.opts.actionTimeoutMs ?? 300_000,
      env: {
        HOME: ctx.home,
        ...this.opts.actionEnv,
        ...ctx.env,
        RUNNER_TEMP: ctx.temp,
        GITHUB_JOB: ctx.job.id,
        GITHUB_ACTION: ctx.step.id,
        GITHUB_ACTOR: this.opts.actor ?? 'maintainer',
        GITHUB_WORKFLOW: asText(github['workflow'] ?? ''),
      },
    }).catch((err: Error) => err);
    if (run instanceof Error) return { status: 'failed', reason: run.message.split('\n')[0] ?? run.message };
    const logFile = join(ctx.temp, `${ctx.step.id.replace(/[^A-Za-z0-9_.-]/g, '_')}.log`);
    writeFileSync(logFile, `${run.stdout}\n${run.stderr}`);
    // the runner's file commands, kept beside the log: what a maintainer reads after --keep, and what a secrets test greps
    for (const kind of ['output', 'env', 'state'] as const) if (run.files[kind]) writeFileSync(logFile.replace(/\.log$/, `.${kind}`), run.files[kind]);
    if (run.summary) appendFileSync(join(ctx.temp, 'step-summary.md'), run.summary);
    result.errors.push(...run.errors.map((e) => e.message));
    for (const w of run.annotations.filter((a) => a.level === 'warning')) result.notes.push(`warning: ${w.message}`);
    // exportVariable reaches the job's later steps, as GITHUB_ENV does
    const env = Object.entries(run.exportedEnv);
    if (run.exitCode !== 0) return { status: 'failed', outputs: run.outputs, env, reason: run.errors[0]?.message ?? (`exit ${run.exitCode}: ${(run.stderr || run.stdout).trim().split('\n').slice(-1)[0] ?? ''}`) };
    return { status: 'passed', outputs: run.outputs, env };
  }
}

/** A run's status from its jobs: failed over skipped over passed; a run with nothing run is not-run. */
export function overall(jobs: readonly JobRun[]): Status {
  if (jobs.some((j) => j.status === 'failed')) return 'failed';
  if (jobs.some((j) => j.status === 'skipped')) return 'skipped';
  if (jobs.some((j) => j.status === 'passed')) return 'passed';
  return 'not-run';
}
