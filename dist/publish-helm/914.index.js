export const id = 914;
export const ids = [914];
export const modules = {

/***/ 4914:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CHART_NAME: () => (/* reexport */ metadata/* CHART_NAME */.DS),
  GENERATED_LOCK_TIME: () => (/* reexport */ GENERATED_LOCK_TIME),
  PACKAGE_MTIME: () => (/* reexport */ helm_package/* PACKAGE_MTIME */.qn),
  SHA256_HEX: () => (/* reexport */ index_entry/* SHA256_HEX */.Y5),
  archivedChart: () => (/* reexport */ archive_members/* archivedChart */.v),
  chartUrl: () => (/* reexport */ index_entry/* chartUrl */.oH),
  checkManifests: () => (/* reexport */ manifests/* checkManifests */.d5),
  constraintMatcher: () => (/* reexport */ resolve/* constraintMatcher */.QD),
  deprecateVersion: () => (/* reexport */ deprecateVersion),
  emitDocument: () => (/* reexport */ goyaml/* emitDocument */.fq),
  emitSequenceItem: () => (/* reexport */ goyaml/* emitSequenceItem */.kB),
  generatedLockValue: () => (/* reexport */ generatedLockValue),
  goKeyCompare: () => (/* reexport */ goyaml/* goKeyCompare */.Ry),
  goPathMatch: () => (/* reexport */ helmignore/* goPathMatch */.V),
  goTar: () => (/* reexport */ archive/* goTar */.o8),
  hashRequirements: () => (/* reexport */ hashRequirements),
  helmGzip: () => (/* reexport */ archive/* helmGzip */.LT),
  helmGzipHeader: () => (/* reexport */ archive/* helmGzipHeader */.SO),
  helmVersionProblem: () => (/* reexport */ helm_version/* helmVersionProblem */.GX),
  indexEntryValue: () => (/* reexport */ index_entry/* indexEntryValue */.Or),
  indexVersionProblem: () => (/* reexport */ index_model/* indexVersionProblem */.wf),
  isHelmVersion: () => (/* reexport */ helm_version/* isHelmVersion */.VV),
  isStrictSemver: () => (/* reexport */ helm_version/* isStrictSemver */.iS),
  isVersionRange: () => (/* reexport */ resolve/* isVersionRange */.Gg),
  listChartFiles: () => (/* reexport */ helm_package/* listChartFiles */.Gh),
  loadChart: () => (/* reexport */ chart/* loadChart */.Ty),
  loadChartArchive: () => (/* reexport */ chart/* loadChartArchive */.Pg),
  loadChartFiles: () => (/* reexport */ chart/* loadChartFiles */.IW),
  loadRepositoryIndex: () => (/* reexport */ index_load/* loadRepositoryIndex */.T),
  mergeIndex: () => (/* reexport */ mergeIndex),
  mergeIndexEntries: () => (/* reexport */ mergeIndexEntries),
  metadataValue: () => (/* reexport */ helm_package/* metadataValue */.TP),
  nowInstant: () => (/* reexport */ index_entry/* nowInstant */.QF),
  ociTagOf: () => (/* reexport */ helm_version/* ociTagOf */.dH),
  packageChart: () => (/* reexport */ helm_package.packageChart),
  parseHelmignore: () => (/* reexport */ helmignore/* parseHelmignore */._V),
  planDependencies: () => (/* reexport */ planDependencies),
  readArchive: () => (/* reexport */ archive_members/* readArchive */.b),
  readChartArchive: () => (/* reexport */ archive_read/* readChartArchive */.h),
  readChartDependencies: () => (/* reexport */ readChartDependencies),
  readChartLock: () => (/* reexport */ readChartLock),
  readIndex: () => (/* reexport */ index_file/* readIndex */.vY),
  renderEntry: () => (/* reexport */ index_entry/* renderEntry */.Ft),
  renderNewIndex: () => (/* reexport */ index_file/* renderNewIndex */.xb),
  repositoryIndexUrl: () => (/* reexport */ resolve/* repositoryIndexUrl */.c7),
  resolveChart: () => (/* reexport */ resolve/* resolveChart */.dM),
  resolveLock: () => (/* reexport */ resolveLock),
  resolveReferenceUrl: () => (/* reexport */ resolve/* resolveReferenceUrl */.f5),
  rfc3339Nano: () => (/* reexport */ index_entry/* rfc3339Nano */.uN),
  sanitizeString: () => (/* reexport */ metadata/* sanitizeString */.xV),
  saveMembers: () => (/* reexport */ helm_package/* saveMembers */.zS),
  scanIndex: () => (/* reexport */ index_file/* scanIndex */.U1),
  sortedVersions: () => (/* reexport */ resolve/* sortedVersions */.xe),
  stripTemplateActions: () => (/* reexport */ manifests/* stripTemplateActions */.k_),
  unifiedDiff: () => (/* reexport */ unifiedDiff),
  withdrawVersion: () => (/* reexport */ withdrawVersion)
});

// EXTERNAL MODULE: ./actions/lib/helm/chart.ts
var chart = __webpack_require__(8303);
// EXTERNAL MODULE: ./actions/lib/helm/archive-read.ts
var archive_read = __webpack_require__(7322);
// EXTERNAL MODULE: ./actions/lib/helm/archive.ts
var archive = __webpack_require__(377);
// EXTERNAL MODULE: ./actions/lib/helm/version.ts
var helm_version = __webpack_require__(3127);
// EXTERNAL MODULE: ./actions/lib/helm/manifests.ts
var manifests = __webpack_require__(9761);
// EXTERNAL MODULE: ./actions/lib/helm/helmignore.ts
var helmignore = __webpack_require__(4449);
// EXTERNAL MODULE: ./actions/lib/helm/package.ts
var helm_package = __webpack_require__(9795);
// EXTERNAL MODULE: ./actions/lib/helm/metadata.ts
var metadata = __webpack_require__(7278);
// EXTERNAL MODULE: ./actions/lib/helm/index-entry.ts
var index_entry = __webpack_require__(4438);
// EXTERNAL MODULE: ./actions/lib/runner/errors.ts
var errors = __webpack_require__(7378);
// EXTERNAL MODULE: ./actions/lib/helm/goyaml.ts
var goyaml = __webpack_require__(4422);
// EXTERNAL MODULE: ./actions/lib/helm/index-file.ts + 1 modules
var index_file = __webpack_require__(6255);
// EXTERNAL MODULE: ./actions/lib/helm/index-model.ts
var index_model = __webpack_require__(5167);
// EXTERNAL MODULE: ./actions/lib/helm/index-yaml.ts
var index_yaml = __webpack_require__(2979);
;// CONCATENATED MODULE: ./actions/lib/helm/index-merge.ts






