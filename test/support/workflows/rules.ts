/**
 * The suite's rules for workflows, as pure functions over `./model.ts` data. Each returns
 * findings (never throws), so a test can show both that the real workflows pass and that a
 * bad fixture is caught by exactly the rule meant to catch it.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { asMap, classifyUses, expressions, projectRoot, suiteAction, type ActionMeta, type Step, type Workflow } from './model.js';

/** Whether a path exists in this checkout (what `$/path` resolves to). */
const inProject = (path: string): boolean => existsSync(join(projectRoot, path.replace(/\/$/, '')));

export interface Finding {
  rule: RuleName;
  file: string;
  line: number;
  message: string;
}

export type RuleName =
  | 'pinned-third-party'
  | 'consistent-pins'
  | 'untrusted-in-run'
  | 'expression-in-run'
  | 'top-permissions-empty'
  | 'job-permissions'
  | 'no-secrets-inherit'
  | 'checkout-credentials'
  | 'suite-inputs'
  | 'suite-outputs'
  | 'suite-refs-agree'
  | 'concurrency'
  | 'caller-permissions'
  | 'latest-tag'
  | 'self-refs';

const SHA = /^[0-9a-f]{40}$/;
/** A version comment as Dependabot and Renovate write it: `# v4.2.2`, `# 0.35.0`, `# v3`. */
const VERSION_COMMENT = /^v?\d+(\.\d+){0,2}([-+][0-9A-Za-z.-]+)?$/;

function stepLabel(step: Step): string {
  return `${step.job} step ${step.index + 1}${step.name ? ` (${step.name})` : step.id ? ` (${step.id})` : ''}`;
}

function allSteps(wf: Workflow): Step[] {
  return wf.jobs.flatMap((j) => j.steps);
}

/** Every third-party `uses:` pinned to a full commit SHA, with the version in a comment. */
export function pinnedThirdParty(wf: Workflow): Finding[] {
  const out: Finding[] = [];
  const refs: Array<{ uses: string; line: number; comment?: string; where: string }> = [
    ...allSteps(wf).flatMap((s) => (s.uses ? [{ uses: s.uses, line: s.line, where: stepLabel(s), ...(s.usesComment ? { comment: s.usesComment } : {}) }] : [])),
    ...wf.jobs.flatMap((j) => (j.uses ? [{ uses: j.uses, line: j.line, where: `job ${j.id}` }] : [])),
  ];
  for (const r of refs) {
    const ref = classifyUses(r.uses);
    if (ref.kind === 'docker') {
      if (!/@sha256:[0-9a-f]{64}$/.test(ref.image)) out.push({ rule: 'pinned-third-party', file: wf.file, line: r.line, message: `${r.where}: ${r.uses} is not pinned to an image digest` });
      continue;
    }
    if (ref.kind !== 'third-party') continue;
    if (!SHA.test(ref.ref)) {
      out.push({ rule: 'pinned-third-party', file: wf.file, line: r.line, message: `${r.where}: ${r.uses} is not pinned to a full 40-hex commit SHA` });
    } else if (!r.comment || !VERSION_COMMENT.test(r.comment)) {
      out.push({ rule: 'pinned-third-party', file: wf.file, line: r.line, message: `${r.where}: ${r.uses} has no version comment (write \`# vX.Y.Z\` after the SHA)` });
    }
  }
  return out;
}

/** One action, one pin: the same third-party action at the same SHA (and version) everywhere. */
export function consistentPins(workflows: readonly Workflow[]): Finding[] {
  const seen = new Map<string, { pin: string; file: string; line: number }>();
  const out: Finding[] = [];
  for (const wf of workflows) {
    for (const s of allSteps(wf)) {
      if (!s.uses) continue;
      const ref = classifyUses(s.uses);
      if (ref.kind !== 'third-party' || !SHA.test(ref.ref)) continue;
      const pin = `${ref.ref} # ${s.usesComment ?? ''}`;
      const first = seen.get(ref.action);
      if (!first) seen.set(ref.action, { pin, file: wf.file, line: s.line });
      else if (first.pin !== pin) {
        out.push({ rule: 'consistent-pins', file: wf.file, line: s.line, message: `${stepLabel(s)}: ${ref.action}@${pin} differs from ${first.pin} at ${first.file}:${first.line}` });
      }
    }
  }
  return out;
}

