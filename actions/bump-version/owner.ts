/**
 * Whose the branch of a pull request kept current is. The bot's when its tip is the commit
 * the pull request's record says the bot wrote (or the one before, when a run stopped
 * between the record and the push); without a record, when the tip has the bot's shape:
 * one bump commit on a commit of the base, authored and committed by the bot's identity.
 * Anything else is a person's work, which the run leaves alone.
 */
import type { Git, Identity } from '../lib/git/git.js';
import { bumpCommitMessage } from '../lib/semver/release-commit.js';
import type { Marker } from './marker.js';

export type Ownership = { ours: true } | { ours: false; why: string };

interface TipFacts {
  parents: string[];
  author: string;
  committer: string;
  subject: string;
}

const FIELD = '\x1f';

async function tipFacts(git: Git, tip: string): Promise<TipFacts> {
  const out = await git.out(['log', '-1', `--format=%P${FIELD}%an <%ae>${FIELD}%cn <%ce>${FIELD}%s`, '--end-of-options', tip]);
  const [parents = '', author = '', committer = '', subject = ''] = out.split(FIELD);
  return { parents: parents.split(' ').filter(Boolean), author, committer, subject };
}

/** The commits on the branch that are not on the base, as `abc123456789 Name <mail>: subject`, five at most. */
export async function branchCommits(git: Git, base: string, tip: string): Promise<string[]> {
  const out = await git.out(['log', '-6', `--format=%h %an <%ae>: %s`, '--end-of-options', `${base}..${tip}`]);
  const lines = out ? out.split('\n') : [];
  return lines.length > 5 ? [...lines.slice(0, 5), '…'] : lines;
}

/** Pure: whether facts about a tip have the shape of the bot's bump commit. */
export function botShaped(facts: TipFacts, identity: Identity, onBase: boolean): string | undefined {
  const bot = `${identity.name} <${identity.email}>`;
  if (facts.author !== bot) return `authored by ${facts.author}`;
  if (facts.committer !== bot) return `committed by ${facts.committer}`;
  if (facts.parents.length !== 1 || !onBase) return 'holds more than the one bump commit on the base';
  if (!facts.subject.startsWith(bumpCommitMessage(''))) return `its tip is "${facts.subject}", not a bump commit`;
  return undefined;
}

export async function ownership(git: Git, req: { tip: string; baseTip: string; identity: Identity; marker?: Marker }): Promise<Ownership> {
  const { tip, marker } = req;
  if (marker) {
    if (tip === marker.tip || tip === marker.prev) return { ours: true };
    return { ours: false, why: `its tip ${tip.slice(0, 12)} is not the commit the bot wrote last (${marker.tip.slice(0, 12)})` };
  }
  const facts = await tipFacts(git, tip);
  const parent = facts.parents[0];
  const onBase = parent !== undefined && (await git.isAncestor(parent, req.baseTip));
  const why = botShaped(facts, req.identity, onBase);
  return why ? { ours: false, why } : { ours: true };
}
