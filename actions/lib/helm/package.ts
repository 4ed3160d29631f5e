import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'fflate';
import { Header, PackSync, ReadEntry } from 'tar';
import { loadChart, type ExtraFile, type LoadChartOptions, type LoadedChart } from './chart.js';
import { listChartFiles, type ChartFile } from './files.js';

/**
 * The modification time written for every archive member: none (the tar header's mtime field
 * stays empty, which every reader takes as 1970-01-01T00:00:00Z). A fixed value is what makes
 * the archive reproducible; "no time" says honestly that the archive carries no build time.
 */
export const PACKAGE_MTIME = new Date(0);

export interface PackageOptions extends LoadChartOptions {
  /** gzip level 1-9 (default 9). Part of the reproducibility contract: same level, same bytes. */
  level?: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
  /** A chart loaded already (skips reading and validating it again). */
  chart?: LoadedChart;
}

export interface PackagedChart {
  /** The `.tgz`. */
  bytes: Buffer;
  /** sha256 of `bytes`, 64 lowercase hex digits (the index's `digest`). */
  digest: string;
  /** `name-version.tgz`. */
  filename: string;
  /** The archive's members in order, e.g. `my-chart/Chart.yaml` (directories end with `/`). */
  files: string[];
  chart: LoadedChart;
}

/**
 * Packages a chart directory as `helm package` does — a gzipped tar whose single top folder is
 * the chart name, holding every file `.helmignore` lets through (Chart.yaml, values.yaml,
 * values.schema.json, templates/, crds/, charts/, README.md, LICENSE, ...) — but reproducibly:
 * the same tree gives the same bytes and digest on every run and machine.
 *
 * - members sorted by path (code-unit order), directories before their contents;
 * - file mode 0644 and directory mode 0755 whatever the file system says; uid/gid, user and group
 *   names, device numbers, atime/ctime left out (`tar`'s portable headers); mtime empty (epoch);
 * - ustar headers (a pax header only for a path too long for ustar, itself deterministic);
 * - gzip by fflate (pure JavaScript deflate, so the bytes do not depend on the zlib build of the
 *   Node.js running it), header without file name or time, OS byte 3.
 *
 * Files are stored as they are on disk (Chart.yaml keeps its comments; Helm re-serialises it).
 * The chart is validated with `loadChart` first (unless one is passed in `options.chart`).
 */
export function packageChart(chartDir: string, options: PackageOptions = {}): PackagedChart {
  const chart = options.chart ?? loadChart(chartDir, options);
  const dir = resolve(chartDir);
  const { name, version } = chart.metadata;
  const entries = withExtraFiles(listChartFiles(dir, options.displayDir ?? chartDir).entries, options.extraFiles ?? []);

  const pack = new PackSync({ portable: true, noMtime: true, noPax: false });
  const chunks: Buffer[] = [];
  pack.on('data', (c: Buffer) => chunks.push(c));
  const files: string[] = [];
  const add = (path: string, isDir: boolean, body?: Buffer): void => {
    const header = new Header({
      path,
      type: isDir ? 'Directory' : 'File',
      mode: isDir ? 0o755 : 0o644,
      size: body ? body.length : 0,
    });
    const entry = new ReadEntry(header);
    if (body && body.length > 0) entry.write(body);
    entry.end();
    pack.add(entry);
    files.push(path);
  };
  add(`${name}/`, true);
  for (const e of entries) {
    if (e.isDir) add(`${name}/${e.path}/`, true);
    else add(`${name}/${e.path}`, false, e.bytes ?? readFileSync(e.absolute));
  }
  pack.end();
  const tarBytes = Buffer.concat(chunks);
  const gz = gzipSync(tarBytes, { level: options.level ?? 9, mtime: 0 });
  const bytes = Buffer.from(gz.buffer, gz.byteOffset, gz.byteLength);
  const digest = createHash('sha256').update(bytes).digest('hex');
  return { bytes, digest, filename: `${name}-${version}.tgz`, files, chart };
}

/** The chart's files with `extra` ones added (their folders too), in package order; a file on disk wins. */
function withExtraFiles(entries: ChartFile[], extra: readonly ExtraFile[]): (ChartFile & { bytes?: Buffer })[] {
  if (extra.length === 0) return entries;
  const out: (ChartFile & { bytes?: Buffer })[] = [...entries];
  const have = new Set(entries.map((e) => e.path));
  for (const f of extra) {
    const parts = f.path.split('/');
    for (let i = 1; i < parts.length; i++) {
      const folder = parts.slice(0, i).join('/');
      if (!have.has(folder)) out.push({ path: folder, absolute: '', isDir: true });
      have.add(folder);
    }
    if (!have.has(f.path)) out.push({ path: f.path, absolute: '', isDir: false, bytes: Buffer.from(f.bytes) });
    have.add(f.path);
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

export { listChartFiles };
