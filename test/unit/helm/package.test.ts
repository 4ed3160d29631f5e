import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Parser, type ReadEntry } from 'tar';
import * as helm from '../../../actions/lib/helm/index.js';
import { packageChart } from '../../../actions/lib/helm/package.js';

const WVA = join(process.cwd(), 'test/fixtures/charts/workload-variant-autoscaler');

interface Member {
  path: string;
  type: string;
  mode: number | undefined;
  uid: number | undefined;
  gid: number | undefined;
  uname: string | undefined;
  gname: string | undefined;
  mtime: Date | undefined;
  body: string;
}

/** Reads an archive back with the `tar` package's own parser. */
function listArchive(bytes: Buffer): Member[] {
  const members: Member[] = [];
  const parser = new Parser({
    onReadEntry: (entry: ReadEntry) => {
      const chunks: Buffer[] = [];
      entry.on('data', (c: Buffer) => chunks.push(c));
      entry.on('end', () => {
        members.push({
          path: entry.path,
          type: entry.type,
          mode: entry.mode,
          uid: entry.uid,
          gid: entry.gid,
          uname: entry.uname,
          gname: entry.gname,
          mtime: entry.mtime,
          body: Buffer.concat(chunks).toString('utf8'),
        });
      });
    },
  });
  parser.end(bytes);
  return members;
}

