/**
 * A small YAML emitter that writes values the way Helm writes `index.yaml`.
 *
 * Helm marshals the index with sigs.k8s.io/yaml: Go struct -> JSON -> go-yaml v2. So every
 * mapping is sorted with go-yaml's key order (natural order for digit runs, non-letters
 * before letters), strings that would resolve to another type are double-quoted, strings
 * that cannot be plain are single-quoted, multi-line strings are literal blocks, long
 * scalars are folded at the first space past column 80, and sequences inside mappings are
 * not indented. This module mirrors those rules so a rendered entry is byte-for-byte what
 * `helm repo index` would write for the same data. It is pure and has no dependencies.
 */

/** A JSON-like value as it goes into the index. `undefined` members of objects are skipped. */
export type YamlValue = string | number | boolean | null | YamlValue[] | { [key: string]: YamlValue | undefined };

const BEST_WIDTH = 80;
const BEST_INDENT = 2;

const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;

/** go-yaml v2's ordering of string map keys (keyList.Less): a negative number when a sorts first. */
export function goKeyCompare(a: string, b: string): number {
  if (a === b) return 0;
  return goKeyLess(a, b) ? -1 : 1;
}

function goKeyLess(a: string, b: string): boolean {
  const ar = Array.from(a);
  const br = Array.from(b);
  for (let i = 0; i < ar.length && i < br.length; i++) {
    const ac = ar[i]!;
    const bc = br[i]!;
    if (ac === bc) continue;
    const al = LETTER.test(ac);
    const bl = LETTER.test(bc);
    if (al && bl) return ac.codePointAt(0)! < bc.codePointAt(0)!;
    if (al || bl) return bl;
    let an = 0;
    let bn = 0;
    if (ac === '0' || bc === '0') {
      for (let j = i - 1; j >= 0 && DIGIT.test(ar[j]!); j--) {
        if (ar[j] !== '0') {
          an = 1;
          bn = 1;
          break;
        }
      }
    }
    let ai = i;
    for (; ai < ar.length && DIGIT.test(ar[ai]!); ai++) an = an * 10 + (ar[ai]!.charCodeAt(0) - 48);
    let bi = i;
    for (; bi < br.length && DIGIT.test(br[bi]!); bi++) bn = bn * 10 + (br[bi]!.charCodeAt(0) - 48);
    if (an !== bn) return an < bn;
    if (ai !== bi) return ai < bi;
    return ac.codePointAt(0)! < bc.codePointAt(0)!;
  }
  return ar.length < br.length;
}

// ---------------------------------------------------------------------------------------------
// go-yaml v2 `resolve`: would this text, written plain, be read back as something else?

const RESOLVE_MAP = new Set([
  'y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON',
  'n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF',
  '', '~', 'null', 'Null', 'NULL',
  '.nan', '.NaN', '.NAN', '.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF', '-.inf', '-.Inf', '-.INF',
  '<<',
]);

const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const BASE60_FLOAT = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;

/** Go's strconv.ParseInt/ParseUint with base 0 (sign, 0x/0o/0b/0 prefixes, `_` only after a prefix). */
function goParsesAsInt(s: string): boolean {
  let t = s;
  if (t.startsWith('+') || t.startsWith('-')) t = t.slice(1);
  if (t === '') return false;
  let digits: RegExp;
  let body = t;
  let prefixed = false;
  if (/^0[xX]/.test(t)) {
    digits = /^[0-9a-fA-F]+$/;
    body = t.slice(2);
    prefixed = true;
  } else if (/^0[oO]/.test(t)) {
    digits = /^[0-7]+$/;
    body = t.slice(2);
    prefixed = true;
  } else if (/^0[bB]/.test(t)) {
    digits = /^[01]+$/;
    body = t.slice(2);
    prefixed = true;
  } else if (t.length > 1 && t.startsWith('0')) {
    digits = /^[0-7]+$/;
    body = t.slice(1);
    prefixed = true;
  } else {
    digits = /^[0-9]+$/;
  }
  if (prefixed && body.includes('_')) {
    // Go allows underscores between digits when a base prefix is present.
    if (/^_|__|_$/.test(body)) return false;
    body = body.replace(/_/g, '');
  }
  return body !== '' && digits.test(body);
}

