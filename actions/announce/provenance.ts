/**
 * Provenance assets on a re-run. A Sigstore bundle from actions/attest-build-provenance is
 * signed with a short-lived certificate and logged with its own timestamp, and its statement
 * names the run attempt: re-running the release job attests the very same chart with
 * different bytes. The asset check compares bytes, so without this a re-run would be refused
 * (or, with replace-assets, swap published evidence for new evidence of the same thing).
 *
 * The rule: when the release already has a provenance asset of the same name, and both it
 * and the new bundle attest exactly the same subjects (name and every digest) under the same
 * predicate types, the published one is kept and the new one is not uploaded — with a notice
 * saying so. Anything else (other subjects, a digest that differs, a file that cannot be read
 * as in-toto) is left to the byte comparison, which refuses it.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { GitHubClient } from '../lib/github/client.js';
import type { Log } from '../lib/runner/core.js';
import type { LocalAsset } from './assets.js';
import { assetName, type Release, type RepoRef } from './release.js';

/** The names actions/attest-build-provenance and the release workflows give provenance bundles. */
export function isProvenanceName(name: string): boolean {
  return /\.(intoto\.jsonl|sigstore\.json|sigstore)$/i.test(name);
}

interface Statement {
  _type?: unknown;
  predicateType?: unknown;
  subject?: unknown;
}

function statementOf(doc: unknown): Statement | undefined {
  if (doc === null || typeof doc !== 'object') return undefined;
  const o = doc as Record<string, unknown>;
  // a Sigstore bundle carries a DSSE envelope; an envelope may also stand alone
  const envelope = (o['dsseEnvelope'] ?? (typeof o['payload'] === 'string' ? o : undefined)) as { payload?: unknown; payloadType?: unknown } | undefined;
  if (envelope && typeof envelope.payload === 'string') {
    if (envelope.payloadType !== 'application/vnd.in-toto+json') return undefined;
    try {
      return statementOf(JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8')));
    } catch {
      return undefined;
    }
  }
  return typeof o['_type'] === 'string' && Array.isArray(o['subject']) ? (o as Statement) : undefined;
}

/**
 * What a provenance file attests: one `predicateType name alg:digest` line per subject
 * digest, sorted; undefined when any line is not an in-toto statement or names no digest.
 */
export function attestedSubjects(data: Buffer | string): string[] | undefined {
  const lines = data.toString().split('\n').map((l) => l.trim()).filter(Boolean);
  if (lines.length === 0) return undefined;
  const out = new Set<string>();
  for (const line of lines) {
    let doc: unknown;
    try {
      doc = JSON.parse(line);
    } catch {
      return undefined;
    }
    const st = statementOf(doc);
    if (!st || typeof st.predicateType !== 'string' || !Array.isArray(st.subject) || st.subject.length === 0) return undefined;
    for (const s of st.subject as Array<{ name?: unknown; digest?: unknown }>) {
      const digests = s.digest && typeof s.digest === 'object' ? Object.entries(s.digest as Record<string, unknown>) : [];
      if (typeof s.name !== 'string' || digests.length === 0) return undefined;
      for (const [alg, value] of digests) {
        if (typeof value !== 'string' || value === '') return undefined;
        out.add(`${st.predicateType} ${s.name} ${alg.toLowerCase()}:${value.toLowerCase()}`);
      }
    }
  }
  return [...out].sort();
}

async function download(client: GitHubClient, repo: RepoRef, assetId: number): Promise<Buffer | undefined> {
  try {
    const res = await client.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', { ...repo, asset_id: assetId, headers: { accept: 'application/octet-stream' } });
    const data = res.data as unknown;
    if (data instanceof ArrayBuffer) return Buffer.from(data);
    if (typeof data === 'string') return Buffer.from(data);
    return Buffer.isBuffer(data) ? data : undefined;
  } catch {
    // unreadable: the byte comparison decides
    return undefined;
  }
}

/**
 * `local` with every provenance bundle that attests what the release's asset of the same name
 * already attests replaced by that published asset (a copy in `tempDir`), so the asset check
 * keeps it. Other assets are returned as they are.
 */
export async function keepPublishedProvenance(
  client: GitHubClient,
  repo: RepoRef,
  release: Release,
  local: readonly LocalAsset[],
  opts: { log: Log; tempDir: string },
): Promise<LocalAsset[]> {
  const out: LocalAsset[] = [];
  for (const asset of local) {
    const existing = isProvenanceName(asset.name) ? release.assets.find((a) => a.name === assetName(asset.name)) : undefined;
    const publishedSha = existing?.digest?.startsWith('sha256:') ? existing.digest.slice('sha256:'.length) : undefined;
    if (!existing || publishedSha === asset.sha256) {
      out.push(asset);
      continue;
    }
    const published = await download(client, repo, existing.id);
    const ours = attestedSubjects(await readFile(asset.path));
    const theirs = published ? attestedSubjects(published) : undefined;
    if (!published || !ours || !theirs || ours.join('\n') !== theirs.join('\n')) {
      out.push(asset);
      continue;
    }
    const sha256 = createHash('sha256').update(published).digest('hex');
    if (sha256 === asset.sha256) {
      out.push(asset);
      continue;
    }
    const dir = await mkdtemp(join(opts.tempDir, 'published-provenance-'));
    const path = join(dir, asset.name);
    await writeFile(path, published);
    opts.log.notice(
      `asset ${existing.name}: the release already has provenance for the same ${theirs.length === 1 ? 'subject' : 'subjects'} (${theirs.map((s) => s.split(' ').slice(1).join(' ')).join('; ')}); ` +
        `the published bundle is kept and this run's (${asset.rel}, sha256 ${asset.sha256.slice(0, 12)}…) is not uploaded`,
    );
    out.push({ ...asset, path, size: published.length, sha256 });
  }
  return out;
}
