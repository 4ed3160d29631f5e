/**
 * resolveChart against Helm's IndexFile.Get (pkg/repo/v1/index.go and its TestIndexFile), on a
 * real index (llm-d-infra's gh-pages, `v`-prefixed versions); and a rollback: after the newest
 * release is withdrawn, Helm resolves the previous stable — after it is only deprecated, it does not.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ChartMetadata } from '../../../actions/lib/helm/metadata.js';
import { readIndex } from '../../../actions/lib/helm/index-file.js';
import { deprecateVersion, mergeIndex } from '../../../actions/lib/helm/index-merge.js';
import { withdrawVersion } from '../../../actions/lib/helm/index-withdraw.js';
import { isVersionRange, repositoryIndexUrl, resolveChart, resolveReferenceUrl } from '../../../actions/lib/helm/resolve.js';

const INFRA = readFileSync(fileURLToPath(new URL('../../corpus/helm-index/llm-d-infra-index.yaml', import.meta.url)), 'utf8');
const NOW = new Date('2027-01-15T08:00:00Z');
const digest = (n: number): string => n.toString(16).padStart(64, '0');

/** An index holding these versions of `name` (each merged as publish-helm merges it). */
function indexOf(name: string, versions: string[]): string {
  let text: string | undefined;
  versions.forEach((version, i) => {
    const metadata: ChartMetadata = { apiVersion: 'v2', name, version, appVersion: version };
    text = mergeIndex(text, { metadata, urls: [`${name}-${version}.tgz`], digest: digest(i + 1) }, { now: NOW }).text;
  });
  return text!;
}

/** An index written by hand (build metadata, which publish-helm never writes, is Helm's test data). */
function rawIndex(name: string, versions: string[]): string {
  const entries = versions.map((v, i) => `  - apiVersion: v2\n    digest: ${digest(i + 1)}\n    name: ${name}\n    urls:\n    - ${name}-${v}.tgz\n    version: ${v}\n`);
  return `apiVersion: v1\nentries:\n  ${name}:\n${entries.join('')}generated: "2027-01-15T08:00:00Z"\n`;
}

const resolved = (text: string, name: string, constraint?: string): string | undefined => resolveChart(readIndex(text), name, constraint)?.version;

describe('resolveChart (Helm IndexFile.Get)', () => {
  it("gives Helm's TestIndexFile answers", () => {
    const text = rawIndex('setter', ['0.1.9+alpha', '0.1.9+beta', '0.1.8', '0.1.8+beta']);
    expect(resolved(text, 'setter', '0.1.9')).toMatch(/^0\.1\.9/);
    expect(resolved(text, 'setter', '0.1.9+alpha')).toBe('0.1.9+alpha');
    expect(resolved(text, 'setter', '0.1.8')).toBe('0.1.8');
    const cutter = indexOf('cutter', ['0.1.1', '0.1.0', '0.2.0']);
    expect(resolved(cutter, 'cutter')).toBe('0.2.0');
    expect(resolved(cutter, 'clipper')).toBeUndefined();
  });

  it('without a constraint takes the newest stable; a prerelease only when the constraint names one', () => {
    const text = indexOf('op', ['0.5.0', '0.6.0-rc.1', '0.5.1']);
    expect(resolved(text, 'op')).toBe('0.5.1');
    expect(resolved(text, 'op', '^0.5')).toBe('0.5.1');
    expect(resolved(text, 'op', '>=0.6.0-0')).toBe('0.6.0-rc.1');
    expect(resolved(text, 'op', '0.6.0-rc.1')).toBe('0.6.0-rc.1');
    expect(resolved(text, 'op', '>=0.5.0, <0.5.1')).toBe('0.5.0');
    expect(resolved(text, 'op', '>=0.7')).toBeUndefined();
    expect(resolved(indexOf('op', ['1.0.0-rc.1']), 'op')).toBeUndefined();
  });

  it("reads llm-d-infra's real index (v-prefixed versions) as Helm does", () => {
    expect(resolved(INFRA, 'llm-d-infra')).toBe('v1.4.0');
    expect(resolved(INFRA, 'llm-d-infra', '~1.3')).toBe('v1.3.10');
    expect(resolved(INFRA, 'llm-d-infra', 'v1.2.4')).toBe('v1.2.4');
    expect(resolved(INFRA, 'llm-d-infra', '1.1.x')).toBe('v1.1.1');
  });

  it('tells ranges from versions as Helm does', () => {
    expect(['^1', '~1.10', '>=1', '1.x', '1.2.X', '1 - 2', '1 || 2', '*'].map(isVersionRange)).toEqual(Array(8).fill(true));
    expect(['1.10.0', '1.0.0-x.1', 'v1.2.3', '1.0.0+x'].map(isVersionRange)).toEqual(Array(4).fill(false));
  });

  it("resolves archive URLs as Helm's ResolveReferenceURL", () => {
    expect(resolveReferenceUrl('https://h.io/charts', 'a-1.0.0.tgz')).toBe('https://h.io/charts/a-1.0.0.tgz');
    expect(resolveReferenceUrl('https://h.io/charts/', 'pkg/a-1.0.0.tgz')).toBe('https://h.io/charts/pkg/a-1.0.0.tgz');
    expect(resolveReferenceUrl('https://h.io/charts?token=x', 'a.tgz')).toBe('https://h.io/charts/a.tgz?token=x');
    expect(resolveReferenceUrl('https://h.io/charts', 'https://cdn.io/a.tgz')).toBe('https://cdn.io/a.tgz');
    expect(repositoryIndexUrl('https://h.io/charts/')).toBe('https://h.io/charts/index.yaml');
  });
});

