/**
 * bump-version: validate everything → plan → act.
 *
 * Every refusal (inputs, a dirty work tree, a version already tagged or not greater, a
 * branch that holds something else, an unknown cherry-pick…) happens in the plan, before
 * anything is written. The current version is the newest release tag of the line (the
 * files' only when there is no tag); every reference the release owns moves to the new
 * version whatever it held, so the release pull request repairs a drifted repository.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadConfig, type ReleaseConfig } from '../lib/config/config.js';
import { assertRef, BOT_IDENTITY, Git } from '../lib/git/git.js';
import type { Log } from '../lib/runner/core.js';
import type { RunContext } from '../lib/runner/context.js';
import { readContext } from '../lib/runner/context.js';
import { ActionError, FileError, InputError } from '../lib/runner/errors.js';
import { currentTag, existingTag, tagsPrefixed } from '../lib/semver/tags.js';
import { previousTag, releaseType, tagOf, versionProblem } from '../lib/semver/version.js';
import type { ReadOptions } from '../lib/version-files/read.js';
import type { ReleaseReferences } from '../lib/version-files/references.js';
import type { VersionFile } from '../lib/version-files/types.js';
import type { ReleaseCommits } from './changelog.js';
import { commitAndPush } from './commit.js';
import { releaseDate } from './date.js';
import { autoFromCommits, lastReleaseBefore, REMOTE, resolvePicks, type LastRelease } from './history.js';
import { readBumpInputs, type BumpInputs } from './inputs.js';
import type * as PlanModuleNs from './plan.js';
import { awaitingTag, nothingToRelease, reportIdle, type Idle } from './idle.js';
import { fillPullBody, RELEASE_CHECKLIST } from './pr-body.js';
import { dirtyFiles, ensureCommit, listPaths, localTags, readAt, remoteRefs, type RemoteRefs } from './repo.js';
import type { BumpReport } from './summary.js';
import { branchName, nextVersion, pullTitle, startTag } from './target.js';

type PlanModule = typeof PlanModuleNs;
type Files = ReadonlyMap<string, string | undefined>;

/** What every step of a run shares: the inputs, the repository, and the modules loaded once the inputs are valid. */
interface Bump {
  inputs: BumpInputs;
  ctx: RunContext;
  config: ReleaseConfig;
  git: Git;
  log: Log;
  planner: PlanModule;
  remote: RemoteRefs;
  tagCommits: Map<string, string>;
  tags: string[];
  base: string;
  start: { label: string; sha: string };
  /** Memoized: the newest release tag reachable from the start. */
  last(): Promise<LastRelease>;
}

/** The bump decided: what to write, where, and the report of it. */
interface Planned {
  current: string;
  next: string;
  branch: string;
  title: string;
  body: string;
  refs: ReleaseReferences;
  readOptions: Omit<ReadOptions, 'current'>;
  /** Every path read at the start: the version files and the changelog. */
  paths: string[];
  edits: PlanModuleNs.BumpPlan['edits'];
  planRequest: (c: Files) => PlanModuleNs.BumpPlanRequest;
  existingTip?: string;
  report: BumpReport;
}

export async function main(): Promise<void> {
  const bump = await open();
  const planned = await plan(bump);
  if ('idle' in planned) return reportIdle(bump.log, planned, { branch: bump.inputs.prBranch, base: bump.base });
  const [{ setOutputs, appendSummary }, { renderPlan, renderSummary }, { renderDiff }] = await Promise.all([
    import('../lib/runner/core.js'),
    import('./summary.js'),
    import('../lib/version-files/diff.js'),
  ]);
  bump.log.info(renderPlan(planned.report));
  const edits = planned.report.edits;
  const diff = renderDiff(edits);
  if (diff) await bump.log.group('diff', async () => bump.log.info(diff));
  if (!bump.inputs.dryRun) await act(bump, planned);
  await setOutputs(outputs(planned));
  // the diff of the log, unless a cherry-pick made the edits anew
  await appendSummary(renderSummary(planned.report, planned.report.edits === edits ? diff : undefined));
}