/** Contexts an attacker or a dispatcher can write, which must reach a script only through env:. */
const UNTRUSTED = /(?<![\w.-])(?:github\s*\.\s*event\b(?!_)|github\s*\.\s*head_ref\b|inputs\s*\.|github\s*\[\s*'(?:event|head_ref)'\s*\]|inputs\s*\[)/;

/** No `run:` expands event data, inputs or the head ref (`${{ github.event…`, `${{ inputs.…`, `${{ github.head_ref`). */
export function untrustedInRun(wf: Workflow): Finding[] {
  const out: Finding[] = [];
  for (const s of allSteps(wf)) {
    if (s.run === undefined) continue;
    for (const e of expressions(s.run)) {
      if (UNTRUSTED.test(e)) out.push({ rule: 'untrusted-in-run', file: wf.file, line: s.line, message: `${stepLabel(s)}: run: expands \${{ ${e} }}; pass it through env: instead` });
    }
  }
  return out;
}

/** The house rule, stricter: no `${{ }}` in a `run:` at all; scripts read env:. */
export function expressionInRun(wf: Workflow): Finding[] {
  return allSteps(wf)
    .filter((s) => s.run !== undefined && expressions(s.run).length > 0)
    .map((s) => ({ rule: 'expression-in-run' as const, file: wf.file, line: s.line, message: `${stepLabel(s)}: run: contains \${{ }}; give the value to the script through env:` }));
}

/** `permissions: {}` at the top. */
export function topPermissionsEmpty(wf: Workflow): Finding[] {
  const p = wf.raw['permissions'];
  const map = asMap(p);
  if (map && Object.keys(map).length === 0) return [];
  return [{ rule: 'top-permissions-empty', file: wf.file, line: 1, message: p === undefined ? 'no top-level permissions: write `permissions: {}`' : `top-level permissions are ${JSON.stringify(p)}, expected {}` }];
}

/** Every job declares its permissions as a mapping of scopes (never read-all / write-all). */
export function jobPermissions(wf: Workflow): Finding[] {
  const out: Finding[] = [];
  for (const j of wf.jobs) {
    const p = j.raw['permissions'];
    if (p === undefined) out.push({ rule: 'job-permissions', file: wf.file, line: j.line, message: `job ${j.id} declares no permissions` });
    else if (!asMap(p)) out.push({ rule: 'job-permissions', file: wf.file, line: j.line, message: `job ${j.id} has permissions ${JSON.stringify(p)}: list the scopes it needs` });
    else {
      for (const [scope, level] of Object.entries(asMap(p) ?? {})) {
        if (!['read', 'write', 'none'].includes(String(level))) out.push({ rule: 'job-permissions', file: wf.file, line: j.line, message: `job ${j.id}: permission ${scope}: ${String(level)} is not read, write or none` });
      }
    }
  }
  return out;
}

/** Secrets go to a reusable workflow by name. */
export function noSecretsInherit(wf: Workflow): Finding[] {
  return wf.jobs
    .filter((j) => j.raw['secrets'] === 'inherit')
    .map((j) => ({ rule: 'no-secrets-inherit' as const, file: wf.file, line: j.line, message: `job ${j.id} passes secrets: inherit; name each secret` }));
}

/**
 * `persist-credentials: false` on every checkout. The suite's actions push with their own
 * `token` input (an extra header scoped to the one git call), so no job needs the
 * credential checkout would otherwise leave in `.git/config`.
 */
export function checkoutCredentials(wf: Workflow): Finding[] {
  return allSteps(wf)
    .filter((s) => s.uses && classifyUses(s.uses).kind === 'third-party' && /^actions\/checkout$/i.test((classifyUses(s.uses) as { action: string }).action))
    .filter((s) => s.with['persist-credentials'] !== 'false')
    .map((s) => ({ rule: 'checkout-credentials' as const, file: wf.file, line: s.line, message: `${stepLabel(s)}: checkout without persist-credentials: false` }));
}

/** The suite's action.yml files read once per name (undefined: not written yet). */
export class SuiteActions {
  private readonly cache = new Map<string, ActionMeta | undefined>();
  /** Names whose action.yml was used for a check. */
  readonly checked = new Set<string>();
  /** Names referenced whose action.yml does not exist yet. */
  readonly missing = new Set<string>();

  constructor(private readonly root?: string) {}

  get(name: string): ActionMeta | undefined {
    if (!this.cache.has(name)) this.cache.set(name, suiteAction(name, this.root));
    const meta = this.cache.get(name);
    if (meta) this.checked.add(name);
    else this.missing.add(name);
    return meta;
  }
}

/** Each `with:` key of a suite action step is one of its inputs, and each required input (without a default) is given. */
export function suiteInputs(wf: Workflow, actions: SuiteActions): Finding[] {
  const out: Finding[] = [];
  for (const s of allSteps(wf)) {
    if (!s.uses) continue;
    const ref = classifyUses(s.uses);
    if (ref.kind !== 'suite-action') continue;
    const meta = actions.get(ref.name);
    if (!meta) continue;
    for (const key of Object.keys(s.with)) {
      if (!meta.inputs.has(key)) out.push({ rule: 'suite-inputs', file: wf.file, line: s.line, message: `${stepLabel(s)}: ${ref.name} has no input ${key} (inputs: ${[...meta.inputs.keys()].join(', ')})` });
    }
    for (const [name, input] of meta.inputs) {
      if (input.required && !input.hasDefault && !(name in s.with)) out.push({ rule: 'suite-inputs', file: wf.file, line: s.line, message: `${stepLabel(s)}: ${ref.name} requires input ${name}` });
    }
  }
  return out;
}

/** Each `steps.<id>.outputs.<name>` of a suite action step names one of its outputs. */
export function suiteOutputs(wf: Workflow, actions: SuiteActions): Finding[] {
  const out: Finding[] = [];
  for (const job of wf.jobs) {
    const byId = new Map(job.steps.filter((s) => s.id && s.uses).map((s) => [s.id as string, s]));
    const text = JSON.stringify(job.raw);
    const re = /steps\.([A-Za-z_][\w-]*)\.outputs\.([A-Za-z_][\w-]*)/g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const step = byId.get(m[1] ?? '');
      if (!step?.uses) continue;
      const ref = classifyUses(step.uses);
      if (ref.kind !== 'suite-action') continue;
      const meta = actions.get(ref.name);
      if (meta && !meta.outputs.has(m[2] ?? '')) {
        out.push({ rule: 'suite-outputs', file: wf.file, line: step.line, message: `job ${job.id}: steps.${m[1]}.outputs.${m[2]}: ${ref.name} has no output ${m[2]} (outputs: ${[...meta.outputs].join(', ')})` });
      }
    }
  }
  return out;
}

