import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type Pair, type Scalar, type YAMLMap } from 'yaml';
import { FileError } from '../runner/errors.js';
import type { YamlValue } from './goyaml.js';
import { ChartValidator, type ScanOptions, type ScannedChart, type ScannedEntry, type ScannedField, type ScannedIndex } from './index-model.js';

/**
 * The slow path: the whole index through the `yaml` parser, for files the line scanner does not
 * read (flow style, anchors, tabs, JSON, ...). It validates the same things and, where the
 * layout allows it (block mappings and sequences), reports the same offsets so the merge can
 * still insert lines; otherwise it marks the index as not insertable and the merge re-renders it.
 */
export interface YamlScan {
  scan: ScannedIndex;
  doc: Document.Parsed;
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Just after the line holding the last non-space character before `offset`. */
function lineEndAfter(text: string, offset: number): number {
  let k = offset;
  while (k > 0 && /\s/.test(text[k - 1]!)) k--;
  const nl = text.indexOf('\n', k);
  return nl < 0 ? text.length : nl + 1;
}

function onlySpaces(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) !== 32) return false;
  return true;
}

/** A scalar's text as a string (its source text for plain scalars, so `1.10` stays `1.10`). */
function scalarText(text: string, node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  if (node.type === 'PLAIN' && node.range) return text.slice(node.range[0], node.range[1]);
  if (node.value === null || node.value === undefined) return undefined;
  return String(node.value);
}

