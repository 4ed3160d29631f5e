import { isMap, isScalar } from 'yaml';
import type { Node as YamlNode } from 'yaml';
import { FileError } from '../runner/errors.js';
import { versionProblem } from '../semver/version.js';
import { applyRefs, checkNext, LineIndex } from './text.js';
import type { ReadResult } from './types.js';
import { findYamlNodes, parseKeyPath, parseYaml, scalarSpan } from './yaml-nodes.js';

/**
 * values.yaml: the image tags of the release's own images follow the release. A tag is
 * ours when it is the chart's top-level `image.tag`, when its key was configured, or when
 * the `registry/repository` beside it is one of the release's images — and then it moves
 * whatever it held (a tag left at an older release is drift the release repairs). Tags
 * of other images (a kube-rbac-proxy sidecar), `latest`, empty tags and digests are left
 * alone and reported as skipped with the reason.
 */

/** Without a configured key: the top-level `image.tag` and every `<component>.image.tag`. */
export const DEFAULT_TAG_KEYS = ['image.tag', '*.image.tag'] as const;

export interface ValuesOptions {
  /** The release's images (`registry/repository`, no tag): their tags are ours. */
  images?: readonly string[];
  /** Key path of the tag, e.g. `controller.image.tag` (`*` matches any key); a configured key is ours. */
  key?: string;
  /** A missing key is skipped instead of refused. */
  optional?: boolean;
}

export interface ValuesRead extends ReadResult {
  /** `registry/repository` (or `repository`) next to each tag that is ours. */
  images: string[];
}

function stringSibling(parent: YamlNode | undefined, key: string): string | undefined {
  if (!isMap(parent)) return undefined;
  const value = parent.get(key, true);
  return isScalar(value) && typeof value.value === 'string' && value.value !== '' ? value.value : undefined;
}

/** An image name as compared: lower case, no trailing slash, Docker Hub's implicit prefixes dropped. */
export function normaliseImage(image: string): string {
  return image
    .trim()
    .toLowerCase()
    .replace(/\/+$/, '')
    .replace(/^(?:docker\.io|index\.docker\.io)\//, '')
    .replace(/^library\//, '');
}

/** The `registry/repository` beside a tag, when its map names one. */
export function imageBeside(parent: YamlNode | undefined): string | undefined {
  const repository = stringSibling(parent, 'repository');
  const registry = stringSibling(parent, 'registry');
  if (!repository) return undefined;
  return registry ? `${registry.replace(/\/+$/, '')}/${repository}` : repository;
}

export function readValuesYaml(text: string, options: ValuesOptions = {}, path = 'values.yaml'): ValuesRead {
  const keys = options.key ? [options.key] : [...DEFAULT_TAG_KEYS];
  const ours = new Set((options.images ?? []).map(normaliseImage));
  const doc = parseYaml(text, path);
  const lines = new LineIndex(text);
  const result: ValuesRead = { refs: [], skipped: [], images: [] };

  const found = keys.flatMap((key) => findYamlNodes(doc.contents, parseKeyPath(key, path)));
  if (found.length === 0) {
    const expected = keys.join(' or ');
    if (options.optional) {
      result.skipped.push({ name: expected, reason: 'no such key' });
      return result;
    }
    throw new FileError(path, `expected an image tag at ${expected}, found no such key`);
  }

  for (const hit of found) {
    const span = scalarSpan(text, hit, lines, path, hit.keyPath);
    const name = hit.keyPath;
    const image = imageBeside(hit.parent);
    const isOurs = name === 'image.tag' || options.key !== undefined || (image !== undefined && ours.has(normaliseImage(image)));
    if (!isOurs) {
      result.skipped.push({ name, ...(span ? { line: span.line, value: span.value } : {}), reason: `another image${image ? ` (${image})` : ''}, not released here` });
    } else if (!span || span.value === '' || (!span.quoted && (span.value === '~' || span.value === 'null'))) {
      result.skipped.push({ name, ...(span ? { line: span.line } : {}), reason: 'empty tag (the chart uses its appVersion)' });
    } else if (span.value.startsWith('sha256:')) {
      result.skipped.push({ name, line: span.line, value: span.value, reason: 'a digest, not a version' });
    } else if (span.value.includes('@')) {
      result.skipped.push({ name, line: span.line, value: span.value, reason: 'pinned to a digest' });
    } else if (versionProblem(span.value)) {
      result.skipped.push({ name, line: span.line, value: span.value, reason: `not a version (${span.value})` });
    } else {
      result.refs.push({ name, line: span.line, value: span.value, start: span.start, end: span.end });
      if (image) result.images.push(image);
    }
  }
  return result;
}

/** values.yaml with the tags of the release's images moved to `next`; every other byte kept. */
export function updateValuesYaml(text: string, next: string, options: ValuesOptions = {}, path = 'values.yaml'): string {
  return applyRefs(text, readValuesYaml(text, options, path).refs, checkNext(next)).text;
}
