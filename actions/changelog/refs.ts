/**
 * What git says before the log: whether the checkout is a full repository, HEAD, and every
 * tag with its commit. Light on purpose (no changelog library, no yaml): the action starts
 * these git processes first thing, and loads its modules and configuration while they run.
 */
import type { Git } from '../lib/git/git.js';
import { ActionError } from '../lib/runner/errors.js';

export interface Refs {
  head: string | undefined;
  tags: Map<string, string | undefined>;
}

/**
 * Two git processes at once instead of four one after the other: `rev-parse` answers
 * "repository, not shallow" and HEAD together, `for-each-ref` names every tag with its
 * commit. The errors keep their order: not a repository, then shallow, then the tags.
 */
export async function readRefs(git: Git): Promise<Refs> {
  const tagsRead = git.tagCommits();
  // awaited below, after the repository check: a failure there must not also be unhandled here
  tagsRead.catch(() => undefined);
  const probe = await git.probe();
  if (probe === null) throw new ActionError(`${git.cwd} is not a git repository: check out the repository first (actions/checkout with fetch-depth: 0)`);
  if (probe.shallow) {
    throw new ActionError('the checkout is shallow, so the history and the tags of the range are incomplete: check out with actions/checkout and fetch-depth: 0');
  }
  return { head: probe.head, tags: await tagsRead };
}

/**
 * {@link readRefs} started now, its failure reported only where it is awaited: a refusal
 * that comes first (the configuration, a missing template) keeps its turn.
 */
export function startRefs(git: Git): Promise<Refs> {
  const refs = readRefs(git);
  refs.catch(() => undefined);
  return refs;
}
