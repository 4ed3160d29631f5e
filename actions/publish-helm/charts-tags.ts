/**
 * The `<name>-<version>` tags of the charts a run released: annotated tags on the commit the
 * charts were read at, written as objects only (`git mktag`: the checkout gets no ref) and pushed
 * in one atomic push, so either every tag of the run lands or none does. A tag is never moved:
 * a remote tag of the same name refuses the push, and the error says so.
 */
import { BOT_IDENTITY, type Git, type Identity } from '../lib/git/git.js';
import { readWithRetry } from '../lib/git/push.js';
import { ActionError } from '../lib/runner/errors.js';
import { displayRemote } from './pages.js';

export interface ChartTag {
  tag: string;
  name: string;
  version: string;
  folder: string;
  digest: string;
}

/** The tag object's text, as `git mktag` reads it. */
export function tagObject(t: ChartTag, commit: string, who: Identity, when: Date): string {
  const seconds = Math.floor(when.getTime() / 1000);
  return [
    `object ${commit}`,
    'type commit',
    `tag ${t.tag}`,
    `tagger ${who.name} <${who.email}> ${seconds} +0000`,
    '',
    `Helm chart ${t.name} ${t.version}`,
    '',
    `The chart in ${t.folder}, released on its own by publish-helm.`,
    `Package sha256 ${t.digest}`,
    '',
  ].join('\n');
}

/** Creates the tag objects and pushes them, all or none. */
export async function pushChartTags(git: Git, remote: string, commit: string, tags: readonly ChartTag[], who: Identity = BOT_IDENTITY): Promise<void> {
  if (tags.length === 0) return;
  const now = new Date();
  const refspecs: string[] = [];
  for (const t of tags) {
    const oid = (await git.git(['mktag'], { input: tagObject(t, commit, who, now) })).stdout.trim();
    refspecs.push(`${oid}:refs/tags/${t.tag}`);
  }
  // a lost connection is retried as it was; a refused tag (one exists already) is not
  const r = await readWithRetry(() => git.push(remote, refspecs, { atomic: true }));
  if (r.exitCode !== 0) {
    const detail = `${r.stdout}\n${r.stderr}`.trim().split('\n').filter((l) => /\[rejected\]|\[remote rejected\]|error:|fatal:/.test(l)).slice(0, 5).join('; ');
    throw new ActionError(
      `cannot push the tags ${tags.map((t) => t.tag).join(', ')} to ${displayRemote(remote)}: ${detail || 'the push failed'}. ` +
        'The index and OCI are published already; a re-run creates the missing tags (a tag that exists now with another commit is never moved: check it).',
    );
  }
}
