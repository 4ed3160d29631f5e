/**
 * helm-repo: `REPO_URL/index.yaml` lists the chart at the release version; its
 * first URL (relative ones resolve against the repository URL) downloads; the
 * archive's sha256 equals the index's `digest`; and the archive holds the chart's
 * CRDs, identical as YAML to the workspace's `crds/` files.
 *
 * Polled: an index that is not served yet (404, 5xx, connection refused), that does
 * not list the version yet, or an archive that does not download yet, is waited for
 * (GitHub Pages publishes with a delay). What waiting cannot fix fails at once: an
 * index that does not parse, a digest that does not match, CRDs missing from the archive.
 */
import { createHash } from 'node:crypto';
import { compareCrds, isCrdFile, readCrds } from '../crds.js';
import { poll, type Attempt } from '../poll.js';
import { requestTimeout } from '../registry.js';
import type { CheckContext, CheckResult } from '../types.js';

const MAX_ARCHIVE_BYTES = 50 * 1024 * 1024;

type Verdict = { ok: boolean; detail: string };
const finish = (ok: boolean, detail: string): Attempt<Verdict> => ({ done: true, value: { ok, detail } });
const wait = (missing: string): Attempt<Verdict> => ({ done: false, missing });

export async function run(ctx: CheckContext): Promise<CheckResult> {
  const repoUrl = (ctx.inputs.helmRepoUrl || ctx.config.helmRepoUrl).replace(/\/+$/, '');
  const chart = await ctx.chart();
  const base = safeUrl(`${repoUrl}/`);
  if (typeof base === 'string') return { status: 'failed', detail: base };
  const indexUrl = new URL('index.yaml', base);
  const { parse } = await import('yaml');
  const limit = requestTimeout(ctx.poll.timeoutMs);

  const look = async (): Promise<Attempt<Verdict>> => {
    const index = await get(indexUrl, limit);
    if (typeof index === 'string') return wait(index);
    let doc: unknown;
    try {
      doc = parse(Buffer.from(index).toString('utf8'));
    } catch (err) {
      return finish(false, `${indexUrl.href} does not parse as YAML: ${(err as Error).message.split('\n')[0]}`);
    }
    const entries = (doc as { entries?: unknown } | null)?.entries;
    if (!doc || typeof doc !== 'object' || !entries || typeof entries !== 'object') return finish(false, `${indexUrl.href} is not a Helm repository index (no entries)`);
    const versions = (entries as Record<string, unknown>)[chart.name];
    if (!Array.isArray(versions)) return wait(`${indexUrl.href} has no chart ${chart.name} (charts: ${Object.keys(entries).join(', ') || 'none'})`);
    const entry = versions.find((v) => (v as { version?: unknown })?.version === ctx.version) as { urls?: unknown; digest?: unknown } | undefined;
    if (!entry) {
      const listed = versions.map((v) => String((v as { version?: unknown })?.version)).slice(0, 5);
      return wait(`${indexUrl.href} does not list ${chart.name} ${ctx.version} yet (it lists ${listed.join(', ') || 'no version'})`);
    }
    const first = Array.isArray(entry.urls) ? entry.urls[0] : undefined;
    if (typeof first !== 'string' || first === '') return finish(false, `${indexUrl.href}: ${chart.name} ${ctx.version} has no urls`);
    if (typeof entry.digest !== 'string' || !/^[a-f0-9]{64}$/.test(entry.digest)) return finish(false, `${indexUrl.href}: ${chart.name} ${ctx.version} has no sha256 digest`);
    let archiveUrl: URL | string;
    try {
      archiveUrl = safeUrl(new URL(first, base).href);
    } catch {
      archiveUrl = `${indexUrl.href}: ${chart.name} ${ctx.version} has an invalid URL ${JSON.stringify(first)}`;
    }
    if (typeof archiveUrl === 'string') return finish(false, archiveUrl);
    const archive = await get(archiveUrl, limit);
    if (typeof archive === 'string') return wait(archive);
    const actual = createHash('sha256').update(archive).digest('hex');
    if (actual !== entry.digest) return finish(false, `${archiveUrl.href} has sha256 ${actual}, the index says ${entry.digest}`);
    return inspectArchive(archive, archiveUrl.href, chart.crds, actual);
  };

  const outcome = await poll<Verdict>(look, { ...ctx.poll, onWait: (missing, ms) => ctx.log.info(`helm-repo: ${missing}; looking again in ${Math.round(ms)} ms`) });
  if (!outcome.value) return { status: 'failed', detail: `still missing after ${Math.round(outcome.elapsedMs / 1000)} s (${outcome.attempts} attempts): ${outcome.missing}` };
  return { status: outcome.value.ok ? 'passed' : 'failed', detail: outcome.value.detail };
}