/** Inputs, configuration, a clean work tree, the remote's refs and where the branch starts. */
async function open(): Promise<Bump> {
  const inputs = readBumpInputs();
  const ctx = readContext();
  const config = await loadConfig({ workspace: ctx.workspace, ...(inputs.config ? { path: inputs.config } : {}), repository: ctx.repository });
  const git = new Git(ctx.workspace, {
    ...(inputs.token ? { token: inputs.token } : {}),
    serverUrl: ctx.serverUrl,
    identity: config.gitIdentity ?? BOT_IDENTITY,
  });
  // the status, the remote's refs and the local tags are read at once (three git processes
  // side by side, while the modules load); the errors keep their order
  const clean = assertClean(git, ctx);
  const remoteRead = remoteRefs(git, REMOTE);
  const tagsRead = localTags(git);
  for (const p of [clean, remoteRead, tagsRead]) p.catch(() => undefined);
  const [{ runnerLog }, planner] = await Promise.all([import('../lib/runner/core.js'), import('./plan.js')]);
  const log = await runnerLog();
  await clean;
  const remote = await remoteRead;
  const tagCommits = new Map([...(await tagsRead), ...remote.tags]);
  const tags = [...tagCommits.keys()];
  const base = inputs.baseBranch || remote.defaultBranch || eventDefaultBranch(ctx) || 'main';
  const baseTip = remote.heads.get(base);
  if (!baseTip) {
    throw new ActionError(`the base branch ${base} is not on ${REMOTE} (branches: ${[...remote.heads.keys()].slice(0, 10).join(', ') || 'none'})`);
  }
  let start: { label: string; sha: string };
  if (inputs.mode === 'release') {
    start = { label: base, sha: baseTip };
  } else {
    const { tag } = startTag({ mode: inputs.mode, version: inputs.version, ...(inputs.base ? { base: inputs.base } : {}), tags });
    start = { label: tag, sha: tagCommits.get(tag) as string };
  }
  start.sha = await ensureCommit(git, REMOTE, start.sha, `the start point ${start.label}`);
  let lastRelease: Promise<LastRelease> | undefined;
  const last = (): Promise<LastRelease> => (lastRelease ??= lastReleaseBefore(git, start.sha, tags, tagCommits));
  return { inputs, ctx, config, git, log, planner, remote, tagCommits, tags, base, start, last };
}

async function assertClean(git: Git, ctx: RunContext): Promise<void> {
  const dirty = await dirtyFiles(git);
  if (!dirty) {
    throw new ActionError(`${ctx.workspace} is not a git work tree: check the repository out first (actions/checkout with fetch-depth: 0)`);
  }
  if (dirty.length > 0) {
    throw new ActionError(
      `the work tree is not clean (${dirty.length} change${dirty.length === 1 ? '' : 's'}: ${dirty.slice(0, 5).map((l) => l.trim()).join('; ')}${dirty.length > 5 ? '; …' : ''}); ` +
        'bump-version starts from a clean checkout: commit or remove the changes first',
    );
  }
}

/** The references the release owns at the start commit, and their texts. */
async function references(b: Bump, also: readonly string[]): Promise<{ refs: ReleaseReferences; contents: Map<string, string | undefined> }> {
  const { referencePaths, releaseReferences } = await import('../lib/version-files/references.js');
  const paths = await listPaths(b.git, b.start.sha);
  const config = { ...b.config, ...(b.config.versionFiles ? { versionFiles: b.config.versionFiles as VersionFile[] } : {}) };
  // the changelog is read in the same `cat-file --batch` as the references
  const contents = await readAt(b.git, b.start.sha, [...referencePaths(paths, config, b.inputs.files), ...also]);
  const refs = releaseReferences({ paths, contents, config, repository: b.ctx.repository, files: b.inputs.files });
  const more = refs.files.map((f) => f.path).filter((p) => !contents.has(p));
  for (const [p, t] of await readAt(b.git, b.start.sha, more)) contents.set(p, t);
  return { refs, contents };
}

