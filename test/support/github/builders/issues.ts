/** label, milestone, issue and issue-comment objects. */
import type { components } from '@octokit/openapi-types';
import type { Urls } from '../context.js';
import type { CommentRecord, IssueRecord, LabelRecord, MilestoneRecord, RepoState, UserRecord } from '../state.js';
import { repoApiUrl, repoHtmlUrl } from './repos.js';
import { simpleUser, userRecord } from './users.js';

export type Label = components['schemas']['label'];
export type Milestone = components['schemas']['milestone'];
export type Issue = components['schemas']['issue'];
export type IssueComment = components['schemas']['issue-comment'];

export function label(urls: Urls, repo: RepoState, l: LabelRecord): Label {
  return {
    id: l.id,
    node_id: l.nodeId,
    url: `${repoApiUrl(urls, repo)}/labels/${encodeURIComponent(l.name)}`,
    name: l.name,
    description: l.description,
    color: l.color,
    default: l.default,
  };
}

export function milestone(urls: Urls, repo: RepoState, m: MilestoneRecord, viewer: UserRecord): Milestone {
  const api = repoApiUrl(urls, repo);
  const issues = repo.issues.filter((i) => i.milestone === m.number);
  return {
    url: `${api}/milestones/${m.number}`,
    html_url: `${repoHtmlUrl(urls, repo)}/milestone/${m.number}`,
    labels_url: `${api}/milestones/${m.number}/labels`,
    id: m.id,
    node_id: m.nodeId,
    number: m.number,
    state: m.state,
    title: m.title,
    description: m.description,
    creator: simpleUser(urls, userRecord(m.creator, viewer)),
    open_issues: issues.filter((i) => i.state === 'open').length,
    closed_issues: issues.filter((i) => i.state === 'closed').length,
    created_at: m.createdAt,
    updated_at: m.updatedAt,
    closed_at: m.closedAt,
    due_on: m.dueOn,
  };
}

export function labelsOf(urls: Urls, repo: RepoState, names: string[]): Label[] {
  return names.flatMap((n) => {
    const l = repo.labels.find((x) => x.name === n);
    return l ? [label(urls, repo, l)] : [];
  });
}

export function milestoneOf(urls: Urls, repo: RepoState, n: number | null, viewer: UserRecord): Milestone | null {
  const m = n === null ? undefined : repo.milestones.find((x) => x.number === n);
  return m ? milestone(urls, repo, m, viewer) : null;
}

export function issue(urls: Urls, repo: RepoState, i: IssueRecord, viewer: UserRecord): Issue {
  const api = repoApiUrl(urls, repo);
  const html = repoHtmlUrl(urls, repo);
  const assignees = i.assignees.map((a) => simpleUser(urls, userRecord(a, viewer)));
  const pull = repo.pulls.find((p) => p.number === i.number);
  return {
    id: i.id,
    node_id: i.nodeId,
    url: `${api}/issues/${i.number}`,
    repository_url: api,
    labels_url: `${api}/issues/${i.number}/labels{/name}`,
    comments_url: `${api}/issues/${i.number}/comments`,
    events_url: `${api}/issues/${i.number}/events`,
    html_url: `${html}/${i.isPullRequest ? 'pull' : 'issues'}/${i.number}`,
    number: i.number,
    state: i.state,
    state_reason: i.stateReason,
    title: i.title,
    body: i.body,
    user: simpleUser(urls, userRecord(i.user, viewer)),
    labels: labelsOf(urls, repo, i.labels),
    assignee: assignees[0] ?? null,
    assignees,
    milestone: milestoneOf(urls, repo, i.milestone, viewer),
    locked: i.locked,
    active_lock_reason: null,
    comments: i.comments.length,
    ...(pull
      ? {
          pull_request: {
            url: `${api}/pulls/${i.number}`,
            html_url: `${html}/pull/${i.number}`,
            diff_url: `${html}/pull/${i.number}.diff`,
            patch_url: `${html}/pull/${i.number}.patch`,
            merged_at: pull.mergedAt,
          },
          draft: pull.draft,
        }
      : {}),
    closed_at: i.closedAt,
    created_at: i.createdAt,
    updated_at: i.updatedAt,
    author_association: i.user === repo.owner ? 'OWNER' : 'COLLABORATOR',
    timeline_url: `${api}/issues/${i.number}/timeline`,
  };
}

export function issueComment(urls: Urls, repo: RepoState, i: IssueRecord, c: CommentRecord, viewer: UserRecord): IssueComment {
  const api = repoApiUrl(urls, repo);
  return {
    id: c.id,
    node_id: c.nodeId,
    url: `${api}/issues/comments/${c.id}`,
    html_url: `${repoHtmlUrl(urls, repo)}/${i.isPullRequest ? 'pull' : 'issues'}/${i.number}#issuecomment-${c.id}`,
    body: c.body,
    user: simpleUser(urls, userRecord(c.user, viewer)),
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    issue_url: `${api}/issues/${i.number}`,
    author_association: 'COLLABORATOR',
  };
}
