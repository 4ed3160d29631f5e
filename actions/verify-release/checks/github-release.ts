/**
 * github-release: the release of the tag exists and is published (not a draft),
 * its notes are not empty, it is GitHub's "latest" exactly when it is the newest
 * stable release (a prerelease or a backport to an older line is not), and it
 * carries the configured assets (names or globs; `{version}` and `{tag}` are
 * filled in). Polled: a draft, a missing asset or notes still empty are waited for.
 * Read only: GET requests.
 */
import type { GitHubClient } from '../../lib/github/client.js';
import { poll, type Attempt } from '../poll.js';
import type { CheckContext, CheckResult } from '../types.js';

type Verdict = { ok: boolean; detail: string };

interface ReleaseLike {
  id: number;
  tag_name: string;
  draft: boolean;
  prerelease: boolean;
  body?: string | null;
  html_url: string;
  assets: Array<{ name: string; state: string; size: number }>;
}

export async function run(ctx: CheckContext): Promise<CheckResult> {
  const client = await ctx.github();
  if (!client) return { status: 'failed', detail: 'needs a token (input token) to read the release' };
  const [{ minimatch }, { isNewestStable }] = await Promise.all([import('minimatch'), import('../../lib/semver/version.js')]);
  const { owner, repo } = ctx.run;
  const tag = ctx.tag;
  const patterns = ctx.inputs.assets.map((a) => a.replaceAll('{version}', ctx.version).replaceAll('{tag}', tag));
  const newest = isNewestStable(await ctx.releaseTags(), ctx.version);

  const look = async (): Promise<Attempt<Verdict>> => {
    const release = await findRelease(client, owner, repo, tag);
    if (typeof release === 'string') return { done: false, missing: release };
    const missing: string[] = [];
    if (release.draft) missing.push('it is a draft');
    if (!release.body || release.body.trim() === '') missing.push('its notes are empty');
    const prerelease = release.prerelease || ctx.version.includes('-');
    if (!release.draft) {
      const latest = await latestId(client, owner, repo);
      if (!prerelease && newest && latest !== release.id) missing.push('it is not marked latest');
      if ((prerelease || !newest) && latest === release.id) missing.push(`it is marked latest, but ${prerelease ? 'it is a prerelease' : 'a newer stable release exists'}`);
    }
    const uploaded = release.assets.filter((a) => a.state === 'uploaded' && a.size > 0).map((a) => a.name);
    for (const p of patterns) if (!uploaded.some((n) => minimatch(n, p, { nocase: false, dot: true }))) missing.push(`asset ${p} is missing`);
    if (missing.length > 0) return { done: false, missing: `release ${tag}: ${missing.join(', ')}` };
    const notes = release.body?.trim().split('\n').length ?? 0;
    const what = [
      prerelease ? 'prerelease' : newest ? 'latest' : 'not latest (older line)',
      `${notes} line(s) of notes`,
      patterns.length > 0 ? `assets ${uploaded.filter((n) => patterns.some((p) => minimatch(n, p, { dot: true }))).join(', ')}` : `${uploaded.length} asset(s)`,
    ];
    return { done: true, value: { ok: true, detail: `${release.html_url} published, ${what.join(', ')}` } };
  };

  const outcome = await poll<Verdict>(
    async () => {
      try {
        return await look();
      } catch (err) {
        const status = (err as { status?: number }).status;
        if (status === 401 || status === 403) return { done: true, value: { ok: false, detail: `GitHub refused to read the releases (HTTP ${status}): ${(err as Error).message}` } };
        return { done: false, missing: `GitHub API: ${(err as Error).message}` };
      }
    },
    { ...ctx.poll, onWait: (m, ms) => ctx.log.info(`github-release: ${m}; looking again in ${Math.round(ms)} ms`) },
  );
  if (!outcome.value) return { status: 'failed', detail: `still not right after ${Math.round(outcome.elapsedMs / 1000)} s (${outcome.attempts} attempts): ${outcome.missing}` };
  return { status: outcome.value.ok ? 'passed' : 'failed', detail: outcome.value.detail };
}

/** The release of `tag` (drafts too: those are found only in the list), or what is missing. */
async function findRelease(client: GitHubClient, owner: string, repo: string, tag: string): Promise<ReleaseLike | string> {
  try {
    const { data } = await client.rest.repos.getReleaseByTag({ owner, repo, tag });
    return data as ReleaseLike;
  } catch (err) {
    if ((err as { status?: number }).status !== 404) throw err;
  }
  const { data } = await client.rest.repos.listReleases({ owner, repo, per_page: 100 });
  const draft = (data as ReleaseLike[]).find((r) => r.tag_name === tag);
  return draft ?? `no release for ${tag}`;
}

async function latestId(client: GitHubClient, owner: string, repo: string): Promise<number | undefined> {
  try {
    return (await client.rest.repos.getLatestRelease({ owner, repo })).data.id;
  } catch (err) {
    if ((err as { status?: number }).status === 404) return undefined;
    throw err;
  }
}
