/**
 * A repository's GitHub releases, re-run safe, for every action that makes one (announce: the
 * application's release; publish-helm: the release a chart's package is an asset of).
 *
 * - Find: the by-tag endpoint does not return drafts, so the releases are listed (drafts
 *   included, which GitHub shows to push access only) and matched by tag; a published one
 *   wins, else the oldest draft.
 * - Create: as a draft, without the client's automatic retry: a POST that failed with a
 *   5xx (or never answered) may have been applied, so the releases are listed again and
 *   a release found for the tag is adopted; only when there is none is the POST sent again.
 *   A 422 `already_exists` is adopted the same way.
 * - Concurrent runs for one tag: GitHub lets several drafts share a tag, so two runs that both
 *   found none both create one. After creating, the releases are listed again: a published
 *   release for the tag, else the oldest draft (lowest id), is the one; a run whose own draft
 *   is not it deletes that draft and leaves the release to the run that made it. Ids grow with
 *   creation, and every creator lists after its own create, so exactly one run keeps its draft.
 */
import type { components } from '@octokit/openapi-types';
import type { Log } from '../runner/core.js';
import { ActionError, RemoteError } from '../runner/errors.js';
import { scaledWait } from '../runner/tuning.js';
import { statusOf, type GitHubClient } from './client.js';

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, scaledWait(ms)));

export type Release = components['schemas']['release'];
export type ReleaseAsset = components['schemas']['release-asset'];

export interface RepoRef {
  owner: string;
  repo: string;
}

export function remoteError(what: string, err: unknown): RemoteError {
  if (err instanceof ActionError) return err;
  const status = statusOf(err);
  const message = err instanceof Error ? err.message : String(err);
  return new RemoteError(`${what} failed${status ? ` (HTTP ${status})` : ''}: ${message}`, status, { cause: err });
}

/** Every release of the repository, drafts included (newest first). */
export async function listReleases(client: GitHubClient, repo: RepoRef): Promise<Release[]> {
  try {
    return await client.paginate(client.rest.repos.listReleases, { ...repo, per_page: 100 });
  } catch (err) {
    throw remoteError(`listing the releases of ${repo.owner}/${repo.repo}`, err);
  }
}

/** The release of `tag`: the published one, else the oldest draft; the other drafts are reported. */
export function pickRelease(releases: readonly Release[], tag: string): { release?: Release; extraDrafts: Release[] } {
  const forTag = releases.filter((r) => r.tag_name === tag);
  const published = forTag.find((r) => !r.draft);
  const drafts = forTag.filter((r) => r.draft).sort((a, b) => a.id - b.id);
  const release = published ?? drafts[0];
  return { ...(release ? { release } : {}), extraDrafts: drafts.filter((d) => d !== release) };
}

export async function getRelease(client: GitHubClient, repo: RepoRef, id: number): Promise<Release> {
  try {
    return (await client.rest.repos.getRelease({ ...repo, release_id: id })).data;
  } catch (err) {
    throw remoteError(`reading release ${id}`, err);
  }
}

export interface ReleasePatch {
  body?: string;
  name?: string;
  draft?: boolean;
  prerelease?: boolean;
  make_latest?: 'true' | 'false' | 'legacy';
}

export async function updateRelease(client: GitHubClient, repo: RepoRef, id: number, patch: ReleasePatch, what: string): Promise<Release> {
  try {
    return (await client.rest.repos.updateRelease({ ...repo, release_id: id, ...patch })).data;
  } catch (err) {
    throw remoteError(what, err);
  }
}

/** The release GitHub marks as latest, or undefined when there is none. */
export async function latestRelease(client: GitHubClient, repo: RepoRef): Promise<Release | undefined> {
  try {
    return (await client.rest.repos.getLatestRelease({ ...repo })).data;
  } catch (err) {
    if (statusOf(err) === 404) return undefined;
    throw remoteError(`reading the latest release of ${repo.owner}/${repo.repo}`, err);
  }
}

export interface DraftSpec {
  tag: string;
  /** A commit for the tag when it does not exist yet. */
  target?: string;
  name: string;
  body: string;
  prerelease: boolean;
}