export function scanIndexYaml(text: string, file: string, options: ScanOptions = {}): YamlScan {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, uniqueKeys: true, prettyErrors: false, merge: false, keepSourceTokens: false });
  const lineOf = (offset: number | undefined): number => (offset === undefined ? 1 : lc.linePos(offset).line);
  const nodeLine = (n: unknown): number => lineOf((n as Node | undefined)?.range?.[0]);
  const nodeStart = (n: unknown): number => (n as Node | undefined)?.range?.[0] ?? 0;
  const firstError = doc.errors[0];
  if (firstError) {
    const msg = firstError.message.split('\n')[0] ?? firstError.message;
    throw new FileError(file, `not valid YAML: ${msg}`, firstError.linePos?.[0]?.line ?? lineOf(firstError.pos[0]));
  }
  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) throw new FileError(file, 'the index is empty', 1);
  if (!isMap(root)) throw new FileError(file, 'the index is not a mapping', nodeLine(root));

  const eol: '\n' | '\r\n' = /\r\n/.test(text.slice(0, text.indexOf('\n') + 1)) ? '\r\n' : '\n';
  const topKeys: ScannedIndex['topKeys'] = [];
  let apiPair: Pair | undefined;
  let entriesPair: Pair | undefined;
  let generatedPair: Pair | undefined;
  let topInsertable = !root.flow;
  for (const pair of root.items) {
    const key = scalarText(text, pair.key);
    if (key === undefined) throw new FileError(file, 'a top-level key is not a string', nodeLine(pair.key));
    const start = (pair.key as Node).range?.[0] ?? 0;
    topKeys.push({ key, start: lineStartOf(text, start) });
    if (!onlySpaces(text, lineStartOf(text, start), start)) topInsertable = false;
    if (key === 'apiVersion') apiPair = pair;
    if (key === 'entries') entriesPair = pair;
    if (key === 'generated') generatedPair = pair;
  }
  if (!apiPair) throw new FileError(file, 'the index has no apiVersion', 1);
  const apiVersion = scalarText(text, apiPair.value);
  if (apiVersion !== 'v1') throw new FileError(file, `unsupported index apiVersion '${apiVersion ?? ''}' (expected v1)`, nodeLine(apiPair.key));
  if (!entriesPair) throw new FileError(file, 'the index has no entries key', 1);

  const entriesKey = entriesPair.key as Node;
  const eStart = lineStartOf(text, entriesKey.range![0]);
  const eLineEnd = text.indexOf('\n', eStart);
  const eContentEnd = eLineEnd < 0 ? text.length : eLineEnd > 0 && text[eLineEnd - 1] === '\r' ? eLineEnd - 1 : eLineEnd;
  const eNext = eLineEnd < 0 ? text.length : eLineEnd + 1;
  const ev = entriesPair.value as Node | null;
  const entriesIsEmpty = ev === null || (isScalar(ev) && (ev.value === null || ev.value === ''));
  if (!entriesIsEmpty && !isMap(ev)) throw new FileError(file, 'entries is not a mapping of chart names', nodeLine(ev));
  const entriesMap = isMap(ev) ? (ev as YAMLMap) : undefined;
  const inlineEmpty = entriesIsEmpty || (entriesMap !== undefined && entriesMap.flow === true && entriesMap.items.length === 0);

  const charts: ScannedChart[] = [];
  let childIndent = 2;
  let dashOffset = 0;
  let learned = false;
  let entriesInsertable = topInsertable && (inlineEmpty ? onlySpaces(text, eStart, entriesKey.range![0]) && eStart === entriesKey.range![0] : !entriesMap?.flow);
  const seenCharts = new Map<string, number>();
  for (const pair of entriesMap?.items ?? []) {
    const name = scalarText(text, pair.key);
    const keyNode = pair.key as Node;
    if (name === undefined) throw new FileError(file, 'a chart name under entries is not a string', nodeLine(keyNode));
    const first = seenCharts.get(name);
    if (first !== undefined) throw new FileError(file, `chart '${name}' appears twice under entries (first at line ${first})`, nodeLine(keyNode));
    seenCharts.set(name, nodeLine(keyNode));
    const keyStart = lineStartOf(text, keyNode.range![0]);
    const keyIndent = keyNode.range![0] - keyStart;
    let insertable = entriesInsertable && onlySpaces(text, keyStart, keyNode.range![0]);
    if (!learned && insertable) childIndent = keyIndent;
    const value = pair.value as Node | null;
    const emptyChart = value === null || (isScalar(value) && (value.value === null || value.value === ''));
    if (!emptyChart && !isSeq(value)) throw new FileError(file, `chart '${name}' is not a list of versions`, nodeLine(value ?? keyNode));
    if (isSeq(value) && value.flow) insertable = false;
    const bodyStart = lineEndAfter(text, (isScalar(value) && value.range ? value.range[1] : keyNode.range![1]) ?? 0);
    const chart: ScannedChart = {
      name,
      keyStart,
      start: keyStart,
      bodyStart,
      end: bodyStart,
      keyIndent,
      dashIndent: -1,
      entries: [],
      insertable,
    };
    const validator = new ChartValidator(file, name, lineOf, options.lenient);
    const capture = options.captureChart === name;
    for (const item of isSeq(value) ? value.items : []) {
      if (!isMap(item)) {
        const problem = `${file}:${nodeLine(item)}: an entry of chart '${name}' is not a mapping`;
        if (!options.lenient) throw new FileError(file, `an entry of chart '${name}' is not a mapping`, nodeLine(item));
        options.lenient.push(`${problem}; skipped, as Helm skips it`);
        continue;
      }
      const entry = scanEntry(text, item, validator, nodeLine, nodeStart, capture);
      if (!entry) continue;
      if (entry.dashIndent < 0) chart.insertable = false;
      else if (chart.dashIndent < 0) chart.dashIndent = entry.dashIndent;
      if (!learned && chart.insertable && entry.dashIndent >= 0) {
        dashOffset = entry.dashIndent - keyIndent;
        learned = true;
      }
      chart.entries.push(entry);
      chart.end = entry.end;
    }
    charts.push(chart);
  }
  if (entriesMap && !entriesMap.flow && charts.length > 0 && charts.some((c) => c.keyIndent !== childIndent)) entriesInsertable = false;

  let generated: ScannedIndex['generated'];
  if (generatedPair) {
    const k = generatedPair.key as Node;
    const v = generatedPair.value as Node | null;
    const start = lineStartOf(text, k.range![0]);
    if (start === k.range![0] && topInsertable) {
      const endOff = v?.range ? v.range[1] : k.range![1];
      let contentEnd = endOff;
      while (contentEnd > start && /[\s]/.test(text[contentEnd - 1]!)) contentEnd--;
      const nl = text.indexOf('\n', contentEnd);
      contentEnd = nl < 0 ? text.length : nl > 0 && text[nl - 1] === '\r' ? nl - 1 : nl;
      generated = { start, contentEnd, value: scalarText(text, v) ?? '' };
    } else {
      entriesInsertable = false;
    }
  }

  const blockEnd = charts.length > 0 ? charts[charts.length - 1]!.end : eNext;
  const scan: ScannedIndex = {
    shape: 'yaml',
    apiVersion,
    entries: {
      start: eStart,
      contentEnd: eContentEnd,
      next: eNext,
      inlineEmpty,
      childIndent,
      dashOffset,
      blockEnd,
      insertable: entriesInsertable,
    },
    charts,
    generated,
    topKeys,
    eol,
    lineOf: (offset: number) => lineOf(offset),
  };
  return { scan, doc };
}