function toEol(s, eol) {
    return eol === '\n' ? s : s.replace(/\n/g, eol);
}
function splitLines(s) {
    if (s === '')
        return [];
    const lines = s.split('\n');
    if (lines[lines.length - 1] === '')
        lines.pop();
    return lines.map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
}
/** Adds `text` and `bytes` getters, each computed on first read. */
function withOutput(base, out) {
    let text;
    let bytes;
    const asBuffer = (u) => Buffer.from(u.buffer, u.byteOffset, u.byteLength);
    const buildBytes = () => {
        if (typeof out === 'string')
            return Buffer.from(out, 'utf8');
        if (out instanceof Uint8Array)
            return asBuffer(out);
        const src = out.source;
        if (typeof src === 'string')
            return Buffer.from(buildString(), 'utf8');
        const orig = asBuffer(src);
        return Buffer.concat(out.pieces.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : orig.subarray(p[0], p[1]))));
    };
    const buildString = () => {
        if (typeof out === 'string')
            return out;
        if (out instanceof Uint8Array)
            return asBuffer(out).toString('utf8');
        const src = out.source;
        if (typeof src !== 'string')
            return buildBytes().toString('utf8');
        return out.pieces.map((p) => (typeof p === 'string' ? p : src.slice(p[0], p[1]))).join('');
    };
    return Object.defineProperties(base, {
        text: { enumerable: true, get: () => (text ??= buildString()) },
        bytes: { enumerable: true, get: () => (bytes ??= buildBytes()) },
    });
}
function countBreaks(text, from, to) {
    let n = 0;
    for (let k = text.indexOf('\n', from); k >= 0 && k < to; k = text.indexOf('\n', k + 1))
        n++;
    return n;
}
/** Applies non-overlapping edits (each starting at a line start) and describes them as line changes. */
function applyEdits(text, edits, eol, file, lineOf, decode = (s) => s) {
    const sorted = [...edits].sort((a, b) => a.start - b.start);
    const parts = [];
    const changes = [];
    let cursor = 0;
    let line = 1;
    let delta = 0;
    for (const e of sorted) {
        let insert = e.insert;
        if (e.start === text.length && text.length > 0 && !text.endsWith('\n')) {
            // Appending after a last line without a line break: give it one, and drop ours.
            insert = eol + insert.slice(0, insert.length - eol.length);
        }
        line = e.line ?? (lineOf ? lineOf(e.start) : line + countBreaks(text, cursor, e.start));
        parts.push([cursor, e.start], insert);
        cursor = e.end;
        const oldLines = splitLines(decode(text.slice(e.start, e.end)));
        const newLines = splitLines(decode(insert.startsWith(eol) && e.start === text.length ? insert.slice(eol.length) : insert));
        changes.push({ oldStart: line, oldLines, newStart: line + delta, newLines });
        delta += newLines.length - oldLines.length;
        line += countBreaks(text, e.start, e.end);
    }
    parts.push([cursor, text.length]);
    return { pieces: parts, changes, diff: unifiedDiff(file, changes) };
}
/** A zero-context unified diff (`diff -U0`) of the changes. */
function unifiedDiff(file, changes) {
    const out = [`--- a/${file}`, `+++ b/${file}`];
    for (const c of changes) {
        const o = c.oldLines.length;
        const n = c.newLines.length;
        const os = o === 0 ? c.oldStart - 1 : c.oldStart;
        const ns = n === 0 ? c.newStart - 1 : c.newStart;
        out.push(`@@ -${os}${o === 1 ? '' : `,${o}`} +${ns}${n === 1 ? '' : `,${n}`} @@`);
        for (const l of c.oldLines)
            out.push(`-${l}`);
        for (const l of c.newLines)
            out.push(`+${l}`);
    }
    return `${out.join('\n')}\n`;
}
/** The `generated:` line replaced, or inserted where Helm's key order puts it. */
function generatedEdit(text, scan, ts) {
    const line = `generated: "${ts}"`;
    if (scan.generated)
        return { start: scan.generated.start, end: scan.generated.contentEnd, insert: line };
    const entriesIdx = scan.topKeys.findIndex((k) => k.key === 'entries');
    const after = scan.topKeys.slice(entriesIdx + 1).find((k) => (0,goyaml/* goKeyCompare */.Ry)('generated', k.key) < 0);
    const at = after ? after.start : text.length;
    return { start: at, end: at, insert: toEol(`${line}\n`, scan.eol) };
}
function findVersion(entries, version) {
    const key = (0,index_model/* versionKey */._5)(version);
    return entries.find((e) => (0,index_model/* versionKey */._5)(e.version) === key);
}
/**
 * Adds one chart version to a repository index.yaml, changing the file only where it must: the
 * new entry's lines go in at their SemVer place (top of the chart's list when newest; a new chart
 * gets its key where Helm's key order puts it) and the `generated` line is updated. Every other
 * byte is kept, including charts and fields this code knows nothing about.
 *
 * - `existing` undefined: a new index with this one entry.
 * - The same chart and version already present with the same digest: `unchanged`, the text
 *   returned untouched (not even `generated`).
 * - Present with another digest: throws, naming both digests; a published version is never
 *   overwritten.
 * - A malformed existing index: throws `FileError` with the line.
 */
