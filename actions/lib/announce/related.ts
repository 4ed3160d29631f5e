/**
 * update-repos: moving this project's references in a related repository (llm-d-infra,
 * example repositories) from the previous version to the new one, with the reference
 * rules of bump-version and nothing else:
 *
 * - docs rules (any text file): `helm … --version X` when the command names the chart,
 *   `<image>:<tag>` for the project's images (a digest pin is left alone), `uses: …@X`,
 *   and every occurrence inside `<!-- release-actions:version -->` markers;
 * - YAML (`.yaml`/`.yml`, every document of the file): a `tag` beside a `repository` that
 *   is one of the project's images (values files), a `newTag` beside a `name` that is one
 *   (kustomize `images:`), and a `version` beside a `name` or `chart` that is the project's
 *   chart (Chart.yaml `dependencies:`, helmfile `releases:`).
 *
 * Only values that hold exactly the previous version change (either `v` style, kept); other
 * versions, other images and other charts are never touched. Pure over text.
 */
import { isMap, isScalar, parseAllDocuments, visit, type Scalar, type YAMLMap } from 'yaml';
import { stripV } from '../semver/version.js';
import { applyRefs, LineIndex } from '../version-files/text.js';
import { readDocs } from '../version-files/docs.js';
import type { VersionChange, VersionRef } from '../version-files/types.js';

export interface RelatedRules {
  /** The version the related repository is expected to hold (either style). */
  previous: string;
  /** The new version. */
  next: string;
  /** Image names without tag, e.g. `ghcr.io/llm-d-incubation/workload-variant-autoscaler`. */
  images: readonly string[];
  /** The chart name and its repository aliases (`workload-variant-autoscaler`, `wva`). */
  charts: readonly string[];
}

export interface RelatedEdit {
  path: string;
  before: string;
  after: string;
  changes: VersionChange[];
}

const YAML_FILE = /\.ya?ml$/i;

function scalarString(node: unknown): string | undefined {
  return isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
}

/** A plain or simply quoted scalar that holds `previous`, as a reference. */
function refOf(text: string, lines: LineIndex, name: string, node: unknown, previous: string): VersionRef | undefined {
  if (!isScalar(node) || !node.range) return undefined;
  const scalar = node as Scalar;
  const [start, end] = scalar.range as [number, number, number];
  let s = start;
  let e = end;
  if (scalar.type === 'QUOTE_DOUBLE' || scalar.type === 'QUOTE_SINGLE') {
    s += 1;
    e -= 1;
  } else if (scalar.type !== 'PLAIN') {
    return undefined;
  }
  const value = text.slice(s, e);
  if (value !== String(scalar.value) || stripV(value) !== stripV(previous) || !/^v?\d/.test(value)) return undefined;
  return { name, line: lines.lineOf(s), value, start: s, end: e };
}

function imageMatches(value: string | undefined, images: readonly string[]): boolean {
  if (!value) return false;
  return images.some((i) => i === value || i.endsWith(`/${value}`));
}

function chartMatches(value: string | undefined, charts: readonly string[]): boolean {
  if (!value) return false;
  const last = value.replace(/^oci:\/\//, '').split('/').pop() ?? value;
  return charts.includes(value) || charts.includes(last);
}

/** The YAML references of the project in `text` (every document). */
export function yamlRefs(text: string, rules: RelatedRules): VersionRef[] {
  const docs = parseAllDocuments(text);
  const lines = new LineIndex(text);
  const refs: VersionRef[] = [];
  for (const doc of Array.isArray(docs) ? docs : [docs]) {
    if (doc.errors.length > 0) continue;
    visit(doc, {
      Map(_key, node: YAMLMap) {
        if (!isMap(node)) return;
        const get = (k: string) => node.get(k, true);
        const registry = scalarString(get('registry'));
        const repository = scalarString(get('repository'));
        const fullRepository = registry && repository ? `${registry.replace(/\/+$/, '')}/${repository}` : repository;
        if (imageMatches(fullRepository, rules.images)) {
          const r = refOf(text, lines, 'image tag', get('tag'), rules.previous);
          if (r) refs.push(r);
        }
        if (imageMatches(scalarString(get('name')), rules.images)) {
          const r = refOf(text, lines, 'kustomize newTag', get('newTag'), rules.previous);
          if (r) refs.push(r);
        }
        if (chartMatches(scalarString(get('name')), rules.charts) || chartMatches(scalarString(get('chart')), rules.charts)) {
          const r = refOf(text, lines, 'chart version', get('version'), rules.previous);
          if (r) refs.push(r);
        }
      },
    });
  }
  return refs;
}

/** The new text of one file of the related repository, or undefined when nothing in it is ours. */
export function rewriteRelated(path: string, text: string, rules: RelatedRules): RelatedEdit | undefined {
  const refs: VersionRef[] = [];
  const docs = readDocs(text, { current: rules.previous, images: rules.images, charts: rules.charts, optional: true }, path);
  // A release's own files move whatever they held; another repository's only where they held
  // the previous release (a pin to another version there is that repository's choice).
  refs.push(...docs.refs.filter((r) => stripV(r.value) === stripV(rules.previous)));
  if (YAML_FILE.test(path)) refs.push(...yamlRefs(text, rules));
  if (refs.length === 0) return undefined;
  const { text: after, changes } = applyRefs(text, refs, rules.next, path);
  if (changes.length === 0) return undefined;
  return { path, before: text, after, changes };
}
