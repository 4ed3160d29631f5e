import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import { rfc3339Nano, chartUrl, renderEntry } from '../../../actions/lib/helm/index-entry.js';
import { readIndex } from '../../../actions/lib/helm/index-file.js';
import { deprecateVersion, mergeIndex } from '../../../actions/lib/helm/index-merge.js';
import { ActionError, FileError } from '../../../actions/lib/runner/errors.js';
import { entry, generateIndex, lineDiff, sha } from './index-support.js';

const NOW = new Date('2026-09-01T12:00:00.000Z');
const NOW_LINE = 'generated: "2026-09-01T12:00:00Z"';
const D1 = sha('alpha-1.0.0');
const D4 = sha('wva-0.4.0');
const D3 = sha('wva-0.3.0');

/** A small index as Helm writes it, plus things this code knows nothing about. */
const INDEX = `apiVersion: v1
entries:
  alpha:
  - apiVersion: v2
    appVersion: "1.0"
    created: "2024-01-01T00:00:00.123456789Z"
    description: Alpha chart
    digest: ${D1}
    name: alpha
    urls:
    - https://example.com/charts/alpha-1.0.0.tgz
    version: 1.0.0
  workload-variant-autoscaler:
  - annotations:
      artifacthub.io/links: |
        - name: Docs
          url: https://llm-d.ai
    apiVersion: v2
    appVersion: v0.4.0
    created: "2024-05-01T10:00:00Z"
    description: Workload Variant Autoscaler for llm-d that scales model-serving variants
      on saturation and SLOs.
    digest: ${D4}
    kubeVersion: '>=1.29.0-0'
    name: workload-variant-autoscaler
    urls:
    - https://example.com/charts/workload-variant-autoscaler-0.4.0.tgz
    version: 0.4.0
    x-vendor-field: {keep: "me", as: [written]}
  # an older release, kept for users pinned to it
  - apiVersion: v2
    appVersion: v0.3.0
    created: "2024-03-01T10:00:00Z"
    description: Workload Variant Autoscaler
    digest: ${D3}
    name: workload-variant-autoscaler
    urls:
    - https://example.com/charts/workload-variant-autoscaler-0.3.0.tgz
    - https://mirror.example.com/workload-variant-autoscaler-0.3.0.tgz
    version: 0.3.0
  zeta-legacy:
  - apiVersion: v1
    appVersion: 1.2.3
    digest: ${sha('zeta')}
    engine: gotpl
    name: zeta-legacy
    tillerVersion: '>=2.10.0'
    urls:
    - https://example.com/zeta-legacy-v0.0.1.tgz
    version: v0.0.1
generated: "2024-06-01T00:00:00.000000001Z"
serverInfo:
  contextPath: /charts
`;

const WVA = 'workload-variant-autoscaler';

function fileError(f: () => unknown): FileError {
  try {
    f();
  } catch (e) {
    if (e instanceof FileError) return e;
    throw e;
  }
  throw new Error('expected a FileError');
}

const OLD_GEN = 'generated: "2024-06-01T00:00:00.000000001Z"';

/** `text` with `block` inserted before the line `anchor` (which must occur once) and generated updated. */
function expected(text: string, anchor: string, block: string): string {
  const at = text.indexOf(`\n${anchor}\n`);
  expect(at).toBeGreaterThan(0);
  expect(text.indexOf(`\n${anchor}\n`, at + 1)).toBe(-1);
  return `${text.slice(0, at + 1)}${block}${text.slice(at + 1)}`.replace(OLD_GEN, NOW_LINE);
}