/** Go's strconv.ParseFloat accepts more than YAML's float regex (e.g. "1e5", "Inf", "0x1p-2"). */
function goParsesAsFloat(s: string): boolean {
  if (/^[+-]?(inf|infinity|nan)$/i.test(s)) return true;
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s)) return true;
  return /^[+-]?0[xX]([0-9a-fA-F]+\.?[0-9a-fA-F]*|\.[0-9a-fA-F]+)[pP][+-]?\d+$/.test(s);
}

const TIMESTAMP_FORMATS: RegExp[] = [
  // 2006-1-2T15:4:5.999999999Z07:00 (also lower-case t)
  /^\d{4}-\d{1,2}-\d{1,2}[Tt]\d{1,2}:\d{1,2}:\d{1,2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/,
  // 2006-1-2 15:4:5.999999999
  /^\d{4}-\d{1,2}-\d{1,2} \d{1,2}:\d{1,2}:\d{1,2}(\.\d+)?$/,
  // 2006-1-2
  /^\d{4}-\d{1,2}-\d{1,2}$/,
];

function looksLikeTimestamp(s: string): boolean {
  if (!/^\d{4}-/.test(s)) return false;
  return TIMESTAMP_FORMATS.some((re) => re.test(s));
}

/** True when go-yaml v2 would write `s` quoted because, plain, it would not read back as a string. */
export function resolvesToNonString(s: string): boolean {
  if (RESOLVE_MAP.has(s)) return true;
  const c = s.charAt(0);
  if (c === '.') return goParsesAsFloat(s);
  if (c === '+' || c === '-' || (c >= '0' && c <= '9')) {
    if (looksLikeTimestamp(s)) return true;
    const plain = s.replace(/_/g, '');
    if (goParsesAsInt(plain)) return true;
    if (YAML_STYLE_FLOAT.test(plain) && goParsesAsFloat(plain)) return true;
    if (/^-?0b[01]+$/.test(plain)) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Scalar analysis (yaml_emitter_analyze_scalar) and writers.

function isPrintable(cp: number): boolean {
  return (
    cp === 0x0a ||
    (cp >= 0x20 && cp <= 0x7e) ||
    (cp >= 0xa0 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd && cp !== 0xfeff)
  );
}

function isBreak(cp: number | undefined): boolean {
  return cp === 0x0d || cp === 0x0a || cp === 0x85 || cp === 0x2028 || cp === 0x2029;
}

function isBlankZ(cp: number | undefined): boolean {
  return cp === undefined || cp === 0x20 || cp === 0x09 || cp === 0 || isBreak(cp);
}

interface ScalarAnalysis {
  multiline: boolean;
  blockPlainAllowed: boolean;
  singleQuotedAllowed: boolean;
  blockAllowed: boolean;
}

function analyzeScalar(cps: number[]): ScalarAnalysis {
  if (cps.length === 0) {
    return { multiline: false, blockPlainAllowed: true, singleQuotedAllowed: true, blockAllowed: false };
  }
  let blockIndicators = false;
  let lineBreaks = false;
  let special = false;
  let leadingSpace = false;
  let leadingBreak = false;
  let trailingSpace = false;
  let trailingBreak = false;
  let breakSpace = false;
  let spaceBreak = false;
  let precededByWhitespace = true;
  let previousSpace = false;
  let previousBreak = false;
  const n = cps.length;
  if (n >= 3) {
    const head = String.fromCodePoint(cps[0]!, cps[1]!, cps[2]!);
    if (head === '---' || head === '...') blockIndicators = true;
  }
  for (let i = 0; i < n; i++) {
    const cp = cps[i]!;
    const followedByWhitespace = i + 1 >= n || cps[i + 1] === 0x20 || cps[i + 1] === 0x09 || isBreak(cps[i + 1]);
    const ch = String.fromCodePoint(cp);
    if (i === 0) {
      if ('#,[]{}&*!|>\'"%@`'.includes(ch)) blockIndicators = true;
      else if ((ch === '?' || ch === ':') && followedByWhitespace) blockIndicators = true;
      else if (ch === '-' && followedByWhitespace) blockIndicators = true;
    } else if (ch === ':' && followedByWhitespace) {
      blockIndicators = true;
    } else if (ch === '#' && precededByWhitespace) {
      blockIndicators = true;
    }
    if (!isPrintable(cp)) special = true;
    if (cp === 0x20) {
      if (i === 0) leadingSpace = true;
      if (i === n - 1) trailingSpace = true;
      if (previousBreak) breakSpace = true;
      previousSpace = true;
      previousBreak = false;
    } else if (isBreak(cp)) {
      lineBreaks = true;
      if (i === 0) leadingBreak = true;
      if (i === n - 1) trailingBreak = true;
      if (previousSpace) spaceBreak = true;
      previousSpace = false;
      previousBreak = true;
    } else {
      previousSpace = false;
      previousBreak = false;
    }
    precededByWhitespace = isBlankZ(cp);
  }
  let blockPlainAllowed = true;
  let singleQuotedAllowed = true;
  let blockAllowed = true;
  if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) blockPlainAllowed = false;
  if (trailingSpace) blockAllowed = false;
  if (breakSpace) {
    blockPlainAllowed = false;
    singleQuotedAllowed = false;
  }
  if (spaceBreak || special) {
    blockPlainAllowed = false;
    singleQuotedAllowed = false;
    blockAllowed = false;
  }
  if (lineBreaks) blockPlainAllowed = false;
  if (blockIndicators) blockPlainAllowed = false;
  return { multiline: lineBreaks, blockPlainAllowed, singleQuotedAllowed, blockAllowed };
}

type Style = 'plain' | 'single' | 'double' | 'literal';

/** The style go-yaml v2 picks for a string (stringv + select_scalar_style, block context). */
function stringStyle(s: string, cps: number[], simpleKey: boolean): Style {
  const canUsePlain = !resolvesToNonString(s) && !(BASE60_FLOAT.test(s) && s.includes(':'));
  let style: Style = s.includes('\n') ? 'literal' : canUsePlain ? 'plain' : 'double';
  const a = analyzeScalar(cps);
  if (simpleKey && a.multiline) style = 'double';
  if (style === 'plain') {
    if (!a.blockPlainAllowed) style = 'single';
    if (cps.length === 0 && simpleKey) style = 'single';
  }
  if (style === 'single' && !a.singleQuotedAllowed) style = 'double';
  if (style === 'literal' && (!a.blockAllowed || simpleKey)) style = 'double';
  return style;
}

/** Writes text while tracking the column the way libyaml does (one column per code point). */
class Writer {
  out = '';
  column = 0;
  whitespace = true;
  indention = true;

  put(s: string): void {
    this.out += s;
    this.column += s.length; // only ASCII goes through put()
  }

  char(cp: number): void {
    this.out += String.fromCodePoint(cp);
    this.column += 1;
  }

  newline(): void {
    this.out += '\n';
    this.column = 0;
    this.indention = true;
  }

  /** yaml_emitter_write_indent. */
  indent(indent: number): void {
    const n = Math.max(indent, 0);
    if (!this.indention || this.column > n || (this.column === n && !this.whitespace)) this.newline();
    while (this.column < n) this.put(' ');
    this.whitespace = true;
    this.indention = true;
  }

  indicator(s: string, needWhitespace: boolean, isWhitespace: boolean, isIndention: boolean): void {
    if (needWhitespace && !this.whitespace) this.put(' ');
    this.put(s);
    this.whitespace = isWhitespace;
    this.indention = this.indention && isIndention;
  }
}

function writePlain(w: Writer, cps: number[], indent: number, allowBreaks: boolean): void {
  if (cps.length > 0 && !w.whitespace) w.put(' ');
  let spaces = false;
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i]!;
    if (cp === 0x20) {
      if (allowBreaks && !spaces && w.column > BEST_WIDTH && cps[i + 1] !== 0x20) {
        w.indent(indent);
      } else {
        w.char(cp);
      }
      spaces = true;
    } else {
      w.char(cp);
      w.indention = false;
      spaces = false;
    }
  }
  if (cps.length > 0) w.whitespace = false;
  w.indention = false;
}

