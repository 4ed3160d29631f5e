import { isAlias, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { Document, Node as YamlNode, Scalar } from 'yaml';
import { FileError } from '../runner/errors.js';
import type { LineIndex } from './text.js';

/**
 * YAML helpers for range edits: the document is parsed only to find where a
 * value's text is; the edit itself replaces that text in the original string, so
 * comments, key order, blank lines, indentation and quoting survive byte for byte.
 */

export type KeySegment = string | number | '*';

/**
 * The same text is parsed once: the release's images are read from the kustomizations and the
 * chart's values.yaml (images.ts), and the same files are then read as version files. The
 * documents are only read, never changed (edits replace text in the original string). Kept
 * for the last {@link PARSED_MAX} texts, so a long process does not hold every file it read.
 */
const parsed = new Map<string, Document.Parsed>();
const PARSED_MAX = 512;

/** `parseDocument(text)` with yaml's default options (unique keys, pretty errors), parsed once per text. */
export function parsedDocument(text: string): Document.Parsed {
  let doc = parsed.get(text);
  if (doc === undefined) {
    doc = parseDocument(text, { uniqueKeys: true, prettyErrors: true });
    if (parsed.size >= PARSED_MAX) parsed.delete(parsed.keys().next().value as string);
    parsed.set(text, doc);
  }
  return doc;
}

/** Parses a document or throws a FileError with the line of the first problem. */
export function parseYaml(text: string, path: string): Document.Parsed {
  const doc = parsedDocument(text);
  const error = doc.errors[0];
  if (error) {
    const line = error.linePos?.[0]?.line;
    const first = error.message.split('\n')[0] ?? error.message;
    throw new FileError(path, `expected valid YAML: ${first.replace(/ at line \d+, column \d+:?$/, '')}`, line);
  }
  return doc;
}

/**
 * `images.0.newTag` → `['images', 0, 'newTag']`; `*` matches every key or item.
 * A segment that is only digits indexes a list (and also matches a map key spelled that way).
 */
export function parseKeyPath(key: string, path: string): KeySegment[] {
  if (key.trim() === '' || key.split('.').some((s) => s === '')) {
    throw new FileError(path, `expected a key path like image.tag or images.0.newTag, got ${JSON.stringify(key)}`);
  }
  return key.split('.').map((s) => (s === '*' ? '*' : /^\d+$/.test(s) ? Number(s) : s));
}

export interface FoundNode {
  node: YamlNode | null;
  /** The key path that reached it, with concrete keys for `*`. */
  keyPath: string;
  /** The map that holds the node (to read siblings such as `repository`). */
  parent?: YamlNode;
}

/** Every node at `segments`, depth first, in document order. */
export function findYamlNodes(root: unknown, segments: readonly KeySegment[]): FoundNode[] {
  let frontier: FoundNode[] = [{ node: (root as YamlNode | null) ?? null, keyPath: '' }];
  for (const seg of segments) {
    const next: FoundNode[] = [];
    for (const { node, keyPath } of frontier) {
      const join = (k: string | number): string => (keyPath === '' ? String(k) : `${keyPath}.${k}`);
      if (isMap(node)) {
        for (const pair of node.items) {
          const k = isScalar(pair.key) ? pair.key.value : pair.key;
          if (seg === '*' || String(k) === String(seg)) {
            next.push({ node: (pair.value as YamlNode | null) ?? null, keyPath: join(String(k)), parent: node });
          }
        }
      } else if (isSeq(node)) {
        node.items.forEach((item, i) => {
          if (seg === '*' || seg === i) next.push({ node: (item as YamlNode | null) ?? null, keyPath: join(i), parent: node });
        });
      }
    }
    frontier = next;
  }
  return frontier;
}

export interface ScalarSpan {
  /** The value as written, quotes excluded. */
  value: string;
  start: number;
  end: number;
  line: number;
  quoted: boolean;
}

/**
 * Where the text of a scalar value is, without its quotes. Throws a FileError for
 * what cannot be edited in place: aliases, block scalars, collections, escapes.
 */
export function scalarSpan(text: string, found: FoundNode, lines: LineIndex, path: string, what: string): ScalarSpan | undefined {
  const { node } = found;
  if (node === null) return undefined;
  const at = node.range ? lines.lineOf(node.range[0]) : undefined;
  if (isAlias(node)) throw new FileError(path, `expected ${what} to be a plain value, got the alias *${node.source}; edit the anchor instead`, at);
  if (!isScalar(node) || !node.range) throw new FileError(path, `expected ${what} to be a single value, got a ${isMap(node) ? 'map' : 'list'}`, at);
  const scalar = node as Scalar;
  const [start, end] = scalar.range as [number, number, number];
  if (scalar.type === 'QUOTE_DOUBLE' || scalar.type === 'QUOTE_SINGLE') {
    const inner = text.slice(start + 1, end - 1);
    if (inner !== String(scalar.value)) {
      throw new FileError(path, `expected ${what} to be written without escapes, got ${text.slice(start, end)}`, at);
    }
    return { value: inner, start: start + 1, end: end - 1, line: lines.lineOf(start), quoted: true };
  }
  if (scalar.type === 'PLAIN') {
    return { value: text.slice(start, end), start, end, line: lines.lineOf(start), quoted: false };
  }
  throw new FileError(path, `expected ${what} on one line (plain or quoted), got a block scalar`, at);
}
