/**
 * `git log` of the version's range, started as soon as the refs are read, before the changelog
 * library and the configuration have loaded: git reads the whole range before it writes its first
 * commit (tens of milliseconds on a long history), and the action loads its modules meanwhile
 * instead of after. What git writes before the reader is ready is held as it came (bytes, not
 * commits) and handed over first. Light on purpose, like refs.ts: no changelog library here.
 */
import { LogReader, type CommitRecord, type Git } from '../lib/git/git.js';
import { resolveRange, type RangeGit, type RangeRequest, type ResolvedRange } from './range.js';
import type { Refs } from './refs.js';

export interface StartedLog {
  /** The range the log reads; its refusal (a bad `from`, no commit at HEAD) comes from here. */
  range: Promise<ResolvedRange>;
  /** Every commit of the range, newest first: those git wrote before the call, then the rest as they come. */
  each(onCommit: (c: CommitRecord) => void): Promise<void>;
}

/** The range's refs: tags and HEAD as read by readRefs, anything else through `rev-parse`. */
export function rangeGit(git: Git, refs: Refs): RangeGit {
  return {
    tags: async () => [...refs.tags.keys()],
    resolve: async (ref) => {
      if (ref === 'HEAD') return refs.head;
      return (ref.startsWith('refs/tags/') ? refs.tags.get(ref.slice('refs/tags/'.length)) : undefined) ?? git.resolve(ref);
    },
  };
}

/** Starts the range and the log now; failures are reported where `range` or `each` is awaited. */
export function startLog(git: Git, refs: Promise<Refs>, req: RangeRequest): StartedLog {
  const range = refs.then((r) => resolveRange(rangeGit(git, r), req));
  const held: Buffer[] = [];
  let sink: ((chunk: Buffer) => void) | null = null;
  const read = range.then((r) => git.logChunks(r.logRange, (chunk) => (sink ? sink(chunk) : held.push(chunk))));
  range.catch(() => undefined);
  read.catch(() => undefined);
  let taken = false;
  return {
    range,
    async each(onCommit) {
      if (taken) throw new Error('the log is read once');
      taken = true;
      await range;
      const reader = new LogReader(onCommit);
      for (const chunk of held.splice(0)) reader.push(chunk);
      sink = (chunk) => reader.push(chunk);
      await read;
      reader.end();
    },
  };
}
