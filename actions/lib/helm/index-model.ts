import semver from 'semver';
import { FileError } from '../runner/errors.js';
import { SHA256_HEX } from './index-entry.js';

/**
 * What the index scanners (the fast line scanner and the `yaml` fallback) learn about an
 * existing index.yaml: where each chart and each version sits (offsets into the text, so that a
 * new entry can be inserted without touching any other line) and the few values the merge
 * needs. Offsets are UTF-16 indices into the string; `start`/`end` offsets are line starts.
 * Line numbers are computed on demand with `lineOf` (the fast scanner never counts lines it
 * skips).
 */
export interface ScannedField {
  key: string;
  /** Start of the field's first line. */
  start: number;
  /** Just after the field's last line (continuation lines included). */
  end: number;
  /** The field is the first key of the entry, on the `- ` line. */
  onDashLine: boolean;
  /** The decoded scalar value, when it is a one-line scalar. */
  value?: string;
}

export interface ScannedEntry {
  version: string;
  /** Start of the line of the `- ` that starts the entry. */
  dashStart: number;
  /** Where an entry inserted before this one goes (before comment lines attached to it). */
  start: number;
  /** Just after the entry's last line. */
  end: number;
  digest?: string;
  /** The entry's urls as written (relative ones resolve against the repository URL). */
  urls: string[];
  deprecated?: string;
  dashIndent: number;
  fieldIndent: number;
  /** The entry's fields, recorded only for the chart the scan was asked to capture. */
  fields?: ScannedField[];
}

export interface ScannedChart {
  name: string;
  /** Start of the chart key's line. */
  keyStart: number;
  /** Where a chart inserted before this one goes. */
  start: number;
  /** Just after the chart key's line: where a first entry goes when the chart has none. */
  bodyStart: number;
  /** Just after the chart's last entry. */
  end: number;
  keyIndent: number;
  /** Column of the entries' dashes, or -1 when the chart has no entries. */
  dashIndent: number;
  entries: ScannedEntry[];
  /** False when the chart's list is written inline (`name: []`) so lines cannot simply be inserted. */
  insertable: boolean;
}

export interface ScannedIndex {
  /** `canonical`: read by the line scanner; `yaml`: read by the full YAML parser. */
  shape: 'canonical' | 'yaml';
  apiVersion: string;
  entries: {
    /** Start of the `entries:` line, and its end without the line break. */
    start: number;
    contentEnd: number;
    /** Just after the `entries:` line. */
    next: number;
    /** `entries: {}` (or null): the line itself must change when the first chart is added. */
    inlineEmpty: boolean;
    /** Column of the chart keys (2 in Helm's output). */
    childIndent: number;
    /** Dash column minus key column (0 in Helm's output: sequences are not indented). */
    dashOffset: number;
    /** Just after the last chart. */
    blockEnd: number;
    /** False when new chart keys cannot be inserted as lines (a flow mapping). */
    insertable: boolean;
  };
  charts: ScannedChart[];
  generated?: { start: number; contentEnd: number; value: string };
  /** Top-level keys in file order, with the start of their line. */
  topKeys: { key: string; start: number }[];
  eol: '\n' | '\r\n';
  /** The 1-based line number of an offset. */
  lineOf(offset: number): number;
}

export interface ScanOptions {
  /** Record the fields of every entry of this chart (used to edit one entry, e.g. deprecate). */
  captureChart?: string;
  /**
   * Read as Helm's loadIndex (a repository we do not own): an entry without a SemVer version is
   * skipped, a bad digest, missing urls or a repeated version are kept; each noted here.
   */
  lenient?: string[];
}

