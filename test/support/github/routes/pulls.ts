/**
 * Pull requests between branches of one repository. Merging writes a real
 * merge or squash commit into the bare repository (with `git merge-tree`).
 */
import type { PullFacts } from '../builders/pulls.js';
import { pullRequest, pullRequestSimple } from '../builders/pulls.js';
import type { RouteContext, Routes } from '../context.js';
import { HttpError, notFound, validationFailed } from '../http.js';
import type { IssueRecord, PullRecord } from '../state.js';
import { isoNow, nodeId, takeNumber } from '../state.js';
import { bodyOf, created, gitOf, intParam, list, ok, query } from './util.js';

/** An open pull request follows its branches; a closed one keeps what it had. */
export async function refreshPull(ctx: RouteContext, pull: PullRecord): Promise<void> {
  const issue = ctx.repo.issues.find((i) => i.number === pull.number);
  if (!issue || issue.state !== 'open') return;
  const git = gitOf(ctx);
  pull.headSha = (await git.resolve(`refs/heads/${pull.head}`)) ?? pull.headSha;
  pull.baseSha = (await git.resolve(`refs/heads/${pull.base}`)) ?? pull.baseSha;
}

async function facts(ctx: RouteContext, pull: PullRecord, issue: IssueRecord): Promise<PullFacts> {
  const git = gitOf(ctx);
  if (pull.merged && pull.mergeCommitSha) {
    const files = await git.diffFiles(`${pull.mergeCommitSha}^1`, pull.mergeCommitSha);
    return { mergeable: null, commits: pull.commitShas.length, ...sums(files) };
  }
  const base = (await git.mergeBase(pull.baseSha, pull.headSha)) ?? pull.baseSha;
  const files = await git.diffFiles(base, pull.headSha);
  const mergeable = issue.state === 'open' ? (await git.mergeTree(pull.baseSha, pull.headSha)) !== null : null;
  return { mergeable, commits: (await git.revList(pull.headSha, { exclude: pull.baseSha })).length, ...sums(files) };
}

function sums(files: Array<{ additions: number; deletions: number }>) {
  return {
    additions: files.reduce((n, f) => n + f.additions, 0),
    deletions: files.reduce((n, f) => n + f.deletions, 0),
    changedFiles: files.length,
  };
}

function find(ctx: RouteContext): { pull: PullRecord; issue: IssueRecord } {
  const n = intParam(ctx, 'pull_number');
  const pull = ctx.repo.pulls.find((p) => p.number === n);
  const issue = ctx.repo.issues.find((i) => i.number === n);
  if (!pull || !issue) throw notFound();
  return { pull, issue };
}

async function full(ctx: RouteContext, pull: PullRecord, issue: IssueRecord) {
  await refreshPull(ctx, pull);
  return pullRequest(ctx.core.urls, ctx.repo, issue, pull, await facts(ctx, pull, issue), ctx.core.user);
}

const branchOf = (spec: string) => spec.replace(/^[^:]+:/, '');