function writeBreak(w: Writer, cp: number): void {
  if (cp === 0x0a) {
    w.newline();
  } else {
    w.out += String.fromCodePoint(cp);
    w.column = 0;
    w.indention = true;
  }
}

function writeSingleQuoted(w: Writer, cps: number[], indent: number, allowBreaks: boolean): void {
  w.indicator("'", true, false, false);
  let spaces = false;
  let breaks = false;
  const n = cps.length;
  for (let i = 0; i < n; i++) {
    const cp = cps[i]!;
    if (cp === 0x20) {
      if (allowBreaks && !spaces && w.column > BEST_WIDTH && i > 0 && i < n - 1 && cps[i + 1] !== 0x20) {
        w.indent(indent);
      } else {
        w.char(cp);
      }
      spaces = true;
    } else if (isBreak(cp)) {
      if (!breaks && cp === 0x0a) w.newline();
      writeBreak(w, cp);
      breaks = true;
    } else {
      if (breaks) w.indent(indent);
      if (cp === 0x27) w.put("'");
      w.char(cp);
      w.indention = false;
      spaces = false;
      breaks = false;
    }
  }
  w.indicator("'", false, false, false);
  w.whitespace = false;
  w.indention = false;
}

const DOUBLE_ESCAPES: Record<number, string> = {
  0x00: '0', 0x07: 'a', 0x08: 'b', 0x09: 't', 0x0a: 'n', 0x0b: 'v', 0x0c: 'f', 0x0d: 'r', 0x1b: 'e',
  0x22: '"', 0x5c: '\\', 0x85: 'N', 0xa0: '_', 0x2028: 'L', 0x2029: 'P',
};

