/**
 * helm-repo: `REPO_URL/index.yaml` lists the chart at the release version; its
 * first URL (relative ones resolve against the repository URL) downloads; the
 * archive's sha256 equals the index's `digest`; and the archive holds the chart's
 * CRDs, identical as YAML to the workspace's `crds/` files.
 *
 * The index and the archive are read through actions/lib/helm, as publish-helm writes them:
 * `readIndex` (strict: a malformed index fails with its line), `resolveChart` (the entry Helm's
 * IndexFile.Get gives for the version), `resolveReferenceUrl`, `readArchive`.
 *
 * The package it found and downloaded is what the signature checks then prove (the index is read
 * once a run).
 *
 * Polled: an index that is not served yet (404, 5xx, connection refused), that does
 * not list the version yet, or an archive that does not download yet, is waited for
 * (GitHub Pages publishes with a delay). What waiting cannot fix fails at once: an
 * index that is not valid, a digest that does not match, CRDs missing from the archive.
 */
import { createHash } from 'node:crypto';
import { compareCrds, isCrdFile, readCrds } from '../crds.js';
import { poll, type Attempt } from '../poll.js';
import { requestTimeout } from '../registry.js';
import type { ChartPackage, CheckContext, CheckResult } from '../types.js';
import type * as Helm from '../../lib/helm/index.js';
import type { IndexSummary } from '../../lib/helm/index.js';

type HelmLib = typeof Helm;

const MAX_ARCHIVE_BYTES = 50 * 1024 * 1024;

type Verdict = { ok: boolean; detail: string };
const finish = (ok: boolean, detail: string): Attempt<Verdict> => ({ done: true, value: { ok, detail } });
const wait = (missing: string): Attempt<Verdict> => ({ done: false, missing });

export async function run(ctx: CheckContext): Promise<CheckResult> {
  const repoUrl = (ctx.inputs.helmRepoUrl || ctx.config.helmRepoUrl).replace(/\/+$/, '');
  const chart = await ctx.chart();
  const base = safeUrl(`${repoUrl}/`);
  if (typeof base === 'string') return { status: 'failed', detail: base };
  const helm = await import('../../lib/helm/index.js');
  const indexUrl = new URL(helm.repositoryIndexUrl(base.href));
  const limit = requestTimeout(ctx.poll.timeoutMs);

  const look = async (): Promise<Attempt<Verdict>> => {
    const bytes = await get(indexUrl, limit);
    if (typeof bytes === 'string') return wait(bytes);
    let index: IndexSummary;
    try {
      index = helm.readIndex(bytes, indexUrl.href);
    } catch (err) {
      // a FileError: `<index URL>:<line>: what is wrong`
      return finish(false, (err as Error).message);
    }
    const listed = index.charts.find((c) => c.name === chart.name);
    if (!listed) return wait(`${indexUrl.href} has no chart ${chart.name} (charts: ${index.charts.map((c) => c.name).join(', ') || 'none'})`);
    // the exact version, as Helm's IndexFile.Get answers `--version X.Y.Z` (a leading v aside)
    const entry = helm.resolveChart(index, chart.name, ctx.version);
    if (!entry || entry.version.replace(/^v/, '') !== ctx.version.replace(/^v/, '')) {
      const versions = helm.sortedVersions(listed.versions).map((v) => v.version).slice(0, 5);
      return wait(`${indexUrl.href} does not list ${chart.name} ${ctx.version} yet (it lists ${versions.join(', ') || 'no version'})`);
    }
    if (!entry.digest) return finish(false, `${indexUrl.href}:${entry.line}: ${chart.name} ${ctx.version} has no sha256 digest`);
    let archiveUrl: URL | string;
    try {
      archiveUrl = safeUrl(helm.resolveReferenceUrl(base.href, entry.urls[0]!));
    } catch {
      archiveUrl = `${indexUrl.href}:${entry.line}: ${chart.name} ${ctx.version} has an invalid URL ${JSON.stringify(entry.urls[0])}`;
    }
    if (typeof archiveUrl === 'string') return finish(false, archiveUrl);
    const archive = await get(archiveUrl, limit);
    if (typeof archive === 'string') return wait(archive);
    const actual = createHash('sha256').update(archive).digest('hex');
    if (actual !== entry.digest) return finish(false, `${archiveUrl.href} has sha256 ${actual}, the index says ${entry.digest}`);
    found = { url: helm.repositoryIndexUrl(`${repoUrl}/`), digest: `sha256:${entry.digest}`, name: chart.name, chartUrl: helm.resolveReferenceUrl(`${repoUrl}/`, entry.urls[0]!) };
    return inspectArchive(helm, archive, archiveUrl.href, chart.crds, actual);
  };

  let found: ChartPackage | undefined;
  const outcome = await poll<Verdict>(look, { ...ctx.poll, onWait: (missing, ms) => ctx.log.info(`helm-repo: ${missing}; looking again in ${Math.round(ms)} ms`) });
  if (!outcome.value) return { status: 'failed', detail: `still missing after ${Math.round(outcome.elapsedMs / 1000)} s (${outcome.attempts} attempts): ${outcome.missing}` };
  // the signature checks prove the package this check downloaded, without reading the index again
  if (outcome.value.ok && found) ctx.published.chartPackage ??= Promise.resolve(found);
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

async function inspectArchive(helm: HelmLib, bytes: Uint8Array, where: string, expected: ReadonlyMap<string, string>, digest: string): Promise<Attempt<Verdict>> {
  const files = new Map<string, string>();
  try {
    const members = await helm.readArchive(bytes, { keep: (path) => /^[^/]+\/crds\/[^/]+$/.test(path) && isCrdFile(path) });
    for (const [path, body] of members) files.set(path, body.toString('utf8'));
  } catch (err) {
    return finish(false, `${where} is not a chart archive (.tgz): ${(err as Error).message}`);
  }
  // a chart that ships no CRDs (llm-d-infra's) is complete without crds/; one whose workspace
  // chart has CRDs must carry them
  if (files.size === 0 && expected.size === 0) return finish(true, `${where} sha256 ${digest.slice(0, 12)}… = index digest; the chart has no CRDs`);
  if (files.size === 0) return finish(false, `${where} (sha256 ${digest.slice(0, 12)}… = index digest) holds no crds/ files, while the chart's crds/ has ${expected.size}`);
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