describe('rfc3339Nano / chartUrl', () => {
  it('writes times as Go RFC3339Nano does', () => {
    expect(rfc3339Nano(new Date('2024-01-02T03:04:05.123Z'))).toBe('2024-01-02T03:04:05.123Z');
    expect(rfc3339Nano(1704164645123456789n)).toBe('2024-01-02T03:04:05.123456789Z');
    expect(rfc3339Nano(1704164645100000000n)).toBe('2024-01-02T03:04:05.1Z');
    expect(rfc3339Nano(1704164645000000000n)).toBe('2024-01-02T03:04:05Z');
  });
  it('joins a base URL and a file name as Helm does', () => {
    expect(chartUrl('https://o.github.io/r', 'c-1.0.0.tgz')).toBe('https://o.github.io/r/c-1.0.0.tgz');
    expect(chartUrl('https://o.github.io/r/', 'c-1.0.0.tgz')).toBe('https://o.github.io/r/c-1.0.0.tgz');
  });
});

describe('mergeIndex', () => {
  it('creates an index when there is none, exactly as helm repo index writes it', () => {
    const r = mergeIndex(undefined, { ...entry(WVA, '0.5.0', { keywords: ['llm-d'] }), digest: 'a'.repeat(64) }, { now: 1788264000123456789n });
    expect(r.status).toBe('published');
    expect(r.mode).toBe('new');
    expect(r.text).toBe(`apiVersion: v1
entries:
  workload-variant-autoscaler:
  - apiVersion: v2
    appVersion: v0.5.0
    created: "2026-09-01T12:00:00.123456789Z"
    description: The workload-variant-autoscaler chart.
    digest: ${'a'.repeat(64)}
    keywords:
    - llm-d
    name: workload-variant-autoscaler
    type: application
    urls:
    - https://example.com/charts/workload-variant-autoscaler-0.5.0.tgz
    version: 0.5.0
generated: "2026-09-01T12:00:00.123456789Z"
`);
  });

  it('adds the first chart to an empty index (entries: {})', () => {
    const empty = 'apiVersion: v1\nentries: {}\ngenerated: "2024-01-01T00:00:00Z"\n';
    const r = mergeIndex(empty, entry('alpha', '1.0.0'), { now: NOW });
    const d = lineDiff(empty, r.text);
    expect(d.removed).toEqual(['entries: {}', 'generated: "2024-01-01T00:00:00Z"']);
    expect(d.added).toEqual(['entries:', '  alpha:', ...renderEntry(entry('alpha', '1.0.0'), '2026-09-01T12:00:00Z', 2).trimEnd().split('\n'), NOW_LINE]);
    expect(readIndex(r.text).charts.map((c) => c.name)).toEqual(['alpha']);
  });

  it('puts a new newest version at the top of its chart, changing nothing else but generated', () => {
    const e = entry(WVA, '0.5.0', { kubeVersion: '>=1.29.0-0', annotations: { 'artifacthub.io/prerelease': 'false' } });
    const r = mergeIndex(INDEX, e, { now: NOW, file: 'gh-pages/index.yaml' });
    expect(r.status).toBe('published');
    expect(r.mode).toBe('canonical');
    expect(r.warnings).toEqual([]);
    const block = [
      '  - annotations:',
      '      artifacthub.io/prerelease: "false"',
      '    apiVersion: v2',
      '    appVersion: v0.5.0',
      '    created: "2026-09-01T12:00:00Z"',
      '    description: The workload-variant-autoscaler chart.',
      `    digest: ${e.digest}`,
      "    kubeVersion: '>=1.29.0-0'",
      '    name: workload-variant-autoscaler',
      '    type: application',
      '    urls:',
      '    - https://example.com/charts/workload-variant-autoscaler-0.5.0.tgz',
      '    version: 0.5.0',
    ];
    // Unknown fields and charts, comments and quoting: all byte-for-byte the same.
    expect(r.text).toBe(expected(INDEX, `  - annotations:`, block.map((l) => `${l}\n`).join('')));
    // The line diff: the entry right under `  workload-variant-autoscaler:`, and the generated line.
    expect(r.changes).toEqual([
      { oldStart: 14, oldLines: [], newStart: 14, newLines: block },
      { oldStart: 51, oldLines: [OLD_GEN], newStart: 64, newLines: [NOW_LINE] },
    ]);
    expect(r.diff).toBe(
      ['--- a/gh-pages/index.yaml', '+++ b/gh-pages/index.yaml', '@@ -13,0 +14,13 @@', ...block.map((l) => `+${l}`), '@@ -51 +64 @@', `-${OLD_GEN}`, `+${NOW_LINE}`, ''].join('\n'),
    );
    // An independent line diff agrees on what changed.
    const d = lineDiff(INDEX, r.text);
    expect(d.removed).toEqual([OLD_GEN]);
    expect([...d.added].sort()).toEqual([...block, NOW_LINE].sort());
    // And it reads back as YAML with the entry first.
    const parsed = parse(r.text) as { entries: Record<string, { version: string }[]>; serverInfo: unknown };
    expect(parsed.entries[WVA]!.map((x) => x.version)).toEqual(['0.5.0', '0.4.0', '0.3.0']);
    expect(parsed.serverInfo).toEqual({ contextPath: '/charts' });
  });

  it('puts an older version at its SemVer place in the middle, before the comment of the next entry', () => {
    const r = mergeIndex(INDEX, entry(WVA, '0.3.5'), { now: NOW });
    const block = renderEntry(entry(WVA, '0.3.5'), '2026-09-01T12:00:00Z', 2);
    expect(r.text).toBe(expected(INDEX, '  # an older release, kept for users pinned to it', block));
    expect(r.changes[0]).toMatchObject({ oldStart: 30, oldLines: [], newLines: block.trimEnd().split('\n') });
    expect(readIndex(r.text).charts.find((c) => c.name === WVA)!.versions.map((v) => v.version)).toEqual(['0.4.0', '0.3.5', '0.3.0']);
  });

  it('appends the oldest version at the end of its chart', () => {
    const r = mergeIndex(INDEX, entry(WVA, '0.1.0'), { now: NOW });
    expect(r.text).toBe(expected(INDEX, '  zeta-legacy:', renderEntry(entry(WVA, '0.1.0'), '2026-09-01T12:00:00Z', 2)));
    expect(readIndex(r.text).charts.find((c) => c.name === WVA)!.versions.map((v) => v.version)).toEqual(['0.4.0', '0.3.0', '0.1.0']);
  });

  it('adds a new chart at its place in Helm key order, with unknown charts kept', () => {
    for (const [name, before] of [
      ['aardvark', 'alpha'],
      ['beta', WVA],
      ['zz-last', undefined],
    ] as const) {
      const r = mergeIndex(INDEX, entry(name, '1.0.0'), { now: NOW });
      const block = `  ${name}:\n${renderEntry(entry(name, '1.0.0'), '2026-09-01T12:00:00Z', 2)}`;
      expect(r.text).toBe(expected(INDEX, before ? `  ${before}:` : OLD_GEN, block));
      const names = readIndex(r.text).charts.map((c) => c.name);
      expect(names).toHaveLength(4);
      if (before) expect(names.indexOf(name)).toBe(names.indexOf(before) - 1);
      else expect(names[names.length - 1]).toBe(name);
    }
  });

  it('returns the text untouched for a version already published with the same digest', () => {
    const r = mergeIndex(INDEX, { ...entry(WVA, '0.4.0'), digest: D4 }, { now: NOW });
    expect(r.status).toBe('unchanged');
    expect(r.text).toBe(INDEX);
    expect(r.diff).toBeUndefined();
    expect(r.changes).toEqual([]);
  });

  it('treats v0.0.1 and 0.0.1 as one version', () => {
    expect(mergeIndex(INDEX, { ...entry('zeta-legacy', '0.0.1'), digest: sha('zeta') }, { now: NOW }).status).toBe('unchanged');
  });

  it('refuses to overwrite a published version, naming both digests', () => {
    const other = 'b'.repeat(64);
    expect(() => mergeIndex(INDEX, { ...entry(WVA, '0.4.0'), digest: other }, { now: NOW })).toThrow(ActionError);
    expect(() => mergeIndex(INDEX, { ...entry(WVA, '0.4.0'), digest: other }, { now: NOW })).toThrow(
      `index.yaml: workload-variant-autoscaler 0.4.0 is already published (line 14) with digest ${D4}; the new package has digest ${other}. A published version is never overwritten: bump the chart version.`,
    );
  });

  it('refuses an entry that could not be published', () => {
    expect(() => mergeIndex(INDEX, { ...entry(WVA, 'latest') }, { now: NOW })).toThrow(/'latest' is not a SemVer 2 version/);
    expect(() => mergeIndex(INDEX, { ...entry(WVA, '0.6.0'), digest: 'sha256:abc' }, { now: NOW })).toThrow(/not a sha256 hex digest/);
    expect(() => mergeIndex(INDEX, { ...entry(WVA, '0.6.0'), urls: [] }, { now: NOW })).toThrow(/no urls/);
  });

  it('takes the index as UTF-8 bytes and gives the same result as for text', () => {
    const withUnicode = INDEX.replace('description: Alpha chart', 'description: Alpha chart by Jan-Otto Kröpke 🚀');
    const fromText = mergeIndex(withUnicode, entry(WVA, '0.5.0', { description: 'Für alle — ✓' }), { now: NOW });
    const fromBytes = mergeIndex(Buffer.from(withUnicode, 'utf8'), entry(WVA, '0.5.0', { description: 'Für alle — ✓' }), { now: NOW });
    expect(fromBytes.mode).toBe('canonical');
    expect(fromBytes.text).toBe(fromText.text);
    expect(Buffer.compare(fromBytes.bytes, Buffer.from(fromText.text, 'utf8'))).toBe(0);
    expect(fromBytes.changes).toEqual(fromText.changes);
    expect(fromBytes.text).toContain('    description: Für alle — ✓\n');
    expect(fromBytes.text).toContain('Kröpke 🚀');
    // Unchanged hands back the very bytes it was given.
    const bytes = Buffer.from(withUnicode, 'utf8');
    const same = mergeIndex(bytes, { ...entry(WVA, '0.4.0'), digest: D4 }, { now: NOW });
    expect(same.status).toBe('unchanged');
    expect(Buffer.compare(same.bytes, bytes)).toBe(0);
    // Bytes that need the YAML parser are decoded for it.
    const flowy = Buffer.from(withUnicode.replace('    urls:\n    - https://example.com/charts/alpha-1.0.0.tgz\n', '    urls: [https://example.com/charts/alpha-1.0.0.tgz]\n'), 'utf8');
    const viaYaml = mergeIndex(flowy, entry(WVA, '0.5.0'), { now: NOW });
    expect(viaYaml.mode).toBe('yaml');
    expect(viaYaml.text).toContain('Kröpke 🚀');
    expect(readIndex(viaYaml.bytes).charts.find((c) => c.name === WVA)!.versions.map((v) => v.version)).toEqual(['0.5.0', '0.4.0', '0.3.0']);
  });

  it('keeps CRLF line endings, and writes its own lines with them', () => {
    const crlf = INDEX.replace(/\n/g, '\r\n');
    const r = mergeIndex(crlf, entry(WVA, '0.5.0'), { now: NOW });
    expect(r.mode).toBe('canonical');
    expect(r.text).toBe(mergeIndex(INDEX, entry(WVA, '0.5.0'), { now: NOW }).text.replace(/\n/g, '\r\n'));
  });

  it('adds generated when the index has none, before keys that sort after it', () => {
    const noGen = INDEX.replace(`${OLD_GEN}\n`, '');
    const r = mergeIndex(noGen, entry(WVA, '0.5.0'), { now: NOW });
    const withGen = mergeIndex(INDEX, entry(WVA, '0.5.0'), { now: NOW }).text;
    expect(r.text).toBe(withGen);
    expect(r.changes[1]).toMatchObject({ oldLines: [], newLines: [NOW_LINE] });
  });
});