const SUITE_REF = /^(?:v\d+(?:\.\d+\.\d+)?|[0-9a-f]{40})$/;

/** Every reference to the suite's actions and workflows uses one ref (the release tag the caller pins). */
export function suiteRefsAgree(workflows: readonly Workflow[]): Finding[] {
  const out: Finding[] = [];
  let first: { ref: string; file: string; line: number } | undefined;
  for (const wf of workflows) {
    const refs = [
      ...allSteps(wf).flatMap((s) => (s.uses ? [{ uses: s.uses, line: s.line }] : [])),
      ...wf.jobs.flatMap((j) => (j.uses ? [{ uses: j.uses, line: j.line }] : [])),
    ];
    for (const r of refs) {
      const ref = classifyUses(r.uses);
      if ((ref.kind !== 'suite-action' || ref.ref === undefined) && ref.kind !== 'suite-workflow') continue;
      const at = ref.ref ?? '';
      if (!SUITE_REF.test(at)) out.push({ rule: 'suite-refs-agree', file: wf.file, line: r.line, message: `${r.uses}: the suite is referenced by a release tag (v1, v1.2.3) or a commit SHA, not ${JSON.stringify(at)}` });
      if (!first) first = { ref: at, file: wf.file, line: r.line };
      else if (first.ref !== at) out.push({ rule: 'suite-refs-agree', file: wf.file, line: r.line, message: `${r.uses} uses ref ${at}, but ${first.file}:${first.line} uses ${first.ref}` });
    }
  }
  return out;
}

