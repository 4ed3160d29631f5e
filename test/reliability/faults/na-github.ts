/** Remote × fault pairs on GitHub's remotes (REST, GraphQL, git) that cannot occur, with why. */
import type { Fault, Remote } from './matrix.js';

const NO_REF = 'the suite moves branches only by git pushes: its REST and GraphQL calls write releases, assets, milestones, pull requests, labels and discussions, never a ref';
const GIT_STATUS =
  "git's HTTP client reads neither GitHub's rate-limit headers nor a 403's body: to git a rate-limited request is an HTTP error status like any other, which the git cells under 500, 502, 503 and 429 cover";

export const NOT_APPLICABLE_GITHUB: ReadonlyArray<{ remote: Remote; fault: Fault; why: string }> = [
  { remote: 'REST', fault: 'push non-fast-forward', why: NO_REF },
  { remote: 'REST', fault: 'push protected', why: NO_REF },
  { remote: 'GraphQL', fault: 'push non-fast-forward', why: NO_REF },
  { remote: 'GraphQL', fault: 'push protected', why: NO_REF },
  { remote: 'git', fault: '403 secondary + retry-after', why: GIT_STATUS },
  { remote: 'git', fault: '403 secondary, no retry-after', why: GIT_STATUS },
  { remote: 'git', fault: 'ratelimit-remaining 0', why: GIT_STATUS },
];