export const pullRoutes: Routes = {
  'pulls/list': async (ctx) => {
    const state = query(ctx, 'state') ?? 'open';
    const head = query(ctx, 'head');
    const base = query(ctx, 'base');
    const result = [];
    for (const pull of [...ctx.repo.pulls].reverse()) {
      const issue = ctx.repo.issues.find((i) => i.number === pull.number)!;
      if (state !== 'all' && issue.state !== state) continue;
      if (head && `${ctx.repo.owner}:${pull.head}`.toLowerCase() !== head.toLowerCase() && pull.head !== head) continue;
      if (base && pull.base !== base) continue;
      await refreshPull(ctx, pull);
      result.push(pullRequestSimple(ctx.core.urls, ctx.repo, issue, pull, ctx.core.user));
    }
    if (query(ctx, 'direction') === 'asc') result.reverse();
    return list(ctx, result);
  },

  'pulls/create': async (ctx) => {
    const body = bodyOf<{ title?: string; head: string; base: string; body?: string; draft?: boolean }>(ctx);
    const git = gitOf(ctx);
    const head = branchOf(body.head);
    const headSha = await git.resolve(`refs/heads/${head}`);
    const baseSha = await git.resolve(`refs/heads/${body.base}`);
    if (!headSha) throw validationFailed({ resource: 'PullRequest', field: 'head', code: 'invalid' });
    if (!baseSha) throw validationFailed({ resource: 'PullRequest', field: 'base', code: 'invalid' });
    const open = ctx.repo.pulls.find(
      (p) => p.head === head && p.base === body.base && ctx.repo.issues.find((i) => i.number === p.number)?.state === 'open',
    );
    if (open) throw validationFailed({ resource: 'PullRequest', code: 'custom', message: `A pull request already exists for ${ctx.repo.owner}:${head}.` });
    if ((await git.revList(headSha, { exclude: baseSha })).length === 0) {
      throw validationFailed({ resource: 'PullRequest', code: 'custom', message: `No commits between ${body.base} and ${head}` });
    }
    const now = isoNow();
    const number = takeNumber(ctx.repo);
    const issueId = ctx.core.nextId();
    const issue: IssueRecord = {
      id: issueId,
      nodeId: nodeId('I', issueId),
      number,
      title: body.title ?? head,
      body: body.body ?? null,
      state: 'open',
      stateReason: null,
      labels: [],
      milestone: null,
      assignees: [],
      user: ctx.core.user.login,
      locked: false,
      createdAt: now,
      updatedAt: now,
      closedAt: null,
      comments: [],
      isPullRequest: true,
    };
    const id = ctx.core.nextId();
    const pull: PullRecord = {
      number,
      id,
      nodeId: nodeId('PR', id),
      head,
      base: body.base,
      headSha,
      baseSha,
      draft: body.draft ?? false,
      merged: false,
      mergedAt: null,
      mergedBy: null,
      mergeCommitSha: null,
      commitShas: [],
    };
    ctx.repo.issues.push(issue);
    ctx.repo.pulls.push(pull);
    const result = await full(ctx, pull, issue);
    return created(result, result.url);
  },

  'pulls/get': async (ctx) => {
    const { pull, issue } = find(ctx);
    return ok(await full(ctx, pull, issue));
  },

  'pulls/update': async (ctx) => {
    const { pull, issue } = find(ctx);
    const body = bodyOf<{ title?: string; body?: string; state?: 'open' | 'closed'; base?: string }>(ctx);
    if (body.base !== undefined) {
      if (!(await gitOf(ctx).resolve(`refs/heads/${body.base}`))) throw validationFailed({ resource: 'PullRequest', field: 'base', code: 'invalid' });
      pull.base = body.base;
    }
    if (body.title !== undefined) issue.title = body.title;
    if (body.body !== undefined) issue.body = body.body;
    if (body.state && body.state !== issue.state) {
      if (pull.merged) throw validationFailed({ resource: 'PullRequest', code: 'custom', message: 'Cannot reopen a merged pull request' });
      issue.state = body.state;
      issue.closedAt = body.state === 'closed' ? isoNow() : null;
    }
    issue.updatedAt = isoNow();
    return ok(await full(ctx, pull, issue));
  },

  'pulls/merge': async (ctx) => {
    const { pull, issue } = find(ctx);
    const body = bodyOf<{ commit_title?: string; commit_message?: string; sha?: string; merge_method?: 'merge' | 'squash' | 'rebase' }>(ctx);
    if (issue.state !== 'open' || pull.merged) throw new HttpError(405, 'Pull Request is not mergeable');
    await refreshPull(ctx, pull);
    if (body.sha && body.sha !== pull.headSha) throw new HttpError(409, 'Head branch was modified. Review and try the merge again.');
    const method = body.merge_method ?? 'merge';
    if (method === 'rebase') throw new HttpError(405, 'Rebase merges are not allowed on this repository.');
    const git = gitOf(ctx);
    const tree = await git.mergeTree(pull.baseSha, pull.headSha);
    if (!tree) throw new HttpError(405, 'Pull Request is not mergeable');
    const commits = await git.revList(pull.headSha, { exclude: pull.baseSha });
    let message: string;
    let parents: string[];
    if (method === 'squash') {
      const subjects = [];
      for (const c of [...commits].reverse()) subjects.push(`* ${(await git.commit(c)).message.trim()}`);
      message = `${body.commit_title ?? `${issue.title} (#${pull.number})`}\n\n${body.commit_message ?? subjects.join('\n\n')}\n`;
      parents = [pull.baseSha];
    } else {
      message = `${body.commit_title ?? `Merge pull request #${pull.number} from ${ctx.repo.owner}/${pull.head}`}\n\n${body.commit_message ?? issue.title}\n`;
      parents = [pull.baseSha, pull.headSha];
    }
    const who = { name: ctx.core.user.login, email: `${ctx.core.user.id}+${ctx.core.user.login}@users.noreply.github.com` };
    const sha = await git.commitTree(tree, parents, message, who, { name: 'GitHub', email: 'noreply@github.com' });
    if (!(await git.updateRef(`refs/heads/${pull.base}`, sha, pull.baseSha))) {
      throw new HttpError(409, 'Base branch was modified. Review and try the merge again.');
    }
    const now = isoNow();
    Object.assign(pull, { merged: true, mergedAt: now, mergedBy: ctx.core.user.login, mergeCommitSha: sha, commitShas: commits });
    Object.assign(issue, { state: 'closed', closedAt: now, updatedAt: now });
    return ok({ sha, merged: true, message: 'Pull Request successfully merged' });
  },
};