function mergeIndex(existing, entry, options = {}) {
    const file = options.file ?? 'index.yaml';
    const problems = (0,index_entry/* entryProblems */.VF)(entry);
    if (problems.length > 0)
        throw new errors/* ActionError */.lZ(`cannot add ${entry.metadata.name}-${entry.metadata.version} to ${file}: ${problems.join('; ')}`);
    const ts = (0,index_entry/* rfc3339Nano */.uN)(options.now ?? (0,index_entry/* nowInstant */.QF)());
    const name = entry.metadata.name;
    const version = entry.metadata.version;
    const value = (0,index_entry/* indexEntryValue */.Or)(entry, ts);
    if (existing === undefined) {
        const text = (0,index_file/* renderNewIndex */.xb)(entry, ts);
        const changes = [{ oldStart: 1, oldLines: [], newStart: 1, newLines: splitLines(text) }];
        return withOutput({ status: 'published', mode: 'new', diff: unifiedDiff(file, changes), changes, warnings: [] }, text);
    }
    const { src, scan, fallbackReason } = (0,index_file/* scanSource */.bX)((0,index_file/* toSource */.Zi)(existing), file);
    const { enc, dec } = src;
    const warnings = [];
    const chart = scan.charts.find((c) => c.name === enc(name));
    const same = chart ? findVersion(chart.entries, version) : undefined;
    if (same) {
        if (same.digest === entry.digest)
            return withOutput({ status: 'unchanged', mode: 'unchanged', changes: [], warnings }, existing);
        throw new errors/* ActionError */.lZ(`${file}: ${name} ${same.version} is already published (line ${scan.lineOf(same.dashStart)}) with digest ${same.digest ?? '(none)'}; ` +
            `the new package has digest ${entry.digest}. A published version is never overwritten: bump the chart version.`);
    }
    const text = src.s;
    const { edit, insertable } = insertionEdit(scan, src, name, version, value);
    const edits = [edit];
    const eol = scan.eol;
    if (!insertable) {
        warnings.push(`${file} is not laid out in blocks where the new entry could be inserted as lines; it was rewritten in full in Helm's layout (comments and quoting of other entries are not kept)`);
        const old = dec(text);
        const out = rerender(old, file, name, version, value, ts, eol);
        const changes = [{ oldStart: 1, oldLines: splitLines(old), newStart: 1, newLines: splitLines(out) }];
        return withOutput({ status: 'published', mode: 'rewritten', diff: unifiedDiff(file, changes), changes, warnings }, out);
    }
    if (fallbackReason)
        warnings.push(`${file} is not in Helm's canonical layout (${fallbackReason}); it was read with the full YAML parser`);
    edits.push(generatedEdit(text, scan, ts));
    const applied = applyEdits(text, edits, eol, file, scan.lineOf, dec);
    const source = src.binary ? existing : text;
    return withOutput({ status: 'published', mode: scan.shape, diff: applied.diff, changes: applied.changes, warnings }, { pieces: applied.pieces, source });
}
/**
 * Where one new version's lines go in a scanned index: at its SemVer place in its chart's list,
 * or as a new chart key where Helm's key order puts it. `insertable` is false when the file is
 * not laid out in blocks the lines can go into (the caller then re-renders the whole file).
 */
function insertionEdit(scan, src, name, version, value) {
    const { enc, dec } = src;
    const lines = (s) => enc(toEol(s, scan.eol));
    const chart = scan.charts.find((c) => c.name === enc(name));
    if (chart) {
        const insertable = scan.entries.insertable && chart.insertable;
        const before = chart.entries.find((e) => (0,index_model/* compareIndexVersions */.NO)(e.version, version) < 0);
        if (before)
            return { insertable, edit: { start: before.start, end: before.start, insert: lines((0,goyaml/* emitSequenceItem */.kB)(value, before.dashIndent)) } };
        if (chart.entries.length > 0) {
            const last = chart.entries[chart.entries.length - 1];
            return { insertable, edit: { start: last.end, end: last.end, insert: lines((0,goyaml/* emitSequenceItem */.kB)(value, last.dashIndent)) } };
        }
        return { insertable, edit: { start: chart.bodyStart, end: chart.bodyStart, insert: lines((0,goyaml/* emitSequenceItem */.kB)(value, chart.keyIndent + scan.entries.dashOffset)) } };
    }
    const k = scan.entries.childIndent;
    const block = `${' '.repeat(k)}${(0,goyaml/* emitKey */.$L)(name)}:\n${(0,goyaml/* emitSequenceItem */.kB)(value, k + scan.entries.dashOffset)}`;
    if (scan.entries.inlineEmpty)
        return { insertable: scan.entries.insertable, edit: { start: scan.entries.start, end: scan.entries.next, insert: lines(`entries:\n${block}`) } };
    const following = scan.charts.find((c) => (0,goyaml/* goKeyCompare */.Ry)(name, dec(c.name)) < 0);
    const at = following ? following.start : scan.entries.blockEnd;
    return { insertable: scan.entries.insertable, edit: { start: at, end: at, insert: lines(block) } };
}
/** The whole index rendered anew in Helm's layout, with the entry added at its SemVer place. */
function rerender(text, file, name, version, value, ts, eol) {
    const { doc } = (0,index_yaml/* scanIndexYaml */.P)(text, file);
    const root = (0,index_yaml/* nodeToValue */.Z)(text, doc.contents);
    const entries = (root.entries && typeof root.entries === 'object' && !Array.isArray(root.entries) ? root.entries : {});
    const list = Array.isArray(entries[name]) ? [...entries[name]] : [];
    const at = list.findIndex((e) => {
        const v = e && typeof e === 'object' && !Array.isArray(e) ? e.version : undefined;
        return typeof v === 'string' && (0,index_model/* compareIndexVersions */.NO)(v, version) < 0;
    });
    if (at < 0)
        list.push(value);
    else
        list.splice(at, 0, value);
    entries[name] = list;
    root.entries = entries;
    root.generated = ts;
    return toEol((0,goyaml/* emitDocument */.fq)(root), eol);
}
/**
 * Sets `deprecated: true` on one published version (for a rollback), as a minimal edit: one
 * line added (or one value changed) plus the `generated` line. Idempotent: an entry already
 * deprecated gives `unchanged` and the text untouched. Throws when the version is not there.
 */
