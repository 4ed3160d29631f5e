/**
 * bump-version: validate everything → plan → act.
 *
 * Every refusal (inputs, a dirty work tree, files that disagree, a version that is not
 * greater, a branch that holds something else, an unknown cherry-pick…) happens before
 * anything is written. The bump itself is made in a temporary worktree detached at the
 * start commit, so the job's checkout and its refs are never touched: on a failure
 * (a cherry-pick conflict, a refused push) the worktree is dropped and nothing remains.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { loadConfig, type ReleaseConfig } from '../lib/config/config.js';
import { assertRef, BOT_IDENTITY, Git } from '../lib/git/git.js';
import type { RunContext } from '../lib/runner/context.js';
import { readContext } from '../lib/runner/context.js';
import { ActionError, FileError } from '../lib/runner/errors.js';
import { bumpCommitMessage } from '../lib/semver/release-commit.js';
import { previousTag, releaseType, sortReleaseTags, tagOf, versionProblem } from '../lib/semver/version.js';
import type { FileEdit, VersionFile } from '../lib/version-files/types.js';
import { releaseDate } from './date.js';
import { selectVersionFiles } from './files.js';
import { readBumpInputs, type BumpInputs } from './inputs.js';
import type { ReleaseCommits } from './changelog.js';
import type * as PlanModuleNs from './plan.js';
import { fillPullBody, RELEASE_CHECKLIST } from './pr-body.js';
import { dirtyFiles, ensureCommit, listPaths, localTags, readAt, remoteRefs, unshallow, writeAll } from './repo.js';
import type { BumpReport } from './summary.js';
import { autoKind, branchName, nextVersion, pullTitle, startTag } from './target.js';

const REMOTE = 'origin';

type PlanModule = typeof PlanModuleNs;
type Files = ReadonlyMap<string, string | undefined>;

export async function main(): Promise<void> {
  const inputs = readBumpInputs();
  const ctx = readContext();
  const config = await loadConfig({ workspace: ctx.workspace, ...(inputs.config ? { path: inputs.config } : {}), repository: ctx.repository });
  const git = new Git(ctx.workspace, {
    ...(inputs.token ? { token: inputs.token } : {}),
    serverUrl: ctx.serverUrl,
    identity: config.gitIdentity ?? BOT_IDENTITY,
  });

  const [{ runnerLog, setOutputs, appendSummary }, versioning, planner, { renderPlan, renderSummary }, { renderDiff }] = await Promise.all([
    import('../lib/runner/core.js'),
    import('../lib/version-files/index.js'),
    import('./plan.js'),
    import('./summary.js'),
    import('../lib/version-files/diff.js'),
  ]);
  const log = await runnerLog();

  // ---- the repository and the remote -------------------------------------------------
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
  const remote = await remoteRefs(git, REMOTE);
  const tagCommits = new Map([...(await localTags(git)), ...remote.tags]);
  const tags = [...tagCommits.keys()];
  const base = inputs.baseBranch || remote.defaultBranch || eventDefaultBranch(ctx) || 'main';
  const baseTip = remote.heads.get(base);
  if (!baseTip) {
    throw new ActionError(`the base branch ${base} is not on ${REMOTE} (branches: ${[...remote.heads.keys()].slice(0, 10).join(', ') || 'none'})`);
  }

  // ---- where the branch starts ----------------------------------------------------------
  let start: { label: string; sha: string };
  if (inputs.mode === 'release') {
    start = { label: base, sha: baseTip };
  } else {
    const { tag } = startTag({ mode: inputs.mode, version: inputs.version, ...(inputs.base ? { base: inputs.base } : {}), tags });
    start = { label: tag, sha: tagCommits.get(tag) as string };
  }
  start.sha = await ensureCommit(git, REMOTE, start.sha, `the start point ${start.label}`);

  // ---- the version files and the current version ---------------------------------------
  const selected = selectVersionFiles(
    {
      files: inputs.files,
      ...(config.versionFiles ? { configured: config.versionFiles as VersionFile[] } : {}),
      ...(config.makefileVariables ? { makefileVariables: config.makefileVariables } : {}),
      images: config.images,
      ...(config.chart ? { chart: config.chart } : {}),
      paths: await listPaths(git, start.sha),
    },
    versioning.discoverVersionFiles,
  );
  const changelogPath = inputs.changelog ? config.changelog : undefined;
  const wanted = [...selected.files.map((f) => f.path), ...(changelogPath ? [changelogPath] : [])];
  const contents = await readAt(git, start.sha, wanted);
  const current = planner.currentVersionOf(selected.files, contents);

  // ---- the new version -------------------------------------------------------------------
  let lastRelease: Promise<LastRelease> | undefined;
  const last = (): Promise<LastRelease> => (lastRelease ??= lastReleaseBefore(git, start.sha, tags, tagCommits));
  let auto: ReturnType<typeof autoKind> | undefined;
  if (inputs.version === 'auto') {
    const found = await autoFromCommits(git, start.sha, await last(), current);
    auto = found.kind;
    log.info(`version auto: ${found.count} commit(s) since ${found.since ?? 'the first commit'} → ${auto}`);
  }
  const next = nextVersion(inputs.version, current, { preid: inputs.preid, ...(auto ? { auto } : {}) });
  const problem = versionProblem(next);
  if (problem) throw new ActionError(`new version: ${problem}`);

  // ---- the plan ------------------------------------------------------------------------
  const picks = await resolvePicks(git, inputs.cherryPick, start);
  let commits: ReleaseCommits | undefined;
  if (changelogPath && planner.unreleasedOf(contents.get(changelogPath) ?? '', changelogPath).empty) {
    commits = await (await import('./changelog.js')).releaseCommits(git, start.sha, await last(), picks, config.changelogInclude);
    log.info(`${changelogPath}: ## [Unreleased] is empty at ${start.label}; the ${next} section comes from the commits (${commits.described}): ${commits.entries.length} entr${commits.entries.length === 1 ? 'y' : 'ies'}`);
  }
  const changelogFor = (c: Files) =>
    changelogPath
      ? {
          path: changelogPath,
          text: c.get(changelogPath) ?? '',
          date: releaseDate(),
          repoUrl: `${ctx.serverUrl}/${ctx.repository}`,
          ...(previousTag(tags, next) ? { previousTag: previousTag(tags, next) as string } : {}),
          ...(commits ? { commits } : {}),
        }
      : undefined;
  const planRequest = (c: Files) => {
    const changelog = changelogFor(c);
    return { files: selected.files, contents: c, next, allowDowngrade: inputs.allowDowngrade, ...(changelog ? { changelog } : {}) };
  };
  const bump = planner.planBump(planRequest(contents));
  const tag = tagOf(next);
  const branch = branchName(inputs.mode, next, config.releaseBranchPrefix);
  assertRef(branch);
  const title = pullTitle(inputs.mode, next);
  const body = fillPullBody(await pullTemplate(ctx, config), {
    tag,
    version: next,
    previous_tag: tagOf(current),
    previous_version: current,
    branch,
    base,
    changelog: config.changelog,
    title,
  });

  // ---- a branch of that name already on the remote: our earlier run, or someone else's --
  const existingTip = remote.heads.get(branch);
  if (existingTip) {
    await ensureCommit(git, REMOTE, existingTip, `the tip of ${branch}`);
    const atTip = await readAt(git, existingTip, selected.files.map((f) => f.path));
    let holds = false;
    let why = '';
    try {
      holds = planner.holdsVersion(selected.files, atTip, next);
    } catch (err) {
      why = `: ${(err as Error).message}`;
    }
    if (!holds) {
      throw new ActionError(
        `branch ${branch} already exists on ${REMOTE} (${existingTip.slice(0, 12)}) and does not hold version ${next}${why}; delete the branch, or bump another version`,
      );
    }
  }

  const report: BumpReport = {
    mode: inputs.mode,
    status: inputs.dryRun ? 'dry-run' : existingTip ? 'exists' : 'created',
    previousVersion: current,
    version: next,
    tag,
    releaseType: releaseType(current, next),
    branch,
    base,
    start,
    cherryPicks: picks,
    edits: bump.edits,
    skipped: bump.plan.skipped,
    filesSource: describeSource(selected.source, selected.files),
    ...(inputs.dryRun ? { pullNote: 'not opened (dry run)' } : inputs.openPr ? {} : { pullNote: 'not opened (open-pr: false)' }),
  };
  log.info(renderPlan(report));
  const diff = renderDiff(bump.edits);
  if (diff) await log.group('diff', async () => log.info(diff));

  const outputs = (): Record<string, string> => ({
    version: next,
    'previous-version': current,
    'release-type': report.releaseType,
    tag,
    branch,
    'base-branch': base,
    commit: report.commit ?? '',
    'changed-files': JSON.stringify(report.edits.map((e) => e.path)),
    'pr-number': report.pull ? String(report.pull.number) : '',
    'pr-url': report.pull?.url ?? '',
    status: report.status,
  });

  if (inputs.dryRun) {
    await setOutputs(outputs());
    await appendSummary(renderSummary(report));
    return;
  }

  // ---- act -------------------------------------------------------------------------------
  if (existingTip) {
    report.commit = existingTip;
    log.info(`branch ${branch} already holds ${next} (${existingTip.slice(0, 12)}): nothing to commit or push`);
  } else {
    const made = await commitAndPush({ git, ctx, inputs, planner, start, branch, next, picks, edits: bump.edits, planRequest, files: selected.files, paths: wanted });
    report.commit = made.commit;
    if (made.edits) report.edits = made.edits;
    if (!made.pushed) {
      report.status = 'exists';
      log.info(`branch ${branch} was pushed by someone else meanwhile and already holds ${next}`);
    } else {
      log.info(`pushed ${made.commit.slice(0, 12)} to ${branch}`);
    }
  }

  if (inputs.openPr) {
    const [{ createGitHubClient }, { findOpenPull, openPull }] = await Promise.all([import('../lib/github/client.js'), import('./pulls.js')]);
    const client = createGitHubClient({ token: inputs.token, baseUrl: ctx.apiUrl, log: (m) => log.warning(m) });
    const spec = { owner: ctx.owner, repo: ctx.repo, branch, base, title, body, draft: inputs.draft, labels: inputs.labels };
    const existing = await findOpenPull(client, spec);
    const pull = existing ?? (await openPull(client, spec));
    report.pull = { number: pull.number, url: pull.url, existed: pull.existed };
    log.info(pull.existed ? `pull request #${pull.number} is already open: ${pull.url}` : `opened pull request #${pull.number}: ${pull.url}`);
  }

  await setOutputs(outputs());
  await appendSummary(renderSummary(report));
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

interface LastRelease {
  /** The newest release tag reachable from the start, if any. */
  tag?: string;
  sha?: string;
}