/** `lineOf` for a text: the line starts are indexed on the first call (one pass), then binary search. */
export function lineIndex(text: string): (offset: number) => number {
  let starts: Int32Array | undefined;
  return (offset: number): number => {
    if (!starts) {
      let buf = new Int32Array(Math.max(1024, text.length >> 5));
      let n = 1;
      for (let k = text.indexOf('\n'); k >= 0; k = text.indexOf('\n', k + 1)) {
        if (n === buf.length) {
          const bigger = new Int32Array(buf.length * 2);
          bigger.set(buf);
          buf = bigger;
        }
        buf[n++] = k + 1;
      }
      starts = buf.subarray(0, n);
    }
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/** The index is not in the shape the line scanner reads; the YAML parser takes over. */
export class NotCanonical extends Error {
  constructor(
    readonly reason: string,
    readonly line: number,
  ) {
    super(`line ${line}: ${reason}`);
  }
}

const SEMVER2 =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

/** A version as Helm's index accepts it: SemVer 2 (build metadata allowed), optionally with a leading `v`. */
export function indexVersionProblem(version: string): string | undefined {
  const bare = version.startsWith('v') ? version.slice(1) : version;
  if (!SEMVER2.test(bare)) return `'${version}' is not a SemVer 2 version`;
  return undefined;
}

/** The key under which two spellings of one version meet (`v1.2.3` and `1.2.3`). */
export function versionKey(version: string): string {
  return version.startsWith('v') ? version.slice(1) : version;
}

export function compareIndexVersions(a: string, b: string): number {
  return semver.compare(versionKey(a), versionKey(b));
}

/** Per-chart bookkeeping shared by both scanners to validate entries as they are read. */
export class ChartValidator {
  private readonly seen = new Map<string, number>();

  constructor(
    readonly file: string,
    readonly chart: string,
    private readonly lineOf: (offset: number) => number,
    /** Lenient reading: problems are noted here instead of thrown (see ScanOptions.lenient). */
    private readonly lenient?: string[],
  ) {}

  /**
   * Checks one entry: true to keep it. Strict: throws a FileError naming the line. Lenient: an
   * entry Helm would skip gives false, other problems are noted and the entry kept. Positions
   * are offsets of the entry's dash line and of each field's line that was present.
   */
  check(e: { at: number; version?: string; versionAt?: number; digest?: string; digestAt?: number; urls?: string[]; urlsAt?: number }): boolean {
    if (!this.lenient) {
      this.strict(e);
      return true;
    }
    try {
      this.strict(e);
      return true;
    } catch (err) {
      if (!(err instanceof FileError)) throw err;
      const skip = e.version === undefined || indexVersionProblem(e.version) !== undefined;
      this.lenient.push(`${err.message}${skip ? '; skipped, as Helm skips it' : '; kept, as Helm keeps it'}`);
      return !skip;
    }
  }

  private strict(e: { at: number; version?: string; versionAt?: number; digest?: string; digestAt?: number; urls?: string[]; urlsAt?: number }): void {
    const { file, chart, lineOf } = this;
    if (e.version === undefined) throw new FileError(file, `an entry of chart '${chart}' has no version`, lineOf(e.at));
    const vp = indexVersionProblem(e.version);
    if (vp) throw new FileError(file, `chart '${chart}': version ${vp}`, lineOf(e.versionAt ?? e.at));
    const key = versionKey(e.version);
    const first = this.seen.get(key);
    if (first !== undefined) {
      const line = lineOf(e.versionAt ?? e.at);
      throw new FileError(file, `chart '${chart}' lists version ${e.version} twice (lines ${lineOf(first)} and ${line})`, line);
    }
    this.seen.set(key, e.versionAt ?? e.at);
    if (e.digest !== undefined && !SHA256_HEX.test(e.digest)) {
      throw new FileError(file, `chart '${chart}' version ${e.version}: digest '${e.digest}' is not a sha256 digest (64 lowercase hex digits)`, lineOf(e.digestAt ?? e.at));
    }
    if (!e.urls || e.urls.length === 0) {
      throw new FileError(file, `chart '${chart}' version ${e.version} has no urls`, lineOf(e.urlsAt ?? e.at));
    }
    for (const u of e.urls) {
      if (u.trim() === '') throw new FileError(file, `chart '${chart}' version ${e.version} has an empty url`, lineOf(e.urlsAt ?? e.at));
    }
  }
}