/** The URL when it is https (or http to a loopback host), else why not. */
function safeUrl(text: string): URL | string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return `${JSON.stringify(text)} is not a URL`;
  }
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  if (url.protocol === 'https:' || (url.protocol === 'http:' && loopback)) return url;
  return `${url.href}: expected an https:// URL (plain http only for a loopback host)`;
}

/** The body, or what is wrong (for the "still missing" message). */
async function get(url: URL, timeoutMs: number): Promise<Uint8Array | string> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { 'cache-control': 'no-cache', 'user-agent': 'release-actions-verify-release' }, signal: AbortSignal.timeout(timeoutMs) });
  } catch (err) {
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    return `GET ${url.href}: ${cause?.code ?? cause?.message ?? (err as Error).message}`;
  }
  if (!response.ok) {
    await response.arrayBuffer().catch(() => undefined);
    return `GET ${url.href}: HTTP ${response.status}`;
  }
  const size = Number(response.headers.get('content-length') ?? '0');
  if (size > MAX_ARCHIVE_BYTES) return `GET ${url.href}: ${size} bytes is more than a chart can be`;
  return new Uint8Array(await response.arrayBuffer());
}

async function inspectArchive(bytes: Uint8Array, where: string, expected: ReadonlyMap<string, string>, digest: string): Promise<Attempt<Verdict>> {
  let files: Map<string, string>;
  try {
    files = await crdFilesOf(bytes);
  } catch (err) {
    return finish(false, `${where} is not a chart archive (.tgz): ${(err as Error).message}`);
  }
  if (files.size === 0) return finish(false, `${where} (sha256 ${digest.slice(0, 12)}… = index digest) holds no crds/ files`);
  const inArchive = readCrds(files);
  if (inArchive.problems.length > 0) return finish(false, `${where}: ${inArchive.problems.join('; ')}`);
  const names = inArchive.docs.map((d) => d.name);
  if (expected.size > 0) {
    const c = compareCrds(readCrds(expected).docs, inArchive.docs);
    const issues = [...c.missing.map((n) => `${n} is missing from the archive`), ...c.different.map((d) => `${d.name} in ${d.actualFile} has ${d.difference.actual} at ${d.difference.path}, ${d.expectedFile} has ${d.difference.expected}`)];
    if (issues.length > 0) return finish(false, `${where}: ${issues.join('; ')}`);
  }
  return finish(true, `${where} sha256 ${digest.slice(0, 12)}… = index digest; CRDs: ${names.join(', ')}`);
}

/** `<chart>/crds/*.yaml` files of a gzipped chart archive, path → text. */
async function crdFilesOf(bytes: Uint8Array): Promise<Map<string, string>> {
  const { Parser } = await import('tar');
  const files = new Map<string, string>();
  await new Promise<void>((resolve, reject) => {
    const parser = new Parser({
      strict: true,
      onReadEntry(entry) {
        const path = entry.path.replace(/^\.\//, '');
        if (entry.type === 'File' && /^[^/]+\/crds\/[^/]+$/.test(path) && isCrdFile(path)) {
          const chunks: Buffer[] = [];
          entry.on('data', (c: Buffer) => chunks.push(c));
          entry.on('end', () => files.set(path, Buffer.concat(chunks).toString('utf8')));
        } else entry.resume();
      },
    });
    parser.on('error', reject);
    parser.on('abort', reject);
    parser.on('end', () => resolve());
    parser.end(Buffer.from(bytes));
  });
  return files;
}
