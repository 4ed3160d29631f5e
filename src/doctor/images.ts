/**
 * The image names a repository states, wherever it states them: values.yaml (what the chart
 * deploys), the Makefile (`IMG`, `IMAGE_TAG_BASE`: what developers push), the workflows (what CI
 * pushes) and the caller of release.yaml (what the release pushes). Pure.
 */
import { isMap, isScalar, LineCounter, parseDocument, type Node, type Pair } from 'yaml';

export interface ImageReference {
  path: string;
  line: number;
  /** Where in the file: `image.repository`, `IMG`, `workflow`, `image input`… */
  name: string;
  /** The name without tag, lowercased; `${{ … }}` left in when it cannot be known before the run. */
  image: string;
  /** The name is the default of release.yaml, not written anywhere. */
  implicit?: boolean;
}

const EXPRESSION = /\$\{\{\s*([^}]*?)\s*\}\}/g;
const REGISTRY = String.raw`(?:ghcr\.io|quay\.io|docker\.io|gcr\.io|[a-z0-9-]+\.pkg\.dev|[a-z0-9-]+\.azurecr\.io|registry\.[a-z0-9.-]+)`;
const IN_TEXT = new RegExp(String.raw`\b${REGISTRY}/(?:[A-Za-z0-9._/-]|\$\{\{[^}]*\}\})+`, 'g');

/** `${{ github.repository }}` and its kin, when the repository is known; other expressions stay. */
export function resolveExpressions(text: string, repository: string | undefined): string {
  if (!repository) return text;
  const [owner = '', repo = ''] = repository.split('/');
  const known: Record<string, string> = {
    'github.repository': repository,
    'github.repository_owner': owner,
    'github.event.repository.name': repo,
  };
  return text.replace(EXPRESSION, (whole, expr: string) => known[expr] ?? whole);
}

/** A reference without its tag or digest (a `:` inside `${{ }}` is not a tag). */
export function withoutTag(ref: string): string {
  const masked = ref.replace(EXPRESSION, (m) => 'x'.repeat(m.length));
  const at = masked.indexOf('@');
  let end = at >= 0 ? at : masked.length;
  const lastSlash = masked.lastIndexOf('/', end);
  const colon = masked.indexOf(':', lastSlash + 1);
  if (colon >= 0 && colon < end) end = colon;
  return ref.slice(0, end).replace(/\/+$/, '');
}

export function normaliseImage(ref: string): string {
  const name = withoutTag(ref.trim());
  return name.replace(/(\$\{\{[^}]*\}\})|[^$]+|\$/g, (part, expr: string | undefined) => (expr ? part : part.toLowerCase()));
}

export function valuesImages(text: string, path: string): ImageReference[] {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false });
  if (doc.errors.length > 0) return [];
  const out: ImageReference[] = [];
  const visit = (node: unknown, keyPath: string[]): void => {
    if (!isMap(node)) return;
    for (const pair of node.items as Pair[]) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (key === 'image' && isMap(pair.value)) {
        const repo = pair.value.get('repository', true) as Node | undefined;
        const registry = pair.value.get('registry', true) as Node | undefined;
        if (isScalar(repo) && typeof repo.value === 'string' && repo.value !== '') {
          const prefix = isScalar(registry) && typeof registry.value === 'string' && registry.value !== '' ? `${registry.value.replace(/\/+$/, '')}/` : '';
          out.push({ path, line: lc.linePos(repo.range?.[0] ?? 0).line, name: [...keyPath, 'image', 'repository'].join('.'), image: normaliseImage(prefix + repo.value) });
        }
      } else if (keyPath.length < 2) visit(pair.value, [...keyPath, key]);
    }
  };
  visit(doc.contents, []);
  return out;
}

const MAKE_VAR = /^[ \t]*(?:export[ \t]+|override[ \t]+)*([A-Za-z_][A-Za-z0-9_]*)[ \t]*(?:\?=|::?=|:::=|=)[ \t]*([^#\r\n]*?)[ \t]*(?:#.*)?$/;

/** Make's simple variables (first definition wins, as `?=` does), with their lines. */
export function makeVariables(text: string): Map<string, { value: string; line: number }> {
  const vars = new Map<string, { value: string; line: number }>();
  text.split(/\r?\n/).forEach((raw, i) => {
    if (raw.startsWith('\t')) return;
    const m = MAKE_VAR.exec(raw);
    if (m && !vars.has(m[1]!)) vars.set(m[1]!, { value: m[2]!, line: i + 1 });
  });
  return vars;
}

function expandMake(value: string, vars: Map<string, { value: string }>, depth = 0): string {
  if (depth > 8) return value;
  return value.replace(/\$[({]([A-Za-z_][A-Za-z0-9_]*)[)}]/g, (whole, name: string) => {
    const v = vars.get(name);
    return v === undefined ? whole : expandMake(v.value, vars, depth + 1);
  });
}

/** `IMG` (the kubebuilder name), else `IMAGE_TAG_BASE` (operator-sdk's image name without tag). */
export function makefileImages(text: string, path: string): ImageReference[] {
  const vars = makeVariables(text);
  for (const name of ['IMG', 'IMAGE_TAG_BASE']) {
    const v = vars.get(name);
    if (!v) continue;
    const value = withoutTag(expandMake(v.value, vars));
    if (value.includes('$') || !value.includes('/')) continue;
    // WVA's IMAGE_TAG_BASE is a registry and organisation (ghcr.io/llm-d), not an image.
    if (name === 'IMAGE_TAG_BASE' && value.split('/').length < 3) continue;
    return [{ path, line: v.line, name, image: normaliseImage(value) }];
  }
  return [];
}

/** Image names written in a workflow's `run` scripts, `with:` values and `env:`; `uses:` lines are actions. */
export function workflowImages(text: string, path: string, repository: string | undefined): ImageReference[] {
  const out: ImageReference[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (/^\s*(?:-\s*)?uses:/.test(line) || /^\s*#/.test(line)) return;
    for (const m of line.matchAll(IN_TEXT)) {
      const image = normaliseImage(resolveExpressions(m[0], repository));
      if (!out.some((o) => o.image === image)) out.push({ path, line: i + 1, name: 'workflow', image });
    }
  });
  return out;
}