function writeDoubleQuoted(w: Writer, cps: number[], indent: number, allowBreaks: boolean): void {
  let spaces = false;
  w.indicator('"', true, false, false);
  const n = cps.length;
  for (let i = 0; i < n; i++) {
    const cp = cps[i]!;
    if (!isPrintable(cp) || cp === 0xfeff || isBreak(cp) || cp === 0x22 || cp === 0x5c) {
      w.put('\\');
      const esc = DOUBLE_ESCAPES[cp];
      if (esc !== undefined) {
        w.put(esc);
      } else if (cp <= 0xff) {
        w.put('x' + cp.toString(16).toUpperCase().padStart(2, '0'));
      } else if (cp <= 0xffff) {
        w.put('u' + cp.toString(16).toUpperCase().padStart(4, '0'));
      } else {
        w.put('U' + cp.toString(16).toUpperCase().padStart(8, '0'));
      }
      spaces = false;
    } else if (cp === 0x20) {
      if (allowBreaks && !spaces && w.column > BEST_WIDTH && i > 0 && i < n - 1) {
        w.indent(indent);
        if (cps[i + 1] === 0x20) w.put('\\');
      } else {
        w.char(cp);
      }
      spaces = true;
    } else {
      w.char(cp);
      spaces = false;
    }
  }
  w.indicator('"', false, false, false);
  w.whitespace = false;
  w.indention = false;
}

function writeLiteral(w: Writer, cps: number[], indent: number): void {
  w.indicator('|', true, false, false);
  if (cps[0] === 0x20 || isBreak(cps[0])) w.indicator(String(BEST_INDENT), false, false, false);
  let chomp = '';
  const n = cps.length;
  if (n === 0 || !isBreak(cps[n - 1])) chomp = '-';
  else if (n === 1 || isBreak(cps[n - 2])) chomp = '+';
  if (chomp) w.indicator(chomp, false, false, false);
  w.whitespace = true;
  let breaks = true;
  for (let i = 0; i < n; i++) {
    const cp = cps[i]!;
    if (isBreak(cp)) {
      writeBreak(w, cp);
      breaks = true;
    } else {
      if (breaks) w.indent(indent);
      w.char(cp);
      w.indention = false;
      breaks = false;
    }
  }
}

function writeString(w: Writer, s: string, indent: number, simpleKey: boolean): void {
  const cps = Array.from(s, (c) => c.codePointAt(0)!);
  const style = stringStyle(s, cps, simpleKey);
  switch (style) {
    case 'plain':
      return writePlain(w, cps, indent, !simpleKey);
    case 'single':
      return writeSingleQuoted(w, cps, indent, !simpleKey);
    case 'double':
      return writeDoubleQuoted(w, cps, indent, !simpleKey);
    case 'literal':
      return writeLiteral(w, cps, indent);
  }
}

