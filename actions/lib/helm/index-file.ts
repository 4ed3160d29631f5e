import { FileError } from '../runner/errors.js';
import { emitDocument, type YamlValue } from './goyaml.js';
import { indexEntryValue, type IndexEntry } from './index-entry.js';
import { NotCanonical, type ScanOptions, type ScannedIndex } from './index-model.js';
import { scanIndexFast } from './index-scan.js';
import { scanIndexYaml } from './index-yaml.js';

/**
 * Reading a repository index.yaml: the line scanner first, the full YAML parser when the file
 * is not in the block shape the scanner reads. Both validate the index strictly and throw a
 * `FileError` (file and line) for an index that must not be written to: empty, no apiVersion,
 * no entries, duplicate keys, charts or versions, an invalid SemVer version, a digest that is
 * not sha256 hex, an entry without urls.
 */
export interface ScanResult {
  scan: ScannedIndex;
  /** Why the line scanner handed over to the YAML parser, when it did. */
  fallbackReason?: string;
}

/**
 * The existing index as the scanners see it: a string, or raw UTF-8 bytes held as a latin1
 * string (one character per byte, so decoding and re-encoding 25 MB costs a copy, not a UTF-8
 * pass). The line scanner only looks at ASCII structure, so it reads both the same way; `enc`
 * and `dec` convert between real text and this representation.
 */
export interface Source {
  s: string;
  binary: boolean;
  enc(text: string): string;
  dec(text: string): string;
}

const identity = (t: string): string => t;

function isBlank(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9) return false;
  }
  return true;
}

export function toSource(input: string | Uint8Array): Source {
  if (typeof input === 'string') return { s: input, binary: false, enc: identity, dec: identity };
  const s = Buffer.from(input.buffer, input.byteOffset, input.byteLength).toString('latin1');
  return {
    s,
    binary: true,
    enc: (t) => (/[\u0080-\uffff]/.test(t) ? Buffer.from(t, 'utf8').toString('latin1') : t),
    dec: (t) => (/[\u0080-\uffff]/.test(t) ? Buffer.from(t, 'latin1').toString('utf8') : t),
  };
}

/**
 * Scans a source: the line scanner first; when it hands over, the YAML parser on the decoded
 * text (the returned `src` is then the decoded text).
 */
export function scanSource(src: Source, file: string, options: ScanOptions = {}): ScanResult & { src: Source } {
  if (isBlank(src.s)) throw new FileError(file, 'the index is empty', 1);
  try {
    return { src, scan: scanIndexFast(src.s, file, options) };
  } catch (e) {
    if (!(e instanceof NotCanonical)) throw e;
    const text = src.binary ? toSource(src.dec(src.s)) : src;
    const opts = options.captureChart !== undefined ? { captureChart: src.dec(options.captureChart) } : options;
    const { scan } = scanIndexYaml(text.s, file, opts);
    return { src: text, scan, fallbackReason: e.message };
  }
}

export function scanIndex(text: string, file = 'index.yaml', options: ScanOptions = {}): ScanResult {
  if (isBlank(text)) throw new FileError(file, 'the index is empty', 1);
  try {
    return { scan: scanIndexFast(text, file, options) };
  } catch (e) {
    if (!(e instanceof NotCanonical)) throw e;
    const { scan } = scanIndexYaml(text, file, options);
    return { scan, fallbackReason: e.message };
  }
}

export interface IndexVersionSummary {
  version: string;
  digest?: string;
  urls: string[];
  deprecated: boolean;
  line: number;
}

export interface IndexSummary {
  apiVersion: string;
  charts: { name: string; line: number; versions: IndexVersionSummary[] }[];
  /** How the file was read: `canonical` by the line scanner, `yaml` by the full parser. */
  shape: 'canonical' | 'yaml';
}

/** The charts and versions of an index, validated (throws `FileError` for a malformed index). */
export function readIndex(text: string | Uint8Array, file = 'index.yaml', options: ScanOptions = {}): IndexSummary {
  const { scan, src } = scanSource(toSource(text), file, options);
  return {
    apiVersion: scan.apiVersion,
    shape: scan.shape,
    charts: scan.charts.map((c) => ({
      name: src.dec(c.name),
      line: scan.lineOf(c.keyStart),
      versions: c.entries.map((e) => ({ version: e.version, digest: e.digest, urls: e.urls.map(src.dec), deprecated: e.deprecated === 'true', line: scan.lineOf(e.dashStart) })),
    })),
  };
}

/** A new index holding one entry, exactly as `helm repo index` writes it. */
export function renderNewIndex(entry: IndexEntry, generated: string): string {
  const value: YamlValue = {
    apiVersion: 'v1',
    entries: { [entry.metadata.name]: [indexEntryValue(entry, generated)] },
    generated,
  };
  return emitDocument(value);
}
