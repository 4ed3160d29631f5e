/**
 * Workflows read with GitHub's own parser (npm `@actions/workflow-parser`): the file is
 * validated against the workflow schema, its expressions are parsed, a called reusable
 * workflow is fetched (one level), and the result is turned into plain data for the engine.
 *
 * Two views of the parser are combined: the converted template (job graph, `if:` conditions
 * as the runner evaluates them — `success() && (…)` — and step ids, generated ones included)
 * and the parsed token tree (every value as written, with `${{ }}` parsed into expressions;
 * the converter drops `with:` and `working-directory:`, which the engine needs).
 */
import type * as WorkflowParser from '@actions/workflow-parser';
import type { Json, Value } from './expressions.js';

export interface InputDef {
  type: string;
  required: boolean;
  default?: Value;
  options?: string[];
  description?: string;
}

export interface StepModel {
  /** The step's id; the parser's generated one (`__run`, `__actions_checkout`) when it has none. */
  id: string;
  explicitId: boolean;
  /** 0-based position in the job. */
  index: number;
  name?: Value;
  /** The condition as the runner evaluates it (`success() && (…)` when written without a status function). */
  if: string;
  uses?: string;
  run?: Value;
  with: Record<string, Value>;
  env: Record<string, Value>;
  workingDirectory?: Value;
  /** `shell:` of a `run:` step, as written. */
  shell?: Value;
  /** `timeout-minutes:` as written. */
  timeoutMinutes?: Value;
  continueOnError: Value;
}

/** `defaults.run` of a workflow or a job: what a `run:` step without its own takes. */
export interface RunDefaults {
  shell?: Value;
  workingDirectory?: Value;
}

export interface JobModel {
  id: string;
  name?: Value;
  needs: string[];
  if: string;
  runsOn?: Value;
  strategy?: Value;
  outputs: Record<string, Value>;
  env: Record<string, Value>;
  permissions?: Value;
  /** `environment:` as written: a name, or `{ name, url }`. */
  environment?: Value;
  steps: StepModel[];
  /** A call of a reusable workflow: `jobs.<id>.uses`. */
  uses?: string;
  with: Record<string, Value>;
  secrets: Record<string, Value> | 'inherit';
  /** The called workflow, read through the file provider. */
  workflow?: WorkflowModel;
  defaults?: RunDefaults;
}

export interface WorkflowModel {
  /** As given to `loadWorkflow` (shown in messages). */
  file: string;
  name?: string;
  /** The `on:` block as written. */
  on: { [event: string]: Value };
  dispatchInputs: Record<string, InputDef>;
  callInputs: Record<string, InputDef>;
  callSecrets: Record<string, { required: boolean }>;
  callOutputs: Record<string, Value>;
  env: Record<string, Value>;
  /** The top-level `permissions:` as written (every job without its own gets it). */
  permissions?: Value;
  defaults?: RunDefaults;
  jobs: JobModel[];
}

export interface WorkflowRef {
  /** `owner/repo` for a remote reference, undefined for `./…`. */
  repo?: string;
  path: string;
  ref?: string;
}

/** Gives the text of a called workflow, or undefined when the rehearsal cannot have it. */
export type WorkflowFiles = (ref: WorkflowRef) => string | undefined;