function scanEntry(
  text: string,
  item: YAMLMap,
  validator: ChartValidator,
  nodeLine: (n: unknown) => number,
  nodeStart: (n: unknown) => number,
  capture: boolean,
): ScannedEntry | undefined {
  const start = item.range![0];
  // The dash before the mapping: only spaces may sit between the line start and the dash.
  let k = start - 1;
  while (k >= 0 && text[k] === ' ') k--;
  let dashIndent = -1;
  let lineStart = start;
  if (k >= 0 && text[k] === '-' && !item.flow) {
    lineStart = lineStartOf(text, k);
    if (onlySpaces(text, lineStart, k)) dashIndent = k - lineStart;
  }
  const get = (key: string): Pair | undefined => item.items.find((p) => isScalar(p.key) && String((p.key as Scalar).value) === key) as Pair | undefined;
  const version = get('version');
  const digest = get('digest');
  const urls = get('urls');
  const deprecated = get('deprecated');
  let urlList: string[] | undefined;
  if (urls) {
    if (isSeq(urls.value)) urlList = urls.value.items.map((u) => scalarText(text, u) ?? '');
    else if (urls.value === null || (isScalar(urls.value) && urls.value.value === null)) urlList = [];
    else throw new FileError(validator.file, `chart '${validator.chart}': urls is not a list`, nodeLine(urls.key));
  }
  const keep = validator.check({
    at: start,
    version: version ? scalarText(text, version.value) : undefined,
    versionAt: version ? nodeStart(version.key) : undefined,
    digest: digest ? scalarText(text, digest.value) : undefined,
    digestAt: digest ? nodeStart(digest.key) : undefined,
    urls: urlList,
    urlsAt: urls ? nodeStart(urls.key) : undefined,
  });
  if (!keep) return undefined;
  const end = lineEndAfter(text, item.range![1]);
  const firstKey = item.items[0]?.key as Node | undefined;
  const fieldIndent = firstKey?.range ? firstKey.range[0] - lineStartOf(text, firstKey.range[0]) : dashIndent + 2;
  const entry: ScannedEntry = {
    version: scalarText(text, version!.value)!,
    dashStart: lineStart,
    start: lineStart,
    end,
    digest: digest ? scalarText(text, digest.value) : undefined,
    urls: urlList ?? [],
    deprecated: deprecated ? scalarText(text, deprecated.value) : undefined,
    dashIndent,
    fieldIndent,
  };
  if (capture) {
    const fields: ScannedField[] = [];
    item.items.forEach((p, idx) => {
      const kn = p.key as Node;
      const ks = kn.range![0];
      const ls = lineStartOf(text, ks);
      const next = item.items[idx + 1]?.key as Node | undefined;
      fields.push({
        key: scalarText(text, p.key) ?? '',
        start: ls,
        end: next?.range ? lineStartOf(text, next.range[0]) : end,
        onDashLine: idx === 0 && ls === lineStart && dashIndent >= 0,
        value: isScalar(p.value) ? scalarText(text, p.value) : undefined,
      });
    });
    entry.fields = fields;
  }
  return entry;
}

/** A parsed node as plain data for a full re-render (strings stay strings, as Helm's model has them). */
export function nodeToValue(text: string, node: unknown): YamlValue {
  if (node === null || node === undefined) return null;
  if (isMap(node)) {
    const out: Record<string, YamlValue> = {};
    for (const p of node.items) out[scalarText(text, p.key) ?? String(p.key)] = nodeToValue(text, p.value);
    return out;
  }
  if (isSeq(node)) return node.items.map((i) => nodeToValue(text, i));
  if (isScalar(node)) {
    const v = node.value;
    if (typeof v === 'string' || typeof v === 'boolean' || v === null) return v as YamlValue;
    if (typeof v === 'number') return v;
    return String(v);
  }
  return null;
}
