/**
 * Reading a chart archive (`.tgz`): its members, and the Chart.yaml that names it. Used to
 * check a downloaded dependency and a published package. No disk: bytes in, members out.
 */
import { Parser } from 'tar';
import { parse } from 'yaml';
import { ActionError } from '../runner/errors.js';

export interface ArchiveOptions {
  /** Keep the bytes only of the members this accepts (paths as in the archive, `chart/…`). */
  keep?: (path: string) => boolean;
  /** Refuse archives larger than this once unpacked (default 100 MB). */
  maxBytes?: number;
}

/** The regular files of a gzipped (or plain) tar archive, path → bytes. Throws for a broken archive. */
export async function readArchive(bytes: Uint8Array, options: ArchiveOptions = {}): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  const max = options.maxBytes ?? 100 * 1024 * 1024;
  let total = 0;
  await new Promise<void>((resolve, reject) => {
    const parser = new Parser({
      strict: true,
      onReadEntry(entry) {
        const path = entry.path.replace(/^\.\//, '');
        total += entry.size ?? 0;
        if (total > max) {
          reject(new ActionError(`the archive unpacks to more than ${max} bytes`));
          entry.resume();
          return;
        }
        if (entry.type !== 'File' || (options.keep && !options.keep(path))) {
          entry.resume();
          return;
        }
        const chunks: Buffer[] = [];
        entry.on('data', (c: Buffer) => chunks.push(c));
        entry.on('end', () => files.set(path, Buffer.concat(chunks)));
      },
    });
    parser.on('error', reject);
    parser.on('abort', reject);
    parser.on('end', () => resolve());
    parser.end(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  });
  return files;
}

export interface ArchivedChart {
  /** The archive's top folder. */
  folder: string;
  name: string;
  version: string;
}

/**
 * The chart an archive holds, from `<folder>/Chart.yaml` (as Helm's loader finds it: the first
 * path segment is the chart's folder). Throws when there is no Chart.yaml or it names nothing.
 */
export async function archivedChart(bytes: Uint8Array): Promise<ArchivedChart> {
  const files = await readArchive(bytes, { keep: (p) => /^[^/]+\/Chart\.yaml$/.test(p) });
  const [path, text] = [...files.entries()][0] ?? [];
  if (!path || !text) throw new ActionError('the archive holds no <chart>/Chart.yaml');
  let md: unknown;
  try {
    md = parse(text.toString('utf8'));
  } catch (e) {
    throw new ActionError(`${path} is not valid YAML: ${(e as Error).message.split('\n')[0]}`);
  }
  const { name, version } = (md ?? {}) as { name?: unknown; version?: unknown };
  if (typeof name !== 'string' || name === '') throw new ActionError(`${path} has no name`);
  return { folder: path.split('/')[0]!, name, version: String(version ?? '') };
}