/**
 * A reusable workflow that releases runs one at a time per repository and version (per
 * repository when it takes no version: each chart of charts-release.yaml has its own), never
 * cancelling.
 */
export function concurrency(wf: Workflow): Finding[] {
  const on = asMap(wf.raw['on']);
  if (!on || !('workflow_call' in on)) return [];
  const c = asMap(wf.raw['concurrency']);
  const group = typeof c?.['group'] === 'string' ? c['group'] : '';
  const out: Finding[] = [];
  const takesVersion = 'version' in (asMap(asMap(on['workflow_call'])?.['inputs']) ?? {});
  if (!/github\.repository\b/.test(group) || (takesVersion && !/inputs\.version\b/.test(group))) {
    out.push({ rule: 'concurrency', file: wf.file, line: 1, message: `concurrency group ${JSON.stringify(group)} is not keyed by github.repository${takesVersion ? ' and inputs.version' : ''}` });
  }
  if (c?.['cancel-in-progress'] !== false) out.push({ rule: 'concurrency', file: wf.file, line: 1, message: 'concurrency must set cancel-in-progress: false (a release is never cancelled half-way)' });
  return out;
}

const LEVEL: Record<string, number> = { none: 0, read: 1, write: 2 };

/**
 * A job calling one of the suite's reusable workflows grants at least what each called job
 * asks for (GitHub refuses the run otherwise). `resolve` gives the called workflow.
 */
export function callerPermissions(wf: Workflow, resolve: (path: string) => Workflow | undefined): Finding[] {
  const out: Finding[] = [];
  for (const job of wf.jobs) {
    if (!job.uses) continue;
    const ref = classifyUses(job.uses);
    if (ref.kind !== 'suite-workflow') continue;
    const called = resolve(ref.path);
    if (!called) {
      out.push({ rule: 'caller-permissions', file: wf.file, line: job.line, message: `job ${job.id}: ${ref.path} is not a workflow of the suite` });
      continue;
    }
    const granted = asMap(job.raw['permissions']) ?? {};
    for (const calledJob of called.jobs) {
      for (const [scope, level] of Object.entries(asMap(calledJob.raw['permissions']) ?? {})) {
        const have = LEVEL[String(granted[scope] ?? 'none')] ?? 0;
        if (have < (LEVEL[String(level)] ?? 0)) {
          out.push({ rule: 'caller-permissions', file: wf.file, line: job.line, message: `job ${job.id} grants ${scope}: ${String(granted[scope] ?? 'none')}, but ${called.file} job ${calledJob.id} needs ${scope}: ${String(level)}` });
        }
      }
    }
  }
  return out;
}

/**
 * `:latest` only for the newest stable release: a docker/metadata-action step turns the
 * automatic latest off (`flavor: latest=false`) and enables an explicit `value=latest` tag
 * only on a `needs.<job>.outputs.latest == 'true'` condition.
 */
export function latestTag(wf: Workflow): Finding[] {
  const out: Finding[] = [];
  for (const s of allSteps(wf)) {
    if (!s.uses) continue;
    const ref = classifyUses(s.uses);
    if (ref.kind !== 'third-party' || ref.action !== 'docker/metadata-action') continue;
    if (!/(^|[\n,])\s*latest=false\s*($|[\n,])/.test(s.with['flavor'] ?? '')) {
      out.push({ rule: 'latest-tag', file: wf.file, line: s.line, message: `${stepLabel(s)}: set flavor: latest=false, or metadata-action adds :latest on its own` });
    }
    for (const line of (s.with['tags'] ?? '').split('\n')) {
      if (!/value=latest\b/.test(line)) continue;
      if (!/enable=\$\{\{\s*needs\.[\w-]+\.outputs\.latest\s*==\s*'true'\s*\}\}/.test(line)) {
        out.push({ rule: 'latest-tag', file: wf.file, line: s.line, message: `${stepLabel(s)}: the latest tag must be enabled only by needs.<preflight>.outputs.latest == 'true' (${line.trim()})` });
      }
    }
  }
  return out;
}

/** A job of a template (ci-release.yaml, prepare-release.yaml) runs only outside the suite's repository. */
const TEMPLATE_GUARD = /github\.repository\s*!=\s*'llm-d\/release-actions'/;

