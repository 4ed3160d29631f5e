/** Discussions are shared by GraphQL and by releases created with a discussion category. */
import type { DiscussionCategoryRecord, DiscussionRecord, RepoState } from './state.js';
import { isoNow, nodeId, takeNumber } from './state.js';

export const DEFAULT_DISCUSSION_CATEGORIES = ['Announcements', 'General', 'Ideas', 'Polls', 'Q&A', 'Show and tell'];

export function discussionCategories(repoId: number, names: string[]): DiscussionCategoryRecord[] {
  return names.map((name, i) => ({
    id: nodeId('DIC', `${repoId}:${i}`),
    name,
    slug: name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, ''),
  }));
}

export function createDiscussion(
  repo: RepoState,
  input: { title: string; body: string; categoryId: string; author: string },
): DiscussionRecord {
  const number = takeNumber(repo);
  const discussion: DiscussionRecord = {
    id: nodeId('D', `${repo.id}:${number}`),
    number,
    title: input.title,
    body: input.body,
    categoryId: input.categoryId,
    author: input.author,
    createdAt: isoNow(),
  };
  repo.discussions.push(discussion);
  return discussion;
}
