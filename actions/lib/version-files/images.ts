/**
 * The release's images as the repository itself names them, read without running
 * anything: the Makefile's `IMG` (its `$(VAR)` expanded from the Makefile's own
 * definitions, the tag cut off) or `IMAGE_TAG_BASE`, the kubebuilder `controller` entry of
 * a kustomization's `images:`, the chart's top-level `image.repository`, and image names
 * in the workflows (`${{ github.repository_owner }}`, `${{ github.repository }}`,
 * `${{ github.event.repository.name }}` and the workflow's own `env` substituted; a name
 * with anything left unresolved is not taken).
 */
import { isMap, isScalar, isSeq } from 'yaml';
import { imageBeside, normaliseImage } from './values-yaml.js';
import { parsedDocument } from './yaml-nodes.js';

/** `registry[:port]/path/name`, lower case, no tag, no variable left. */
const IMAGE = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+(?::\d+)?(?:\/[a-z0-9._-]+)+$/;

export function isImageName(name: string): boolean {
  return IMAGE.test(name) && !name.includes('..');
}

/** `ghcr.io/org/name:v1` → `ghcr.io/org/name` (a registry port is not a tag). */
export function withoutTag(ref: string): string {
  const at = ref.split('@')[0] as string;
  const slash = at.lastIndexOf('/');
  const colon = at.lastIndexOf(':');
  return colon > slash ? at.slice(0, colon) : at;
}

const DEFINITION = /^ *(?:(?:export|override)[ \t]+)*([A-Za-z_][A-Za-z0-9_]*)[ \t]*(?:\?=|:=|::=|=)[ \t]*([^#\r\n]*?)[ \t]*(?:#.*)?$/gm;

/** Makefile definitions, first one wins (as `?=` does), recipe lines ignored. */
function makeVariables(text: string): Map<string, string> {
  const vars = new Map<string, string>();
  for (const m of text.matchAll(DEFINITION)) if (!vars.has(m[1] as string)) vars.set(m[1] as string, (m[2] as string).replace(/^(["'])(.*)\1$/, '$2'));
  return vars;
}

function expand(value: string, vars: ReadonlyMap<string, string>, depth = 0): string {
  if (depth > 8) return value;
  return value.replace(/\$[({]([A-Za-z_][A-Za-z0-9_]*)[)}]/g, (whole, name: string) => {
    const v = vars.get(name);
    return v === undefined ? whole : expand(v, vars, depth + 1);
  });
}

export function makefileImages(text: string): string[] {
  const vars = makeVariables(text);
  const img = vars.get('IMG');
  const fromImg = img === undefined ? undefined : withoutTag(expand(img, vars));
  if (fromImg && isImageName(fromImg)) return [fromImg];
  const base = vars.get('IMAGE_TAG_BASE');
  const fromBase = base === undefined ? undefined : expand(base, vars);
  return fromBase && isImageName(fromBase) && fromBase.split('/').length > 2 ? [fromBase] : [];
}

/** Each `images:` entry of a kustomization: its index, `name` and `newName`. */
export function kustomizeImages(text: string): Array<{ index: number; name?: string; newName?: string }> {
  let doc;
  try {
    doc = parsedDocument(text);
  } catch {
    return [];
  }
  const images = isMap(doc.contents) ? doc.contents.get('images', true) : undefined;
  if (!isSeq(images)) return [];
  return images.items.map((item, index) => {
    const get = (key: string): string | undefined => {
      const v = isMap(item) ? item.get(key, true) : undefined;
      return isScalar(v) && typeof v.value === 'string' && v.value !== '' ? v.value : undefined;
    };
    const name = get('name');
    const newName = get('newName');
    return { index, ...(name ? { name } : {}), ...(newName ? { newName } : {}) };
  });
}

/** The chart's own `image.repository` (with `image.registry`), when values.yaml has one. */
export function valuesImages(text: string): string[] {
  let doc;
  try {
    doc = parsedDocument(text);
  } catch {
    return [];
  }
  const image = isMap(doc.contents) ? doc.contents.get('image', true) : undefined;
  const name = isMap(image) ? imageBeside(image) : undefined;
  return name ? [name] : [];
}

function workflowEnv(text: string): Map<string, string> {
  const env = new Map<string, string>();
  let doc: unknown;
  try {
    doc = parsedDocument(text).toJS();
  } catch {
    return env;
  }
  const take = (o: unknown): void => {
    const e = (o as { env?: unknown } | null)?.env;
    if (e && typeof e === 'object') for (const [k, v] of Object.entries(e)) if (typeof v === 'string' && !env.has(k)) env.set(k, v);
  };
  take(doc);
  const jobs = (doc as { jobs?: Record<string, unknown> } | null)?.jobs ?? {};
  for (const job of Object.values(jobs)) {
    take(job);
    for (const step of ((job as { steps?: unknown[] } | null)?.steps ?? [])) take(step);
  }
  return env;
}

const REGISTRY_REF = /(?<![\w./-])((?:ghcr\.io|quay\.io|docker\.io|registry\.[a-z0-9.-]+|[a-z0-9-]+\.azurecr\.io|[a-z0-9.-]+\.amazonaws\.com)\/[^\s"'`:@,)]+)/g;

/**
 * Image names a workflow pushes or names, in the repository's own name space: the last
 * path segment must be the repository's or the chart's name, so a scanner image or a
 * base image named in the same workflow is not taken for the release's.
 */
export function workflowImages(text: string, repository: string, names: readonly string[]): string[] {
  const [owner = '', repo = ''] = repository.split('/');
  const env = workflowEnv(text);
  const context: Record<string, string> = {
    'github.repository_owner': owner,
    'github.repository': repository,
    'github.event.repository.name': repo,
  };
  const resolve = (s: string, depth = 0): string =>
    depth > 4
      ? s
      : s
          .replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (whole, expr: string) => {
            if (expr in context) return context[expr] as string;
            const m = /^env\.(\w+)$/.exec(expr);
            const v = m ? env.get(m[1] as string) : undefined;
            return v === undefined ? whole : resolve(v, depth + 1);
          })
          .replace(/\$\{?(\w+)\}?/g, (whole, name: string) => {
            const v = env.get(name);
            return v === undefined ? whole : resolve(v, depth + 1);
          });
  const wanted = new Set([repo, ...names].map((n) => n.toLowerCase()).filter(Boolean));
  const found = new Set<string>();
  for (const line of text.split('\n')) {
    for (const m of resolve(line).matchAll(REGISTRY_REF)) {
      const name = (m[1] as string).toLowerCase().replace(/\/+$/, '');
      if (isImageName(name) && wanted.has(name.split('/').pop() as string)) found.add(name);
    }
  }
  return [...found];
}

/** The distinct images, in the order first named, compared as registries do. */
export function uniqueImages(images: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const i of images) if (i && !seen.has(normaliseImage(i))) seen.set(normaliseImage(i), i);
  return [...seen.values()];
}
