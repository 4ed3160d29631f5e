/**
 * The runs of `pull-request: current` that find nothing to do: nothing releasable since the
 * last tag, or a merged release pull request whose tag is not pushed yet. Said once in the
 * log (a notice), the outputs and the summary; nothing is written.
 */
import type { Git } from '../lib/git/git.js';
import type { Log } from '../lib/runner/core.js';
import { bumpCommitMessage, releasePullTitle } from '../lib/semver/release-commit.js';
import { compareVersions, tagOf } from '../lib/semver/version.js';
import type { ReadOptions } from '../lib/version-files/read.js';
import type { VersionFile } from '../lib/version-files/types.js';
import type { LastRelease } from './history.js';
import type * as PlanModuleNs from './plan.js';
import { readAt } from './repo.js';

type Files = ReadonlyMap<string, string | undefined>;

export interface Idle {
  idle: 'nothing-to-release' | 'awaiting-tag';
  current: string;
  /** The version the base's files hold, waiting for its tag. */
  version?: string;
  /** The commit that brought that version to the base: where its tag goes. */
  commit: string;
  message: string;
}

export interface AwaitingRequest {
  git: Git;
  base: string;
  tip: string;
  last: LastRelease;
  /** The last release's version: its tag's, or the files' when there is no release tag yet. */
  current: string;
  /** Whether `current` comes from a tag. */
  tagged: boolean;
  files: readonly VersionFile[];
  contents: Files;
  planner: typeof PlanModuleNs;
  readOptions: Omit<ReadOptions, 'current'>;
}

/**
 * The base's files hold a version newer than the last tag: a release pull request was merged
 * and its signed tag is not pushed yet. A pull request opened now would propose that version
 * again, so the run waits for the tag, and names the commit the tag belongs on.
 */
export async function awaitingTag(req: AwaitingRequest): Promise<Idle | undefined> {
  const inFiles = filesVersion(req, req.contents);
  if (inFiles === undefined) return undefined;
  // without any tag the files' version is the current one: it waits for its tag only once a release pull request brought it
  const waiting = req.tagged ? compareVersions(inFiles, req.current) > 0 : await broughtByRelease(req, inFiles);
  if (!waiting) return undefined;
  const commit = (await versionCommit(req, inFiles)) ?? req.tip;
  return {
    idle: 'awaiting-tag',
    current: req.current,
    version: inFiles,
    commit,
    message:
      `${req.base} holds version ${inFiles} since ${commit.slice(0, 12)} and its tag ${tagOf(inFiles)} is not pushed yet (${req.tagged ? `the last release is ${tagOf(req.current)}` : 'the first release'}): ` +
      `the release pull request was merged; push the signed tag ${tagOf(inFiles)} on ${commit} (docs/workflows.md, "Tagging a merged release pull request"), and the next run opens the pull request of the release after it`,
  };
}

export function nothingToRelease(current: string, since: string | undefined): Idle {
  return {
    idle: 'nothing-to-release',
    current,
    commit: '',
    message: `nothing to release: no commit since ${since ?? 'the first commit'} that a release would list (features, fixes, changes without a conventional type) and ## [Unreleased] is empty; no pull request opened, an open one is left as it is`,
  };
}

/** The one version the files agree on; undefined when they disagree (the pull request then repairs them). */
function filesVersion(req: AwaitingRequest, contents: Files): string | undefined {
  try {
    return req.planner.currentVersionOf(req.files, contents, req.readOptions);
  } catch {
    return undefined;
  }
}

/**
 * Whether the base holds a release commit of `version`: the bump commit, or the squash of its
 * pull request (`Release vX.Y.Z (#N)`). Recognised by exact text, as the changelog does.
 */
async function broughtByRelease(req: AwaitingRequest, version: string): Promise<boolean> {
  const texts = new Set([releasePullTitle('release', version), bumpCommitMessage(version)]);
  const out = await req.git.out(['log', '-n', '1000', '--format=%s', '--end-of-options', req.tip]);
  return out.split('\n').some((subject) => texts.has(subject.replace(/\s+\(#\d+\)$/, '')));
}

/** The oldest commit of the base's first-parent line since the last tag whose files hold `version`. */
async function versionCommit(req: AwaitingRequest, version: string): Promise<string | undefined> {
  const paths = [...new Set(req.files.map((f) => f.path))];
  const range = req.last.sha ? `${req.last.sha}..${req.tip}` : req.tip;
  const out = await req.git.out(['rev-list', '--first-parent', '--reverse', '--end-of-options', range, '--', ...paths]);
  for (const sha of out ? out.split('\n') : []) {
    if (filesVersion(req, await readAt(req.git, sha, paths)) === version) return sha;
  }
  return undefined;
}

export async function reportIdle(log: Log, i: Idle, where: { branch: string; base: string }): Promise<void> {
  const { setOutputs, appendSummary } = await import('../lib/runner/core.js');
  log.notice(i.message);
  await setOutputs({
    version: i.version ?? '',
    'previous-version': i.current,
    'release-type': '',
    tag: i.version ? tagOf(i.version) : '',
    branch: where.branch,
    'base-branch': where.base,
    commit: i.commit,
    'changed-files': '[]',
    'pr-number': '',
    'pr-url': '',
    status: i.idle,
  });
  await appendSummary(`## bump-version: ${i.idle}\n\n${i.message}\n`);
}