/** The newest release tag whose commit is an ancestor of `start`: where this release's commits begin. */
async function lastReleaseBefore(git: Git, start: string, tags: readonly string[], tagCommits: ReadonlyMap<string, string>): Promise<LastRelease> {
  await unshallow(git, REMOTE);
  for (const t of sortReleaseTags(tags)) {
    const sha = tagCommits.get(t);
    if (!sha) continue;
    if (!(await ensureCommit(git, REMOTE, sha, `tag ${t}`).catch(() => undefined))) continue;
    if (await git.isAncestor(sha, start)) return { tag: t, sha };
  }
  return {};
}

/** The kind of bump the conventional commits since the last release tag (reachable from `start`) ask for. */
async function autoFromCommits(git: Git, start: string, last: LastRelease, current: string): Promise<{ kind: ReturnType<typeof autoKind>; count: number; since?: string }> {
  const records = await git.log(last.sha ? `${last.sha}..${start}` : start);
  if (records.length === 0) throw new ActionError(`version auto: there are no commits since ${last.tag}; nothing to release`);
  const { classifyCommits } = await import('../lib/changelog/index.js');
  const { entries } = classifyCommits(records.map((r) => ({ sha: r.sha, subject: r.subject, body: r.body, merge: r.parents.length > 1 })));
  return { kind: autoKind(entries, current), count: records.length, ...(last.tag ? { since: last.tag } : {}) };
}