describe('a rollback of the newest release', () => {
  it('withdrawn: Helm resolves the previous stable; every other line is kept; idempotent', () => {
    const result = withdrawVersion(INFRA, 'llm-d-infra', 'v1.4.0', { now: NOW });
    expect(result.status).toBe('withdrawn');
    expect(resolved(result.text, 'llm-d-infra')).toBe('v1.3.10');
    const after = readIndex(result.text).charts[0]!.versions.map((v) => v.version);
    expect(after).toEqual(readIndex(INFRA).charts[0]!.versions.map((v) => v.version).slice(1));
    const removed = result.changes.flatMap((c) => c.oldLines);
    expect(removed.filter((l) => !l.startsWith('generated:'))).toEqual(INFRA.split('\n').slice(3, 37));
    expect(result.changes.flatMap((c) => c.newLines)).toEqual(['generated: "2027-01-15T08:00:00Z"']);
    const again = withdrawVersion(result.bytes, 'llm-d-infra', 'v1.4.0', { now: NOW });
    expect(again.status).toBe('absent');
    expect(again.bytes.equals(result.bytes)).toBe(true);
  });

  it('deprecated only: Helm still resolves the rolled-back version (why withdraw is the default)', () => {
    const text = indexOf('op', ['0.5.0', '0.6.0-rc.1', '0.6.0']);
    expect(resolved(deprecateVersion(text, 'op', '0.6.0', { now: NOW }).text, 'op')).toBe('0.6.0');
    const withdrawn = withdrawVersion(text, 'op', '0.6.0', { now: NOW });
    expect(resolved(withdrawn.text, 'op')).toBe('0.5.0');
    expect(withdrawn.remaining).toEqual(['0.6.0-rc.1', '0.5.0']);
  });

  it("withdraws a chart's only version with its key, and the index still takes a new version", () => {
    const text = `${indexOf('other', ['1.0.0'])}`.replace('entries:\n', `entries:\n${indexOf('op', ['0.1.0']).split('\n').slice(2, -2).join('\n')}\n`);
    expect(readIndex(text).charts.map((c) => c.name)).toEqual(['op', 'other']);
    const withdrawn = withdrawVersion(text, 'op', '0.1.0', { now: NOW });
    expect(readIndex(withdrawn.text).charts.map((c) => c.name)).toEqual(['other']);
    expect(resolved(withdrawn.text, 'op')).toBeUndefined();
    const republished = mergeIndex(withdrawn.text, { metadata: { apiVersion: 'v2', name: 'op', version: '0.1.1', appVersion: '1' }, urls: ['op-0.1.1.tgz'], digest: digest(9) }, { now: NOW });
    expect(resolved(republished.text, 'op')).toBe('0.1.1');

    // the index's only chart: `entries:` is left empty, and still takes the next version
    const alone = withdrawVersion(indexOf('op', ['0.1.0']), 'op', '0.1.0', { now: NOW });
    expect(alone.text).toBe('apiVersion: v1\nentries:\ngenerated: "2027-01-15T08:00:00Z"\n');
    expect(readIndex(alone.text).charts).toEqual([]);
    const next = mergeIndex(alone.text, { metadata: { apiVersion: 'v2', name: 'op', version: '0.1.1', appVersion: '1' }, urls: ['op-0.1.1.tgz'], digest: digest(9) }, { now: NOW });
    expect(resolved(next.text, 'op')).toBe('0.1.1');
  });
});
