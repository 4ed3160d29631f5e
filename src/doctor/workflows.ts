/**
 * What the repository's workflows say about the release: which job calls the reusable
 * release.yaml (and with what), which one runs bump-version, and which other workflows publish
 * an image when a tag is pushed. Pure: text in, data out.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';

export const RELEASE_WORKFLOW = /^(?:llm-d\/release-actions\/\.github\/workflows\/release\.ya?ml@.+|\.\/\.github\/workflows\/release\.ya?ml)$/;
export const BUMP_VERSION = /^(?:llm-d\/release-actions\/actions\/bump-version@.+|\.\/actions\/bump-version)$/;

export interface ReleaseCaller {
  path: string;
  line: number;
  job: string;
  /** `with:` values as written. */
  with: Record<string, string>;
  /** `secrets:` as written (`inherit` when so). */
  secrets: Record<string, string> | 'inherit';
}

export interface WorkflowSummary {
  callers: ReleaseCaller[];
  /** Workflows with a bump-version step (prepare-release). */
  preparers: string[];
  /** Workflows other than the callers that push an image on a tag push: `path:line`. */
  tagPublishers: Array<{ path: string; line: number }>;
  /** Workflows that are not valid YAML: `path:line message`. */
  unreadable: Array<{ path: string; line?: number; message: string }>;
}

function scalarMap(node: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isMap(node)) return out;
  for (const pair of node.items) {
    if (isScalar(pair.key) && isScalar(pair.value)) out[String(pair.key.value)] = String(pair.value.value ?? '');
  }
  return out;
}

function lineOf(doc: { lc: LineCounter }, node: unknown): number {
  const range = (node as Node | undefined)?.range;
  return range ? doc.lc.linePos(range[0]).line : 1;
}

function triggersOnTag(doc: Document): boolean {
  const on = doc.get('on', true);
  if (!isMap(on)) return false;
  const push = on.get('push', true);
  return isMap(push) && (push.has('tags') || push.has('tags-ignore'));
}

const PUSHES_IMAGE = /docker(?:\/build-push-action@|\s+push\b|\s+buildx\s+build\b[\s\S]*--push)|--push\b|push:\s*true/;

/** A bump-version step that writes: a dry run (tag-release.yaml's, which only reads) prepares nothing. */
function prepares(step: unknown): boolean {
  if (!isMap(step) || !BUMP_VERSION.test(String((step.get('uses', true) as { value?: unknown } | undefined)?.value ?? ''))) return false;
  return scalarMap(step.get('with', true))['dry-run'] !== 'true';
}

export function summariseWorkflows(workflows: ReadonlyMap<string, string>): WorkflowSummary {
  const summary: WorkflowSummary = { callers: [], preparers: [], tagPublishers: [], unreadable: [] };
  for (const [path, text] of workflows) {
    const lc = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false });
    const err = doc.errors[0];
    if (err) {
      summary.unreadable.push({ path, line: lc.linePos(err.pos[0]).line, message: err.message.split('\n')[0] ?? '' });
      continue;
    }
    const jobs = doc.get('jobs', true);
    if (!isMap(jobs)) continue;
    let calls = false;
    for (const pair of jobs.items) {
      const job = pair.value;
      if (!isMap(job) || !isScalar(pair.key)) continue;
      const uses = job.get('uses', true);
      if (isScalar(uses) && RELEASE_WORKFLOW.test(String(uses.value))) {
        calls = true;
        const secrets = job.get('secrets', true);
        summary.callers.push({
          path,
          line: lineOf({ lc }, uses),
          job: String(pair.key.value),
          with: scalarMap(job.get('with', true)),
          secrets: isScalar(secrets) && secrets.value === 'inherit' ? 'inherit' : scalarMap(secrets),
        });
      }
      const steps = job.get('steps', true);
      if (isSeq(steps) && steps.items.some(prepares)) {
        if (!summary.preparers.includes(path)) summary.preparers.push(path);
      }
    }
    if (!calls && triggersOnTag(doc)) {
      const m = PUSHES_IMAGE.exec(text);
      if (m) summary.tagPublishers.push({ path, line: text.slice(0, m.index).split('\n').length });
    }
  }
  return summary;
}