/** Each cherry-pick as a full SHA with its subject; refused when unknown, repeated, or already in the start point. */
async function resolvePicks(git: Git, shas: readonly string[], start: { label: string; sha: string }): Promise<Array<{ sha: string; subject: string }>> {
  const out: Array<{ sha: string; subject: string }> = [];
  for (const given of shas) {
    const sha = await ensureCommit(git, REMOTE, given.toLowerCase(), 'cherry-pick commit').catch((err: unknown) => {
      throw new ActionError(`${(err as Error).message}${given.length < 40 ? ' (give the full 40-character SHA of a commit that is not in this checkout)' : ''}`);
    });
    if (out.some((p) => p.sha === sha)) throw new ActionError(`cherry-pick lists ${given} twice`);
    if (await git.isAncestor(sha, start.sha)) throw new ActionError(`cherry-pick commit ${given} is already in ${start.label}; remove it from the list`);
    const subject = await git.out(['log', '-1', '--format=%s', '--end-of-options', sha]);
    out.push({ sha, subject });
  }
  return out;
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

interface CommitRequest {
  git: Git;
  ctx: RunContext;
  inputs: BumpInputs;
  planner: PlanModule;
  start: { label: string; sha: string };
  branch: string;
  next: string;
  picks: ReadonlyArray<{ sha: string; subject: string }>;
  edits: readonly FileEdit[];
  planRequest: (c: Files) => Parameters<PlanModule['planBump']>[0];
  files: readonly VersionFile[];
  paths: readonly string[];
}

/**
 * Makes the bump commit in a temporary worktree detached at the start commit —
 * cherry-picks first, then the edits, written all together — and pushes it to the
 * branch (retrying, never forcing, when someone else pushed first).
 */
async function commitAndPush(req: CommitRequest): Promise<{ commit: string; pushed: boolean; edits?: FileEdit[] }> {
  const { pushWithRetry } = await import('../lib/git/push.js');
  const { git, inputs, planner, branch } = req;
  const dir = await mkdtemp(join(req.ctx.runnerTemp, 'bump-version-'));
  const path = join(dir, 'worktree');
  const message = bumpCommitMessage(req.next);
  const commitOpts = { signOff: inputs.signOff, ...(inputs.signingKey ? { signingKey: inputs.signingKey } : {}) };
  let edits: FileEdit[] | undefined;
  try {
    const wt = await git.addWorktree(path, req.start.sha, { detach: true });
    if (req.picks.length > 0) {
      await wt.cherryPick(req.picks.map((p) => p.sha));
      // A picked commit may have touched a version file: plan again on the result.
      edits = planner.planBump(req.planRequest(await readAt(wt, 'HEAD', req.paths))).edits;
    }
    const apply = async (list: readonly FileEdit[]): Promise<void> => {
      await writeAll(path, list.map((e) => ({ path: e.path, text: e.after })));
      await wt.commit(message, { paths: list.map((e) => e.path), ...commitOpts });
    };
    await apply(edits ?? req.edits);
    const result = await pushWithRetry(wt, {
      remote: REMOTE,
      branch,
      reapply: async () => {
        const now = await readAt(wt, 'HEAD', req.paths);
        if (planner.holdsVersion(req.files, now, req.next)) return false;
        await apply(planner.planBump(req.planRequest(now)).edits);
        return true;
      },
    });
    return { commit: await wt.head(), pushed: result.pushed, ...(edits ? { edits } : {}) };
  } finally {
    await git.removeWorktree(path);
    await rm(dir, { recursive: true, force: true });
  }
}