/** Go's strconv.FormatFloat(f, 'g', -1, 64) for the values JSON can carry. */
function goFloat(f: number): string {
  if (Number.isNaN(f)) return '.nan';
  if (f === Infinity) return '.inf';
  if (f === -Infinity) return '-.inf';
  if (Number.isInteger(f) && Math.abs(f) < 1e21) return String(f);
  const exp = f === 0 ? 0 : Math.floor(Math.log10(Math.abs(f)));
  if (exp < -4 || exp >= 21) {
    const [mant, e] = f.toExponential().split('e');
    const en = Number(e);
    return `${mant}e${en < 0 ? '-' : '+'}${String(Math.abs(en)).padStart(2, '0')}`;
  }
  return String(f);
}

function writeScalar(w: Writer, value: string | number | boolean | null, indent: number, simpleKey: boolean): void {
  if (typeof value === 'string') return writeString(w, value, indent, simpleKey);
  let text: string;
  if (value === null) text = 'null';
  else if (typeof value === 'boolean') text = value ? 'true' : 'false';
  else text = Number.isInteger(value) && Math.abs(value) < 2 ** 63 ? String(value) : goFloat(value);
  writePlain(w, Array.from(text, (c) => c.codePointAt(0)!), indent, false);
}

function isCollection(v: YamlValue): v is YamlValue[] | { [key: string]: YamlValue | undefined } {
  return v !== null && typeof v === 'object';
}

function definedKeys(obj: { [key: string]: YamlValue | undefined }): string[] {
  return Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort(goKeyCompare);
}

/**
 * Emits `value` as a block node whose content sits at `indent`. `inMapping` marks a mapping
 * value: go-yaml writes such sequences "indentless", with the dashes at the key's column.
 */
function writeNode(w: Writer, value: YamlValue, indent: number, inMapping: boolean): void {
  if (Array.isArray(value)) {
    if (value.length === 0) {
      w.indicator('[]', true, false, false);
      return;
    }
    const seqIndent = inMapping ? indent - BEST_INDENT : indent;
    for (const item of value) {
      w.indent(seqIndent);
      w.indicator('-', true, false, true);
      writeNode(w, item, seqIndent + BEST_INDENT, false);
    }
    return;
  }
  if (isCollection(value)) {
    const keys = definedKeys(value);
    if (keys.length === 0) {
      w.indicator('{}', true, false, false);
      return;
    }
    for (const key of keys) {
      w.indent(indent);
      writeKey(w, key, indent);
      w.indicator(':', false, false, false);
      writeNode(w, value[key] as YamlValue, indent + BEST_INDENT, true);
    }
    return;
  }
  writeScalar(w, value, indent, false);
}

function writeKey(w: Writer, key: string, indent: number): void {
  if (key.length > 128 || /[\n\r\u0085\u2028\u2029]/.test(key)) {
    throw new Error(`cannot write the map key ${JSON.stringify(key.slice(0, 40))}: longer than 128 characters or multi-line`);
  }
  writeString(w, key, indent, true);
}

function finish(w: Writer): string {
  if (!w.out.endsWith('\n')) w.newline();
  return w.out;
}

/** A whole document as go-yaml v2 writes it (`yaml.Marshal`), ending with a newline. */
export function emitDocument(value: YamlValue): string {
  const w = new Writer();
  writeNode(w, value, 0, false);
  return finish(w);
}

/**
 * The lines of one sequence item as go-yaml writes it: `- key: ...` with the dash at
 * `dashIndent` and a mapping's other keys at `dashIndent + 2`. Ends with a newline.
 */
export function emitSequenceItem(value: YamlValue, dashIndent: number): string {
  const w = new Writer();
  writeNode(w, [value], dashIndent, false);
  return finish(w);
}

/** One `key: value` mapping entry with the key at `indent` and its block value. Ends with a newline. */
export function emitMappingEntry(key: string, value: YamlValue, indent: number): string {
  const w = new Writer();
  writeNode(w, { [key]: value }, indent, false);
  return finish(w);
}

/** A scalar as go-yaml would write it as a map key (plain when it can be, else quoted). */
export function emitKey(key: string): string {
  const w = new Writer();
  writeKey(w, key, 0);
  return w.out;
}
