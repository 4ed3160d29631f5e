/**
 * Releases as GitHub keeps them: drafts are listed but not found by tag, and only to a token
 * with push access (contents: write; "Users with pull access will receive published releases
 * only"), publishing creates the tag, one published non-prerelease is "latest", and a
 * published tag name can be used by one release only.
 */
import semver from 'semver';
import { release as releaseObject } from '../builders/releases.js';
import { repoHtmlUrl } from '../builders/repos.js';
import type { RouteContext, Routes } from '../context.js';
import { createDiscussion } from '../discussions.js';
import { notFound, validationFailed } from '../http.js';
import { allows } from '../permissions.js';
import type { ReleaseRecord, RepoState } from '../state.js';
import { isoNow, nodeId } from '../state.js';
import { bodyOf, created, gitOf, intParam, list, noContent, ok } from './util.js';

type MakeLatest = 'true' | 'false' | 'legacy';

interface ReleaseInput {
  tag_name?: string;
  target_commitish?: string;
  name?: string | null;
  body?: string | null;
  draft?: boolean;
  prerelease?: boolean;
  discussion_category_name?: string;
  generate_release_notes?: boolean;
  make_latest?: MakeLatest;
}

const eligible = (r: ReleaseRecord) => !r.draft && !r.prerelease;

/** Newest first, as the list endpoint orders them. */
export function byNewest(a: ReleaseRecord, b: ReleaseRecord): number {
  return b.createdAt.localeCompare(a.createdAt) || b.id - a.id;
}

/** "legacy": the newest release, ties broken by the higher semantic version; make_latest=false ones never. */
function legacyLatest(repo: RepoState): ReleaseRecord | undefined {
  return repo.releases
    .filter((r) => eligible(r) && r.makeLatest !== 'false')
    .sort((a, b) => {
      const byDate = b.createdAt.localeCompare(a.createdAt);
      if (byDate) return byDate;
      const va = semver.coerce(a.tagName);
      const vb = semver.coerce(b.tagName);
      return va && vb ? semver.rcompare(va, vb) : b.id - a.id;
    })[0];
}

export function latestRelease(repo: RepoState): ReleaseRecord | undefined {
  const marked = repo.releases.find((r) => r.id === repo.latestReleaseId && eligible(r));
  return marked ?? legacyLatest(repo);
}

/** make_latest=true moves the "latest" mark to the release; false and legacy leave the choice to the legacy rule. */
function applyMakeLatest(repo: RepoState, r: ReleaseRecord, makeLatest: MakeLatest | undefined): void {
  if (makeLatest) r.makeLatest = makeLatest;
  if (eligible(r) && r.makeLatest === 'true') repo.latestReleaseId = r.id;
  else if (repo.latestReleaseId === r.id) repo.latestReleaseId = null;
}

async function publish(ctx: RouteContext, r: ReleaseRecord): Promise<void> {
  const dup = ctx.repo.releases.find((x) => x.id !== r.id && !x.draft && x.tagName === r.tagName);
  if (dup) throw validationFailed({ resource: 'Release', code: 'already_exists', field: 'tag_name' });
  const git = gitOf(ctx);
  const ref = `refs/tags/${r.tagName}`;
  if (!(await git.ref(ref))) {
    const target = await git.resolveCommitish(r.targetCommitish);
    if (!target) throw validationFailed({ resource: 'Release', code: 'invalid', field: 'target_commitish' });
    await git.updateRef(ref, target, '');
  }
  r.publishedAt = isoNow();
  if (ctx.repo.immutableReleases) r.immutable = true;
}

function categoryId(ctx: RouteContext, name: string | undefined): string | null {
  if (!name) return null;
  const category = ctx.repo.discussionCategories.find((c) => c.name.toLowerCase() === name.toLowerCase());
  if (!category) throw notFound();
  return category.id;
}

async function generateNotes(ctx: RouteContext, tag: string, target?: string, previous?: string): Promise<{ name: string; body: string }> {
  const git = gitOf(ctx);
  const html = repoHtmlUrl(ctx.core.urls, ctx.repo);
  const head = (await git.resolve(`refs/tags/${tag}`)) ?? (await git.resolveCommitish(target ?? ctx.repo.defaultBranch));
  if (!head) throw notFound();
  const prevTag =
    previous ??
    ctx.repo.releases
      .filter((r) => !r.draft && r.tagName !== tag)
      .sort(byNewest)
      .map((r) => r.tagName)[0];
  const prevSha = prevTag ? await git.resolve(`refs/tags/${prevTag}`) : null;
  const commits = new Set(await git.revList(head, { exclude: prevSha ?? undefined }));
  const lines = ctx.repo.pulls
    .filter((p) => p.merged && p.mergeCommitSha && commits.has(p.mergeCommitSha))
    .map((p) => {
      const issue = ctx.repo.issues.find((i) => i.number === p.number)!;
      return `* ${issue.title} by @${issue.user} in ${html}/pull/${p.number}`;
    });
  const changes = lines.length ? `## What's Changed\n${lines.join('\n')}\n\n` : '';
  const full = prevSha ? `**Full Changelog**: ${html}/compare/${prevTag}...${tag}` : `**Full Changelog**: ${html}/commits/${tag}`;
  return { name: tag, body: `${changes}${full}` };
}