/**
 * The current version: the start tag for a hotfix or backport, else the newest release
 * tag; only without any tag, what the files say.
 */
function currentOf(b: Bump, refs: ReleaseReferences, contents: Files, readOptions: Omit<ReadOptions, 'current'>): { version: string; from: string; tagged: boolean } {
  const tag = b.inputs.mode === 'release' ? currentTag(b.tags) : currentTag(b.tags, b.start.label);
  if (tag) return { version: tag.version, from: `tag ${tag.tag}`, tagged: true };
  return { version: b.planner.currentVersionOf(refs.files, contents, readOptions), from: 'the version files: no release tag yet', tagged: false };
}

async function newVersion(b: Bump, current: string): Promise<{ next: string; releasable?: number }> {
  let auto: Awaited<ReturnType<typeof autoFromCommits>>['kind'] | undefined;
  let releasable: number | undefined;
  if (b.inputs.version === 'auto') {
    const found = await autoFromCommits(b.git, b.start.sha, await b.last(), current, { allowNone: living(b) });
    auto = found.kind;
    releasable = found.releasable;
    b.log.info(`version auto: ${found.count} commit(s) since ${found.since ?? 'the first commit'}, ${found.releasable} to release → ${auto}`);
  }
  const next = nextVersion(b.inputs.version, current, { preid: b.inputs.preid, ...(auto ? { auto } : {}) });
  const problem = versionProblem(next);
  if (problem) throw new ActionError(`new version: ${problem}`);
  const tagged = existingTag(b.tags, next);
  if (tagged) throw new ActionError(`version ${next} is already released (tag ${tagged}); expected a version without a tag, greater than ${current}`);
  return { next, ...(releasable !== undefined ? { releasable } : {}) };
}

function living(b: Bump): boolean {
  return b.inputs.pullRequest === 'current';
}

