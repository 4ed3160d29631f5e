/**
 * `pull-request: current`: one release pull request on a fixed branch, brought up to date on
 * every run. The release commit is rebuilt on the base's tip; the branch moves only when that
 * commit's tree or parent differs from what it holds, with a lease on the tip this run read.
 * The title and body are set only when they differ. A branch a person pushed to is left alone
 * and reported; a body a person edited (a ticked box, a note) is kept, the branch and the
 * title still follow the base (docs: "The release pull request kept current").
 */
import { commitFiles } from '../lib/git/commit-files.js';
import { BOT_IDENTITY, type Git, type Identity } from '../lib/git/git.js';
import { pushWithLease } from '../lib/git/push.js';
import type { GitHubClient } from '../lib/github/client.js';
import type { Log } from '../lib/runner/core.js';
import { bumpCommitMessage } from '../lib/semver/release-commit.js';
import type { FileEdit } from '../lib/version-files/types.js';
import { REMOTE } from './history.js';
import type { BumpInputs } from './inputs.js';
import { bodyEdited, bodyHash, readMarker, withMarker, withoutMarker, type Marker } from './marker.js';
import { branchCommits, ownership } from './owner.js';
import { findOpenPull, openPull, updatePull, type PullRef } from './pulls.js';
import { ensureCommit } from './repo.js';
import type { BumpReport } from './summary.js';

export interface LivingRequest {
  git: Git;
  log: Log;
  inputs: BumpInputs;
  identity?: Identity;
  client?: GitHubClient;
  repo: { owner: string; repo: string };
  base: { name: string; tip: string };
  branch: string;
  /** The branch's tip as the run read it; undefined when the branch does not exist. */
  tip?: string;
  next: string;
  title: string;
  /** The body the bot writes (the checklist), without the record. */
  body: string;
  edits: readonly FileEdit[];
  tempDir: string;
  report: BumpReport;
}

/** Brings the branch and the pull request up to date, or leaves a person's work alone; the report says which. */
export async function keepCurrent(req: LivingRequest): Promise<void> {
  const { git, report } = req;
  const pull = req.client ? await findOpenPull(req.client, { ...req.repo, branch: req.branch }) : undefined;
  const marker = readMarker(pull?.body);
  if (req.tip) {
    await ensureCommit(git, REMOTE, req.tip, `the tip of ${req.branch}`);
    const owner = await ownership(git, { tip: req.tip, baseTip: req.base.tip, identity: req.identity ?? BOT_IDENTITY, ...(marker ? { marker } : {}) });
    if (!owner.ours) return leaveAlone(req, pull, owner.why);
  }
  const made = await releaseCommit(req);
  const current = req.tip !== undefined && (await sameCommit(git, req.tip, made));
  const tip = current ? (req.tip as string) : made;
  report.commit = tip;
  report.status = current ? 'exists' : req.tip ? 'updated' : 'created';
  const text = keptBody(req, pull, marker);
  if (current) {
    req.log.info(`branch ${req.branch} already holds the release commit of ${req.next} on ${req.base.name} (${tip.slice(0, 12)}): nothing to push`);
    if (pull) await syncPull(req, pull, text, { tip, ...(marker?.tip === tip && marker.prev ? { prev: marker.prev } : {}) });
  } else {
    // the record first: a run stopped before the push finds the old tip named as `prev`
    if (pull) await syncPull(req, pull, text, { tip: made, ...(req.tip ? { prev: req.tip } : {}) });
    await pushWithLease(git, { remote: REMOTE, branch: req.branch, commit: made, expected: req.tip });
    req.log.info(`${req.tip ? 'moved' : 'pushed'} ${req.branch} to ${made.slice(0, 12)} (${req.next} on ${req.base.name} ${req.base.tip.slice(0, 12)})`);
  }
  if (!req.client) return;
  const open = pull ?? (await openPull(req.client, { ...req.repo, branch: req.branch, base: req.base.name, title: req.title, body: withMarker(text.text, { tip, body: text.hash }), draft: req.inputs.draft, labels: req.inputs.labels }));
  report.pull = { number: open.number, url: open.url, existed: open.existed };
}

/** The release commit on the base's tip, made without a work tree (only an object until pushed). */
function releaseCommit(req: LivingRequest): Promise<string> {
  return commitFiles(req.git, {
    parent: req.base.tip,
    files: req.edits.map((e) => ({ path: e.path, text: e.after })),
    message: bumpCommitMessage(req.next),
    signOff: req.inputs.signOff,
    ...(req.inputs.signingKey ? { signingKey: req.inputs.signingKey } : {}),
    tempDir: req.tempDir,
  });
}

/** A tree and parent equal to the commit just made: the branch is current. */
async function sameCommit(git: Git, tip: string, made: string): Promise<boolean> {
  const read = (c: string) => git.out(['show', '-s', '--format=%T %P', '--end-of-options', c]);
  const [a, b] = await Promise.all([read(tip), read(made)]);
  return a === b;
}

/** The body text to write and the hash the record keeps: the bot's, or the person's when edited. */
function keptBody(req: LivingRequest, pull: PullRef | undefined, marker: Marker | undefined): { text: string; hash: string; kept: boolean } {
  const own = { text: req.body, hash: bodyHash(req.body), kept: false };
  if (!pull) return own;
  const body = pull.body ?? '';
  if (marker && !bodyEdited(body, marker)) return own;
  // edited by hand, or the record removed with the edit: the person's text stays
  req.log.warning(`pull request #${pull.number} (${pull.url}): its body was edited by hand; it is kept as written (only the hidden release-actions record is updated), while the branch and the title follow ${req.base.name}. Versions the body names may be out of date: to get the checklist back, delete the body.`);
  return { text: withoutMarker(body), hash: marker?.body ?? own.hash, kept: true };
}

async function syncPull(req: LivingRequest, pull: PullRef, text: { text: string; hash: string }, marker: Omit<Marker, 'body'>): Promise<void> {
  const fields = await updatePull(req.client as GitHubClient, req.repo, pull, { title: req.title, body: withMarker(text.text, { ...marker, body: text.hash }) });
  if (fields.length > 0) req.log.info(`pull request #${pull.number}: updated its ${fields.join(' and ')}`);
}

async function leaveAlone(req: LivingRequest, pull: PullRef | undefined, why: string): Promise<void> {
  const commits = await branchCommits(req.git, req.base.tip, req.tip as string);
  const which = pull ? `pull request #${pull.number} (${pull.url})` : `branch ${req.branch} (no pull request open)`;
  req.log.warning(
    `${which} was changed by hand: ${why}; commits on ${req.branch}: ${commits.join('; ') || 'none'}. ` +
      `Left as it is: nothing pushed or edited. To have it kept current again, close the pull request and delete the branch ${req.branch} (the next run opens it afresh), or merge it as it is.`,
  );
  req.report.status = 'hand-edited';
  req.report.commit = req.tip as string;
  if (pull) req.report.pull = { number: pull.number, url: pull.url, existed: true };
}
