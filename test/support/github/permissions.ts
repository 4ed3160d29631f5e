/**
 * Token permissions as GitHub checks them for a GITHUB_TOKEN or a GitHub App installation
 * token: each operation needs one of a few permission sets ("Fine-grained access tokens for
 * …" on each REST reference page), and the token reaches only the repositories it was issued
 * for. A token issued without a permission set may do everything everywhere (a personal token).
 */

/** GitHub's repository permission names, as the API and the `x-accepted-github-permissions` header spell them. */
export const PERMISSIONS = [
  'actions',
  'attestations',
  'checks',
  'contents',
  'deployments',
  'discussions',
  'id_token',
  'issues',
  'metadata',
  'packages',
  'pages',
  'pull_requests',
  'repository_projects',
  'security_events',
  'statuses',
] as const;
export type Permission = (typeof PERMISSIONS)[number];
export type Level = 'read' | 'write';
export type PermissionSet = Partial<Record<Permission, Level>>;

export interface TokenGrant {
  /** Who holds it, named in denials and violations (e.g. the job `release / release`). */
  name: string;
  /** undefined: every permission (a personal token). `metadata: read` is always held, as GitHub grants it to every installation token. */
  permissions?: PermissionSet;
  /** Lower-case `owner/name`s it reaches; undefined: every repository. */
  repositories?: string[];
}

/** One of these sets is enough: `[['issues', 'write'], ['pull_requests', 'write']]` reads "issues write, or pull requests write". */
export type Need = ReadonlyArray<readonly [Permission, Level]>;

const read = (p: Permission): Need => [[p, 'read']];
const write = (p: Permission): Need => [[p, 'write']];
const issuesOrPulls = (level: Level): Need => [
  ['issues', level],
  ['pull_requests', level],
];

/**
 * What each operation the emulator serves needs, from the "Fine-grained access tokens" section
 * of its REST reference page (labels, milestones and comments accept issues or pull requests,
 * as every pull request is an issue).
 */
export const OPERATION_NEEDS: Readonly<Record<string, Need>> = {
  'repos/get': read('metadata'),
  'repos/get-branch': read('contents'),
  'repos/create-dispatch-event': write('contents'),
  'git/get-ref': read('contents'),
  'git/list-matching-refs': read('contents'),
  'git/get-tag': read('contents'),
  'git/create-ref': write('contents'),
  'git/update-ref': write('contents'),
  'git/delete-ref': write('contents'),
  'git/create-tag': write('contents'),
  'repos/get-commit': read('contents'),
  'repos/list-commits': read('contents'),
  'repos/compare-commits-with-basehead': read('contents'),
  'repos/get-content': read('contents'),
  'repos/create-or-update-file-contents': write('contents'),
  'repos/list-pull-requests-associated-with-commit': read('pull_requests'),
  'pulls/list': read('pull_requests'),
  'pulls/get': read('pull_requests'),
  'pulls/create': write('pull_requests'),
  'pulls/update': write('pull_requests'),
  'pulls/merge': write('contents'),
  'issues/list-for-repo': read('issues'),
  'issues/get': issuesOrPulls('read'),
  'issues/create': write('issues'),
  'issues/update': issuesOrPulls('write'),
  'issues/list-comments': issuesOrPulls('read'),
  'issues/create-comment': issuesOrPulls('write'),
  'issues/add-labels': issuesOrPulls('write'),
  'issues/list-labels-for-repo': issuesOrPulls('read'),
  'issues/get-label': issuesOrPulls('read'),
  'issues/create-label': issuesOrPulls('write'),
  'issues/list-milestones': issuesOrPulls('read'),
  'issues/create-milestone': issuesOrPulls('write'),
  'repos/list-releases': read('contents'),
  'repos/get-latest-release': read('contents'),
  'repos/get-pages': read('pages'),
  // GitHub asks administration write as well, which this model does not list; pages write is the part it can check
  'repos/create-pages-site': write('pages'),
  'repos/get-release-by-tag': read('contents'),
  'repos/get-release': read('contents'),
  'repos/create-release': write('contents'),
  'repos/update-release': write('contents'),
  'repos/delete-release': write('contents'),
  'repos/generate-release-notes': write('contents'),
  'repos/upload-release-asset': write('contents'),
  'repos/list-release-assets': read('contents'),
  'repos/get-release-asset': read('contents'),
  'repos/update-release-asset': write('contents'),
  'repos/delete-release-asset': write('contents'),
  'repos/create-attestation': write('attestations'),
  'repos/list-attestations': read('attestations'),
  // the bot's own account: GitHub answers 403 to an installation token whatever its permissions
  'users/get-authenticated': [],
};

/** Git over HTTP: fetching needs contents read, pushing contents write. */
export const GIT_NEEDS = { fetch: read('contents'), push: write('contents') } as const;

/** GraphQL fields on Discussions (https://docs.github.com/en/graphql/guides/using-the-graphql-api-for-discussions). */
export const DISCUSSION_READ = read('discussions');
export const DISCUSSION_WRITE = write('discussions');

export const NOT_ACCESSIBLE = 'Resource not accessible by integration';

function holds(grant: TokenGrant, [permission, level]: readonly [Permission, Level]): boolean {
  if (!grant.permissions) return true;
  if (permission === 'metadata' && level === 'read') return true;
  const held = grant.permissions[permission];
  return held === 'write' || (held === 'read' && level === 'read');
}

/** Whether the token reaches `repository` (lower-case or not). */
export function reaches(grant: TokenGrant, repository: string): boolean {
  return !grant.repositories || grant.repositories.includes(repository.toLowerCase());
}

/** Whether one of the need's sets is held (an empty need: nothing is needed). */
export function allows(grant: TokenGrant, need: Need): boolean {
  return need.length === 0 || need.some((set) => holds(grant, set));
}

/** The `x-accepted-github-permissions` header: the sets that would do, `; `-separated. */
export function acceptedHeader(need: Need): string {
  return need.map(([p, l]) => `${p}=${l}`).join('; ');
}

/** `issues: write or pull-requests: write`, as a workflow's `permissions:` spells them. */
export function describeNeed(need: Need): string {
  return need.map(([p, l]) => `${p.replace(/_/g, '-')}: ${l}`).join(' or ');
}

/** A workflow's permission name (`pull-requests`, `id-token`) as the API spells it. */
export function apiPermission(name: string): Permission | undefined {
  const p = name.replace(/-/g, '_');
  return (PERMISSIONS as readonly string[]).includes(p) ? (p as Permission) : undefined;
}

/** A refused call, for tests and the rehearsal to blame the holder of the token. */
export interface Denial {
  token: string;
  method: string;
  area: 'rest' | 'uploads' | 'graphql' | 'git';
  path: string;
  operationId?: string;
  repository?: string;
  /** What would have been enough (`contents: write`), or why the repository was out of reach. */
  needed: string;
  message: string;
}
