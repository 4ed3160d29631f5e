/**
 * Cross-check for the benchmark data: the fast line scanner and the full `yaml` parser must read
 * the same charts, versions and digests from an index, and a merge must lose nothing. Reads the
 * index given (e.g. ../shared/bench/prometheus-community-index.yaml). Bundle like merge-entry.ts:
 *   node node_modules/@vercel/ncc/dist/ncc/cli.js build bench/helm/verify-entry.ts -o /tmp/verify-bench -t -q
 *   node /tmp/verify-bench/index.js ../shared/bench/prometheus-community-index.yaml
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { readIndex } from '../../actions/lib/helm/index-file.js';
import { mergeIndex } from '../../actions/lib/helm/index-merge.js';

const file = process.argv[2];
if (!file) {
  console.error('usage: verify-entry <index.yaml>');
  process.exit(2);
}
const bytes = readFileSync(file);
const fast = readIndex(bytes, file);
const parsed = parse(bytes.toString('utf8'), { maxAliasCount: -1 }) as { entries: Record<string, { version: unknown; digest?: unknown }[]> };

const key = (c: string, v: string, d: unknown): string => `${c} ${v} ${String(d)}`;
const a = new Set(fast.charts.flatMap((c) => c.versions.map((v) => key(c.name, v.version, v.digest))));
const b = new Set(Object.entries(parsed.entries).flatMap(([c, list]) => list.map((e) => key(c, String(e.version), e.digest))));
const missing = [...b].filter((x) => !a.has(x));
const extra = [...a].filter((x) => !b.has(x));

const merged = mergeIndex(bytes, {
  metadata: { apiVersion: 'v2', name: 'workload-variant-autoscaler', version: '0.5.0', appVersion: 'v0.5.0' },
  urls: ['https://example.com/workload-variant-autoscaler-0.5.0.tgz'],
  digest: 'a'.repeat(64),
});
const after = parse(merged.text, { maxAliasCount: -1 }) as typeof parsed;
const countBefore = Object.values(parsed.entries).reduce((n, l) => n + l.length, 0);
const countAfter = Object.values(after.entries).reduce((n, l) => n + l.length, 0);
const ok = missing.length === 0 && extra.length === 0 && fast.shape === 'canonical' && countAfter === countBefore + 1;
console.log(JSON.stringify({ ok, shape: fast.shape, charts: fast.charts.length, entries: a.size, yamlEntries: b.size, missing: missing.slice(0, 5), extra: extra.slice(0, 5), countBefore, countAfter }));
process.exit(ok ? 0 : 1);