function deprecateVersion(existing, name, version, options = {}) {
    const file = options.file ?? 'index.yaml';
    const first = (0,index_file/* toSource */.Zi)(existing);
    const { src, scan, fallbackReason } = (0,index_file/* scanSource */.bX)(first, file, { captureChart: first.enc(name) });
    const { enc, dec } = src;
    const text = src.s;
    const chart = scan.charts.find((c) => c.name === enc(name));
    if (!chart)
        throw new errors/* ActionError */.lZ(`${file} has no chart '${name}', so version ${version} cannot be deprecated`);
    const entry = findVersion(chart.entries, version);
    if (!entry) {
        throw new errors/* ActionError */.lZ(`${file} has no version ${version} of chart '${name}' to deprecate (it lists ${chart.entries.map((e) => e.version).join(', ') || 'none'})`);
    }
    const warnings = [];
    if (entry.deprecated === 'true')
        return withOutput({ status: 'unchanged', changes: [], warnings }, existing);
    const fields = entry.fields ?? [];
    if (fields.length === 0 || entry.dashIndent < 0) {
        throw new errors/* ActionError */.lZ(`${file}: the entry of ${name} ${version} (line ${scan.lineOf(entry.dashStart)}) is not laid out so that a line can be added to it`);
    }
    const eol = scan.eol;
    const pad = ' '.repeat(entry.fieldIndent);
    const dashPad = `${' '.repeat(entry.dashIndent)}-${' '.repeat(entry.fieldIndent - entry.dashIndent - 1)}`;
    const edits = [];
    const present = fields.find((f) => f.key === 'deprecated');
    if (present) {
        const lineText = text.slice(present.start, present.end);
        if (lineText.split('\n').filter((l) => l.trim() !== '').length !== 1) {
            throw new errors/* ActionError */.lZ(`${file}: the deprecated field of ${name} ${version} (line ${scan.lineOf(present.start)}) spans several lines; edit it by hand`);
        }
        edits.push({ start: present.start, end: present.end, insert: toEol(`${present.onDashLine ? dashPad : pad}deprecated: true\n`, eol) });
    }
    else {
        const next = fields.find((f) => (0,goyaml/* goKeyCompare */.Ry)('deprecated', dec(f.key)) < 0);
        if (!next) {
            const last = fields[fields.length - 1];
            edits.push({ start: last.end, end: last.end, insert: toEol(`${pad}deprecated: true\n`, eol) });
        }
        else if (next.onDashLine) {
            // `- description: ...` becomes `- deprecated: true` + `  description: ...`.
            const nl = text.indexOf('\n', next.start);
            const lineEnd = nl < 0 ? text.length : nl + 1;
            const rest = text.slice(next.start + dashPad.length, lineEnd);
            edits.push({ start: next.start, end: lineEnd, insert: `${toEol(`${dashPad}deprecated: true\n${pad}`, eol)}${rest}` });
        }
        else {
            edits.push({ start: next.start, end: next.start, insert: toEol(`${pad}deprecated: true\n`, eol) });
        }
    }
    if (fallbackReason)
        warnings.push(`${file} is not in Helm's canonical layout (${fallbackReason}); it was read with the full YAML parser`);
    edits.push(generatedEdit(text, scan, (0,index_entry/* rfc3339Nano */.uN)(options.now ?? (0,index_entry/* nowInstant */.QF)())));
    const applied = applyEdits(text, edits, eol, file, scan.lineOf, dec);
    const source = src.binary ? existing : text;
    return withOutput({ status: 'deprecated', diff: applied.diff, changes: applied.changes, warnings }, { pieces: applied.pieces, source });
}

;// CONCATENATED MODULE: ./actions/lib/helm/index-merge-many.ts
/**
 * Several chart versions added to a repository index.yaml at once (a multi-chart release): the
 * index is scanned once and every new entry's lines go in with one pass over the file, as
 * `mergeIndex` puts one. Scanning a 6.3 MB index takes tens of milliseconds, and a release of ten
 * charts merged one by one scanned it ten times and rebuilt the file ten times.
 *
 * The rules are `mergeIndex`'s, entry by entry: a version already there with the same digest is
 * left alone (not in `added`), one with another digest throws, and an index that cannot take
 * lines, or no index at all, falls back to merging one entry after the other.
 */





