/**
 * The commits a version is made of: `from..to`, where by default `from` is the release
 * tag just before the version by SemVer order (not by date; prereleases skipped when the
 * version is a release) and `to` is the version's tag when it exists, else HEAD.
 */
import { InputError } from '../lib/runner/errors.js';
import { isVersion, previousTag, sortReleaseTags, stripV, tagOf } from '../lib/semver/version.js';

/** What the range needs from git (the real `Git`, or a stand-in in tests). */
export interface RangeGit {
  tags(): Promise<string[]>;
  resolve(ref: string): Promise<string | undefined>;
}

export interface RangeEnd {
  /** As given or chosen: `v0.4.1`, `HEAD`, a SHA. */
  ref: string;
  sha: string;
}

export interface ResolvedRange {
  /** null: from the first commit (a first release). */
  from: RangeEnd | null;
  to: RangeEnd;
  /** The tag the compare links start from, or null for a first release. */
  previousTag: string | null;
  /** `previousTag` without `v`, or ''. */
  previousVersion: string;
  /** The argument for `git log`: `<from>..<to>`, or `<to>` for the whole history. */
  logRange: string;
  /** How the ends were chosen, for the log and the summary. */
  explanation: string;
}

export interface RangeRequest {
  /** Without `v`. */
  version: string;
  /** Explicit `from` / `to` inputs ('' for the defaults). */
  from: string;
  to: string;
}

function tagList(tags: readonly string[], n = 8): string {
  const release = sortReleaseTags(tags, { includePrereleases: true });
  if (release.length === 0) return 'the repository has no release tags vX.Y.Z';
  return `release tags: ${release.slice(0, n).join(', ')}${release.length > n ? ', …' : ''}`;
}

export async function resolveRange(git: RangeGit, req: RangeRequest): Promise<ResolvedRange> {
  const tags = await git.tags();
  const why: string[] = [];

  // ---- to ----
  let to: RangeEnd;
  if (req.to) {
    const sha = await git.resolve(req.to);
    if (!sha) throw new InputError('to', `${JSON.stringify(req.to)} is not a commit of this repository (${tagList(tags)}); is the checkout complete (fetch-depth: 0)?`);
    to = { ref: req.to, sha };
    why.push(`to ${req.to} (input)`);
  } else {
    const tag = tagOf(req.version);
    const tagSha = tags.includes(tag) ? await git.resolve(`refs/tags/${tag}`) : undefined;
    if (tagSha) {
      to = { ref: tag, sha: tagSha };
      why.push(`to ${tag} (the version's tag)`);
    } else {
      const head = await git.resolve('HEAD');
      if (!head) throw new InputError('to', 'not given, and the repository has no commit at HEAD');
      to = { ref: 'HEAD', sha: head };
      why.push(`to HEAD (no tag ${tag} yet)`);
    }
  }

  // ---- from, and the tag the links compare from ----
  const semverPrevious = previousTag(tags, req.version) ?? null;
  let from: RangeEnd | null = null;
  let prev: string | null;
  if (req.from) {
    const sha = await git.resolve(req.from);
    if (!sha) throw new InputError('from', `${JSON.stringify(req.from)} is not a commit of this repository (${tagList(tags)}); is the checkout complete (fetch-depth: 0)?`);
    from = { ref: req.from, sha };
    prev = tags.includes(req.from) && isVersion(req.from) && req.from.startsWith('v') ? req.from : semverPrevious;
    why.push(`from ${req.from} (input)`);
  } else {
    prev = semverPrevious;
    if (prev) {
      const sha = await git.resolve(`refs/tags/${prev}`);
      if (!sha) throw new InputError('from', `the previous release tag ${prev} does not name a commit`);
      from = { ref: prev, sha };
      why.push(`from ${prev} (the release before ${req.version} by SemVer${req.version.includes('-') ? '' : ', prereleases skipped'})`);
    } else {
      why.push(`from the first commit (no release tag before ${req.version})`);
    }
  }

  return {
    from,
    to,
    previousTag: prev,
    previousVersion: prev ? stripV(prev) : '',
    logRange: from ? `${from.sha}..${to.sha}` : to.sha,
    explanation: why.join('; '),
  };
}
