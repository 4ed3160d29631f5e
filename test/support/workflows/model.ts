/**
 * Workflows and action.yml files as plain data with line numbers, for the rules in
 * `./rules.ts`. Read with the `yaml` package (the same YAML 1.2 reading GitHub does for
 * these files); GitHub's own parser (`./parser.ts`) separately proves they are valid.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const workflowsDir = join(projectRoot, '.github', 'workflows');
export const actionsDir = join(projectRoot, 'actions');
export const fixturesDir = join(projectRoot, 'test', 'fixtures', 'workflows');

/** The repository the suite is published from: its actions and workflows are referenced as `SUITE_REPO/…@ref`. */
export const SUITE_REPO = 'llm-d/release-actions';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonMap = { [key: string]: Json };

export interface Step {
  job: string;
  /** 0-based position in the job. */
  index: number;
  line: number;
  id?: string;
  name?: string;
  uses?: string;
  /** The text after `#` on the `uses:` line (the pinned version), if any. */
  usesComment?: string;
  /** Every `with:` value as text (booleans and numbers as YAML writes them). */
  with: Record<string, string>;
  run?: string;
  raw: JsonMap;
}

export interface Job {
  id: string;
  line: number;
  raw: JsonMap;
  /** A reusable-workflow call: `jobs.<id>.uses`. */
  uses?: string;
  steps: Step[];
}

export interface Workflow {
  /** Relative to the project root. */
  file: string;
  text: string;
  raw: JsonMap;
  jobs: Job[];
}

function isJsonMap(v: Json | undefined): v is JsonMap {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function asMap(v: Json | undefined): JsonMap | undefined {
  return isJsonMap(v) ? v : undefined;
}

function scalarText(v: Json | undefined): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean' || typeof v === 'number') return String(v);
  return JSON.stringify(v);
}

/** Reads a workflow from its text; `file` is only used in messages. */
export function readWorkflow(file: string, text: string): Workflow {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  if (doc.errors.length > 0) throw new Error(`${file}: ${doc.errors[0]?.message}`);
  const raw = doc.toJS({ maxAliasCount: -1 }) as Json;
  if (!isJsonMap(raw)) throw new Error(`${file}: not a mapping`);
  const lines = text.split('\n');
  const lineOf = (node: Node | null | undefined): number => (node?.range ? lineCounter.linePos(node.range[0]).line : 0);

  const jobs: Job[] = [];
  const jobsNode = doc.get('jobs', true);
  if (isMap(jobsNode)) {
    for (const pair of jobsNode.items) {
      const id = isScalar(pair.key) ? String(pair.key.value) : '';
      const jobNode = pair.value as Node | null;
      const jobRaw = asMap((raw['jobs'] as JsonMap)[id]) ?? {};
      const steps: Step[] = [];
      const stepsNode = isMap(jobNode) ? jobNode.get('steps', true) : undefined;
      if (isSeq(stepsNode)) {
        stepsNode.items.forEach((stepNode, index) => {
          const stepRaw = asMap((jobRaw['steps'] as Json[] | undefined)?.[index]) ?? {};
          const usesNode = isMap(stepNode) ? stepNode.get('uses', true) : undefined;
          const usesLine = isScalar(usesNode) ? lineOf(usesNode) : 0;
          const comment = usesLine > 0 ? /\s#\s*(.*)$/.exec(lines[usesLine - 1] ?? '')?.[1]?.trim() : undefined;
          const withRaw = asMap(stepRaw['with']) ?? {};
          const step: Step = {
            job: id,
            index,
            line: lineOf(stepNode as Node),
            with: Object.fromEntries(Object.entries(withRaw).map(([k, v]) => [k, scalarText(v) ?? ''])),
            raw: stepRaw,
          };
          const stepId = scalarText(stepRaw['id']);
          if (stepId !== undefined) step.id = stepId;
          const name = scalarText(stepRaw['name']);
          if (name !== undefined) step.name = name;
          const uses = scalarText(stepRaw['uses']);
          if (uses !== undefined) step.uses = uses;
          if (comment) step.usesComment = comment;
          const run = scalarText(stepRaw['run']);
          if (run !== undefined) step.run = run;
          steps.push(step);
        });
      }
      const job: Job = { id, line: lineOf(jobNode), raw: jobRaw, steps };
      const uses = scalarText(jobRaw['uses']);
      if (uses !== undefined) job.uses = uses;
      jobs.push(job);
    }
  }
  return { file, text, raw, jobs };
}