const label = (e) => `${e.metadata.name}-${e.metadata.version}`;
/** One entry after the other: for no index, or one not laid out in blocks; the diff is the whole file. */
function oneByOne(existing, entries, options) {
    const file = options.file ?? 'index.yaml';
    const now = options.now ?? (0,index_entry/* nowInstant */.QF)();
    let current = existing;
    const added = [];
    const warnings = new Set();
    let mode = 'unchanged';
    for (const entry of entries) {
        const merged = mergeIndex(current, entry, { file, now });
        for (const w of merged.warnings)
            warnings.add(w);
        if (merged.status === 'unchanged')
            continue;
        added.push(entry);
        if (mode === 'unchanged' || merged.mode === 'rewritten')
            mode = merged.mode;
        current = merged.bytes;
    }
    if (added.length === 0)
        return withOutput({ status: 'unchanged', mode: 'unchanged', changes: [], warnings: [...warnings], added }, existing ?? '');
    const before = existing === undefined ? '' : Buffer.from(existing).toString('utf8');
    const after = Buffer.from(current).toString('utf8');
    const changes = [{ oldStart: 1, oldLines: splitLines(before), newStart: 1, newLines: splitLines(after) }];
    return withOutput({ status: 'published', mode, diff: unifiedDiff(file, changes), changes, warnings: [...warnings], added }, current);
}
/** Adds every entry to the index in one pass; see the module's comment. */
function mergeIndexEntries(existing, entries, options = {}) {
    const file = options.file ?? 'index.yaml';
    const names = new Set();
    for (const entry of entries) {
        const problems = (0,index_entry/* entryProblems */.VF)(entry);
        if (problems.length > 0)
            throw new errors/* ActionError */.lZ(`cannot add ${label(entry)} to ${file}: ${problems.join('; ')}`);
        if (names.has(entry.metadata.name))
            throw new errors/* ActionError */.lZ(`cannot add two versions of ${entry.metadata.name} to ${file} in one merge (${entries.filter((e) => e.metadata.name === entry.metadata.name).map(label).join(', ')})`);
        names.add(entry.metadata.name);
    }
    if (existing === undefined || entries.length < 2)
        return oneByOne(existing, entries, options);
    const now = options.now ?? (0,index_entry/* nowInstant */.QF)();
    const ts = (0,index_entry/* rfc3339Nano */.uN)(now);
    const { src, scan, fallbackReason } = (0,index_file/* scanSource */.bX)((0,index_file/* toSource */.Zi)(existing), file);
    // new chart keys that go in at one place keep Helm's key order among themselves
    const ordered = [...entries].sort((a, b) => (0,goyaml/* goKeyCompare */.Ry)(a.metadata.name, b.metadata.name));
    const edits = [];
    const added = [];
    let newCharts = 0;
    for (const entry of ordered) {
        const { name, version } = entry.metadata;
        const chart = scan.charts.find((c) => c.name === src.enc(name));
        const same = chart ? findVersion(chart.entries, version) : undefined;
        if (same) {
            if (same.digest === entry.digest)
                continue;
            throw new errors/* ActionError */.lZ(`${file}: ${name} ${same.version} is already published (line ${scan.lineOf(same.dashStart)}) with digest ${same.digest ?? '(none)'}; ` +
                `the new package has digest ${entry.digest}. A published version is never overwritten: bump the chart version.`);
        }
        const { edit, insertable } = insertionEdit(scan, src, name, version, (0,index_entry/* indexEntryValue */.Or)(entry, ts));
        // `entries: {}` is replaced by the first new chart's block; two would replace it twice
        if (!insertable || (scan.entries.inlineEmpty && ++newCharts > 1))
            return oneByOne(existing, entries, options);
        edits.push(edit);
        added.push(entry);
    }
    const kept = entries.filter((e) => added.includes(e));
    if (kept.length === 0)
        return withOutput({ status: 'unchanged', mode: 'unchanged', changes: [], warnings: [], added: kept }, existing);
    const warnings = fallbackReason ? [`${file} is not in Helm's canonical layout (${fallbackReason}); it was read with the full YAML parser`] : [];
    edits.push(generatedEdit(src.s, scan, ts));
    const applied = applyEdits(src.s, edits, scan.eol, file, scan.lineOf, src.dec);
    const source = src.binary ? existing : src.s;
    return withOutput({ status: 'published', mode: scan.shape, diff: applied.diff, changes: applied.changes, warnings, added: kept }, { pieces: applied.pieces, source });
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./actions/lib/helm/resolve.ts
var resolve = __webpack_require__(7723);
;// CONCATENATED MODULE: ./actions/lib/helm/dependencies-resolve.ts
/**
 * Dependencies without a Chart.lock, resolved as `helm dependency build` resolves them when there
 * is no lock: it falls back to `Update` (Helm's pkg/downloader Manager.Build), whose resolver
 * (internal/resolver Resolve) locks each Chart.yaml dependency to one exact version:
 * - a Helm repository: the newest entry of its `index.yaml` (sorted as `SortEntries` sorts,
 *   entries without urls or with a version Masterminds cannot parse skipped) that the version
 *   constraint admits (Masterminds' Check: `0.12.*`, `~`, `^`, `>= a, < b`, `a - b`, `||`; a
 *   prerelease only when the constraint names one); the lock keeps the version as the index
 *   writes it (`v.Original()`);
 * - `file://`: the version of the chart in that folder, when the constraint admits it;
 * - `oci://` with an exact version: that version (Helm lists no tags then); with a range Helm
 *   lists the registry's tags, which this suite cannot do yet, so it is refused;
 * - no repository (vendored under charts/): locked as Chart.yaml writes it.
 * The lock's `digest` is Helm's `HashReq` over Chart.yaml's dependencies and the locked entries
 * (name, repository, version only, as Helm's resolver builds them). Pure: the repositories'
 * indexes and the folders' versions come in as data; fetching is dependencies-fetch.ts.
 */




const kindOf = (repository) => repository.startsWith('oci://') ? 'oci' : repository.startsWith('file://') ? 'file' : /^https?:\/\//.test(repository) ? 'http' : undefined;
const dependencies_resolve_label = (d) => `'${d.name}' (${d.version ? d.version : 'no version'})`;
const LOCK_FIX = "or run 'helm dependency update' and commit Chart.lock";
/**
 * What can be refused before any request: a dependency to fetch whose repository is an alias
 * (`@name`, `alias:name`: they name the user's repositories.yaml), not http(s), oci or file; a
 * version constraint Masterminds would not parse; an `oci://` range (needs the registry's tags).
 */
function checkUnlocked(missing, chartFile) {
    for (const d of missing) {
        const kind = kindOf(d.repository);
        if (d.repository.startsWith('@') || d.repository.startsWith('alias:')) {
            throw new errors/* FileError */.f6(chartFile, `dependency ${dependencies_resolve_label(d)} names the repository ${JSON.stringify(d.repository)}, an entry of a local repositories.yaml this workflow does not have: write the repository's URL, ${LOCK_FIX}`, d.line);
        }
        if (!kind) {
            throw new errors/* FileError */.f6(chartFile, `dependency ${dependencies_resolve_label(d)} has repository ${JSON.stringify(d.repository)}: expected an https:// Helm repository, an oci:// registry or a file:// chart folder (or vendor it under charts/)`, d.line);
        }
        const version = d.version ?? '';
        if (kind === 'oci') {
            if ((0,helm_version/* isHelmVersion */.VV)(version))
                continue;
            throw new errors/* FileError */.f6(chartFile, `dependency ${dependencies_resolve_label(d)} is a version range in the OCI registry ${d.repository}, and there is no Chart.lock: resolving it needs the registry's tag list, which is not supported yet; run 'helm dependency update' and commit Chart.lock, or pin an exact version`, d.line);
        }
        if (kind === 'http' && !(0,resolve/* constraintMatcher */.QD)(version)) {
            throw new errors/* FileError */.f6(chartFile, `dependency ${dependencies_resolve_label(d)}: ${version ? `'${version}' is not a version constraint Helm can parse` : 'a dependency from a Helm repository needs a version or a range'} (e.g. 1.2.3, ~1.2.0, 1.2.*, ">= 1.2.0, < 2.0.0")`, d.line);
        }
    }
}
/** An http(s) dependency: the newest listed version the constraint admits. */
function fromIndex(d, index) {
    const versions = index.charts.find((c) => c.name === d.name)?.versions;
    const where = (0,resolve/* repositoryIndexUrl */.c7)(d.repository);
    if (!versions || versions.length === 0)
        return { d, why: `${where} lists no chart '${d.name}'` };
    const admits = (0,resolve/* constraintMatcher */.QD)(d.version ?? '');
    const usable = (0,resolve/* sortedVersions */.xe)(versions).filter((v) => v.urls.length > 0 && (0,helm_version/* isHelmVersion */.VV)(v.version));
    const hit = usable.find((v) => admits(v.version));
    if (hit)
        return hit.version;
    const listed = usable.map((v) => v.version);
    return { d, why: `no version in ${where} satisfies it (it lists ${listed.length ? `${listed.slice(0, 10).join(', ')}${listed.length > 10 ? `, … ${listed.length} in all` : ''}` : 'no version with a URL'})` };
}
/** A `file://` dependency: the folder's chart, when the constraint admits its version. */
function fromFolder(d, version) {
    if (!d.version)
        return version;
    const admits = (0,resolve/* constraintMatcher */.QD)(d.version);
    if (admits?.(version))
        return version;
    return { d, why: `the chart in ${d.repository} is at version ${version}${admits ? '' : `, and '${d.version}' is not a constraint Helm can parse`}` };
}
/** The version to lock one dependency to, or why there is none. */
function lockOne(d, u, sources) {
    if (!u.missing.includes(d))
        return u.vendoredVersions[d.name] ?? d.version ?? '';
    const kind = kindOf(d.repository);
    if (kind === 'http')
        return fromIndex(d, sources.index(d.repository));
    if (kind === 'file')
        return fromFolder(d, sources.folderVersion(d.repository));
    return d.version;
}
/**
 * The lock Helm's `Update` would write for these dependencies, and what to fetch. Throws one
 * `FileError` naming every dependency no version satisfies (its Chart.yaml line, constraint,
 * repository and the versions there are) and the fix.
 */
function resolveLock(u, sources) {
    const dependencies = [];
    const missing = [];
    for (const d of u.requirements) {
        const got = lockOne(d, u, sources);
        if (typeof got === 'string')
            dependencies.push({ name: d.name, repository: d.repository, ...(got ? { version: got } : {}) });
        else
            missing.push(got);
    }
    if (missing.length > 0) {
        const list = missing.map((m) => `${dependencies_resolve_label(m.d)} at line ${m.d.line}: ${m.why}`).join('; ');
        throw new errors/* FileError */.f6(u.chartFile, `no version satisfies ${missing.length === 1 ? 'a dependency' : `${missing.length} dependencies`} and there is no Chart.lock: ${list}. Change the version constraint in Chart.yaml, publish a matching version to the repository, ${LOCK_FIX}`, missing[0].d.line);
    }
    const resolutions = [];
    const fetch = [];
    u.requirements.forEach((d, i) => {
        if (!u.missing.includes(d))
            return;
        const version = dependencies[i].version;
        resolutions.push({ name: d.name, constraint: d.version ?? '', version, repository: d.repository, line: d.line });
        const path = `charts/${d.name}-${version}.tgz`;
        // two aliases of one chart at one version are one archive (Helm: "Already downloaded")
        if (fetch.some((f) => f.path === path && f.repository === d.repository))
            return;
        fetch.push({ name: d.name, version, repository: d.repository, kind: kindOf(d.repository), path, where: `${u.chartFile}:${d.line}` });
    });
    return { dependencies, digest: hashRequirements(u.requirements, dependencies), fetch, resolutions };
}
/** The instant written as the generated lock's `generated`: every package member's mtime. */
const GENERATED_LOCK_TIME = '1970-01-01T00:00:00Z';
/**
 * The Chart.lock `helm dependency build` leaves in the chart folder (so in the package) when
 * there was none. Helm writes `generated: <now>`; here it is the epoch, the time every member
 * of the package carries (`SOURCE_DATE_EPOCH=0`), so the package stays a function of the chart
 * and the resolved versions: a re-run, even from a later commit, gives the same bytes.
 */
function generatedLockValue(lock) {
    return { dependencies: lock.dependencies, digest: lock.digest, generated: GENERATED_LOCK_TIME };
}

;// CONCATENATED MODULE: ./actions/lib/helm/dependencies.ts
/**
 * Chart dependencies that are not vendored, planned from Chart.lock as `helm dependency build`
 * plans them (Helm's pkg/downloader Manager.Build): the lock must be in sync with Chart.yaml
 * (Helm's `resolver.HashReq` over both lists), and each dependency missing from `charts/` is
 * fetched at the exact version its lock entry names. Pure: texts in, a plan out; the fetching
 * is dependencies-fetch.ts.
 */






/** Go's encoding/json escapes these in strings; the hash is over Go's bytes, so ours must be the same. */
function goJson(value) {
    return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/** The JSON object Go writes for one `chart.Dependency` (omitempty fields left out when empty). */
function goDependency(d) {
    const o = { name: d.name };
    if (d.version)
        o.version = d.version;
    o.repository = d.repository;
    if (d.condition)
        o.condition = d.condition;
    if (d.tags && d.tags.length > 0)
        o.tags = d.tags;
    if (d.enabled)
        o.enabled = true;
    if (d['import-values'] && d['import-values'].length > 0)
        o['import-values'] = d['import-values'];
    if (d.alias)
        o.alias = d.alias;
    return o;
}
/** Helm's `resolver.HashReq`: sha256 of the JSON of [Chart.yaml's dependencies, the lock's]. */
function hashRequirements(req, lock) {
    const json = goJson([req.map(goDependency), lock.map(goDependency)]);
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(json).digest('hex')}`;
}
class Located {
    file;
    text;
    lc = new dist.LineCounter();
    constructor(file, text) {
        this.file = file;
        this.text = text;
    }
    line(node) {
        const range = node?.range;
        return range ? this.lc.linePos(range[0]).line : 1;
    }
    fail(message, node) {
        throw new errors/* FileError */.f6(this.file, message, node === undefined ? undefined : this.line(node));
    }
    parse() {
        const doc = (0,dist.parseDocument)(this.text, { lineCounter: this.lc, prettyErrors: false, uniqueKeys: true });
        const err = doc.errors[0];
        if (err)
            throw new errors/* FileError */.f6(this.file, `not valid YAML: ${err.message.split('\n')[0]}`, this.lc.linePos(err.pos[0]).line);
        if (!(0,dist.isMap)(doc.contents))
            this.fail('expected a mapping of fields', doc.contents ?? undefined);
        const keys = new Map();
        for (const p of doc.contents.items)
            keys.set((0,dist.isScalar)(p.key) ? String(p.key.value) : '', p);
        return keys;
    }
    /** A scalar by its text (a number stays `1.10`, not 1.1), sanitized as Helm's Validate does. */
    str(node, what) {
        if (node === null || node === undefined || ((0,dist.isScalar)(node) && node.value === null))
            return undefined;
        if (!(0,dist.isScalar)(node))
            this.fail(`${what} must be a string`, node);
        const v = node.value;
        const text = typeof v === 'string' ? v : this.text.slice(node.range[0], node.range[1]);
        return (0,metadata/* sanitizeString */.xV)(text);
    }
    /** The `dependencies` list, each entry as Helm models it, with its line. */
    dependencies(pair) {
        if (!pair || pair.value === null || ((0,dist.isScalar)(pair.value) && pair.value.value === null))
            return [];
        if (!(0,dist.isSeq)(pair.value))
            this.fail('dependencies must be a list', pair.value);
        return pair.value.items.map((item, i) => {
            if (!(0,dist.isMap)(item))
                this.fail(`dependencies[${i}] must be a mapping`, item);
            const get = (k) => item.items.find((p) => (0,dist.isScalar)(p.key) && p.key.value === k)?.value;
            const name = this.str(get('name'), `dependencies[${i}].name`);
            if (!name)
                this.fail(`dependencies[${i}] has no name`, item);
            const d = { name, repository: this.str(get('repository'), `dependencies[${i}].repository`) ?? '', line: this.line(item) };
            const version = this.str(get('version'), `dependencies[${i}].version`);
            if (version)
                d.version = version;
            const condition = this.str(get('condition'), `dependencies[${i}].condition`);
            if (condition)
                d.condition = condition;
            const tags = get('tags');
            if ((0,dist.isSeq)(tags))
                d.tags = tags.items.map((t, j) => this.str(t, `dependencies[${i}].tags[${j}]`) ?? '');
            const enabled = get('enabled');
            if ((0,dist.isScalar)(enabled) && enabled.value === true)
                d.enabled = true;
            const iv = get('import-values');
            if ((0,dist.isSeq)(iv))
                d['import-values'] = iv.toJSON();
            const alias = this.str(get('alias'), `dependencies[${i}].alias`);
            if (alias)
                d.alias = alias;
            return d;
        });
    }
}
/** Chart.yaml's dependencies as Helm reads them, each with its line. */
function readChartDependencies(text, file) {
    const y = new Located(file, text);
    return y.dependencies(y.parse().get('dependencies'));
}
/** Chart.lock: its digest and entries (name, exact version, repository), with lines. */
function readChartLock(text, file) {
    const y = new Located(file, text);
    const keys = y.parse();
    const digestPair = keys.get('digest');
    const digest = y.str(digestPair?.value, 'digest');
    if (!digest || !/^sha256:[0-9a-f]{64}$/.test(digest)) {
        y.fail(`digest ${JSON.stringify(digest ?? null)} is not a sha256 digest: run 'helm dependency update' and commit Chart.lock`, digestPair?.value ?? digestPair?.key ?? undefined);
    }
    const dependencies = y.dependencies(keys.get('dependencies'));
    for (const d of dependencies) {
        if (!d.version || !semver_default().valid(d.version.replace(/^v/, ''))) {
            throw new errors/* FileError */.f6(file, `dependency '${d.name}' is locked at ${JSON.stringify(d.version ?? null)}, not an exact SemVer version: run 'helm dependency update'`, d.line);
        }
    }
    return { digest: digest, digestLine: y.line(digestPair.key), dependencies };
}
/** `charts/<name>/Chart.yaml` or `charts/<name>-<version>.tgz` for this dependency. */
function isVendored(dep, files) {
    if (files.includes(`charts/${dep.name}/Chart.yaml`))
        return true;
    const prefix = `charts/${dep.name}-`;
    return files.some((f) => {
        if (!f.startsWith(prefix) || !f.endsWith('.tgz') || f.slice('charts/'.length).includes('/'))
            return false;
        const v = f.slice(prefix.length, -4);
        if (!semver_default().valid(v))
            return false;
        if (!dep.version || dep.version === v)
            return true;
        return semver_default().validRange(dep.version.replaceAll(',', ' ')) !== null && semver_default().satisfies(v, dep.version.replaceAll(',', ' '), { includePrerelease: true });
    });
}
function repositoryKind(repository) {
    if (repository.startsWith('oci://'))
        return 'oci';
    if (repository.startsWith('file://'))
        return 'file';
    if (/^https?:\/\//.test(repository))
        return 'http';
    return undefined;
}
/** `@name` and `alias:name` point into the user's repositories.yaml; the lock holds the URL they stood for. */
function isRepoAlias(repository) {
    return repository.startsWith('@') || repository.startsWith('alias:');
}
/** The dependencies to resolve without a lock, refused now where no request is needed. */
function unlocked(chartFile, requirements, missing, files) {
    checkUnlocked(missing, chartFile);
    const vendoredVersions = {};
    for (const d of requirements) {
        if (missing.includes(d))
            continue;
        const archive = files.find((f) => f.startsWith(`charts/${d.name}-`) && f.endsWith('.tgz') && semver_default().valid(f.slice(`charts/${d.name}-`.length, -4)));
        if (archive)
            vendoredVersions[d.name] = archive.slice(`charts/${d.name}-`.length, -4);
    }
    const each = (kind) => [...new Set(missing.filter((d) => repositoryKind(d.repository) === kind).map((d) => d.repository))];
    return { chartFile, requirements, missing, vendoredVersions, repositories: each('http'), folders: each('file') };
}
/**
 * Which dependencies must be fetched, from where, at which version. Without a Chart.lock the
 * plan is `unlocked` (resolved by dependencies-resolve.ts once the repositories are read).
 * Throws `FileError` (file, line, fix) for: a dependency the lock does not list, a lock out of
 * sync with Chart.yaml (the digest differs), a lock entry whose repository is neither http(s),
 * oci nor file; without a lock, what checkUnlocked refuses.
 */
function planDependencies(input) {
    const chartFile = `${input.display}/Chart.yaml`;
    const lockFile = `${input.display}/Chart.lock`;
    const req = readChartDependencies(input.chartYaml, chartFile);
    const missing = req.filter((d) => !isVendored(d, input.files));
    const vendored = req.filter((d) => !missing.includes(d)).map((d) => d.alias || d.name);
    if (missing.length === 0)
        return { fetch: [], vendored };
    const local = missing.find((d) => d.repository === '');
    if (local) {
        throw new errors/* FileError */.f6(chartFile, `dependency '${local.name}' has no repository and is not under charts/: a dependency without a repository must be vendored there (commit charts/${local.name}/ or its .tgz)`, local.line);
    }
    for (const d of missing) {
        const stale = input.files.find((f) => f.startsWith(`charts/${d.name}-`) && f.endsWith('.tgz') && semver_default().valid(f.slice(`charts/${d.name}-`.length, -4)));
        if (stale) {
            throw new errors/* FileError */.f6(chartFile, `dependency '${d.name}' (${d.version ?? 'any version'}) is vendored as ${stale}, which does not satisfy it; the package would hold two '${d.name}' charts: remove the stale archive (${input.chartLock === undefined ? 'the newest version the constraint admits' : "Chart.lock's version"} is then fetched) or vendor a matching one`, d.line);
        }
    }
    if (input.chartLock === undefined)
        return { fetch: [], vendored, unlocked: unlocked(chartFile, req, missing, input.files) };
    const lock = readChartLock(input.chartLock, lockFile);
    // Helm hashes Chart.yaml's dependencies after replacing repository aliases by their URLs,
    // which the lock entry at the same place records.
    const resolvedReq = req.map((d, i) => (isRepoAlias(d.repository) && lock.dependencies[i]?.name === d.name ? { ...d, repository: lock.dependencies[i].repository } : d));
    const sum = hashRequirements(resolvedReq, lock.dependencies);
    if (sum !== lock.digest) {
        throw new errors/* FileError */.f6(lockFile, `digest ${lock.digest} does not match Chart.yaml's dependencies (they hash to ${sum}): Chart.lock is out of sync with Chart.yaml; run 'helm dependency update' and commit Chart.lock`, lock.digestLine);
    }
    const used = new Set();
    const fetch = missing.map((d) => {
        const i = req.indexOf(d);
        const at = lock.dependencies[i]?.name === d.name && !used.has(i) ? i : lock.dependencies.findIndex((l, j) => l.name === d.name && !used.has(j));
        if (at < 0)
            throw new errors/* FileError */.f6(chartFile, `dependency '${d.name}' has no entry in Chart.lock: run 'helm dependency update' and commit Chart.lock`, d.line);
        used.add(at);
        const locked = lock.dependencies[at];
        const kind = repositoryKind(locked.repository);
        if (!kind) {
            throw new errors/* FileError */.f6(lockFile, `dependency '${locked.name}' has repository ${JSON.stringify(locked.repository)}: expected an https:// Helm repository, an oci:// registry or a file:// chart folder (vendor it under charts/ instead)`, locked.line);
        }
        return { name: locked.name, version: locked.version, repository: locked.repository, kind, path: `charts/${locked.name}-${locked.version}.tgz`, where: `${lockFile}:${locked.line}` };
    });
    // two aliases of one chart at one version are one archive (Helm: "Already downloaded")
    const unique = fetch.filter((f, k) => fetch.findIndex((g) => g.path === f.path && g.repository === f.repository) === k);
    return { fetch: unique, vendored, lockDigest: lock.digest };
}