/** A draft exists only for a token that could push to the repository. */
const visible = (ctx: RouteContext) => (r: ReleaseRecord) => !r.draft || allows(ctx.grant, [['contents', 'write']]);

function findRelease(ctx: RouteContext): ReleaseRecord {
  const r = ctx.repo.releases.find((x) => x.id === intParam(ctx, 'release_id'));
  if (!r || !visible(ctx)(r)) throw notFound();
  return r;
}

const json = (ctx: RouteContext, r: ReleaseRecord) => releaseObject(ctx.core.urls, ctx.repo, r, ctx.core.user);

export const releaseRoutes: Routes = {
  'repos/list-releases': (ctx) => list(ctx, ctx.repo.releases.filter(visible(ctx)).sort(byNewest).map((r) => json(ctx, r))),

  'repos/get-latest-release': (ctx) => {
    const r = latestRelease(ctx.repo);
    if (!r) throw notFound();
    return ok(json(ctx, r));
  },

  'repos/get-release-by-tag': (ctx) => {
    const r = ctx.repo.releases.find((x) => !x.draft && x.tagName === ctx.params.tag);
    if (!r) throw notFound();
    return ok(json(ctx, r));
  },

  'repos/get-release': (ctx) => ok(json(ctx, findRelease(ctx))),

  'repos/create-release': async (ctx) => {
    const body = bodyOf<ReleaseInput & { tag_name: string }>(ctx);
    const now = isoNow();
    const id = ctx.core.nextId();
    const r: ReleaseRecord = {
      id,
      nodeId: nodeId('RE', id),
      tagName: body.tag_name,
      targetCommitish: body.target_commitish ?? ctx.repo.defaultBranch,
      name: body.name ?? null,
      body: body.body ?? null,
      draft: body.draft ?? false,
      prerelease: body.prerelease ?? false,
      createdAt: now,
      publishedAt: null,
      updatedAt: now,
      author: ctx.core.user.login,
      assets: [],
      discussionNumber: null,
      makeLatest: body.make_latest ?? 'true',
    };
    const category = categoryId(ctx, body.discussion_category_name);
    if (body.generate_release_notes) {
      const notes = await generateNotes(ctx, r.tagName, body.target_commitish);
      r.name ??= notes.name;
      r.body = r.body ? `${r.body}\n\n${notes.body}` : notes.body;
    }
    if (!r.draft) await publish(ctx, r);
    ctx.repo.releases.push(r);
    applyMakeLatest(ctx.repo, r, body.make_latest);
    if (category && !r.draft) {
      r.discussionNumber = createDiscussion(ctx.repo, { title: r.name ?? r.tagName, body: r.body ?? '', categoryId: category, author: r.author }).number;
    }
    const result = json(ctx, r);
    return created(result, result.url);
  },

  'repos/update-release': async (ctx) => {
    const r = findRelease(ctx);
    const body = bodyOf<ReleaseInput>(ctx);
    const category = categoryId(ctx, body.discussion_category_name);
    const wasDraft = r.draft;
    const before = { ...r };
    if (body.tag_name !== undefined) r.tagName = body.tag_name;
    if (body.target_commitish !== undefined) r.targetCommitish = body.target_commitish;
    if (body.name !== undefined) r.name = body.name;
    if (body.body !== undefined) r.body = body.body;
    if (body.prerelease !== undefined) r.prerelease = body.prerelease;
    if (body.draft !== undefined) r.draft = body.draft;
    try {
      if (!r.draft && (wasDraft || body.tag_name !== undefined)) await publish(ctx, r);
    } catch (err) {
      Object.assign(r, before);
      throw err;
    }
    if (r.draft) r.publishedAt = null;
    r.updatedAt = isoNow();
    // Publishing claims "latest" unless told otherwise; other edits only give it up when the release stops qualifying.
    if (body.make_latest !== undefined || (wasDraft && !r.draft) || !eligible(r)) applyMakeLatest(ctx.repo, r, body.make_latest);
    if (category && !r.draft && r.discussionNumber === null) {
      r.discussionNumber = createDiscussion(ctx.repo, { title: r.name ?? r.tagName, body: r.body ?? '', categoryId: category, author: r.author }).number;
    }
    return ok(json(ctx, r));
  },

  'repos/delete-release': (ctx) => {
    const r = findRelease(ctx);
    ctx.repo.releases.splice(ctx.repo.releases.indexOf(r), 1);
    if (ctx.repo.latestReleaseId === r.id) ctx.repo.latestReleaseId = null;
    return noContent();
  },

  'repos/generate-release-notes': async (ctx) => {
    const body = bodyOf<{ tag_name: string; target_commitish?: string; previous_tag_name?: string }>(ctx);
    return ok(await generateNotes(ctx, body.tag_name, body.target_commitish, body.previous_tag_name));
  },
};