async function plan(b: Bump): Promise<Planned | Idle> {
  const changelogPath = b.inputs.changelog ? b.config.changelog : undefined;
  const { refs, contents } = await references(b, changelogPath ? [changelogPath] : []);
  const readOptions = { images: refs.images, tagsPrefixed: tagsPrefixed(b.tags) };
  const currentFound = currentOf(b, refs, contents, readOptions);
  const current = currentFound.version;
  if (living(b)) {
    const waiting = await awaitingTag({ git: b.git, base: b.base, tip: b.start.sha, last: await b.last(), current, tagged: currentFound.tagged, files: refs.files, contents, planner: b.planner, readOptions });
    if (waiting) return waiting;
  }
  const { next, releasable } = await newVersion(b, current);
  const written = changelogPath !== undefined && !b.planner.unreleasedOf(contents.get(changelogPath) ?? '', changelogPath).empty;
  if (living(b) && releasable === 0 && !written) return nothingToRelease(current, (await b.last()).tag);
  b.log.info(`current version ${current} (from ${currentFound.from}); new version ${next}`);

  const picks = await resolvePicks(b.git, b.inputs.cherryPick, b.start);
  let commits: ReleaseCommits | undefined;
  if (changelogPath && !written) {
    commits = await (await import('./changelog.js')).releaseCommits(b.git, b.start.sha, await b.last(), picks, b.config.changelogInclude);
    const created = contents.get(changelogPath) === undefined;
    const where = created ? `not there yet at ${b.start.label}; created with the ${next} section from` : `## [Unreleased] is empty at ${b.start.label}; the ${next} section comes from`;
    b.log.info(`${changelogPath}: ${where} the commits (${commits.described}): ${commits.entries.length} entr${commits.entries.length === 1 ? 'y' : 'ies'}`);
  }
  const previous = previousTag(b.tags, next);
  const planRequest = (c: Files): PlanModuleNs.BumpPlanRequest => ({
    files: refs.files,
    contents: c,
    current,
    next,
    allowDowngrade: b.inputs.allowDowngrade,
    references: readOptions,
    ...(changelogPath
      ? { changelog: { path: changelogPath, text: c.get(changelogPath) ?? '', date: releaseDate(), repoUrl: `${b.ctx.serverUrl}/${b.ctx.repository}`, ...(previous ? { previousTag: previous } : {}), ...(commits ? { commits } : {}) } }
      : {}),
  });
  const bumped = b.planner.planBump(planRequest(contents));
  const branch = living(b) ? b.inputs.prBranch : branchName(b.inputs.mode, next, b.config.releaseBranchPrefix);
  assertRef(branch);
  if (living(b) && branch === b.base) throw new InputError('pr-branch', `names the base branch ${b.base}, which the release pull request merges into: expected a branch of its own, like release-next`);
  const title = pullTitle(b.inputs.mode, next);
  const tag = tagOf(next);
  const body = fillPullBody(await pullTemplate(b.ctx, b.config), { tag, version: next, previous_tag: tagOf(current), previous_version: current, branch, base: b.base, changelog: b.config.changelog, title });
  const existingTip = living(b) ? b.remote.heads.get(branch) : await existingBranch(b, refs, branch, next, readOptions);
  const report: BumpReport = {
    mode: b.inputs.mode,
    status: b.inputs.dryRun ? 'dry-run' : existingTip ? 'exists' : 'created',
    previousVersion: current,
    version: next,
    tag,
    // a first release is a step from nothing, whatever the files said before it
    releaseType: releaseType(currentFound.tagged ? current : undefined, next),
    branch,
    base: b.base,
    start: b.start,
    cherryPicks: picks,
    edits: bumped.edits,
    skipped: bumped.plan.skipped,
    filesSource: describeSource(refs.source, refs.files),
    ...(b.inputs.dryRun ? { pullNote: 'not opened (dry run)' } : b.inputs.openPr ? {} : { pullNote: 'not opened (open-pr: false)' }),
  };
  const paths = [...refs.files.map((f) => f.path), ...(changelogPath ? [changelogPath] : [])];
  return { current, next, branch, title, body, refs, readOptions, paths, edits: bumped.edits, planRequest, ...(existingTip ? { existingTip } : {}), report };
}

/** A branch of that name already on the remote: our earlier run (it holds `next`), or someone else's (refused). */
async function existingBranch(b: Bump, refs: ReleaseReferences, branch: string, next: string, readOptions: Omit<ReadOptions, 'current'>): Promise<string | undefined> {
  const tip = b.remote.heads.get(branch);
  if (!tip) return undefined;
  await ensureCommit(b.git, REMOTE, tip, `the tip of ${branch}`);
  const atTip = await readAt(b.git, tip, refs.files.map((f) => f.path));
  let holds = false;
  let why = '';
  try {
    holds = b.planner.holdsVersion(refs.files, atTip, next, readOptions);
  } catch (err) {
    why = `: ${(err as Error).message}`;
  }
  if (!holds) {
    throw new ActionError(`branch ${branch} already exists on ${REMOTE} (${tip.slice(0, 12)}) and does not hold version ${next}${why}; delete the branch, or bump another version`);
  }
  return tip;
}

