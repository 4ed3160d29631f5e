/**
 * Which of several charts to release in one run, chart-releaser style: the charts asked for
 * (`changed`: every `own` chart of the configuration; or the folders given), each with the name
 * and version of its Chart.yaml; the `<name>-<version>` tags of the remote (the remote is the
 * record of what was released: a checkout may have no tags); the tree ids of each chart at HEAD
 * and at its tag, read in one git process; then the pure decision of chart-releases.ts.
 * Reads only: nothing is written but the objects of a tag fetched to compare its tree.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ownCharts } from '../lib/config/charts.js';
import { Git } from '../lib/git/git.js';
import { objectIds } from '../lib/git/object-ids.js';
import { readWithRetry } from '../lib/git/push.js';
import { planChartReleases, releaseTag, treeRequests, type ChartAtHead, type ChartDecision } from '../lib/helm/chart-releases.js';
import { ActionError, FileError, InputError } from '../lib/runner/errors.js';
import { keyLine } from './chart.js';
import type { Env } from './env.js';
import { displayRemote, pagesRemote } from './pages.js';

export interface ChartsPlan {
  decisions: ChartDecision[];
  /** The commit the charts were read at (the tags name it). */
  head: string;
  /** The remote the tags were read from and are pushed to. */
  remote: string;
}

/** The chart folders the `charts` input selects. */
export function selectedFolders(env: Env): string[] {
  const sel = env.inputs.charts;
  if (sel.kind === 'list') return sel.folders;
  return ownCharts(env.config.charts);
}

/** Name and version from a chart's Chart.yaml (only those two: a chart not released is not validated). */
export async function chartAtHead(workspace: string, folder: string): Promise<ChartAtHead> {
  const file = `${folder}/Chart.yaml`;
  let text: string;
  try {
    text = await readFile(join(resolve(workspace, folder), 'Chart.yaml'), 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'ENOTDIR') {
      throw new InputError('charts', `${folder} is not a chart folder (no ${file}): list folders that hold a Chart.yaml, or use changed`);
    }
    throw e;
  }
  const { parseDocument } = await import('yaml');
  const doc = parseDocument(text, { prettyErrors: false });
  if (doc.errors.length > 0) throw new FileError(file, `not valid YAML: ${doc.errors[0]!.message.split('\n')[0]}`);
  const name: unknown = doc.get('name');
  const version: unknown = doc.get('version');
  if (typeof name !== 'string' || name === '') throw new FileError(file, 'the chart has no name', keyLine(text, 'name'));
  if (typeof version !== 'string' && typeof version !== 'number') throw new FileError(file, 'the chart has no version', keyLine(text, 'version'));
  return { folder, name, version: String(version) };
}

/** `refs/tags/<name>` → the object the remote tag names (a tag object or a commit), from one ls-remote. */
export async function remoteTags(git: Git, remote: string): Promise<Map<string, string>> {
  const r = await readWithRetry(() => git.git(['ls-remote', '--tags', '--refs', '--', remote], { allowFailure: true }));
  if (r.exitCode !== 0) throw new ActionError(`cannot read the tags of ${displayRemote(remote)}: ${r.stderr.trim().split('\n').slice(-2).join(' ')}`);
  const tags = new Map<string, string>();
  for (const line of r.stdout.split('\n')) {
    const m = /^([0-9a-f]{40,64})\trefs\/tags\/(.+)$/.exec(line);
    if (m) tags.set(m[2]!, m[1]!);
  }
  return tags;
}

/**
 * The objects of the release tags this plan compares, fetched when the checkout lacks them
 * (a shallow clone, or one made before the tag): into the object store only, no ref written.
 */
async function fetchTagObjects(git: Git, remote: string, tags: ReadonlyMap<string, string>, wanted: readonly string[]): Promise<void> {
  const names = wanted.filter((t) => tags.has(t));
  const have = await objectIds(git, names.map((t) => tags.get(t)!));
  const missing = names.filter((t) => have.get(tags.get(t)!) === undefined);
  if (missing.length === 0) return;
  const shallow = (await git.probe())?.shallow === true;
  const r = await readWithRetry(() =>
    git.git(['fetch', '-q', '--no-tags', '--no-write-fetch-head', ...(shallow ? ['--depth=1'] : []), '--', remote, ...missing.map((t) => `refs/tags/${t}`)], { allowFailure: true }),
  );
  if (r.exitCode !== 0) throw new ActionError(`cannot fetch the tags ${missing.join(', ')} from ${displayRemote(remote)}: ${r.stderr.trim().split('\n').slice(-2).join(' ')}`);
}

/** Reads the charts, the remote's tags and the trees, and decides; refusals are left in the decisions. */
export async function planCharts(env: Env): Promise<ChartsPlan> {
  const { ctx, inputs } = env;
  const folders = selectedFolders(env);
  const charts = await Promise.all(folders.map((f) => chartAtHead(ctx.workspace, f)));
  const git = new Git(ctx.workspace, { token: inputs.token || undefined, serverUrl: ctx.serverUrl });
  const remote = await pagesRemote(ctx.workspace, ctx.serverUrl, ctx.repository);
  const head = await git.head();
  const tags = await remoteTags(git, remote);
  await fetchTagObjects(git, remote, tags, charts.map(releaseTag));
  // the planner names a tag's tree `refs/tags/<tag>:<folder>`; the tag is read by its remote object id
  const requests = treeRequests(charts, [...tags.keys()]);
  const byObject = requests.map((req) => {
    const m = /^refs\/tags\/([^:]+):(.*)$/.exec(req);
    return m ? `${tags.get(m[1]!)}:${m[2]}` : req;
  });
  const ids = await objectIds(git, byObject);
  const trees = new Map(requests.map((req, i) => [req, ids.get(byObject[i]!)]));
  return { decisions: planChartReleases(charts, [...tags.keys()], trees), head, remote };
}

/** Every refusal in one error, before anything is written. */
export function refuseAll(decisions: readonly ChartDecision[]): void {
  const refused = decisions.filter((d) => d.action === 'refused');
  if (refused.length === 0) return;
  const lines = refused.map((d) => `${d.chart.folder} (${d.tag}): ${d.why}`);
  throw new ActionError(`${refused.length === 1 ? 'a chart cannot be released' : `${refused.length} charts cannot be released`}: ${lines.join('; ')}. Nothing was written.`);
}
