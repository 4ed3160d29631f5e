import { FileError } from '../runner/errors.js';
import {
  ChartValidator,
  lineIndex,
  NotCanonical,
  type ScanOptions,
  type ScannedChart,
  type ScannedEntry,
  type ScannedField,
  type ScannedIndex,
} from './index-model.js';

/**
 * The fast path: one pass over an index.yaml in the block layout Helm (and chart-releaser, and
 * most hand edits) write:
 *
 * ```yaml
 * apiVersion: v1
 * entries:
 *   chart-name:
 *   - apiVersion: v2
 *     description: folded plain scalars,
 *       over several lines
 *     annotations:
 *       key: |
 *         block scalars
 *     urls:
 *     - https://...
 *     version: 1.2.3
 * generated: "2024-01-02T03:04:05.123456789Z"
 * ```
 *
 * YAML requires every line that continues a value (a nested map or list, a folded plain scalar,
 * the rest of a quoted scalar, a block scalar) to be indented more than the key it belongs to.
 * So only lines at an entry's field column or to its left carry structure: top-level keys,
 * chart keys, entry dashes, entry fields and the items of their lists. Everything deeper is
 * skipped with one native regular-expression search per run of lines, unread. Values are
 * decoded only for the fields the merge needs (`version`, `digest`, `urls`, `deprecated`).
 * Line numbers are not counted while scanning; `lineOf` computes them when a message or a diff
 * needs one.
 *
 * Anything the scanner does not recognise with certainty (tabs, flow mappings under `entries`,
 * anchors or tags or multi-line values on the fields it reads, quoted or complex keys, `---`
 * in the middle, a plain value holding `: `) throws `NotCanonical`, and the caller hands the
 * text to the full YAML parser. Definite problems (duplicate keys, charts or versions, bad
 * digests, missing urls) throw a `FileError` naming the line.
 */

const SPACE = 32;
const TAB = 9;
const CR = 13;
const HASH = 35;
const DASH = 45;
const COLON = 58;
const DQUOTE = 34;
const SQUOTE = 39;

/** Characters that cannot start a plain key (or start something left to the parser). */
const KEY_INDICATORS = new Set(['&', '*', '!', '|', '>', '%', '@', '`', '{', '}', '[', ']', ',', '?', '#', '"', "'", ':', ' ']);

/** Regular expressions that find the next line indented at most `n` columns (blank lines skipped). */
const SHALLOW = new Map<number, RegExp>();
function shallowLine(n: number): RegExp {
  let re = SHALLOW.get(n);
  if (!re) {
    re = new RegExp(`\\n(?! {${n + 1}}|[ ]*\\r?\\n|[ ]*$)`, 'g');
    SHALLOW.set(n, re);
  }
  return re;
}

/** Index of the closing quote, or -1 when the quote does not close before `end`. */
function findQuoteEnd(text: string, from: number, end: number, quote: number): number {
  for (let k = from; k < end; k++) {
    const ch = text.charCodeAt(k);
    if (quote === DQUOTE) {
      if (ch === 92 /* \ */) {
        k++;
        continue;
      }
      if (ch === DQUOTE) return k;
    } else if (ch === SQUOTE) {
      if (k + 1 < end && text.charCodeAt(k + 1) === SQUOTE) {
        k++;
        continue;
      }
      return k;
    }
  }
  return -1;
}

/** Position of the `:` that ends a plain key on this line (followed by a space or the line end), or -1. */
function findKeyColon(text: string, from: number, end: number): number {
  for (let k = from; k < end; k++) {
    const ch = text.charCodeAt(k);
    if (ch === COLON) {
      if (k + 1 === end || text.charCodeAt(k + 1) === SPACE) return k;
    } else if (ch === HASH && k > from && text.charCodeAt(k - 1) === SPACE) {
      return -1;
    }
  }
  return -1;
}

/** The rest of the line after `from` is empty or a comment. */
function restIsBlank(text: string, from: number, end: number): boolean {
  let k = from;
  while (k < end && text.charCodeAt(k) === SPACE) k++;
  return k === end || (text.charCodeAt(k) === HASH && k > from);
}

/** End of a plain scalar on this line: before ` #` and trailing spaces. */
function plainEnd(text: string, from: number, end: number): number {
  let stop = end;
  for (let k = from + 1; k < end; k++) {
    if (text.charCodeAt(k) === HASH && text.charCodeAt(k - 1) === SPACE) {
      stop = k - 1;
      break;
    }
  }
  while (stop > from && text.charCodeAt(stop - 1) === SPACE) stop--;
  return stop;
}