/** The commit and push (unless the branch already holds the bump), then the pull request. */
async function act(b: Bump, p: Planned): Promise<void> {
  if (living(b)) return actLiving(b, p);
  const { report, next, branch } = p;
  if (p.existingTip) {
    report.commit = p.existingTip;
    b.log.info(`branch ${branch} already holds ${next} (${p.existingTip.slice(0, 12)}): nothing to commit or push`);
  } else {
    const holds = (c: Files): boolean => b.planner.holdsVersion(p.refs.files, c, next, p.readOptions);
    const made = await commitAndPush({ git: b.git, ctx: b.ctx, inputs: b.inputs, planner: b.planner, start: b.start, branch, next, picks: report.cherryPicks, edits: p.edits, planRequest: p.planRequest, holds, paths: p.paths });
    report.commit = made.commit;
    if (made.edits) report.edits = made.edits;
    if (!made.pushed) {
      report.status = 'exists';
      b.log.info(`branch ${branch} was pushed by someone else meanwhile and already holds ${next}`);
    } else {
      b.log.info(`pushed ${made.commit.slice(0, 12)} to ${branch}`);
    }
  }
  if (!b.inputs.openPr) return;
  const [{ createGitHubClient }, { findOpenPull, openPull }] = await Promise.all([import('../lib/github/client.js'), import('./pulls.js')]);
  const client = createGitHubClient({ token: b.inputs.token, baseUrl: b.ctx.apiUrl, log: (m) => b.log.warning(m) });
  const spec = { owner: b.ctx.owner, repo: b.ctx.repo, branch, base: b.base, title: p.title, body: p.body, draft: b.inputs.draft, labels: b.inputs.labels };
  const pull = (await findOpenPull(client, spec)) ?? (await openPull(client, spec));
  report.pull = { number: pull.number, url: pull.url, existed: pull.existed };
  b.log.info(pull.existed ? `pull request #${pull.number} is already open: ${pull.url}` : `opened pull request #${pull.number}: ${pull.url}`);
}

/** The release pull request kept current: the commit rebuilt on the base's tip, the branch and the pull request brought up to date. */
async function actLiving(b: Bump, p: Planned): Promise<void> {
  const [{ keepCurrent }, { createGitHubClient }] = await Promise.all([import('./living.js'), import('../lib/github/client.js')]);
  const client = b.inputs.openPr ? createGitHubClient({ token: b.inputs.token, baseUrl: b.ctx.apiUrl, log: (m) => b.log.warning(m) }) : undefined;
  await keepCurrent({
    git: b.git,
    log: b.log,
    inputs: b.inputs,
    ...(b.config.gitIdentity ? { identity: b.config.gitIdentity } : {}),
    ...(client ? { client } : {}),
    repo: { owner: b.ctx.owner, repo: b.ctx.repo },
    base: { name: b.base, tip: b.start.sha },
    branch: p.branch,
    ...(p.existingTip ? { tip: p.existingTip } : {}),
    next: p.next,
    title: p.title,
    body: p.body,
    edits: p.edits,
    tempDir: b.ctx.runnerTemp,
    report: p.report,
  });
}

function outputs(p: Planned): Record<string, string> {
  const r = p.report;
  return {
    version: r.version,
    'previous-version': r.previousVersion,
    'release-type': r.releaseType,
    tag: r.tag,
    branch: r.branch,
    'base-branch': r.base,
    commit: r.commit ?? '',
    'changed-files': JSON.stringify(r.edits.map((e) => e.path)),
    'pr-number': r.pull ? String(r.pull.number) : '',
    'pr-url': r.pull?.url ?? '',
    status: r.status,
  };
}

function eventDefaultBranch(ctx: RunContext): string | undefined {
  const repo = ctx.event['repository'];
  const value = typeof repo === 'object' && repo !== null ? (repo as Record<string, unknown>)['default_branch'] : undefined;
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function describeSource(source: string, files: readonly VersionFile[]): string {
  const paths = [...new Set(files.map((f) => f.path))];
  const what = source === 'input' ? 'the files input' : source === 'config' ? 'the configuration' : 'discovered';
  return `${what}: ${paths.join(', ')}`;
}

async function pullTemplate(ctx: RunContext, config: ReleaseConfig): Promise<string> {
  if (!config.prTemplate) return RELEASE_CHECKLIST;
  const path = config.prTemplate;
  if (path.startsWith('/') || path.split('/').includes('..')) throw new FileError(config.source ?? '.github/release-actions.yaml', `pr-template must be a path inside the repository, got ${path}`);
  try {
    return await readFile(join(ctx.workspace, path), 'utf8');
  } catch {
    throw new FileError(path, 'the pull request template named by the configuration (pr-template) is missing');
  }
}
