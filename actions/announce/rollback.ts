/**
 * Rollback mode (the process's Rollback Procedure): the release is marked prerelease and
 * not latest, a "⚠️ Known issues: this release was rolled back" notice with the reason and
 * a link to the previous stable release is put at the top of its notes, and the previous
 * stable release becomes latest again. A release that already carries the notice is left as
 * it is, so a second rollback changes nothing.
 */
import semver from 'semver';
import { hasRollbackNotice, withRollbackNotice } from '../lib/announce/markers.js';
import { rollbackNotice } from '../lib/announce/message.js';
import type { GitHubClient } from '../lib/github/client.js';
import type { Log } from '../lib/runner/core.js';
import { ActionError } from '../lib/runner/errors.js';
import { isVersion, stripV } from '../lib/semver/version.js';
import type { Release, RepoRef } from './release.js';
import { latestRelease, updateRelease } from './release.js';

export interface RollbackPlan {
  target: Release;
  /** The stable release the notice points to: the newest one below the target, else the newest other one. */
  previous?: Release;
  /** The release that should be latest once the target is not: the newest other stable release. */
  newLatest?: Release;
  alreadyRolledBack: boolean;
}

const stableVersion = (r: Release): boolean => !r.draft && !r.prerelease && isVersion(r.tag_name) && semver.prerelease(stripV(r.tag_name)) === null;
const byVersionDesc = (a: Release, b: Release): number => semver.rcompare(stripV(a.tag_name), stripV(b.tag_name));

export function planRollback(releases: readonly Release[], tag: string, force: boolean): RollbackPlan {
  const forTag = releases.filter((r) => r.tag_name === tag);
  const target = forTag.find((r) => !r.draft);
  if (!target) {
    throw new ActionError(
      forTag.length > 0
        ? `${tag} has only a draft release (id ${forTag.map((r) => r.id).join(', ')}); there is nothing published to roll back — delete the draft instead`
        : `${tag} has no release; there is nothing to roll back (releases: ${releases.filter((r) => !r.draft).slice(0, 5).map((r) => r.tag_name).join(', ') || 'none'})`,
    );
  }
  const alreadyRolledBack = target.prerelease && hasRollbackNotice(target.body);
  const others = releases.filter((r) => r.id !== target.id && stableVersion(r) && !hasRollbackNotice(r.body)).sort(byVersionDesc);
  if (!alreadyRolledBack && others.length === 0 && stableVersion(target) && !force) {
    throw new ActionError(
      `${tag} is the only stable release: rolling it back leaves no stable release to install and none marked latest. Set force: true to roll it back all the same`,
    );
  }
  const v = stripV(tag);
  const below = isVersion(tag) ? others.find((r) => semver.lt(stripV(r.tag_name), v)) : undefined;
  return {
    target,
    ...(below ?? others[0] ? { previous: (below ?? others[0])! } : {}),
    ...(others[0] ? { newLatest: others[0] } : {}),
    alreadyRolledBack,
  };
}

export interface RollbackOutcome {
  release: Release;
  /** What changed: `marked prerelease`, `latest → v0.4.1`…; empty on a second rollback. */
  changes: string[];
}

export async function applyRollback(client: GitHubClient, repo: RepoRef, plan: RollbackPlan, reason: string, opts: { dryRun: boolean; log: Log }): Promise<RollbackOutcome> {
  const changes: string[] = [];
  let release = plan.target;
  const latestBefore = await latestRelease(client, repo);
  const wasLatest = latestBefore?.id === plan.target.id;
  if (!plan.alreadyRolledBack) {
    const previous = plan.previous ? { tag: plan.previous.tag_name, url: plan.previous.html_url } : undefined;
    const body = withRollbackNotice(release.body, rollbackNotice(reason, previous));
    changes.push('marked prerelease and not latest', 'known-issues notice added to the notes');
    if (!opts.dryRun) {
      release = await updateRelease(client, repo, release.id, { prerelease: true, make_latest: 'false', body }, `marking ${release.tag_name} as rolled back`);
    }
  } else {
    opts.log.info(`${release.tag_name} is already rolled back (prerelease, with the known-issues notice): its notes are left as they are`);
  }
  if (plan.newLatest) {
    const latestNow = opts.dryRun ? (wasLatest ? undefined : latestBefore) : await latestRelease(client, repo);
    // When the target was latest, the mark is set explicitly (GitHub's fallback choice of
    // latest goes by creation date, which would pick a hotfix of an older line).
    const mustMove = wasLatest || latestNow === undefined || latestNow.id === plan.target.id;
    if (mustMove && (wasLatest || latestNow?.id !== plan.newLatest.id)) {
      changes.push(`latest → ${plan.newLatest.tag_name}`);
      if (!opts.dryRun) await updateRelease(client, repo, plan.newLatest.id, { make_latest: 'true' }, `marking ${plan.newLatest.tag_name} as the latest release`);
    }
  } else if (wasLatest) {
    changes.push('no release is latest now (there is no other stable release)');
  }
  return { release, changes };
}
