/** Objects read from git: refs, annotated tags, commits, branches, diffs. */
import type { components } from '@octokit/openapi-types';
import type { Urls } from '../context.js';
import type { CommitInfo, TagInfo } from '../git.js';
import type { RepoState } from '../state.js';
import { nodeId } from '../state.js';
import { repoApiUrl, repoHtmlUrl } from './repos.js';

export type GitRef = components['schemas']['git-ref'];
export type GitTag = components['schemas']['git-tag'];
export type Commit = components['schemas']['commit'];
export type Verification = components['schemas']['verification'];
export type DiffEntry = components['schemas']['diff-entry'];
export type BranchWithProtection = components['schemas']['branch-with-protection'];

/**
 * The emulator holds no keys: signed objects are reported with GitHub's
 * reason for a key it does not know, unsigned ones as unsigned.
 */
export function verification(obj: { signature: string | null; payload: string }): Verification {
  if (!obj.signature) return { verified: false, reason: 'unsigned', payload: null, signature: null, verified_at: null };
  return { verified: false, reason: 'unknown_key', payload: obj.payload, signature: obj.signature, verified_at: null };
}

export function gitRef(urls: Urls, repo: RepoState, ref: { ref: string; sha: string; type: string }): GitRef {
  const api = repoApiUrl(urls, repo);
  const objectUrl = ref.type === 'tag' ? `${api}/git/tags/${ref.sha}` : `${api}/git/commits/${ref.sha}`;
  return {
    ref: ref.ref,
    node_id: nodeId('REF', `${repo.id}:${ref.ref}`),
    url: `${api}/git/${ref.ref}`,
    object: { type: ref.type, sha: ref.sha, url: objectUrl },
  };
}

export function gitTag(urls: Urls, repo: RepoState, tag: TagInfo): GitTag {
  const api = repoApiUrl(urls, repo);
  const objectUrl = tag.type === 'tag' ? `${api}/git/tags/${tag.object}` : `${api}/git/commits/${tag.object}`;
  return {
    node_id: nodeId('TAG', tag.sha),
    tag: tag.tag,
    sha: tag.sha,
    url: `${api}/git/tags/${tag.sha}`,
    message: tag.message,
    tagger: { name: tag.tagger.name, email: tag.tagger.email, date: tag.tagger.date },
    object: { sha: tag.object, type: tag.type, url: objectUrl },
    verification: verification(tag),
  };
}

export function commit(urls: Urls, repo: RepoState, info: CommitInfo, files?: DiffEntry[]): Commit {
  const api = repoApiUrl(urls, repo);
  const html = repoHtmlUrl(urls, repo);
  const result: Commit = {
    url: `${api}/commits/${info.sha}`,
    sha: info.sha,
    node_id: nodeId('C', info.sha),
    html_url: `${html}/commit/${info.sha}`,
    comments_url: `${api}/commits/${info.sha}/comments`,
    commit: {
      url: `${api}/git/commits/${info.sha}`,
      author: { ...info.author },
      committer: { ...info.committer },
      message: info.message.replace(/\n+$/, ''),
      comment_count: 0,
      tree: { sha: info.tree, url: `${api}/git/trees/${info.tree}` },
      verification: verification(info),
    },
    // GitHub maps commit e-mails to accounts; the emulator knows none.
    author: null,
    committer: null,
    parents: info.parents.map((p) => ({ sha: p, url: `${api}/commits/${p}`, html_url: `${html}/commit/${p}` })),
  };
  if (files) {
    const additions = files.reduce((n, f) => n + f.additions, 0);
    const deletions = files.reduce((n, f) => n + f.deletions, 0);
    result.stats = { additions, deletions, total: additions + deletions };
    result.files = files;
  }
  return result;
}

const STATUS: Record<string, DiffEntry['status']> = { A: 'added', D: 'removed', M: 'modified', R: 'renamed', C: 'copied', T: 'changed' };

export function diffEntry(
  urls: Urls,
  repo: RepoState,
  at: string,
  f: { status: string; path: string; previous?: string; additions: number; deletions: number; blob: string | null },
): DiffEntry {
  const api = repoApiUrl(urls, repo);
  const html = repoHtmlUrl(urls, repo);
  const path = f.path.split('/').map(encodeURIComponent).join('/');
  return {
    sha: f.blob,
    filename: f.path,
    status: STATUS[f.status] ?? 'modified',
    additions: f.additions,
    deletions: f.deletions,
    changes: f.additions + f.deletions,
    blob_url: `${html}/blob/${at}/${path}`,
    raw_url: `${html}/raw/${at}/${path}`,
    contents_url: `${api}/contents/${path}?ref=${at}`,
    ...(f.previous ? { previous_filename: f.previous } : {}),
  };
}

export function branchWithProtection(urls: Urls, repo: RepoState, name: string, head: Commit): BranchWithProtection {
  const api = repoApiUrl(urls, repo);
  const isProtected = repo.protectedBranches.includes(name);
  return {
    name,
    commit: head,
    _links: { html: `${repoHtmlUrl(urls, repo)}/tree/${name}`, self: `${api}/branches/${encodeURIComponent(name)}` },
    protected: isProtected,
    protection: {
      enabled: isProtected,
      required_status_checks: { enforcement_level: 'off', contexts: [], checks: [] },
    },
    protection_url: `${api}/branches/${encodeURIComponent(name)}/protection`,
  };
}
