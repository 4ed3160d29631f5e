import { FileError } from '../runner/errors.js';
import { versionProblem } from '../semver/version.js';
import { applyRefs, checkNext, LineIndex } from './text.js';
import type { ReadResult, SkippedRef, VersionRef } from './types.js';
import type { KeySegment } from './yaml-nodes.js';
import { findYamlNodes, parseKeyPath, parseYaml, scalarSpan } from './yaml-nodes.js';

/**
 * JSON and YAML files by key path (`spec.version`, `images.0.newTag`, `*` for any
 * key or item). The file is parsed only to find where the value's text is; the edit
 * replaces that text and nothing else, so formatting survives byte for byte.
 * The value must be a version (a JSON string, a YAML plain or quoted scalar); its
 * `v` style and quotes are kept. A missing key or a value that is not a version is
 * refused unless `optional`.
 */

export interface KeyPathOptions {
  key: string;
  optional?: boolean;
}

// ---------------------------------------------------------------- JSON scanner

type JsonNode =
  | { kind: 'object'; start: number; end: number; entries: Array<{ key: string; keyAt: number; value: JsonNode }> }
  | { kind: 'array'; start: number; end: number; items: JsonNode[] }
  | { kind: 'string'; start: number; end: number; value: string }
  | { kind: 'literal'; start: number; end: number };

const LITERAL = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
/** A string token; JSON.parse then checks its escapes and refuses raw control characters. */
const STRING = /"(?:[^"\\\n]|\\.)*"/y;

/** A strict JSON parser that keeps the offsets of every value (RFC 8259; a leading BOM allowed). */
class JsonScanner {
  private at = 0;

  constructor(
    private readonly text: string,
    private readonly path: string,
    private readonly lines: LineIndex,
  ) {}

  parse(): JsonNode {
    if (this.text.charCodeAt(0) === 0xfeff) this.at = 1;
    const node = this.value();
    this.space();
    if (this.at < this.text.length) this.fail('expected the end of the JSON document');
    return node;
  }

  private fail(message: string): never {
    const found = this.at < this.text.length ? JSON.stringify(this.text[this.at]) : 'the end of the file';
    throw new FileError(this.path, `expected valid JSON: ${message}, found ${found}`, this.lines.lineOf(this.at));
  }

  private space(): void {
    while (this.at < this.text.length && ' \t\r\n'.includes(this.text[this.at] as string)) this.at += 1;
  }

  private value(): JsonNode {
    this.space();
    const c = this.text[this.at];
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    if (c === '"') return this.string();
    LITERAL.lastIndex = this.at;
    const m = LITERAL.exec(this.text);
    if (!m) this.fail('expected a value');
    const start = this.at;
    this.at += m[0].length;
    return { kind: 'literal', start, end: this.at };
  }

  private string(): { kind: 'string'; start: number; end: number; value: string } {
    STRING.lastIndex = this.at;
    const m = STRING.exec(this.text);
    if (!m) this.fail('expected a string');
    let value: string;
    try {
      value = JSON.parse(m[0]) as string;
    } catch {
      this.fail('expected a string with valid escapes');
    }
    const start = this.at;
    this.at += m[0].length;
    return { kind: 'string', start, end: this.at, value };
  }

  private object(): JsonNode {
    const start = this.at;
    this.at += 1;
    const entries: Array<{ key: string; keyAt: number; value: JsonNode }> = [];
    this.space();
    if (this.text[this.at] === '}') {
      this.at += 1;
      return { kind: 'object', start, end: this.at, entries };
    }
    for (;;) {
      this.space();
      if (this.text[this.at] !== '"') this.fail('expected a key in double quotes');
      const key = this.string();
      this.space();
      if (this.text[this.at] !== ':') this.fail('expected ":"');
      this.at += 1;
      entries.push({ key: key.value, keyAt: key.start, value: this.value() });
      this.space();
      if (this.text[this.at] === ',') {
        this.at += 1;
        continue;
      }
      if (this.text[this.at] === '}') {
        this.at += 1;
        return { kind: 'object', start, end: this.at, entries };
      }
      this.fail('expected "," or "}"');
    }
  }

  private array(): JsonNode {
    const start = this.at;
    this.at += 1;
    const items: JsonNode[] = [];
    this.space();
    if (this.text[this.at] === ']') {
      this.at += 1;
      return { kind: 'array', start, end: this.at, items };
    }
    for (;;) {
      items.push(this.value());
      this.space();
      if (this.text[this.at] === ',') {
        this.at += 1;
        continue;
      }
      if (this.text[this.at] === ']') {
        this.at += 1;
        return { kind: 'array', start, end: this.at, items };
      }
      this.fail('expected "," or "]"');
    }
  }
}

