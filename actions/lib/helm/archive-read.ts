/**
 * A chart archive read as Helm's `archive.LoadArchiveFiles` reads it: gunzip, tar members that
 * are regular files, the top folder taken off each path, paths that would leave the chart
 * refused, UTF-8 BOM taken off.
 */
import { posix } from 'node:path';
import { gunzipSync } from 'fflate';
import { Parser, type ReadEntry } from 'tar';
import { FileError } from '../runner/errors.js';
import type { ChartFileData } from './chart.js';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

function entries(tarBytes: Buffer, where: string): { path: string; type: string; data: Buffer }[] {
  const out: { path: string; type: string; data: Buffer }[] = [];
  let failure: unknown;
  const parser = new Parser({
    strict: true,
    onwarn: (_code: string, message: string | Error) => {
      failure ??= message;
    },
    onReadEntry: (e: ReadEntry) => {
      const chunks: Buffer[] = [];
      e.on('data', (c: Buffer) => chunks.push(c));
      e.on('end', () => out.push({ path: e.path, type: e.type, data: Buffer.concat(chunks) }));
    },
  });
  parser.on('error', (e: unknown) => {
    failure ??= e;
  });
  parser.write(tarBytes);
  parser.end();
  if (failure) throw new FileError(where, `not a valid chart archive: ${String((failure as Error).message ?? failure)}`);
  return out;
}

/** The files of a `.tgz` chart archive, relative to its chart folder. */
export function readChartArchive(bytes: Uint8Array, where: string): ChartFileData[] {
  let tarBytes: Buffer;
  try {
    const raw = gunzipSync(bytes);
    tarBytes = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
  } catch (e) {
    throw new FileError(where, `does not appear to be a valid chart file (not gzip: ${(e as Error).message}); rebuild it with 'helm dependency build'`);
  }
  const files: ChartFileData[] = [];
  for (const e of entries(tarBytes, where)) {
    if (e.type !== 'File' && e.type !== 'OldFile' && e.type !== 'ContiguousFile') continue;
    const delimiter = e.path.includes('\\') ? '\\' : '/';
    const parts = e.path.split(delimiter);
    let n = parts.slice(1).join('/');
    if (n.startsWith('/')) throw new FileError(where, `chart illegally contains absolute paths (${e.path})`);
    n = posix.normalize(n);
    if (n === '.' || n === '') throw new FileError(where, `chart illegally contains content outside the base directory: '${e.path}'`);
    if (n.startsWith('..')) throw new FileError(where, `chart illegally references parent directory (${e.path})`);
    if (/^[a-zA-Z]:\//.test(n)) throw new FileError(where, `chart contains illegally named files (${e.path})`);
    if (parts[0] === 'Chart.yaml') throw new FileError(where, 'chart yaml not in base directory');
    files.push({ name: n, data: e.data.subarray(0, 3).equals(BOM) ? e.data.subarray(3) : e.data });
  }
  if (files.length === 0) throw new FileError(where, 'no files in chart archive');
  return files;
}