describe('packageChart', () => {
  const first = packageChart(WVA);

  it('names the archive name-version.tgz and gives its sha256', () => {
    expect(first.filename).toBe('workload-variant-autoscaler-0.5.0.tgz');
    expect(first.digest).toBe(createHash('sha256').update(first.bytes).digest('hex'));
    expect(first.digest).toMatch(/^[a-f0-9]{64}$/);
  });

  it('is exported from the library index too', () => {
    expect(helm.packageChart(WVA).digest).toBe(first.digest);
    expect(typeof helm.mergeIndex).toBe('function');
  });

  it('is deterministic: packaging twice gives the same bytes', () => {
    const second = packageChart(WVA);
    expect(second.digest).toBe(first.digest);
    expect(Buffer.compare(second.bytes, first.bytes)).toBe(0);
  });

  it('does not depend on file times, modes or the copy: a copy with other mtimes and modes packs the same', () => {
    const root = mkdtempSync(join(tmpdir(), 'helm-pkg-'));
    try {
      const dir = join(root, 'workload-variant-autoscaler');
      cpSync(WVA, dir, { recursive: true });
      utimesSync(join(dir, 'Chart.yaml'), new Date('2001-02-03T04:05:06Z'), new Date('2001-02-03T04:05:06Z'));
      utimesSync(join(dir, 'templates'), new Date('2011-02-03T04:05:06Z'), new Date('2011-02-03T04:05:06Z'));
      chmodSync(join(dir, 'values.yaml'), 0o600);
      chmodSync(join(dir, 'README.md'), 0o755);
      const copy = packageChart(dir);
      expect(copy.digest).toBe(first.digest);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("writes Go's gzip header with Helm's extra field and comment (chartutil/save.go, TestSavedGzipExtraFieldIsValid)", () => {
    const b = first.bytes;
    expect([b[0], b[1], b[2]]).toEqual([0x1f, 0x8b, 8]);
    expect(b[3]).toBe(0x04 | 0x10); // FEXTRA | FCOMMENT, as gzip.Writer with Extra and Comment
    expect(b.readUInt32LE(4)).toBe(0); // MTIME unset
    expect(b[8]).toBe(0); // XFL: Go's default compression level
    expect(b[9]).toBe(255); // OS: Go writes "unknown"
    const xlen = b.readUInt16LE(10);
    expect(xlen).toBe(44);
    const extra = b.subarray(12, 12 + xlen);
    expect(extra.subarray(0, 2).toString('latin1')).toBe('rr');
    expect(4 + extra.readUInt16LE(2)).toBe(xlen); // one well-formed RFC 1952 subfield
    expect(b.subarray(12 + xlen, 12 + xlen + 5).toString('latin1')).toBe('Helm\0');
    expect(gunzipSync(b).length % 512).toBe(0);
  });

  it("holds Save's members: Chart.yaml, values, schema, templates, other files, then subcharts; no directory entries", () => {
    const members = listArchive(first.bytes);
    const paths = members.map((m) => m.path);
    expect(paths).toEqual([
      'workload-variant-autoscaler/Chart.yaml',
      'workload-variant-autoscaler/values.yaml',
      'workload-variant-autoscaler/values.schema.json',
      'workload-variant-autoscaler/templates/NOTES.txt',
      'workload-variant-autoscaler/templates/_helpers.tpl',
      'workload-variant-autoscaler/templates/configmap.yaml',
      'workload-variant-autoscaler/templates/deployment.yaml',
      'workload-variant-autoscaler/templates/rbac.yaml',
      'workload-variant-autoscaler/templates/service.yaml',
      'workload-variant-autoscaler/templates/serviceaccount.yaml',
      'workload-variant-autoscaler/templates/tests/test-connection.yaml',
      'workload-variant-autoscaler/.helmignore',
      'workload-variant-autoscaler/LICENSE',
      'workload-variant-autoscaler/README.md',
      'workload-variant-autoscaler/crds/llmd.ai_variantautoscalings.yaml',
      'workload-variant-autoscaler/charts/wva-common/Chart.yaml',
      'workload-variant-autoscaler/charts/wva-common/templates/_common.tpl',
    ]);
    expect(members.every((m) => m.type === 'File')).toBe(true);
    expect(first.files).toEqual(paths);
    // Ignored: *.md but README.md, docs/, /ci/, *.bak, *.swp, dot files in templates/.
    for (const gone of ['CHANGELOG.md', 'docs/', 'ci/', 'notes.bak', 'deployment.yaml.swp', '.hidden.yaml']) {
      expect(paths.some((p) => p.includes(gone))).toBe(false);
    }
  });

  it('writes mode 0644, owner 0, the epoch as time', () => {
    for (const m of listArchive(first.bytes)) {
      expect(m.mode).toBe(0o644);
      expect(m.uid).toBe(0);
      expect(m.gid).toBe(0);
      expect(m.uname ?? '').toBe('');
      expect(m.gname ?? '').toBe('');
      expect(m.mtime!.getTime()).toBe(0);
    }
  });

  it('writes Chart.yaml again from its model as Helm does (keys sorted, comments dropped), other files as they are', () => {
    const members = listArchive(first.bytes);
    const chartYaml = members.find((m) => m.path === 'workload-variant-autoscaler/Chart.yaml')!;
    expect(chartYaml.body).not.toContain('#');
    const keys = chartYaml.body.split('\n').filter((l) => /^[a-zA-Z]/.test(l)).map((l) => l.split(':')[0]);
    expect(keys).toEqual([...keys].sort());
    expect(chartYaml.body).toContain('\napiVersion: v2\n');
    expect(chartYaml.body).toContain('\nname: workload-variant-autoscaler\n');
    expect(chartYaml.body).toContain('\nversion: 0.5.0\n');
    const values = members.find((m) => m.path === 'workload-variant-autoscaler/values.yaml')!;
    expect(values.body).toBe(readFileSync(join(WVA, 'values.yaml'), 'utf8'));
  });

  it('changes the digest when a packaged file changes, not when an ignored one does', () => {
    const root = mkdtempSync(join(tmpdir(), 'helm-pkg-'));
    try {
      const dir = join(root, 'workload-variant-autoscaler');
      cpSync(WVA, dir, { recursive: true });
      writeFileSync(join(dir, 'docs/design.md'), 'changed, but ignored');
      writeFileSync(join(dir, 'new.bak'), 'ignored');
      expect(packageChart(dir).digest).toBe(first.digest);
      writeFileSync(join(dir, 'values.yaml'), `${readFileSync(join(dir, 'values.yaml'), 'utf8')}\nextra: 1\n`);
      expect(packageChart(dir).digest).not.toBe(first.digest);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('handles paths longer than 100 characters deterministically', () => {
    const root = mkdtempSync(join(tmpdir(), 'helm-pkg-'));
    try {
      const dir = join(root, 'workload-variant-autoscaler');
      cpSync(WVA, dir, { recursive: true });
      const long = `templates/${'a'.repeat(120)}.yaml`;
      writeFileSync(join(dir, long), 'kind: ConfigMap\n');
      const a = packageChart(dir);
      const b = packageChart(dir);
      expect(a.digest).toBe(b.digest);
      expect(listArchive(a.bytes).map((m) => m.path)).toContain(`workload-variant-autoscaler/${long}`);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('packages the WVA-sized chart to the same digest on repeated runs, each well under 200 ms (start-up: npm run bench)', () => {
    const times: number[] = [];
    const digests = new Set(
      Array.from({ length: 5 }, () => {
        const t = performance.now();
        const d = packageChart(WVA).digest;
        times.push(performance.now() - t);
        return d;
      }),
    );
    expect(digests.size).toBe(1);
    expect(times.sort((a, b) => a - b)[2]).toBeLessThan(200);
  });
});