/** A plain value in [from, to) that YAML would not read as one plain scalar (`: ` inside, a trailing `:`, a tab). */
function badPlain(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const ch = text.charCodeAt(k);
    if (ch === TAB) return true;
    if (ch === COLON && (k + 1 === to || text.charCodeAt(k + 1) === SPACE)) return true;
  }
  return false;
}

/** A key in [from, to) that is not a simple plain key. */
function badKey(text: string, from: number, to: number): boolean {
  if (to <= from) return true;
  const c0 = text[from]!;
  if (KEY_INDICATORS.has(c0) || (c0 === '-' && (to === from + 1 || text.charCodeAt(from + 1) === SPACE))) return true;
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === TAB) return true;
  return false;
}

const ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b',
  ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\x85', _: '\xa0', L: '\u2028', P: '\u2029',
};

/** A one-line scalar value starting at `vs`, decoded; undefined when it is not one. */
function oneLineScalar(text: string, vs: number, end: number): string | undefined {
  while (vs < end && text.charCodeAt(vs) === SPACE) vs++;
  if (vs >= end) return undefined;
  const ch = text.charCodeAt(vs);
  if (ch === DQUOTE) {
    const close = findQuoteEnd(text, vs + 1, end, ch);
    if (close < 0 || !restIsBlank(text, close + 1, end)) return undefined;
    const raw = text.slice(vs + 1, close);
    if (!raw.includes('\\')) return raw;
    let bad = false;
    const out = raw.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (_m, e: string) => {
      if (e.length > 1) return String.fromCodePoint(parseInt(e.slice(1), 16));
      const r = ESCAPES[e];
      if (r === undefined) bad = true;
      return r ?? '';
    });
    return bad ? undefined : out;
  }
  if (ch === SQUOTE) {
    const close = findQuoteEnd(text, vs + 1, end, ch);
    if (close < 0 || !restIsBlank(text, close + 1, end)) return undefined;
    return text.slice(vs + 1, close).replace(/''/g, "'");
  }
  const c = text[vs]!;
  if ('&*!|>%@`{[]},#?'.includes(c) || (c === '-' && (vs + 1 === end || text.charCodeAt(vs + 1) === SPACE))) return undefined;
  const stop = plainEnd(text, vs, end);
  if (badPlain(text, vs, stop)) return undefined;
  return text.slice(vs, stop);
}

interface EntryState {
  dashStart: number;
  start: number;
  dashIndent: number;
  fieldIndent: number;
  keys: Set<string>;
  /** The current field's value is a block collection on the following lines. */
  fieldChildren: boolean;
  fieldKey: string;
  version?: string;
  versionAt?: number;
  digest?: string;
  digestAt?: number;
  urls?: string[];
  urlsAt?: number;
  /** Column of the urls' dashes once the first one is seen. */
  urlIndent: number;
  deprecated?: string;
  fields?: ScannedField[];
}

interface ChartState {
  chart: ScannedChart;
  validator: ChartValidator;
  capture: boolean;
  /** Written `name: []` or `name:` with nothing: no entries may follow. */
  inline: boolean;
}

const IMPORTANT = new Set(['version', 'digest', 'urls', 'deprecated']);

