/**
 * The `assets` input: newline globs, relative to the workspace, expanded to files with
 * their size and sha256. Every glob must match a file (a missing chart archive is a broken
 * release, not an empty one), and two files may not share a name on the release.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { ActionError } from '../lib/runner/errors.js';
import { assetName } from './release.js';

export interface LocalAsset {
  /** The file name (the asset's name on the release). */
  name: string;
  /** Absolute path. */
  path: string;
  /** Workspace-relative path, for messages. */
  rel: string;
  size: number;
  sha256: string;
}

const SKIP = new Set(['.git', 'node_modules']);

async function walk(root: string, dir: string, out: string[]): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) await walk(root, full, out);
    else if (entry.isFile()) out.push(relative(root, full).split(sep).join('/'));
  }
}

export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export async function expandAssets(workspace: string, globs: readonly string[]): Promise<LocalAsset[]> {
  if (globs.length === 0) return [];
  const { minimatch } = await import('minimatch');
  const files: string[] = [];
  await walk(workspace, workspace, files);
  files.sort();
  const chosen = new Map<string, string>();
  for (const [i, glob] of globs.entries()) {
    const pattern = glob.replace(/^\.\//, '');
    const hits = files.filter((f) => minimatch(f, pattern, { dot: true }));
    if (hits.length === 0) throw new ActionError(`assets line ${i + 1} (${glob}) matches no file in the workspace; build the asset first, or remove the line`);
    for (const h of hits) chosen.set(h, h);
  }
  const byName = new Map<string, string>();
  const out: LocalAsset[] = [];
  for (const rel of chosen.keys()) {
    const name = rel.split('/').pop()!;
    const other = byName.get(assetName(name));
    if (other) throw new ActionError(`assets: ${other} and ${rel} would both be the release asset ${assetName(name)}; narrow the globs`);
    byName.set(assetName(name), rel);
    const path = join(workspace, rel);
    out.push({ name, path, rel, size: (await stat(path)).size, sha256: await sha256File(path) });
  }
  return out;
}
