/**
 * The next milestone (`vX.(Y+1).0` after vX.Y.Z), created when missing — matched by title
 * among open and closed milestones, either `v` style, so a re-run or a hand-made
 * `0.6.0` milestone is found and nothing is created twice.
 */
import semver from 'semver';
import type { GitHubClient } from '../lib/github/client.js';
import { statusOf } from '../lib/github/client.js';
import type { ChannelResult } from './announce.js';
import type { RepoRef } from './release.js';
import { remoteError } from './release.js';

export function nextMilestoneTitle(version: string): string {
  const v = semver.parse(version);
  if (!v) throw new Error(`not a version: ${version}`);
  return `v${v.major}.${v.minor + 1}.0`;
}

export async function ensureMilestone(client: GitHubClient, repo: RepoRef, version: string, opts: { dryRun: boolean }): Promise<ChannelResult> {
  const title = nextMilestoneTitle(version);
  const same = (t: string) => t.trim().replace(/^v/, '') === title.slice(1);
  let existing;
  try {
    existing = (await client.paginate(client.rest.issues.listMilestones, { ...repo, state: 'all', per_page: 100 })).find((m) => same(m.title));
  } catch (err) {
    return { channel: 'milestone', status: 'failed', error: remoteError('listing the milestones', err).message };
  }
  if (existing) return { channel: 'milestone', status: 'already-sent', id: `${existing.title} (#${existing.number}, ${existing.state})` };
  if (opts.dryRun) return { channel: 'milestone', status: 'dry-run', id: title };
  try {
    const { data } = await client.rest.issues.createMilestone({ ...repo, title, description: `The release after v${version}.` });
    return { channel: 'milestone', status: 'sent', id: `${data.title} (#${data.number})` };
  } catch (err) {
    // created meanwhile (or by a retried request whose first answer was lost)
    if (statusOf(err) === 422) return { channel: 'milestone', status: 'already-sent', id: title };
    return { channel: 'milestone', status: 'failed', error: remoteError(`creating the milestone ${title}`, err).message };
  }
}