// EXTERNAL MODULE: ./actions/lib/helm/archive-members.ts
var archive_members = __webpack_require__(4819);
;// CONCATENATED MODULE: ./actions/lib/helm/index-withdraw.ts
/**
 * Withdrawing a version from a repository index (a rollback): its entry's lines are removed, so
 * that `helm install` without `--version`, `helm search repo` and `IndexFile.Get` resolve the
 * version before it. Helm ignores `deprecated: true` when it resolves, so marking the entry
 * does not change what users install; removing it does. The archive itself is not touched:
 * whoever pinned the version by URL still downloads it. A minimal edit, like the merge: the
 * entry's lines (the chart's key too when it was the chart's only version) and `generated`.
 */




/** Removes one version's entry from an index; `absent` (text untouched) when it is not listed. */
function withdrawVersion(existing, name, version, options = {}) {
    const file = options.file ?? 'index.yaml';
    const first = (0,index_file/* toSource */.Zi)(existing);
    const { src, scan, fallbackReason } = (0,index_file/* scanSource */.bX)(first, file);
    const text = src.s;
    const chart = scan.charts.find((c) => c.name === src.enc(name));
    const entry = chart ? findVersion(chart.entries, version) : undefined;
    const listed = chart ? chart.entries.map((e) => e.version) : [];
    if (!chart || !entry)
        return withOutput({ status: 'absent', changes: [], remaining: listed, warnings: [] }, existing);
    if (!chart.insertable || entry.dashIndent < 0) {
        throw new errors/* ActionError */.lZ(`${file}: the entries of chart '${name}' (line ${scan.lineOf(chart.keyStart)}) are written inline, so ${version} cannot be removed as lines; rewrite the list in block style`);
    }
    const only = chart.entries.length === 1;
    const edits = [only ? { start: chart.keyStart, end: chart.end, insert: '' } : { start: entry.dashStart, end: entry.end, insert: '' }];
    edits.push(generatedEdit(text, scan, (0,index_entry/* rfc3339Nano */.uN)(options.now ?? (0,index_entry/* nowInstant */.QF)())));
    const warnings = fallbackReason ? [`${file} is not in Helm's canonical layout (${fallbackReason}); it was read with the full YAML parser`] : [];
    const applied = applyEdits(text, edits, scan.eol, file, scan.lineOf, src.dec);
    const source = src.binary ? existing : text;
    const remaining = listed.filter((v) => v !== entry.version);
    return withOutput({ status: 'withdrawn', diff: applied.diff, changes: applied.changes, remaining, warnings }, { pieces: applied.pieces, source });
}

// EXTERNAL MODULE: ./actions/lib/helm/index-load.ts
var index_load = __webpack_require__(4500);
;// CONCATENATED MODULE: ./actions/lib/helm/index.ts
/**
 * The pure Helm library: Chart.yaml validation, `.helmignore` rules, deterministic packaging and
 * the repository index (read, merge one version, deprecate). No git, no network, no runner I/O;
 * `loadChart` and `packageChart` read the chart directory they are given and nothing else.
 */






















/***/ })

};