describe('mergeIndex on a large index', () => {
  const charts = ['alertmanager', 'kube-prometheus-stack', 'prometheus', 'prometheus-node-exporter', 'redis', 'zookeeper'];
  const big = generateIndex(charts, 900);

  it('reads every entry of the generated index', () => {
    expect(big.count).toBe(5400);
    const summary = readIndex(big.text);
    expect(summary.shape).toBe('canonical');
    expect(summary.charts.reduce((n, c) => n + c.versions.length, 0)).toBe(5400);
  });

  it('merges several versions and charts with nothing lost', () => {
    let text = big.text;
    const added = [entry('prometheus', '9.0.0'), entry('redis', '4.5.5-rc.1'), entry('kube-prometheus-stack', '0.0.0-rc.1'), entry('loki', '1.0.0'), entry('zz-new', '0.1.0')];
    for (const [i, e] of added.entries()) {
      const before = text;
      const r = mergeIndex(text, e, { now: new Date(NOW.getTime() + i * 1000) });
      expect(r.status).toBe('published');
      expect(r.mode).toBe('canonical');
      const d = lineDiff(before, r.text);
      // Only the entry (and a chart key for a new chart) and the generated line.
      expect(d.removed).toHaveLength(1);
      expect(d.removed[0]).toMatch(/^generated: /);
      expect(d.added.filter((l) => l.startsWith('  - '))).toHaveLength(1);
      text = r.text;
    }
    const summary = readIndex(text);
    const total = summary.charts.reduce((n, c) => n + c.versions.length, 0);
    expect(total).toBe(5400 + added.length);
    expect((text.match(/^ {2}- /gm) ?? []).length).toBe(5400 + added.length);
    // Every original entry is still there with its digest.
    const before = readIndex(big.text);
    const after = new Map(summary.charts.map((c) => [c.name, new Map(c.versions.map((v) => [v.version, v.digest]))]));
    for (const c of before.charts) for (const v of c.versions) expect(after.get(c.name)!.get(v.version)).toBe(v.digest);
    // SemVer order: a release candidate sits below the release it precedes.
    const kps = summary.charts.find((c) => c.name === 'kube-prometheus-stack')!.versions.map((v) => v.version);
    expect(kps.slice(-2)).toEqual(['v0.0.0', '0.0.0-rc.1']); // v0.0.0: the generator writes some versions with a v
    expect(summary.charts.map((c) => c.name)).toEqual(['alertmanager', 'kube-prometheus-stack', 'loki', 'prometheus', 'prometheus-node-exporter', 'redis', 'zookeeper', 'zz-new']);
    // The full YAML parser agrees.
    const parsed = parse(text, { maxAliasCount: -1 }) as { entries: Record<string, unknown[]> };
    expect(Object.values(parsed.entries).reduce((n, l) => n + l.length, 0)).toBe(5400 + added.length);
  });
});

