/** Issues, their comments and labels, repository labels and milestones. */
import { issue as issueObject, issueComment, label as labelObject, milestone as milestoneObject } from '../builders/issues.js';
import type { RouteContext, Routes } from '../context.js';
import { notFound, validationFailed } from '../http.js';
import type { IssueRecord, LabelRecord } from '../state.js';
import { isoNow, nodeId, takeNumber } from '../state.js';
import { bodyOf, created, intParam, list, ok, query } from './util.js';

type LabelInput = string | { name: string };

function findIssue(ctx: RouteContext): IssueRecord {
  const n = intParam(ctx, 'issue_number');
  const issue = ctx.repo.issues.find((i) => i.number === n);
  if (!issue) throw notFound();
  return issue;
}

/** GitHub creates labels that do not exist yet when they are put on an issue. */
function ensureLabels(ctx: RouteContext, inputs: LabelInput[]): string[] {
  return inputs.map((input) => {
    const name = typeof input === 'string' ? input : input.name;
    const existing = ctx.repo.labels.find((l) => l.name.toLowerCase() === name.toLowerCase());
    if (existing) return existing.name;
    ctx.repo.labels.push(newLabel(ctx, { name, color: 'ededed' }));
    return name;
  });
}

function newLabel(ctx: RouteContext, input: { name: string; color?: string; description?: string }): LabelRecord {
  const id = ctx.core.nextId();
  return { id, nodeId: nodeId('LA', id), name: input.name, color: (input.color ?? 'ededed').replace(/^#/, ''), description: input.description ?? null, default: false };
}

function milestoneNumber(ctx: RouteContext, value: unknown): number | null {
  if (value === null || value === undefined) return null;
  const n = Number(value);
  if (!ctx.repo.milestones.some((m) => m.number === n)) throw validationFailed({ resource: 'Issue', field: 'milestone', code: 'invalid' });
  return n;
}

const issueJson = (ctx: RouteContext, i: IssueRecord) => issueObject(ctx.core.urls, ctx.repo, i, ctx.core.user);

export const issueRoutes: Routes = {
  'issues/list-for-repo': (ctx) => {
    const state = query(ctx, 'state') ?? 'open';
    const labels = (query(ctx, 'labels') ?? '').split(',').filter(Boolean);
    const milestone = query(ctx, 'milestone');
    const items = [...ctx.repo.issues].reverse().filter((i) => {
      if (state !== 'all' && i.state !== state) return false;
      if (!labels.every((l) => i.labels.some((x) => x.toLowerCase() === l.toLowerCase()))) return false;
      if (milestone === 'none' && i.milestone !== null) return false;
      if (milestone === '*' && i.milestone === null) return false;
      if (milestone && /^\d+$/.test(milestone) && i.milestone !== Number(milestone)) return false;
      return true;
    });
    if (query(ctx, 'direction') === 'asc') items.reverse();
    return list(ctx, items.map((i) => issueJson(ctx, i)));
  },

  'issues/create': (ctx) => {
    const body = bodyOf<{ title: string | number; body?: string; labels?: LabelInput[]; milestone?: string | number | null; assignees?: string[]; assignee?: string | null }>(ctx);
    const now = isoNow();
    const id = ctx.core.nextId();
    const issue: IssueRecord = {
      id,
      nodeId: nodeId('I', id),
      number: 0,
      title: String(body.title),
      body: body.body ?? null,
      state: 'open',
      stateReason: null,
      labels: ensureLabels(ctx, body.labels ?? []),
      milestone: milestoneNumber(ctx, body.milestone),
      assignees: body.assignees ?? (body.assignee ? [body.assignee] : []),
      user: ctx.core.user.login,
      locked: false,
      createdAt: now,
      updatedAt: now,
      closedAt: null,
      comments: [],
      isPullRequest: false,
    };
    issue.number = takeNumber(ctx.repo);
    ctx.repo.issues.push(issue);
    const json = issueJson(ctx, issue);
    return created(json, json.url);
  },

  'issues/get': (ctx) => ok(issueJson(ctx, findIssue(ctx))),

  'issues/update': (ctx) => {
    const issue = findIssue(ctx);
    const body = bodyOf<{
      title?: string | number | null;
      body?: string | null;
      state?: 'open' | 'closed';
      state_reason?: 'completed' | 'not_planned' | 'reopened' | null;
      labels?: LabelInput[];
      milestone?: string | number | null;
      assignees?: string[];
    }>(ctx);
    if (body.title !== undefined && body.title !== null) issue.title = String(body.title);
    if (body.body !== undefined) issue.body = body.body;
    if (body.labels) issue.labels = ensureLabels(ctx, body.labels);
    if (body.milestone !== undefined) issue.milestone = milestoneNumber(ctx, body.milestone);
    if (body.assignees) issue.assignees = body.assignees;
    if (body.state && body.state !== issue.state) {
      issue.state = body.state;
      issue.closedAt = body.state === 'closed' ? isoNow() : null;
      issue.stateReason = body.state_reason ?? (body.state === 'closed' ? 'completed' : 'reopened');
    }
    issue.updatedAt = isoNow();
    return ok(issueJson(ctx, issue));
  },

  'issues/list-comments': (ctx) => {
    const issue = findIssue(ctx);
    return list(ctx, issue.comments.map((c) => issueComment(ctx.core.urls, ctx.repo, issue, c, ctx.core.user)));
  },

  'issues/create-comment': (ctx) => {
    const issue = findIssue(ctx);
    const now = isoNow();
    const id = ctx.core.nextId();
    const comment = { id, nodeId: nodeId('IC', id), body: bodyOf<{ body: string }>(ctx).body, user: ctx.core.user.login, createdAt: now, updatedAt: now };
    issue.comments.push(comment);
    const json = issueComment(ctx.core.urls, ctx.repo, issue, comment, ctx.core.user);
    return created(json, json.url);
  },

  'issues/add-labels': (ctx) => {
    const issue = findIssue(ctx);
    const body = ctx.body as { labels?: LabelInput[] } | LabelInput[] | string | undefined;
    const inputs = Array.isArray(body) ? body : typeof body === 'string' ? [body] : (body?.labels ?? []);
    for (const name of ensureLabels(ctx, inputs)) if (!issue.labels.includes(name)) issue.labels.push(name);
    issue.updatedAt = isoNow();
    return ok(issue.labels.map((n) => labelObject(ctx.core.urls, ctx.repo, ctx.repo.labels.find((l) => l.name === n)!)));
  },

  'issues/list-labels-for-repo': (ctx) => list(ctx, ctx.repo.labels.map((l) => labelObject(ctx.core.urls, ctx.repo, l))),

  'issues/get-label': (ctx) => {
    const l = ctx.repo.labels.find((x) => x.name.toLowerCase() === ctx.params.name!.toLowerCase());
    if (!l) throw notFound();
    return ok(labelObject(ctx.core.urls, ctx.repo, l));
  },

  'issues/create-label': (ctx) => {
    const body = bodyOf<{ name: string; color?: string; description?: string }>(ctx);
    if (ctx.repo.labels.some((l) => l.name.toLowerCase() === body.name.toLowerCase())) {
      throw validationFailed({ resource: 'Label', code: 'already_exists', field: 'name' });
    }
    const l = newLabel(ctx, body);
    ctx.repo.labels.push(l);
    const json = labelObject(ctx.core.urls, ctx.repo, l);
    return created(json, json.url);
  },

  'issues/list-milestones': (ctx) => {
    const state = query(ctx, 'state') ?? 'open';
    const items = ctx.repo.milestones.filter((m) => state === 'all' || m.state === state);
    return list(ctx, items.map((m) => milestoneObject(ctx.core.urls, ctx.repo, m, ctx.core.user)));
  },

  'issues/create-milestone': (ctx) => {
    const body = bodyOf<{ title: string; state?: 'open' | 'closed'; description?: string; due_on?: string }>(ctx);
    if (ctx.repo.milestones.some((m) => m.title === body.title)) {
      throw validationFailed({ resource: 'Milestone', code: 'already_exists', field: 'title' });
    }
    const now = isoNow();
    const id = ctx.core.nextId();
    const number = ctx.repo.milestones.length + 1;
    const m = {
      id,
      nodeId: nodeId('MI', id),
      number,
      title: body.title,
      description: body.description ?? null,
      state: body.state ?? 'open',
      dueOn: body.due_on ?? null,
      createdAt: now,
      updatedAt: now,
      closedAt: body.state === 'closed' ? now : null,
      creator: ctx.core.user.login,
    } as const;
    ctx.repo.milestones.push({ ...m });
    const json = milestoneObject(ctx.core.urls, ctx.repo, m, ctx.core.user);
    return created(json, json.url);
  },
};