/** Whether `wf` is a template callers copy: every job guarded to run only in other repositories. */
export function isTemplate(wf: Workflow): boolean {
  return wf.jobs.length > 0 && wf.jobs.every((j) => TEMPLATE_GUARD.test(String(j.raw['if'] ?? '')));
}

/** What GitHub accepts after `$/`: a path in the repository, no `@ref`, no `..`. */
const SELF_PATH = /^(?:[A-Za-z0-9._-]+\/)*[A-Za-z0-9._-]+\/?$/;

/**
 * The self-repository reference `$/path` (github.com, runner 2.336.0+): GitHub refuses an
 * `@ref` after it, and it resolves to the repository the workflow file lives in — so in a
 * template copied into a caller it would name the caller's repository, where the suite's
 * actions are not. The suite's own workflows name the suite's actions by `$/actions/<name>`,
 * never by `SUITE_REPO/actions/<name>@ref`, which would float apart from the running commit.
 */
export function selfRefs(wf: Workflow, exists: (path: string) => boolean): Finding[] {
  const out: Finding[] = [];
  const template = isTemplate(wf);
  // a workflow that runs in this repository (a caller's workflow may name its own $/ paths)
  const ours = wf.file.startsWith('.github/workflows/') && !template;
  const refs = [
    ...allSteps(wf).flatMap((s) => (s.uses ? [{ uses: s.uses, line: s.line, where: stepLabel(s) }] : [])),
    ...wf.jobs.flatMap((j) => (j.uses ? [{ uses: j.uses, line: j.line, where: `job ${j.id}` }] : [])),
  ];
  for (const r of refs) {
    const ref = classifyUses(r.uses);
    const f = (message: string): void => void out.push({ rule: 'self-refs', file: wf.file, line: r.line, message: `${r.where}: ${message}` });
    const selfPath = ref.kind === 'self' ? ref.path : ref.kind === 'suite-action' && ref.self === true ? `actions/${ref.name}` : undefined;
    if (selfPath !== undefined && template) f(`${r.uses} would resolve to the repository this template is copied into; write llm-d/release-actions/${selfPath}@<ref>`);
    else if (selfPath !== undefined && selfPath.includes('@')) f(`${r.uses}: a self-repository reference takes no @ref (it is always the running commit); write $/${selfPath.slice(0, selfPath.indexOf('@'))}`);
    else if (selfPath !== undefined && (!SELF_PATH.test(selfPath) || selfPath.split('/').includes('..'))) f(`${r.uses}: expected $/ followed by a path inside this repository`);
    else if (selfPath !== undefined && ours && !exists(selfPath)) f(`${r.uses}: there is no ${selfPath} in this repository`);
    else if (ref.kind === 'suite-action' && ref.ref !== undefined && ours) {
      f(`${r.uses} floats apart from the commit this workflow runs at; write $/actions/${ref.name} (docs/workflows.md has the GitHub Enterprise Server form)`);
    }
  }
  return out;
}

/** Every per-workflow rule, in one list. */
export function workflowRules(wf: Workflow, ctx: { actions: SuiteActions; resolve: (path: string) => Workflow | undefined; exists?: (path: string) => boolean }): Finding[] {
  return [
    ...pinnedThirdParty(wf),
    ...untrustedInRun(wf),
    ...expressionInRun(wf),
    ...topPermissionsEmpty(wf),
    ...jobPermissions(wf),
    ...noSecretsInherit(wf),
    ...checkoutCredentials(wf),
    ...suiteInputs(wf, ctx.actions),
    ...suiteOutputs(wf, ctx.actions),
    ...concurrency(wf),
    ...callerPermissions(wf, ctx.resolve),
    ...latestTag(wf),
    ...selfRefs(wf, ctx.exists ?? inProject),
  ];
}

/** The rules across workflows (one pin per action, one ref for the suite). */
export function crossWorkflowRules(workflows: readonly Workflow[]): Finding[] {
  return [...consistentPins(workflows), ...suiteRefsAgree(workflows)];
}

export function describe(findings: readonly Finding[]): string {
  return findings.map((f) => `${f.file}:${f.line} [${f.rule}] ${f.message}`).join('\n');
}

