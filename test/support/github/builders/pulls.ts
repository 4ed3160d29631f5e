/** pull-request and pull-request-simple objects (the issue half lives in the issue record). */
import type { components } from '@octokit/openapi-types';
import type { Urls } from '../context.js';
import type { IssueRecord, PullRecord, RepoState, UserRecord } from '../state.js';
import { labelsOf, milestoneOf } from './issues.js';
import { ownerRecord, repoApiUrl, repoHtmlUrl, repository } from './repos.js';
import { simpleUser, userRecord } from './users.js';

export type PullRequest = components['schemas']['pull-request'];
export type PullRequestSimple = components['schemas']['pull-request-simple'];

/** What only git can tell about an open or merged pull request. */
export interface PullFacts {
  mergeable: boolean | null;
  commits: number;
  additions: number;
  deletions: number;
  changedFiles: number;
}

export function pullRequestSimple(urls: Urls, repo: RepoState, issue: IssueRecord, pull: PullRecord, viewer: UserRecord): PullRequestSimple {
  const api = repoApiUrl(urls, repo);
  const html = repoHtmlUrl(urls, repo);
  const n = pull.number;
  const owner = simpleUser(urls, ownerRecord(repo, viewer));
  const repoObject = repository(urls, repo, viewer);
  const assignees = issue.assignees.map((a) => simpleUser(urls, userRecord(a, viewer)));
  const link = (href: string) => ({ href });
  return {
    url: `${api}/pulls/${n}`,
    id: pull.id,
    node_id: pull.nodeId,
    html_url: `${html}/pull/${n}`,
    diff_url: `${html}/pull/${n}.diff`,
    patch_url: `${html}/pull/${n}.patch`,
    issue_url: `${api}/issues/${n}`,
    commits_url: `${api}/pulls/${n}/commits`,
    review_comments_url: `${api}/pulls/${n}/comments`,
    review_comment_url: `${api}/pulls/comments{/number}`,
    comments_url: `${api}/issues/${n}/comments`,
    statuses_url: `${api}/statuses/${pull.headSha}`,
    number: n,
    state: issue.state,
    locked: issue.locked,
    title: issue.title,
    user: simpleUser(urls, userRecord(issue.user, viewer)),
    body: issue.body,
    labels: labelsOf(urls, repo, issue.labels).map((l) => ({ ...l, description: l.description ?? '' })),
    milestone: milestoneOf(urls, repo, issue.milestone, viewer),
    active_lock_reason: null,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_at: issue.closedAt,
    merged_at: pull.mergedAt,
    merge_commit_sha: pull.mergeCommitSha,
    assignee: assignees[0] ?? null,
    assignees,
    requested_reviewers: [],
    requested_teams: [],
    head: { label: `${repo.owner}:${pull.head}`, ref: pull.head, repo: repoObject, sha: pull.headSha, user: owner },
    base: { label: `${repo.owner}:${pull.base}`, ref: pull.base, repo: repoObject, sha: pull.baseSha, user: owner },
    _links: {
      self: link(`${api}/pulls/${n}`),
      html: link(`${html}/pull/${n}`),
      issue: link(`${api}/issues/${n}`),
      comments: link(`${api}/issues/${n}/comments`),
      review_comments: link(`${api}/pulls/${n}/comments`),
      review_comment: link(`${api}/pulls/comments{/number}`),
      commits: link(`${api}/pulls/${n}/commits`),
      statuses: link(`${api}/statuses/${pull.headSha}`),
    },
    author_association: issue.user === repo.owner ? 'OWNER' : 'COLLABORATOR',
    auto_merge: null,
    draft: pull.draft,
  };
}

export function pullRequest(urls: Urls, repo: RepoState, issue: IssueRecord, pull: PullRecord, facts: PullFacts, viewer: UserRecord): PullRequest {
  const simple = pullRequestSimple(urls, repo, issue, pull, viewer);
  const user = simpleUser(urls, userRecord(issue.user, viewer));
  return {
    ...simple,
    state: issue.state,
    user,
    labels: labelsOf(urls, repo, issue.labels),
    head: { ...simple.head, user: simple.head.user ?? user },
    base: { ...simple.base, user: simple.base.user ?? user },
    merged: pull.merged,
    mergeable: facts.mergeable,
    rebaseable: facts.mergeable,
    mergeable_state: pull.merged || issue.state === 'closed' ? 'unknown' : facts.mergeable ? 'clean' : 'dirty',
    merged_by: pull.mergedBy ? simpleUser(urls, userRecord(pull.mergedBy, viewer)) : null,
    comments: issue.comments.length,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: facts.commits,
    additions: facts.additions,
    deletions: facts.deletions,
    changed_files: facts.changedFiles,
  };
}