export function loadWorkflow(path: string): Workflow {
  return readWorkflow(relative(projectRoot, path), readFileSync(path, 'utf8'));
}

/** Every workflow file of a folder (`.yml` and `.yaml`), sorted. */
export function workflowFiles(dir: string = workflowsDir): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(dir, f));
}

/** The suite's actions that have an action.yml today, by folder name. */
export function actionYmlFiles(): string[] {
  return readdirSync(actionsDir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(actionsDir, e.name, 'action.yml')))
    .map((e) => join(actionsDir, e.name, 'action.yml'))
    .sort();
}

// ---------------------------------------------------------------------------------------------
// `uses:` references

export type UsesRef =
  | { kind: 'suite-action'; name: string; ref?: string; self?: true }
  | { kind: 'self'; path: string }
  | { kind: 'suite-workflow'; path: string; ref: string }
  | { kind: 'local'; path: string }
  | { kind: 'docker'; image: string }
  | { kind: 'third-party'; action: string; ref: string };

/**
 * What a `uses:` value points at. The suite's actions are `$/actions/<name>` (GitHub's
 * self-repository reference: this repository at the running commit, from the suite's own
 * workflows), `SUITE_REPO/actions/<name>@ref` (from a caller) or `./actions/<name>` (from a
 * checkout). Any other `$/…` is `self`, whatever follows it (the rule self-refs checks it).
 */
export function classifyUses(uses: string): UsesRef {
  if (uses.startsWith('docker://')) return { kind: 'docker', image: uses.slice('docker://'.length) };
  const self = /^\$\/actions\/([a-z0-9-]+)\/?$/.exec(uses);
  if (self?.[1]) return { kind: 'suite-action', name: self[1], self: true };
  if (uses.startsWith('$/')) return { kind: 'self', path: uses.slice(2) };
  const local = /^\.\/actions\/([a-z0-9-]+)\/?$/.exec(uses);
  if (local?.[1]) return { kind: 'suite-action', name: local[1] };
  if (uses.startsWith('./')) return { kind: 'local', path: uses };
  const at = uses.lastIndexOf('@');
  const target = at < 0 ? uses : uses.slice(0, at);
  const ref = at < 0 ? '' : uses.slice(at + 1);
  if (target.toLowerCase().startsWith(`${SUITE_REPO}/`)) {
    const path = target.slice(SUITE_REPO.length + 1);
    const action = /^actions\/([a-z0-9-]+)$/.exec(path);
    if (action?.[1]) return { kind: 'suite-action', name: action[1], ref };
    return { kind: 'suite-workflow', path, ref };
  }
  return { kind: 'third-party', action: target, ref };
}

// ---------------------------------------------------------------------------------------------
// action.yml

export interface ActionInput {
  required: boolean;
  hasDefault: boolean;
}

export interface ActionMeta {
  name: string;
  file: string;
  inputs: Map<string, ActionInput>;
  outputs: Set<string>;
  using: string;
}

/** The suite action `name`'s action.yml, or undefined while it does not exist yet. */
export function suiteAction(name: string, root: string = actionsDir): ActionMeta | undefined {
  const file = join(root, name, 'action.yml');
  if (!existsSync(file)) return undefined;
  const doc = parseDocument(readFileSync(file, 'utf8')).toJS() as Json;
  const map = asMap(doc) ?? {};
  const inputs = new Map<string, ActionInput>();
  for (const [key, spec] of Object.entries(asMap(map['inputs']) ?? {})) {
    const s = asMap(spec) ?? {};
    inputs.set(key, { required: s['required'] === true || s['required'] === 'true', hasDefault: s['default'] !== undefined && s['default'] !== null });
  }
  return {
    name,
    file: relative(projectRoot, file),
    inputs,
    outputs: new Set(Object.keys(asMap(map['outputs']) ?? {})),
    using: scalarText(asMap(map['runs'])?.['using']) ?? '',
  };
}

// ---------------------------------------------------------------------------------------------
// expressions

/** Every `${{ … }}` in a text, with the expression inside. */
export function expressions(text: string): string[] {
  const out: string[] = [];
  const re = /\$\{\{([\s\S]*?)\}\}/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push((m[1] ?? '').trim());
  return out;
}
