/**
 * The emulator's memory of everything that is not in a git repository.
 * Records hold plain data (names, numbers, ISO dates) so that tests can read
 * them directly and `snapshot()` can compare them; builders turn them into
 * GitHub's JSON objects.
 */

export interface UserRecord {
  login: string;
  id: number;
  nodeId: string;
  type: 'User' | 'Bot';
}

export interface AssetRecord {
  id: number;
  nodeId: string;
  name: string;
  label: string | null;
  contentType: string;
  size: number;
  sha256: string;
  data: Buffer;
  downloadCount: number;
  createdAt: string;
  updatedAt: string;
  uploader: string;
}

export interface ReleaseRecord {
  id: number;
  nodeId: string;
  tagName: string;
  targetCommitish: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  createdAt: string;
  publishedAt: string | null;
  updatedAt: string;
  author: string;
  assets: AssetRecord[];
  discussionNumber: number | null;
  /** The release's last make_latest; 'false' keeps it out of the "legacy" choice of latest. */
  makeLatest: 'true' | 'false' | 'legacy';
  /** Published while the repository had immutable releases on: its assets are sealed. */
  immutable?: boolean;
}

export interface LabelRecord {
  id: number;
  nodeId: string;
  name: string;
  color: string;
  description: string | null;
  default: boolean;
}

export interface MilestoneRecord {
  id: number;
  nodeId: string;
  number: number;
  title: string;
  description: string | null;
  state: 'open' | 'closed';
  dueOn: string | null;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  creator: string;
}

export interface CommentRecord {
  id: number;
  nodeId: string;
  body: string;
  user: string;
  createdAt: string;
  updatedAt: string;
}

/** Issues and pull requests share one number sequence, as on GitHub. */
export interface IssueRecord {
  id: number;
  nodeId: string;
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  stateReason: 'completed' | 'not_planned' | 'reopened' | null;
  labels: string[];
  milestone: number | null;
  assignees: string[];
  user: string;
  locked: boolean;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  comments: CommentRecord[];
  isPullRequest: boolean;
}

export interface PullRecord {
  number: number;
  id: number;
  nodeId: string;
  head: string;
  base: string;
  /** Head tip when the pull request was last seen open (the tip at merge time once merged). */
  headSha: string;
  baseSha: string;
  draft: boolean;
  merged: boolean;
  mergedAt: string | null;
  mergedBy: string | null;
  mergeCommitSha: string | null;
  /** The commits the pull request brought, recorded at merge time. */
  commitShas: string[];
}

export interface DispatchRecord {
  eventType: string;
  clientPayload: unknown;
  at: string;
}

export interface DiscussionCategoryRecord {
  id: string;
  name: string;
  slug: string;
}

export interface DiscussionRecord {
  id: string;
  number: number;
  title: string;
  body: string;
  categoryId: string;
  author: string;
  createdAt: string;
}

/** The repository's GitHub Pages site: served from a branch (`legacy`) or deployed by a workflow. */
export interface PagesRecord {
  buildType: 'legacy' | 'workflow';
  /** `legacy` only: the branch and folder served. */
  source?: { branch: string; path: '/' | '/docs' };
  /** GitHub's status of the last build; null before the first one. */
  status: 'built' | 'building' | 'errored' | null;
}

/** A Sigstore bundle stored as an artifact attestation, found by its subjects' digests. */
export interface AttestationRecord {
  id: number;
  bundle: unknown;
  /** `sha256:…`, lower case. */
  subjectDigests: string[];
  predicateType: string;
}

export interface RepoState {
  id: number;
  nodeId: string;
  owner: string;
  name: string;
  fullName: string;
  defaultBranch: string;
  private: boolean;
  createdAt: string;
  /** Set by make_latest=true; null means "work it out" (legacy). */
  latestReleaseId: number | null;
  releases: ReleaseRecord[];
  labels: LabelRecord[];
  milestones: MilestoneRecord[];
  issues: IssueRecord[];
  pulls: PullRecord[];
  dispatches: DispatchRecord[];
  discussionCategories: DiscussionCategoryRecord[];
  discussions: DiscussionRecord[];
  /** Branch names whose pushes and REST updates are refused, as with branch protection. */
  protectedBranches: string[];
  /** Artifact attestations (absent: none yet). */
  attestations?: AttestationRecord[];
  /** Absent: Pages is not enabled (GET /pages answers 404). */
  pages?: PagesRecord;
  /** GitHub's immutable releases: a release published from now on seals its assets. */
  immutableReleases?: boolean;
  nextNumber: number;
}

export interface EmulatorState {
  repos: Record<string, RepoState>;
}

/** GitHub formats timestamps without milliseconds. */
export function isoNow(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Node ids look opaque on GitHub; these carry a prefix per type like the real ones. */
export function nodeId(prefix: string, id: number | string): string {
  return `${prefix}_${Buffer.from(`emulator:${id}`).toString('base64url')}`;
}

export function repoKey(fullName: string): string {
  return fullName.toLowerCase();
}

/** The issue-like number for a new issue, pull request or discussion. */
export function takeNumber(repo: RepoState): number {
  const n = repo.nextNumber;
  repo.nextNumber += 1;
  return n;
}