export type FoundHow = 'created' | 'adopted-draft' | 'adopted-published' | 'adopted-after-error' | 'lost-race';

/**
 * After this run created draft `mine` for `tag`: the release that stays. A published one wins,
 * else the oldest draft; `lost` when that is not this run's draft (undefined `winner` when
 * the listing no longer shows any release for the tag, not even this run's).
 */
export function settleCreateRace(releases: readonly Release[], tag: string, mine: number): { winner?: Release; lost: boolean } {
  const { release } = pickRelease(releases, tag);
  if (!release) return { lost: true };
  return { winner: release, lost: release.id !== mine };
}

async function deleteOwnDraft(client: GitHubClient, repo: RepoRef, id: number, tag: string): Promise<void> {
  try {
    await client.rest.repos.deleteRelease({ ...repo, release_id: id });
  } catch (err) {
    if (statusOf(err) !== 404) throw remoteError(`deleting this run's duplicate draft release ${id} of ${tag}`, err);
  }
}

const CREATE_ATTEMPTS = 3;

/**
 * The release for `spec.tag`: found (drafts included), or created as a draft. A create
 * whose answer was lost is never repeated blindly: the releases are listed first.
 */
export async function findOrCreateDraft(client: GitHubClient, repo: RepoRef, spec: DraftSpec, log: Log): Promise<{ release: Release; how: FoundHow }> {
  const look = async (): Promise<Release | undefined> => {
    const { release, extraDrafts } = pickRelease(await listReleases(client, repo), spec.tag);
    if (extraDrafts.length > 0) {
      log.warning(`${extraDrafts.length} more draft release(s) exist for ${spec.tag} (ids ${extraDrafts.map((d) => d.id).join(', ')}); release ${release?.id} is used, delete the others by hand`);
    }
    return release;
  };
  const existing = await look();
  if (existing) return { release: existing, how: existing.draft ? 'adopted-draft' : 'adopted-published' };

  let lastError: unknown;
  let created: Release | undefined;
  for (let attempt = 1; attempt <= CREATE_ATTEMPTS && !created; attempt++) {
    try {
      ({ data: created } = await client.rest.repos.createRelease({
        ...repo,
        tag_name: spec.tag,
        ...(spec.target ? { target_commitish: spec.target } : {}),
        name: spec.name,
        body: spec.body,
        draft: true,
        prerelease: spec.prerelease,
        // the automatic retry would POST again after a lost answer; this loop lists first
        request: { retries: 0 },
      }));
    } catch (err) {
      lastError = err;
      const status = statusOf(err);
      const maybeApplied = status === undefined || status >= 500 || status === 422;
      if (!maybeApplied) throw remoteError(`creating the draft release ${spec.tag}`, err);
      const found = await look();
      if (found) {
        log.info(`creating the release answered ${status ?? 'nothing'}, but a release for ${spec.tag} exists (id ${found.id}): adopted, not created twice`);
        return { release: found, how: 'adopted-after-error' };
      }
      if (status === 422) throw remoteError(`creating the draft release ${spec.tag}`, err);
      if (attempt < CREATE_ATTEMPTS) {
        log.warning(`creating the release ${spec.tag} failed (${status ?? 'no answer'}); no release was made, trying again (${attempt + 1} of ${CREATE_ATTEMPTS})`);
        await wait(1000 * attempt);
      }
    }
  }
  if (!created) throw remoteError(`creating the draft release ${spec.tag} (${CREATE_ATTEMPTS} attempts)`, lastError);

  const settled = settleCreateRace(await listReleases(client, repo), spec.tag, created.id);
  if (!settled.lost) return { release: created, how: 'created' };
  if (!settled.winner) throw new ActionError(`the draft release ${created.id} of ${spec.tag} vanished right after it was created; re-run the job`);
  await deleteOwnDraft(client, repo, created.id, spec.tag);
  log.info(
    `another run created a release for ${spec.tag} at the same time (id ${settled.winner.id}, the older one): this run's draft (id ${created.id}) was deleted, and the release is left to that run`,
  );
  return { release: settled.winner, how: 'lost-race' };
}
