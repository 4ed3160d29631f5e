/**
 * The shape of every `uses:` pin, read line by line so that the same check runs on workflow
 * files and on the YAML snippets of the documentation: a third-party action is
 * `owner/repo[/path]@<40 hex> # vX.Y.Z`, at or above the lowest release allowed for it (its
 * current major, Node 24: Node 20 left the hosted runners on 2026-09-16).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { compare, valid } from 'semver';
import { projectRoot, SUITE_REPO } from './model.js';

export interface PinFloor {
  /** The lowest release allowed: the newest of the current major when this table was written. */
  version: string;
  /** The commit that release's tag peels to. */
  sha: string;
}

/** Every third-party action the suite's workflows and documentation may use. */
export const PIN_FLOORS: Readonly<Record<string, PinFloor>> = {
  'actions/checkout': { version: 'v7.0.1', sha: '3d3c42e5aac5ba805825da76410c181273ba90b1' },
  'actions/setup-node': { version: 'v7.0.0', sha: '820762786026740c76f36085b0efc47a31fe5020' },
  'actions/upload-artifact': { version: 'v7.0.0', sha: 'bbbca2ddaa5d8feaa63e36b76fdaad77386f024f' },
  'actions/download-artifact': { version: 'v8.0.1', sha: '3e5f45b2cfb9172054b4087a40e8e0b5a5461e7c' },
  'actions/attest-build-provenance': { version: 'v4.1.0', sha: 'a2bbfa25375fe432b6a289bc6b6cd05ecd0c4c32' },
  // v4 runs on node24 (the SBOM attestation; actions/attest-sbom is deprecated for it)
  'actions/attest': { version: 'v4.1.1', sha: 'a1948c3f048ba23858d222213b7c278aabede763' },
  // v0.24.0 is the first on node24
  'anchore/sbom-action': { version: 'v0.24.0', sha: 'e22c389904149dbc22b58101806040fa8d37a610' },
  'aquasecurity/trivy-action': { version: 'v0.36.0', sha: 'ed142fd0673e97e23eac54620cfb913e5ce36c25' },
  'docker/build-push-action': { version: 'v7.3.0', sha: '53b7df96c91f9c12dcc8a07bcb9ccacbed38856a' },
  'docker/login-action': { version: 'v4.1.0', sha: '4907a6ddec9925e35a0a9e82d7399ccc52663121' },
  'docker/metadata-action': { version: 'v6.2.0', sha: 'dc802804100637a589fabce1cb79ff13a1411302' },
  'docker/setup-buildx-action': { version: 'v4.3.0', sha: '37fe631027851001ddb9b187196cc803df7f5f0e' },
  'docker/setup-qemu-action': { version: 'v4.2.0', sha: '96fe6ef7f33517b61c61be40b68a1882f3264fb8' },
  'helm/kind-action': { version: 'v1.14.0', sha: 'ef37e7f390d99f746eb8b610417061a60e82a6cc' },
};

export interface PinFinding {
  file: string;
  line: number;
  uses: string;
  message: string;
}

export interface UsesLine {
  line: number;
  uses: string;
  comment?: string;
}