function findJsonNodes(root: JsonNode, segments: readonly KeySegment[], path: string, lines: LineIndex): Array<{ node: JsonNode; keyPath: string }> {
  let frontier: Array<{ node: JsonNode; keyPath: string }> = [{ node: root, keyPath: '' }];
  for (const seg of segments) {
    const next: Array<{ node: JsonNode; keyPath: string }> = [];
    for (const { node, keyPath } of frontier) {
      const join = (k: string | number): string => (keyPath === '' ? String(k) : `${keyPath}.${k}`);
      if (node.kind === 'object') {
        const hits = node.entries.filter((e) => seg === '*' || e.key === String(seg));
        if (seg !== '*' && hits.length > 1) {
          const where = hits.map((h) => lines.lineOf(h.keyAt)).join(' and ');
          throw new FileError(path, `expected one key ${join(seg)}, found it on lines ${where}`, lines.lineOf((hits[1] as { keyAt: number }).keyAt));
        }
        for (const h of hits) next.push({ node: h.value, keyPath: join(h.key) });
      } else if (node.kind === 'array') {
        node.items.forEach((item, i) => {
          if (seg === '*' || seg === i) next.push({ node: item, keyPath: join(i) });
        });
      }
    }
    frontier = next;
  }
  return frontier;
}

// ---------------------------------------------------------------- shared checks

function accept(
  result: ReadResult,
  options: KeyPathOptions,
  path: string,
  hit: { keyPath: string; value: string; start: number; end: number; line: number },
): void {
  const problem = hit.value === '' ? 'the value is empty' : versionProblem(hit.value);
  if (problem) {
    if (options.optional) {
      result.skipped.push({ name: hit.keyPath, line: hit.line, value: hit.value, reason: hit.value === '' ? 'empty' : `not a version (${hit.value})` });
      return;
    }
    throw new FileError(path, `expected ${hit.keyPath} to hold a version: ${problem}`, hit.line);
  }
  result.refs.push({ name: hit.keyPath, line: hit.line, value: hit.value, start: hit.start, end: hit.end });
}

function missing(options: KeyPathOptions, path: string): ReadResult {
  if (!options.optional) throw new FileError(path, `expected a value at ${options.key}, found no such key`);
  const skipped: SkippedRef[] = [{ name: options.key, reason: 'no such key' }];
  return { refs: [] as VersionRef[], skipped };
}

// ---------------------------------------------------------------- JSON

export function readJsonKey(text: string, options: KeyPathOptions, path: string): ReadResult {
  const segments = parseKeyPath(options.key, path);
  const lines = new LineIndex(text);
  const root = new JsonScanner(text, path, lines).parse();
  const hits = findJsonNodes(root, segments, path, lines);
  if (hits.length === 0) return missing(options, path);
  const result: ReadResult = { refs: [], skipped: [] };
  for (const { node, keyPath } of hits) {
    const line = lines.lineOf(node.start);
    if (node.kind !== 'string') {
      const got = node.kind === 'literal' ? text.slice(node.start, node.end) : `an ${node.kind}`;
      if (options.optional) {
        result.skipped.push({ name: keyPath, line, reason: `not a version string (${got})` });
        continue;
      }
      throw new FileError(path, `expected ${keyPath} to be a version string like "1.2.3", got ${got}`, line);
    }
    const raw = text.slice(node.start + 1, node.end - 1);
    if (raw !== node.value) throw new FileError(path, `expected ${keyPath} to be written without escapes, got ${text.slice(node.start, node.end)}`, line);
    accept(result, options, path, { keyPath, value: raw, start: node.start + 1, end: node.end - 1, line });
  }
  return result;
}

export function updateJsonKey(text: string, next: string, options: KeyPathOptions, path: string): string {
  return applyRefs(text, readJsonKey(text, options, path).refs, checkNext(next)).text;
}

// ---------------------------------------------------------------- YAML

export function readYamlKey(text: string, options: KeyPathOptions, path: string): ReadResult {
  const segments = parseKeyPath(options.key, path);
  const doc = parseYaml(text, path);
  const lines = new LineIndex(text);
  const hits = findYamlNodes(doc.contents, segments);
  if (hits.length === 0) return missing(options, path);
  const result: ReadResult = { refs: [], skipped: [] };
  for (const hit of hits) {
    const span = scalarSpan(text, hit, lines, path, hit.keyPath);
    if (!span) {
      if (!options.optional) throw new FileError(path, `expected ${hit.keyPath} to hold a version, it has no value`);
      result.skipped.push({ name: hit.keyPath, reason: 'empty' });
      continue;
    }
    accept(result, options, path, { keyPath: hit.keyPath, ...span });
  }
  return result;
}

export function updateYamlKey(text: string, next: string, options: KeyPathOptions, path: string): string {
  return applyRefs(text, readYamlKey(text, options, path).refs, checkNext(next)).text;
}