describe('malformed indexes are refused with the file and line', () => {
  const good = (body: string): string => `apiVersion: v1\nentries:\n${body}generated: "2024-01-01T00:00:00Z"\n`;
  const item = (version: string, more = '', digest = D1, urls = '    urls:\n    - https://x/a.tgz\n'): string =>
    `  - apiVersion: v2\n    digest: ${digest}\n    name: a\n${more}${urls}    version: ${version}\n`;

  const cases: [string, string, number, RegExp][] = [
    ['empty', '', 1, /the index is empty/],
    ['blank', '  \n\n', 1, /the index is empty/],
    ['comments only', '# nothing here\n', 1, /no content/],
    ['no apiVersion', 'entries: {}\ngenerated: "2024-01-01T00:00:00Z"\n', 1, /no apiVersion/],
    ['another apiVersion', 'apiVersion: v2\nentries: {}\n', 1, /unsupported index apiVersion 'v2'/],
    ['no entries', 'apiVersion: v1\ngenerated: "2024-01-01T00:00:00Z"\n', 1, /no entries key/],
    ['duplicate versions', good(`  a:\n${item('1.0.0')}${item('1.0.0', '', sha('x'))}`), 15, /chart 'a' lists version 1.0.0 twice \(lines 9 and 15\)/],
    ['duplicate versions, v-prefixed', good(`  a:\n${item('1.0.0')}${item('v1.0.0', '', sha('x'))}`), 15, /lists version v1.0.0 twice/],
    ['digest not hex', good(`  a:\n${item('1.0.0', '', 'xyz')}`), 5, /digest 'xyz' is not a sha256 digest/],
    ['digest too short', good(`  a:\n${item('1.0.0', '', 'abcd')}`), 5, /digest 'abcd' is not a sha256 digest/],
    ['digest uppercase', good(`  a:\n${item('1.0.0', '', D1.toUpperCase())}`), 5, /is not a sha256 digest/],
    ['digest with prefix', good(`  a:\n${item('1.0.0', '', `sha256:${D1}`)}`), 5, /is not a sha256 digest/],
    ['empty urls', good(`  a:\n${item('1.0.0', '', D1, '    urls: []\n')}`), 7, /chart 'a' version 1.0.0 has no urls/],
    ['no urls', good(`  a:\n${item('1.0.0', '', D1, '')}`), 4, /has no urls/],
    ['empty url', good(`  a:\n${item('1.0.0', '', D1, '    urls:\n    - ""\n')}`), 7, /has an empty url/],
    ['invalid SemVer', good(`  a:\n${item('1.2')}`), 9, /version '1.2' is not a SemVer 2 version/],
    ['invalid SemVer (leading zero)', good(`  a:\n${item('01.2.3')}`), 9, /'01.2.3' is not a SemVer 2 version/],
    ['no version', good(`  a:\n  - apiVersion: v2\n    digest: ${D1}\n    urls:\n    - https://x\n`), 4, /an entry of chart 'a' has no version/],
    ['duplicate chart', good(`  a:\n${item('1.0.0')}  a:\n${item('2.0.0')}`), 10, /chart 'a' appears twice under entries \(first at line 3\)/],
    ['duplicate key in an entry', good(`  a:\n${item('1.0.0', '    name: b\n')}`), 7, /duplicate key 'name'/],
    ['duplicate top-level key', 'apiVersion: v1\nentries: {}\napiVersion: v1\n', 3, /duplicate top-level key 'apiVersion'/],
  ];

  it.each(cases)('%s', (_name, text, line, message) => {
    const e = fileError(() => mergeIndex(text, entry('a', '9.9.9'), { now: NOW, file: 'index.yaml' }));
    expect(e.file).toBe('index.yaml');
    expect(e.line).toBe(line);
    expect(e.message).toMatch(message);
  });

  // The same refusals when the index is not in the canonical shape (the YAML parser reads it).
  const flow = (entries: string): string => `{"apiVersion": "v1", "entries": ${entries}}`;
  const flowCases: [string, string, number, RegExp][] = [
    ['JSON: duplicate versions', flow(`{"a": [{"version": "1.0.0", "digest": "${D1}", "urls": ["u"]},\n{"version": "1.0.0", "urls": ["u"]}]}`), 2, /lists version 1.0.0 twice/],
    ['JSON: bad digest', flow(`{"a": [{"version": "1.0.0", "digest": "nope", "urls": ["u"]}]}`), 1, /digest 'nope' is not a sha256 digest/],
    ['JSON: empty urls', flow(`{"a": [\n{"version": "1.0.0", "urls": []}]}`), 2, /has no urls/],
    ['JSON: invalid SemVer', flow(`{"a": [{"version": "latest", "urls": ["u"]}]}`), 1, /'latest' is not a SemVer 2 version/],
    ['JSON: no apiVersion', `{"entries": {}}`, 1, /no apiVersion/],
    ['not YAML', 'apiVersion: v1\nentries:\n  a: [\n', 4, /not valid YAML/],
    ['tab-indented', `apiVersion: v1\nentries:\n\ta:\n`, 3, /not valid YAML/],
  ];
  it.each(flowCases)('%s', (_name, text, line, message) => {
    const e = fileError(() => mergeIndex(text, entry('a', '9.9.9'), { now: NOW }));
    expect(e.line).toBe(line);
    expect(e.message).toMatch(message);
  });
});