export function scanIndexFast(text: string, file: string, options: ScanOptions = {}): ScannedIndex {
  const len = text.length;
  const lineOf = lineIndex(text);
  const notCanonical = (reason: string, at: number): never => {
    throw new NotCanonical(reason, lineOf(at));
  };
  if (text.charCodeAt(0) === 0xfeff) notCanonical('byte order mark', 0);
  const firstNl = text.indexOf('\n');
  const eol: '\n' | '\r\n' = firstNl > 0 && text.charCodeAt(firstNl - 1) === CR ? '\r\n' : '\n';

  const topKeys: ScannedIndex['topKeys'] = [];
  const seenTop = new Map<string, number>();
  let topKey: string | undefined;
  let apiVersion: string | undefined;
  let apiAt = 0;
  let entriesInfo: ScannedIndex['entries'] | undefined;
  let generated: ScannedIndex['generated'];
  let inEntries = false;
  let childIndent = -1;
  let dashOffset = -1;
  const charts: ScannedChart[] = [];
  const chartStarts = new Map<string, number>();
  let chart: ChartState | undefined;
  let entry: EntryState | undefined;
  let pendingComment = -1;
  let sawStructure = false;
  const entryKeys = new Set<string>();
  /** Lines indented more than this are skipped unread (-1: read every line). */
  let skipDeeper = -1;
  /** The last structural line must not be followed by deeper content (its value is complete). */
  let closedValue = false;

  const closeEntry = (end: number): void => {
    if (!entry || !chart) return;
    const e = entry;
    entry = undefined;
    const keep = chart.validator.check({
      at: e.dashStart,
      version: e.version,
      versionAt: e.versionAt,
      digest: e.digest,
      digestAt: e.digestAt,
      urls: e.urls,
      urlsAt: e.urlsAt,
    });
    if (!keep) {
      chart.chart.end = end;
      return;
    }
    if (e.fields && e.fields.length > 0) e.fields[e.fields.length - 1]!.end = end;
    const scanned: ScannedEntry = {
      version: e.version!,
      dashStart: e.dashStart,
      start: e.start,
      end,
      digest: e.digest,
      urls: e.urls ?? [],
      deprecated: e.deprecated,
      dashIndent: e.dashIndent,
      fieldIndent: e.fieldIndent,
    };
    if (e.fields) scanned.fields = e.fields;
    chart.chart.entries.push(scanned);
    chart.chart.end = end;
  };

  const closeChart = (end: number): void => {
    closeEntry(end);
    if (!chart) return;
    if (chart.chart.entries.length === 0) chart.chart.end = end;
    charts.push(chart.chart);
    chart = undefined;
  };

  let pos = 0;
  while (pos < len) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = len;
    const lineStart = pos;
    const cend = nl > pos && text.charCodeAt(nl - 1) === CR ? nl - 1 : nl;
    pos = nl + 1;

    let i = lineStart;
    while (i < cend && text.charCodeAt(i) === SPACE) i++;
    if (i === cend) continue; // blank line
    const indent = i - lineStart;
    const c = text.charCodeAt(i);

    if (skipDeeper >= 0 && indent > skipDeeper) {
      if (closedValue && c !== HASH) notCanonical('a deeper line after a value that must be complete', lineStart);
      // Jump over the whole run of deeper lines.
      const re = shallowLine(skipDeeper);
      re.lastIndex = lineStart;
      const m = re.exec(text);
      pos = m ? m.index + 1 : len;
      if (closedValue) {
        // Only comments may follow a complete value.
        for (let k = lineStart; k < pos; k = text.indexOf('\n', k) + 1 || pos) {
          let j = k;
          while (j < pos && text.charCodeAt(j) === SPACE) j++;
          const ch = text.charCodeAt(j);
          if (j < pos && ch !== HASH && ch !== 10 && ch !== CR) notCanonical('a deeper line after a value that must be complete', k);
        }
      }
      continue;
    }
    if (c === TAB) notCanonical('tab', lineStart);
    if (c === HASH) {
      if (pendingComment < 0) pendingComment = lineStart;
      continue;
    }
    const attachStart = pendingComment >= 0 ? pendingComment : lineStart;
    pendingComment = -1;
    closedValue = false;
    const isDash = c === DASH && (i + 1 === cend || text.charCodeAt(i + 1) === SPACE);

    if (indent === 0) {
      if (inEntries) {
        closeChart(attachStart);
        entriesInfo!.blockEnd = attachStart;
        inEntries = false;
      }
      if (isDash) {
        // go-yaml writes a list under a top-level key with its dashes at column 0.
        if (topKey === undefined || topKey === 'entries' || topKey === 'apiVersion' || topKey === 'generated') notCanonical('list at the top level', lineStart);
        skipDeeper = 0;
        continue;
      }
      if (text.startsWith('---', i) && (cend - i === 3 || text.charCodeAt(i + 3) === SPACE)) {
        if (sawStructure || !restIsBlank(text, i + 3, cend)) notCanonical('document marker', lineStart);
        continue;
      }
      if (text.startsWith('...', i) || c === 37 /* % */) notCanonical('directive or document end', lineStart);
      sawStructure = true;
      const colon = findKeyColon(text, i, cend);
      if (colon < 0 || badKey(text, i, colon)) notCanonical('a top-level line that is not a plain `key: value`', lineStart);
      const key = text.slice(i, colon);
      const first = seenTop.get(key);
      if (first !== undefined) throw new FileError(file, `duplicate top-level key '${key}' (first at line ${lineOf(first)})`, lineOf(lineStart));
      seenTop.set(key, lineStart);
      topKeys.push({ key, start: lineStart });
      topKey = key;
      skipDeeper = 0;
      if (key === 'entries') {
        const v = text.slice(colon + 1, plainEnd(text, colon + 1, cend)).trim();
        const next = Math.min(pos, len);
        entriesInfo = { start: lineStart, contentEnd: cend, next, inlineEmpty: false, childIndent: 2, dashOffset: 0, blockEnd: next, insertable: true };
        if (v === '') {
          inEntries = true;
          childIndent = -1;
          skipDeeper = -1;
        } else if (v === '{}' || v === 'null' || v === '~') {
          entriesInfo.inlineEmpty = true;
          closedValue = true;
        } else {
          notCanonical('entries is not a block mapping', lineStart);
        }
      } else if (key === 'apiVersion') {
        apiVersion = oneLineScalar(text, colon + 1, cend);
        apiAt = lineStart;
        if (apiVersion === undefined) notCanonical('apiVersion is not a one-line scalar', lineStart);
        closedValue = true;
      } else if (key === 'generated') {
        const value = oneLineScalar(text, colon + 1, cend);
        if (value === undefined) notCanonical('generated is not a one-line scalar', lineStart);
        generated = { start: lineStart, contentEnd: cend, value: value! };
        closedValue = true;
      }
      continue;
    }

    if (!inEntries) {
      if (topKey === undefined) notCanonical('an indented line before any key', lineStart);
      // Content of a top-level key other than entries: skipped.
      skipDeeper = 0;
      continue;
    }

    // Inside `entries:`.
    if (childIndent < 0) {
      childIndent = indent;
      entriesInfo!.childIndent = indent;
    }
    if (indent < childIndent) notCanonical('a line indented less than the chart keys', lineStart);

    if (entry) {
      const e = entry;
      if (e.fieldKey === 'urls' && e.fieldChildren && isDash && indent >= e.fieldIndent && (e.urlIndent < 0 || indent === e.urlIndent)) {
        // An item of urls (`- url`, at the field column or indented).
        e.urlIndent = indent;
        const v = oneLineScalar(text, i + 2, cend);
        if (v === undefined) notCanonical('a url that is not a one-line scalar', lineStart);
        e.urls!.push(v!);
        skipDeeper = indent;
        closedValue = true;
        continue;
      }
      if (indent > e.fieldIndent) {
        // Deeper content that was not skipped (after urls:): leave it to the parser.
        notCanonical('unexpected nesting under urls', lineStart);
      }
      if (indent === e.fieldIndent) {
        if (isDash) {
          // An item of the current field's list, go-yaml style (dashes at the key's column).
          if (!e.fieldChildren || e.fieldKey === 'urls') notCanonical('a list item after a complete value', lineStart);
          skipDeeper = indent;
          continue;
        }
        field(i, cend, lineStart, false);
        continue;
      }
      closeEntry(attachStart);
    }

    if (chart && isDash) {
      if (chart.inline) notCanonical('entries after an inline empty chart value', lineStart);
      const c0 = chart.chart;
      if (c0.dashIndent < 0) {
        const want = dashOffset >= 0 ? childIndent + dashOffset : -1;
        if (want >= 0 ? indent !== want : indent !== childIndent && indent !== childIndent + 2) notCanonical('an entry dash at an unexpected column', lineStart);
        c0.dashIndent = indent;
        if (dashOffset < 0) {
          dashOffset = indent - childIndent;
          entriesInfo!.dashOffset = dashOffset;
        }
      } else if (indent !== c0.dashIndent) {
        notCanonical('an entry dash at an unexpected column', lineStart);
      }
      let j = i + 1;
      while (j < cend && text.charCodeAt(j) === SPACE) j++;
      if (j >= cend || text.charCodeAt(j) === HASH) notCanonical('an entry without a key on its dash line', lineStart);
      entryKeys.clear();
      entry = {
        dashStart: lineStart,
        start: attachStart,
        dashIndent: indent,
        fieldIndent: j - lineStart,
        keys: entryKeys,
        fieldChildren: false,
        fieldKey: '',
        urlIndent: -1,
      };
      if (chart.capture) entry.fields = [];
      field(j, cend, lineStart, true);
      continue;
    }

    if (indent === childIndent && !isDash) {
      closeChart(attachStart);
      const colon = findKeyColon(text, i, cend);
      if (colon < 0 || badKey(text, i, colon)) notCanonical('a chart line that is not a plain `name:`', lineStart);
      const name = text.slice(i, colon);
      const first = chartStarts.get(name);
      if (first !== undefined) throw new FileError(file, `chart '${name}' appears twice under entries (first at line ${lineOf(first)})`, lineOf(lineStart));
      chartStarts.set(name, lineStart);
      const v = text.slice(colon + 1, plainEnd(text, colon + 1, cend)).trim();
      let insertable = true;
      let inline = false;
      if (v === '[]' || v === 'null' || v === '~') {
        insertable = false;
        inline = true;
        closedValue = true;
      } else if (v !== '') {
        notCanonical('a chart whose value is not a list', lineStart);
      }
      const bodyStart = Math.min(pos, len);
      chart = {
        chart: { name, keyStart: lineStart, start: attachStart, bodyStart, end: bodyStart, keyIndent: indent, dashIndent: -1, entries: [], insertable },
        validator: new ChartValidator(file, name, lineOf, options.lenient),
        capture: options.captureChart === name,
        inline,
      };
      skipDeeper = inline ? childIndent : -1;
      continue;
    }
    notCanonical('an unexpected line under entries', lineStart);
  }

  const end = pendingComment >= 0 ? pendingComment : len;
  if (inEntries) {
    closeChart(end);
    entriesInfo!.blockEnd = end;
  }

  if (topKeys.length === 0) throw new FileError(file, 'the index has no content (no apiVersion, no entries)', 1);
  if (apiVersion === undefined) throw new FileError(file, 'the index has no apiVersion', 1);
  if (apiVersion !== 'v1') throw new FileError(file, `unsupported index apiVersion '${apiVersion}' (expected v1)`, lineOf(apiAt));
  if (!entriesInfo) throw new FileError(file, 'the index has no entries key', 1);

  return { shape: 'canonical', apiVersion, entries: entriesInfo, charts, generated, topKeys, eol, lineOf };

  /** A key of the current entry, starting at `j` (its column is the entry's field indent). */
  function field(j: number, cend: number, lineStart: number, onDashLine: boolean): void {
    const e = entry!;
    const colon = findKeyColon(text, j, cend);
    if (colon < 0 || badKey(text, j, colon)) notCanonical('an entry line that is not a plain `key: value`', lineStart);
    const key = text.slice(j, colon);
    if (e.keys.has(key)) {
      throw new FileError(file, `duplicate key '${key}' in the entry of chart '${chart!.chart.name}' that starts at line ${lineOf(e.dashStart)}`, lineOf(lineStart));
    }
    e.keys.add(key);
    if (e.fields) {
      const last = e.fields[e.fields.length - 1];
      if (last) last.end = lineStart;
    }
    let vs = colon + 1;
    while (vs < cend && text.charCodeAt(vs) === SPACE) vs++;
    const children = vs >= cend || text.charCodeAt(vs) === HASH;
    e.fieldChildren = children;
    e.fieldKey = key;
    skipDeeper = e.fieldIndent;
    let value: string | undefined;
    const important = IMPORTANT.has(key);
    if (!children) {
      // A plain value holding `: ` (or ending with `:`) is not one scalar: YAML refuses it.
      const c0 = text.charCodeAt(vs);
      if (c0 !== DQUOTE && c0 !== SQUOTE && c0 !== 124 && c0 !== 62 && c0 !== 91 && c0 !== 123) {
        const cs = text.indexOf(': ', vs);
        if ((cs >= 0 && cs < cend) || text.charCodeAt(cend - 1) === COLON) notCanonical('a plain value holding ": "', lineStart);
      }
    }
    if (!children && (important || e.fields)) {
      const ch = text.charCodeAt(vs);
      if (important && (ch === 91 || ch === 123) && !(key === 'urls' && text.slice(vs, plainEnd(text, vs, cend)) === '[]')) {
        notCanonical(`${key} written as a flow collection`, lineStart);
      }
      value = oneLineScalar(text, vs, cend);
    }
    if (important) {
      closedValue = !children;
      switch (key) {
        case 'version':
          if (value === undefined) notCanonical('version is not a one-line scalar', lineStart);
          e.version = value;
          e.versionAt = lineStart;
          break;
        case 'digest':
          if (value === undefined) notCanonical('digest is not a one-line scalar', lineStart);
          e.digest = value;
          e.digestAt = lineStart;
          break;
        case 'urls':
          e.urlsAt = lineStart;
          e.urls = [];
          if (children) skipDeeper = -1;
          else if (text.slice(vs, plainEnd(text, vs, cend)) !== '[]') notCanonical('urls is not a list', lineStart);
          break;
        case 'deprecated':
          e.deprecated = value;
          break;
      }
    }
    if (e.fields) e.fields.push({ key, start: lineStart, end: lineStart, onDashLine, value });
  }
}
