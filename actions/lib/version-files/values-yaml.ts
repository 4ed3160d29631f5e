import { isMap, isScalar } from 'yaml';
import type { Node as YamlNode } from 'yaml';
import { FileError } from '../runner/errors.js';
import { stripV, versionProblem } from '../semver/version.js';
import { applyRefs, checkNext, LineIndex } from './text.js';
import type { ReadResult } from './types.js';
import { findYamlNodes, parseKeyPath, parseYaml, scalarSpan } from './yaml-nodes.js';

/**
 * values.yaml: the image tag follows the release. It never decides the current
 * version: a tag is updated only when it holds the current version (its `v` style
 * kept), and anything else — `latest`, an empty tag, a digest, another version — is
 * left alone and reported as skipped with the reason.
 */

/** Without a configured key: the top-level `image.tag` and every `<component>.image.tag`. */
export const DEFAULT_TAG_KEYS = ['image.tag', '*.image.tag'] as const;

export interface ValuesOptions {
  /** The current version of the release, either style. */
  current: string;
  /** Key path of the tag, e.g. `controller.image.tag` (`*` matches any key). */
  key?: string;
  /** A missing key is skipped instead of refused. */
  optional?: boolean;
}

export interface ValuesRead extends ReadResult {
  /** `registry/repository` (or `repository`) next to each tag that holds the current version. */
  images: string[];
}

function stringSibling(parent: YamlNode | undefined, key: string): string | undefined {
  if (!isMap(parent)) return undefined;
  const value = parent.get(key, true);
  return isScalar(value) && typeof value.value === 'string' && value.value !== '' ? value.value : undefined;
}

export function readValuesYaml(text: string, options: ValuesOptions, path = 'values.yaml'): ValuesRead {
  const current = stripV(options.current);
  const keys = options.key ? [options.key] : [...DEFAULT_TAG_KEYS];
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
    if (!span || span.value === '' || (!span.quoted && (span.value === '~' || span.value === 'null'))) {
      result.skipped.push({ name, ...(span ? { line: span.line } : {}), reason: 'empty tag (the chart uses its appVersion)' });
      continue;
    }
    const { value, line } = span;
    if (value.startsWith('sha256:')) {
      result.skipped.push({ name, line, value, reason: 'a digest, not a version' });
    } else if (value.includes('@')) {
      result.skipped.push({ name, line, value, reason: 'pinned to a digest' });
    } else if (versionProblem(value)) {
      result.skipped.push({ name, line, value, reason: `not a version (${value})` });
    } else if (stripV(value) !== current) {
      result.skipped.push({ name, line, value, reason: `holds ${value}, not the current version ${current}` });
    } else {
      result.refs.push({ name, line, value, start: span.start, end: span.end });
      const repository = stringSibling(hit.parent, 'repository');
      const registry = stringSibling(hit.parent, 'registry');
      if (repository) result.images.push(registry ? `${registry.replace(/\/+$/, '')}/${repository}` : repository);
    }
  }
  return result;
}

/** values.yaml with the tags that hold `options.current` moved to `next`; every other byte kept. */
export function updateValuesYaml(text: string, next: string, options: ValuesOptions, path = 'values.yaml'): string {
  return applyRefs(text, readValuesYaml(text, options, path).refs, checkNext(next)).text;
}