describe('indexes not in the canonical shape', () => {
  it('still inserts lines when the layout is block style (a hand-edited flow list of urls)', () => {
    const text = INDEX.replace(
      '    urls:\n    - https://example.com/charts/alpha-1.0.0.tgz\n',
      '    urls: [https://example.com/charts/alpha-1.0.0.tgz, https://mirror.example.com/alpha-1.0.0.tgz]\n',
    );
    const r = mergeIndex(text, entry(WVA, '0.5.0'), { now: NOW });
    expect(r.mode).toBe('yaml');
    expect(r.warnings[0]).toMatch(/not in Helm's canonical layout \(line \d+: urls written as a flow collection\)/);
    const d = lineDiff(text, r.text);
    expect(d.removed).toEqual(['generated: "2024-06-01T00:00:00.000000001Z"']);
    expect(d.added).toEqual([...renderEntry(entry(WVA, '0.5.0'), '2026-09-01T12:00:00Z', 2).trimEnd().split('\n'), NOW_LINE]);
  });

  it.each([
    ['a multi-line version', (t: string) => t.replace('    version: 1.0.0\n', '    version: 1.0.0\n      and more\n'), /not valid YAML|SemVer/],
    ['a plain value holding ": "', (t: string) => t.replace('    description: Alpha chart\n', '    description: Alpha: chart\n'), /not valid YAML/],
  ])('hands %s to the YAML parser, which refuses it with the line', (_what, edit, message) => {
    const e = fileError(() => mergeIndex(edit(INDEX), entry(WVA, '0.5.0'), { now: NOW }));
    expect(e.message).toMatch(message);
    expect(e.line).toBeGreaterThan(3);
  });

  it.each([
    ['an anchor and an alias', (t: string) => t.replace('    kubeVersion: \'>=1.29.0-0\'\n', "    kubeVersion: &kv '>=1.29.0-0'\n").replace("    tillerVersion: '>=2.10.0'\n", '    tillerVersion: *kv\n')],
    ['a tagged version', (t: string) => t.replace('    version: 1.0.0\n', '    version: !!str 1.0.0\n')],
    ['a comment inside an entry at column 0', (t: string) => t.replace('    name: alpha\n', '# note\n    name: alpha\n')],
  ])('reads %s (via the parser where needed) and still inserts only lines', (_what, edit) => {
    const text = edit(INDEX);
    const r = mergeIndex(text, entry(WVA, '0.5.0'), { now: NOW });
    expect(r.mode === 'canonical' || r.mode === 'yaml').toBe(true);
    const d = lineDiff(text, r.text);
    expect(d.removed).toEqual([OLD_GEN]);
    expect(d.added).toHaveLength(11);
    expect(readIndex(r.text).charts.reduce((n, c) => n + c.versions.length, 0)).toBe(5);
  });

  it('re-renders a JSON index in full, with a warning', () => {
    const json = JSON.stringify({ apiVersion: 'v1', entries: { alpha: [{ name: 'alpha', version: '1.0.0', digest: D1, urls: ['https://x/alpha-1.0.0.tgz'], created: '2024-01-01T00:00:00Z' }] }, generated: '2024-01-01T00:00:00Z' });
    const r = mergeIndex(json, entry('alpha', '1.1.0'), { now: NOW });
    expect(r.mode).toBe('rewritten');
    expect(r.warnings[0]).toMatch(/rewritten in full/);
    expect(r.text).toBe(`apiVersion: v1
entries:
  alpha:
${renderEntry(entry('alpha', '1.1.0'), '2026-09-01T12:00:00Z', 2)}  - created: "2024-01-01T00:00:00Z"
    digest: ${D1}
    name: alpha
    urls:
    - https://x/alpha-1.0.0.tgz
    version: 1.0.0
${NOW_LINE}
`);
    // The rewritten file is canonical: the next merge is a minimal one again.
    expect(mergeIndex(r.text, entry('alpha', '1.2.0'), { now: NOW }).mode).toBe('canonical');
  });
});

describe('deprecateVersion', () => {
  it('adds deprecated: true at its key-order place and updates generated', () => {
    const r = deprecateVersion(INDEX, WVA, '0.3.0', { now: NOW });
    expect(r.status).toBe('deprecated');
    const d = lineDiff(INDEX, r.text);
    expect(d.removed).toEqual(['generated: "2024-06-01T00:00:00.000000001Z"']);
    expect(d.added).toEqual(['    deprecated: true', NOW_LINE]);
    const lines = r.text.split('\n');
    expect(lines[d.addedAt[0]! - 2]).toBe('    created: "2024-03-01T10:00:00Z"');
    expect(lines[d.addedAt[0]!]).toBe('    description: Workload Variant Autoscaler');
    const parsed = parse(r.text) as { entries: Record<string, { version: string; deprecated?: boolean }[]> };
    expect(parsed.entries[WVA]!.map((e) => e.deprecated ?? false)).toEqual([false, true]);
  });

  it('is idempotent', () => {
    const once = deprecateVersion(INDEX, WVA, '0.3.0', { now: NOW }).text;
    const twice = deprecateVersion(once, WVA, '0.3.0', { now: new Date('2027-01-01T00:00:00Z') });
    expect(twice.status).toBe('unchanged');
    expect(twice.text).toBe(once);
  });

  it('splits the dash line when deprecated sorts before the first key', () => {
    const text = 'apiVersion: v1\nentries:\n  a:\n  - description: A\n    digest: ' + D1 + '\n    urls:\n    - u\n    version: 1.0.0\ngenerated: "2024-01-01T00:00:00Z"\n';
    const r = deprecateVersion(text, 'a', '1.0.0', { now: NOW });
    expect(r.text).toBe('apiVersion: v1\nentries:\n  a:\n  - deprecated: true\n    description: A\n    digest: ' + D1 + '\n    urls:\n    - u\n    version: 1.0.0\n' + NOW_LINE + '\n');
  });

  it('turns deprecated: false into true, and matches v-prefixed versions', () => {
    const text = INDEX.replace('    engine: gotpl\n', '    deprecated: false\n    engine: gotpl\n');
    const r = deprecateVersion(text, 'zeta-legacy', '0.0.1', { now: NOW });
    expect(lineDiff(text, r.text).added).toEqual(['    deprecated: true', NOW_LINE]);
    expect(lineDiff(text, r.text).removed).toEqual(['    deprecated: false', 'generated: "2024-06-01T00:00:00.000000001Z"']);
  });

  it('takes bytes too', () => {
    const r = deprecateVersion(Buffer.from(INDEX, 'utf8'), WVA, '0.3.0', { now: NOW });
    expect(r.text).toBe(deprecateVersion(INDEX, WVA, '0.3.0', { now: NOW }).text);
  });

  it('fails when the chart or version is not there', () => {
    expect(() => deprecateVersion(INDEX, WVA, '9.9.9')).toThrow(/has no version 9.9.9 of chart 'workload-variant-autoscaler' to deprecate \(it lists 0.4.0, 0.3.0\)/);
    expect(() => deprecateVersion(INDEX, 'nope', '1.0.0')).toThrow(/has no chart 'nope'/);
  });

  it('works on an index read by the YAML parser', () => {
    const text = INDEX.replace('    urls:\n    - https://example.com/charts/alpha-1.0.0.tgz\n', '    urls: [https://example.com/charts/alpha-1.0.0.tgz]\n');
    const r = deprecateVersion(text, 'alpha', '1.0.0', { now: NOW });
    expect(lineDiff(text, r.text).added).toEqual(['    deprecated: true', NOW_LINE]);
  });
});
