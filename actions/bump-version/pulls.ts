/**
 * The release pull request through the REST API: found when one is already open for
 * the branch (a re-run reports it instead of opening another), else opened and labelled.
 */
import type { GitHubClient } from '../lib/github/client.js';
import { statusOf } from '../lib/github/client.js';
import { RemoteError } from '../lib/runner/errors.js';

export interface PullRef {
  number: number;
  url: string;
  /** It was open before this run. */
  existed: boolean;
  labels: string[];
  /** As GitHub holds them now (an open pull request found). */
  title?: string;
  body?: string;
}

export interface PullRequestSpec {
  owner: string;
  repo: string;
  branch: string;
  base: string;
  title: string;
  body: string;
  draft: boolean;
  labels: readonly string[];
}

function remoteError(what: string, err: unknown): RemoteError {
  const status = statusOf(err);
  const message = err instanceof Error ? err.message : String(err);
  return new RemoteError(`${what} failed${status ? ` (HTTP ${status})` : ''}: ${message}`, status, { cause: err });
}

export async function findOpenPull(client: GitHubClient, spec: Pick<PullRequestSpec, 'owner' | 'repo' | 'branch'>): Promise<PullRef | undefined> {
  try {
    const { data } = await client.rest.pulls.list({ owner: spec.owner, repo: spec.repo, head: `${spec.owner}:${spec.branch}`, state: 'open', per_page: 10 });
    const pull = data.find((p) => p.head.ref === spec.branch);
    if (!pull) return undefined;
    return { number: pull.number, url: pull.html_url, existed: true, labels: pull.labels.map((l) => l.name ?? '').filter(Boolean), title: pull.title, body: pull.body ?? '' };
  } catch (err) {
    throw remoteError(`listing the open pull requests of ${spec.branch}`, err);
  }
}

/**
 * Opens the pull request and puts the labels on it. When GitHub answers that one
 * already exists (a concurrent run, or a retried create whose first answer was
 * lost), that one is used, and labelled too.
 */
export async function openPull(client: GitHubClient, spec: PullRequestSpec): Promise<PullRef> {
  let pull: PullRef;
  try {
    const { data } = await client.rest.pulls.create({
      owner: spec.owner,
      repo: spec.repo,
      head: spec.branch,
      base: spec.base,
      title: spec.title,
      body: spec.body,
      draft: spec.draft,
    });
    pull = { number: data.number, url: data.html_url, existed: false, labels: [] };
  } catch (err) {
    const existing = statusOf(err) === 422 ? await findOpenPull(client, spec).catch(() => undefined) : undefined;
    if (!existing) throw remoteError(`opening the pull request ${spec.branch} → ${spec.base}`, err);
    pull = { ...existing, existed: false }; // not open when this run looked a moment ago
  }
  const missing = spec.labels.filter((l) => !pull.labels.some((have) => have.toLowerCase() === l.toLowerCase()));
  if (missing.length > 0) {
    try {
      const { data } = await client.rest.issues.addLabels({ owner: spec.owner, repo: spec.repo, issue_number: pull.number, labels: missing });
      pull.labels = data.map((l) => l.name);
    } catch (err) {
      throw remoteError(`labelling pull request #${pull.number} (${pull.url}) with ${missing.join(', ')}`, err);
    }
  }
  return pull;
}

/** Sets what differs of the title and body; nothing at all when both are already so. */
export async function updatePull(client: GitHubClient, spec: Pick<PullRequestSpec, 'owner' | 'repo'>, pull: PullRef, want: { title: string; body: string }): Promise<string[]> {
  const changes = { ...(pull.title !== want.title ? { title: want.title } : {}), ...(pull.body !== want.body ? { body: want.body } : {}) };
  const fields = Object.keys(changes);
  if (fields.length === 0) return [];
  try {
    await client.rest.pulls.update({ owner: spec.owner, repo: spec.repo, pull_number: pull.number, ...changes });
  } catch (err) {
    throw remoteError(`updating the ${fields.join(' and ')} of pull request #${pull.number} (${pull.url})`, err);
  }
  Object.assign(pull, changes);
  return fields;
}