const USES_LINE = /^\s*(?:-\s+)?uses:\s*(["']?)([^\s"'#]+)\1\s*(?:#\s*(.*?))?\s*$/;
const SHA = /^[0-9a-f]{40}$/;
const VERSION = /^v\d+\.\d+\.\d+$/;

/** Every `uses:` line of a YAML text, with its line number (1-based) and comment. */
export function usesLines(text: string, firstLine = 1): UsesLine[] {
  const out: UsesLine[] = [];
  text.split('\n').forEach((l, i) => {
    const m = USES_LINE.exec(l);
    if (m?.[2]) out.push({ line: firstLine + i, uses: m[2], ...(m[3] ? { comment: m[3] } : {}) });
  });
  return out;
}

/** The `uses:` lines inside the fenced YAML blocks of a Markdown text. */
export function markdownUsesLines(text: string): UsesLine[] {
  const out: UsesLine[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*```ya?ml\s*$/.test(lines[i]!)) continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && !/^\s*```\s*$/.test(lines[end]!)) end++;
    out.push(...usesLines(lines.slice(start, end).join('\n'), start + 1));
    i = end;
  }
  return out;
}

/** `$/` and a path inside the repository: GitHub's self-repository reference takes no `@ref`. */
const SELF_REF = /^\$\/(?:[\w.-]+\/)*[\w.-]+\/?$/;

export interface PinContext {
  /**
   * The file is a workflow that runs in the suite's own repository (not a template copied into
   * callers, not a caller's workflow): the suite's actions are `$/actions/<name>` there.
   */
  ownWorkflow?: boolean;
}

/** What is wrong with one pin, or undefined. */
export function checkPin(u: UsesLine, floors: Readonly<Record<string, PinFloor>> = PIN_FLOORS, ctx: PinContext = {}): string | undefined {
  if (u.uses.startsWith('./')) return undefined;
  if (u.uses.startsWith('$/')) {
    if (u.uses.includes('@')) return `a self-repository reference takes no @ref (it is the running commit): write ${u.uses.slice(0, u.uses.indexOf('@'))}`;
    return SELF_REF.test(u.uses) && !u.uses.split('/').includes('..') ? undefined : 'expected $/ followed by a path inside this repository, e.g. $/actions/changelog';
  }
  if (u.uses.startsWith('docker://')) return /@sha256:[0-9a-f]{64}$/.test(u.uses) ? undefined : 'a docker:// image must be pinned to its digest (image@sha256:<64 hex>)';
  const at = u.uses.lastIndexOf('@');
  const target = at < 0 ? u.uses : u.uses.slice(0, at);
  // the suite's own actions follow one release ref (rule suite-refs-agree), not a SHA; inside
  // the suite's own workflows they follow the running commit instead
  if (target.toLowerCase().startsWith(`${SUITE_REPO}/actions/`) && ctx.ownWorkflow) {
    return `the suite's own action at a ref of its own floats apart from the commit this workflow runs at: write $/${target.slice(SUITE_REPO.length + 1)}`;
  }
  if (target.toLowerCase().startsWith(`${SUITE_REPO}/`)) return undefined;
  if (!/^[\w.-]+\/[\w.-]+(\/[\w./-]+)?$/.test(target)) return 'expected owner/repo[/path]@<40 hex>';
  const ref = at < 0 ? '' : u.uses.slice(at + 1);
  if (!SHA.test(ref)) return `not pinned to a full 40-hex commit SHA (found @${ref || 'nothing'}); write ${target}@<sha> # vX.Y.Z`;
  if (!u.comment || !VERSION.test(u.comment)) return `the SHA needs its release as a comment, \`# vX.Y.Z\` (found ${u.comment ? `\`# ${u.comment}\`` : 'none'})`;
  const action = target.split('/').slice(0, 2).join('/').toLowerCase();
  const floor = floors[action];
  if (!floor) return `${action} is not among the known actions: add it to PIN_FLOORS (test/support/workflows/pins.ts) with the lowest release allowed, after checking it does not run on node20`;
  if (compare(valid(u.comment)!, valid(floor.version)!) < 0) return `${u.comment} is below the lowest release allowed, ${floor.version} (older majors of ${action} run on node20)`;
  if (u.comment === floor.version && ref !== floor.sha) return `${floor.version} of ${action} is commit ${floor.sha}, not ${ref}`;
  if (ref === floor.sha && u.comment !== floor.version) return `commit ${ref} is ${floor.version} of ${action}, not ${u.comment}`;
  return undefined;
}

export function checkPins(file: string, lines: readonly UsesLine[], floors?: Readonly<Record<string, PinFloor>>, ctx: PinContext = {}): PinFinding[] {
  return lines.flatMap((u) => {
    const message = checkPin(u, floors, ctx);
    return message ? [{ file, line: u.line, uses: u.uses, message }] : [];
  });
}

function walk(dir: string, keep: (path: string) => boolean, skip: (name: string) => boolean = () => false): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => {
      const p = join(dir, e.name);
      if (e.isDirectory()) return skip(e.name) ? [] : walk(p, keep, skip);
      return keep(p) ? [p] : [];
    });
}

/** The workflow files: `.github/workflows/` and those of the examples. */
export function pinnedWorkflowFiles(root: string = projectRoot): string[] {
  const isWorkflow = (p: string): boolean => /\/\.github\/workflows\/[^/]+\.ya?ml$/.test(p);
  return [...walk(join(root, '.github', 'workflows'), isWorkflow), ...walk(join(root, 'examples'), isWorkflow, (n) => n === 'node_modules')];
}

/** The documentation that may show workflow snippets (not test fixtures: those are other projects' files). */
export function documentationFiles(root: string = projectRoot): string[] {
  const md = (p: string): boolean => p.endsWith('.md');
  const skip = (n: string): boolean => n === 'node_modules' || n === 'dist';
  return [join(root, 'README.md'), ...walk(join(root, 'docs'), md, skip), ...walk(join(root, 'actions'), md, skip), ...walk(join(root, 'src'), md, skip), ...walk(join(root, 'examples'), md, skip)].filter((p) => existsSync(p));
}

/** A template's jobs run only outside the suite's repository (ci-release.yaml, prepare-release.yaml). */
const TEMPLATE_GUARD = /github\.repository\s*!=\s*'llm-d\/release-actions'/;

/** Whether `file` (with `text`) is a workflow that runs in the suite's own repository. */
export function isOwnWorkflow(file: string, text: string, root: string = projectRoot): boolean {
  return relative(root, file).startsWith(join('.github', 'workflows')) && !TEMPLATE_GUARD.test(text);
}

export const rel = (p: string): string => relative(projectRoot, p);
export const read = (p: string): string => readFileSync(p, 'utf8');
