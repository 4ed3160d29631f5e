/**
 * A GitHub Discussion in the given category, through GraphQL `createDiscussion`. Before
 * creating one it looks for a discussion of the same title in that category, so even a run
 * whose marker was lost does not open a second one; a create whose answer was lost (a 5xx,
 * a timeout, a reset) is looked for the same way before it is sent again.
 */
import type { ReleaseFacts } from '../../lib/announce/message.js';
import { titleOf } from '../../lib/announce/message.js';
import type { GitHubClient } from '../../lib/github/client.js';
import { statusOf } from '../../lib/github/client.js';
import { ActionError } from '../../lib/runner/errors.js';
import type { Channel } from '../announce.js';
import { remoteError } from '../release.js';
import { wait } from './http.js';

interface RepoInfo {
  repository: {
    id: string;
    hasDiscussionsEnabled: boolean;
    discussionCategories: { nodes: Array<{ id: string; name: string; slug: string }> };
  } | null;
}

interface Recent {
  repository: { discussions: { nodes: Array<{ number: number; title: string; url: string }> } } | null;
}

interface Created {
  createDiscussion: { discussion: { number: number; url: string } } | null;
}

const REPO_QUERY = `query AnnounceCategories($owner: String!, $name: String!) {
  repository(owner: $owner, name: $name) {
    id
    hasDiscussionsEnabled
    discussionCategories(first: 100) { nodes { id name slug } }
  }
}`;

const RECENT_QUERY = `query AnnounceRecentDiscussions($owner: String!, $name: String!, $category: ID!) {
  repository(owner: $owner, name: $name) {
    discussions(first: 50, categoryId: $category, orderBy: { field: CREATED_AT, direction: DESC }) { nodes { number title url } }
  }
}`;

const CREATE = `mutation AnnounceCreateDiscussion($repositoryId: ID!, $categoryId: ID!, $title: String!, $body: String!) {
  createDiscussion(input: { repositoryId: $repositoryId, categoryId: $categoryId, title: $title, body: $body }) {
    discussion { number url }
  }
}`;

export function discussionChannel(client: GitHubClient, repo: { owner: string; repo: string }, category: string, facts: ReleaseFacts, text: string): Channel {
  return {
    id: 'discussion',
    async send() {
      const vars = { owner: repo.owner, name: repo.repo };
      let info: RepoInfo;
      try {
        info = await client.graphql<RepoInfo>(REPO_QUERY, vars);
      } catch (err) {
        throw remoteError(`reading the discussion categories of ${repo.owner}/${repo.repo}`, err);
      }
      const r = info.repository;
      if (!r || !r.hasDiscussionsEnabled) throw new ActionError(`${repo.owner}/${repo.repo} has discussions turned off; turn them on, or leave discussion-category empty`);
      const wanted = category.trim().toLowerCase();
      const cat = r.discussionCategories.nodes.find((c) => c.name.toLowerCase() === wanted || c.slug === wanted);
      if (!cat) {
        throw new ActionError(`no discussion category named ${JSON.stringify(category)} in ${repo.owner}/${repo.repo} (it has: ${r.discussionCategories.nodes.map((c) => c.name).join(', ') || 'none'})`);
      }
      const title = titleOf(facts);
      const existing = async (): Promise<string | undefined> => {
        try {
          const recent = await client.graphql<Recent>(RECENT_QUERY, { ...vars, category: cat.id });
          const same = recent.repository?.discussions.nodes.find((d) => d.title === title);
          return same ? `${same.url} (existing)` : undefined;
        } catch (err) {
          throw remoteError('looking for an existing announcement discussion', err);
        }
      };
      const found = await existing();
      if (found) return found;
      let lastError: unknown;
      for (let attempt = 1; attempt <= CREATE_ATTEMPTS; attempt++) {
        try {
          // The client's automatic retry would send the mutation again after a lost answer
          // (a 5xx, a timeout) and open a second discussion; this loop looks first.
          const made = await client.graphql<Created>(CREATE, { repositoryId: r.id, categoryId: cat.id, title, body: text.trim(), request: { retries: 0 } });
          const d = made.createDiscussion?.discussion;
          if (!d) throw new ActionError('createDiscussion returned no discussion');
          return d.url;
        } catch (err) {
          lastError = err;
          if (!maybeApplied(err)) throw remoteError(`creating the discussion in ${category}`, err);
          const there = await existing();
          if (there) return there;
          if (attempt < CREATE_ATTEMPTS) await wait(1000 * attempt);
        }
      }
      throw remoteError(`creating the discussion in ${category} (${CREATE_ATTEMPTS} attempts)`, lastError);
    },
  };
}

const CREATE_ATTEMPTS = 3;

/** A server error or no answer at all: the mutation may have been applied. GraphQL errors and 4xx were not. */
function maybeApplied(err: unknown): boolean {
  if (err instanceof ActionError || (err instanceof Error && err.name === 'GraphqlResponseError')) return false;
  const status = statusOf(err);
  return status === undefined || status >= 500;
}