export class WorkflowError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: ${problems.length === 1 ? problems[0] : `${problems.length} problems:\n${problems.map((p) => `- ${p}`).join('\n')}`}`);
    this.name = 'WorkflowError';
  }
}

type Parser = typeof WorkflowParser;
let parserModule: Promise<Parser> | undefined;
function parser(): Promise<Parser> {
  parserModule ??= import('@actions/workflow-parser');
  return parserModule;
}

// ---- the parser's tokens as plain values -------------------------------------------------------

type Serialized = null | undefined | string | number | boolean | { type: number; map?: Array<{ Key: Serialized; Value: Serialized }>; seq?: Serialized[]; expr?: string };

function fromSerialized(t: Serialized, where: string): Value {
  if (t === null || t === undefined) return null;
  if (typeof t !== 'object') return t;
  switch (t.type) {
    case 2: {
      const out: { [key: string]: Value } = {};
      for (const item of t.map ?? []) out[String(fromSerialized(item.Key, where))] = fromSerialized(item.Value, where);
      return out;
    }
    case 1:
      return (t.seq ?? []).map((x) => fromSerialized(x, where));
    case 3:
      return { $expr: t.expr ?? '' };
    default:
      throw new WorkflowError(where, [`an insert expression (\${{ insert }}) is not supported by the rehearsal`]);
  }
}

function tokenValue(token: unknown, where: string): Value {
  if (token === undefined || token === null) return null;
  return fromSerialized(JSON.parse(JSON.stringify(token)) as Serialized, where);
}

function asMap(v: Value | undefined): { [key: string]: Value } {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !('$expr' in v) ? (v as { [key: string]: Value }) : {};
}

function asString(v: Value | undefined): string | undefined {
  return typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;
}

function inputDefs(v: Value | undefined): Record<string, InputDef> {
  const out: Record<string, InputDef> = {};
  for (const [name, spec] of Object.entries(asMap(v))) {
    const s = asMap(spec);
    const def: InputDef = { type: asString(s['type']) ?? 'string', required: s['required'] === true || s['required'] === 'true' };
    if (s['default'] !== undefined) def.default = s['default'];
    if (Array.isArray(s['options'])) def.options = s['options'].map((o) => asString(o) ?? '');
    const description = asString(s['description']);
    if (description !== undefined) def.description = description;
    out[name] = def;
  }
  return out;
}

// ---- loading -----------------------------------------------------------------------------------

interface ConvertedStep {
  id: string;
  if?: { expression?: string };
}
interface ConvertedJob {
  id: { value: string };
  if?: { expression?: string };
  needs?: Array<{ value: string }>;
  steps?: ConvertedStep[];
  jobs?: ConvertedJob[];
}

function buildModel(file: string, raw: Value, converted: ConvertedJob[], called: Map<string, WorkflowModel>): WorkflowModel {
  const root = asMap(raw);
  const on = asMap(root['on']);
  const call = asMap(on['workflow_call']);
  const dispatch = asMap(on['workflow_dispatch']);
  const callOutputs: Record<string, Value> = {};
  for (const [name, spec] of Object.entries(asMap(call['outputs']))) callOutputs[name] = asMap(spec)['value'] ?? null;
  const callSecrets: Record<string, { required: boolean }> = {};
  for (const [name, spec] of Object.entries(asMap(call['secrets']))) callSecrets[name] = { required: asMap(spec)['required'] === true };

  const jobs: JobModel[] = [];
  for (const [id, jobValue] of Object.entries(asMap(root['jobs']))) {
    const j = asMap(jobValue);
    const conv = converted.find((c) => c.id.value === id);
    if (!conv) throw new WorkflowError(file, [`job ${id} was not converted by the parser`]);
    const rawSteps = Array.isArray(j['steps']) ? j['steps'] : [];
    const steps: StepModel[] = rawSteps.map((stepValue, index) => {
      const s = asMap(stepValue);
      const c = conv.steps?.[index];
      const explicit = asString(s['id']);
      const step: StepModel = {
        id: explicit ?? c?.id ?? `__step_${index + 1}`,
        explicitId: explicit !== undefined,
        index,
        if: c?.if?.expression ?? 'success()',
        with: asMap(s['with']),
        env: asMap(s['env']),
        continueOnError: s['continue-on-error'] ?? false,
      };
      if (s['name'] !== undefined) step.name = s['name'];
      const uses = asString(s['uses']);
      if (uses !== undefined) step.uses = uses;
      if (s['run'] !== undefined) step.run = s['run'];
      if (s['working-directory'] !== undefined) step.workingDirectory = s['working-directory'];
      if (s['shell'] !== undefined) step.shell = s['shell'];
      if (s['timeout-minutes'] !== undefined) step.timeoutMinutes = s['timeout-minutes'];
      return step;
    });
    const needs = conv.needs?.map((n) => n.value) ?? [];
    const job: JobModel = {
      id,
      needs,
      if: conv.if?.expression ?? 'success()',
      outputs: asMap(j['outputs']),
      env: asMap(j['env']),
      steps,
      with: asMap(j['with']),
      secrets: j['secrets'] === 'inherit' ? 'inherit' : asMap(j['secrets']),
    };
    if (j['name'] !== undefined) job.name = j['name'];
    if (j['runs-on'] !== undefined) job.runsOn = j['runs-on'];
    if (j['strategy'] !== undefined) job.strategy = j['strategy'];
    if (j['permissions'] !== undefined) job.permissions = j['permissions'];
    if (j['environment'] !== undefined) job.environment = j['environment'];
    const jobDefaults = runDefaults(j['defaults']);
    if (jobDefaults) job.defaults = jobDefaults;
    const uses = asString(j['uses']);
    if (uses !== undefined) {
      job.uses = uses;
      const target = called.get(id);
      if (target) job.workflow = target;
    }
    jobs.push(job);
  }
  const model: WorkflowModel = {
    file,
    on,
    dispatchInputs: inputDefs(dispatch['inputs']),
    callInputs: inputDefs(call['inputs']),
    callSecrets,
    callOutputs,
    env: asMap(root['env']),
    jobs,
  };
  const name = asString(root['name']);
  if (name !== undefined) model.name = name;
  if (root['permissions'] !== undefined) model.permissions = root['permissions'];
  const defaults = runDefaults(root['defaults']);
  if (defaults) model.defaults = defaults;
  return model;
}

function runDefaults(value: Value | undefined): RunDefaults | undefined {
  const run = asMap(asMap(value ?? null)['run']);
  const out: RunDefaults = {};
  if (run['shell'] !== undefined) out.shell = run['shell'];
  if (run['working-directory'] !== undefined) out.workingDirectory = run['working-directory'];
  return Object.keys(out).length > 0 ? out : undefined;
}

async function parseText(file: string, content: string): Promise<{ raw: Value; value: unknown; context: unknown }> {
  const p = await parser();
  const parsed = p.parseWorkflow({ name: file, content }, new p.NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors().map((e) => e.message);
  if (errors.length > 0 || !parsed.value) throw new WorkflowError(file, errors.length > 0 ? errors : ['nothing parsed']);
  return { raw: tokenValue(parsed.value, file), value: parsed.value, context: parsed.context };
}

/** `owner/repo/path@ref`, `./path` or `$/path` (both: the calling workflow's repository and commit) of a reusable workflow. */
export function parseWorkflowUses(uses: string): WorkflowRef {
  if (uses.startsWith('./') || uses.startsWith('$/')) return { path: uses.slice(2) };
  const at = uses.lastIndexOf('@');
  const target = at < 0 ? uses : uses.slice(0, at);
  const [owner = '', repo = '', ...rest] = target.split('/');
  return { repo: `${owner}/${repo}`, path: rest.join('/'), ...(at < 0 ? {} : { ref: uses.slice(at + 1) }) };
}

/**
 * Parses a workflow and the reusable workflows its jobs call (one level, as GitHub's parser
 * does for validation); refuses one that GitHub's parser refuses.
 */
export async function loadWorkflow(file: string, content: string, files: WorkflowFiles): Promise<WorkflowModel> {
  const p = await parser();
  const { raw, value, context } = await parseText(file, content);
  const fetched = new Map<string, { file: string; text: string }>();
  const provider = {
    getFileContent: async (ref: { path: string; owner?: string; repository?: string; version?: string }) => {
      const wref: WorkflowRef = { path: ref.path };
      if (ref.owner !== undefined && ref.repository !== undefined) wref.repo = `${ref.owner}/${ref.repository}`;
      if (ref.version !== undefined) wref.ref = ref.version;
      const text = files(wref);
      const name = `${wref.repo ? `${wref.repo}/` : './'}${ref.path}${wref.ref ? `@${wref.ref}` : ''}`;
      if (text === undefined) throw new Error(`the rehearsal has no workflow ${name}`);
      fetched.set(name, { file: name, text });
      return { name: ref.path, content: text };
    },
  };
  const template = await p.convertWorkflowTemplate(context as never, value as never, provider, { fetchReusableWorkflowDepth: 1 });
  const problems = [...(context as { errors: { getErrors(): Array<{ message: string }> } }).errors.getErrors().map((e) => e.message), ...(template.errors ?? []).map((e) => e.Message)];
  if (problems.length > 0) throw new WorkflowError(file, [...new Set(problems)]);
  const convertedJobs = template.jobs as unknown as ConvertedJob[];

  // the called workflows, parsed on their own for their token trees
  const called = new Map<string, WorkflowModel>();
  for (const [id, jobValue] of Object.entries(asMap(asMap(raw)['jobs']))) {
    const uses = asString(asMap(jobValue)['uses']);
    if (uses === undefined) continue;
    const ref = parseWorkflowUses(uses);
    const text = files(ref);
    if (text === undefined) throw new WorkflowError(file, [`job ${id}: the rehearsal has no workflow ${uses}`]);
    const conv = convertedJobs.find((c) => c.id.value === id);
    const inner = await parseText(uses, text);
    called.set(id, buildModel(uses, inner.raw, conv?.jobs ?? [], new Map()));
  }
  return buildModel(file, raw, convertedJobs, called);
}

/** Job ids in an order where every job comes after the jobs it needs (ties: as written). */
export function jobOrder(jobs: readonly JobModel[]): string[] {
  const ids = new Set(jobs.map((j) => j.id));
  const done: string[] = [];
  const visiting = new Set<string>();
  const visit = (job: JobModel, path: string[]): void => {
    if (done.includes(job.id)) return;
    if (visiting.has(job.id)) throw new Error(`jobs need each other in a cycle: ${[...path, job.id].join(' → ')}`);
    visiting.add(job.id);
    for (const need of job.needs) {
      if (!ids.has(need)) throw new Error(`job ${job.id} needs ${need}, which is not a job of the workflow`);
      visit(jobs.find((j) => j.id === need)!, [...path, job.id]);
    }
    visiting.delete(job.id);
    done.push(job.id);
  };
  for (const job of jobs) visit(job, []);
  return done;
}

export type { Json };
