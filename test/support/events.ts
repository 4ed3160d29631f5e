/** Event payloads of the shape the runner writes to GITHUB_EVENT_PATH (trimmed to what the suite reads). */
export interface RepoInfo {
  owner: string;
  repo: string;
  defaultBranch?: string;
  serverUrl?: string;
}

function repository(r: RepoInfo): Record<string, unknown> {
  const server = r.serverUrl ?? 'https://github.com';
  return {
    id: 1,
    node_id: 'R_1',
    name: r.repo,
    full_name: `${r.owner}/${r.repo}`,
    private: false,
    owner: { login: r.owner, id: 1, type: 'Organization' },
    html_url: `${server}/${r.owner}/${r.repo}`,
    clone_url: `${server}/${r.owner}/${r.repo}.git`,
    default_branch: r.defaultBranch ?? 'main',
  };
}

const sender = { login: 'maintainer', id: 2, type: 'User' };

export function tagPushEvent(r: RepoInfo, tag: string, sha: string): Record<string, unknown> {
  return pushEvent(r, `refs/tags/${tag}`, '0'.repeat(40), sha, true);
}

/** A push of commits to a branch (`before` the tip it replaced). */
export function branchPushEvent(r: RepoInfo, branch: string, before: string, sha: string): Record<string, unknown> {
  return pushEvent(r, `refs/heads/${branch}`, before, sha, false);
}

function pushEvent(r: RepoInfo, ref: string, before: string, sha: string, created: boolean): Record<string, unknown> {
  return {
    ref,
    before,
    after: sha,
    created,
    deleted: false,
    forced: false,
    base_ref: null,
    commits: [],
    head_commit: { id: sha },
    repository: repository(r),
    pusher: { name: sender.login },
    sender,
  };
}

export function workflowDispatchEvent(r: RepoInfo, ref: string, inputs: Record<string, string>): Record<string, unknown> {
  return { ref, inputs, workflow: '.github/workflows/ci-release.yaml', repository: repository(r), sender };
}

export function releaseEvent(r: RepoInfo, release: Record<string, unknown>, action = 'published'): Record<string, unknown> {
  return { action, release, repository: repository(r), sender };
}
