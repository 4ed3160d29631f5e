/**
 * update-repos: one pull request per related repository and version, moving this
 * project's image tag, chart version and install examples from the previous version to
 * the new one (the rules are in actions/lib/announce/related.ts). The repository is
 * cloned over git smart HTTP (the token goes in a header scoped to the server, never in
 * the URL), the change is committed on `release-actions/<project>-v<version>` and pushed
 * without force, and the pull request is opened — or, on a re-run, the open one is reused.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ReleaseFacts } from '../../lib/announce/message.js';
import type { RelatedEdit, RelatedRules } from '../../lib/announce/related.js';
import type { Identity } from '../../lib/git/git.js';
import { Git } from '../../lib/git/git.js';
import type { GitHubClient } from '../../lib/github/client.js';
import { statusOf } from '../../lib/github/client.js';
import type { Log } from '../../lib/runner/core.js';
import { ActionError } from '../../lib/runner/errors.js';
import type { Channel } from '../announce.js';
import { remoteError } from '../release.js';

export const DEFAULT_GLOB = '**/*.{md,yaml,yml}';

export interface UpdateReposContext {
  client: GitHubClient;
  token: string;
  serverUrl: string;
  runnerTemp: string;
  identity: Identity;
  facts: ReleaseFacts;
  /** The previous version the related repositories are expected to hold; undefined: none (a first release). */
  rules?: RelatedRules;
  /** Why nothing is updated (a prerelease, a rollback…), when that is so. */
  skip?: string;
  log: Log;
}

export function parseTarget(line: string): { owner: string; repo: string; globs: string[] } {
  const colon = line.indexOf(':');
  const full = colon < 0 ? line : line.slice(0, colon);
  const glob = colon < 0 ? '' : line.slice(colon + 1).trim();
  const [owner = '', repo = ''] = full.split('/');
  // one glob (braces allowed: `{docs,examples}/**/*.{md,yaml}`)
  return { owner, repo, globs: [glob || DEFAULT_GLOB] };
}

export function branchFor(facts: ReleaseFacts): string {
  const name = facts.repository.split('/')[1]!.toLowerCase().replace(/[^a-z0-9._-]+/g, '-');
  return `release-actions/${name}-${facts.tag}`;
}

interface Pull {
  number: number;
  url: string;
}

async function findOpenPull(client: GitHubClient, owner: string, repo: string, branch: string): Promise<Pull | undefined> {
  try {
    const { data } = await client.rest.pulls.list({ owner, repo, head: `${owner}:${branch}`, state: 'open', per_page: 10 });
    const pull = data.find((p) => p.head.ref === branch);
    return pull ? { number: pull.number, url: pull.html_url } : undefined;
  } catch (err) {
    throw remoteError(`listing the open pull requests of ${owner}/${repo}`, err);
  }
}

function pullBody(facts: ReleaseFacts, edits: readonly RelatedEdit[], rules: RelatedRules): string {
  const rows = edits.flatMap((e) => e.changes.map((c) => `| \`${e.path}\` | ${c.line} | ${c.name} | \`${c.old}\` | \`${c.new}\` |`));
  if (rows.length === 0) rows.push('| (the branch holds the change, pushed by an earlier run) | | | | |');
  return [
    `This moves ${facts.project} from ${rules.previous} to ${facts.tag}: its image tag, chart version and install examples.`,
    '',
    `📖 Release notes: ${facts.notesUrl}`,
    '',
    '| file | line | what | old | new |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
    `Opened by the release of ${facts.repository} (release-actions/announce, update-repos). Other versions, images and charts were left alone.`,
  ].join('\n');
}

async function planEdits(dir: string, git: Git, globs: readonly string[], rules: RelatedRules): Promise<RelatedEdit[]> {
  const [{ minimatch }, { rewriteRelated }] = await Promise.all([import('minimatch'), import('../../lib/announce/related.js')]);
  const files = (await git.git(['ls-files', '-z'])).stdout.split('\0').filter(Boolean);
  const edits: RelatedEdit[] = [];
  for (const path of files.filter((f) => globs.some((g) => minimatch(f, g, { dot: true })))) {
    const text = await readFile(join(dir, path), 'utf8').catch(() => undefined);
    if (text === undefined || text.includes('\0')) continue;
    const edit = rewriteRelated(path, text, rules);
    if (edit) edits.push(edit);
  }
  return edits;
}

export function updateRepoChannel(line: string, ctx: UpdateReposContext): Channel {
  const target = parseTarget(line);
  const full = `${target.owner}/${target.repo}`;
  const channel: Channel = {
    id: `update-repo:${full}`,
    async send() {
      const rules = ctx.rules!;
      const { facts, client, log } = ctx;
      const branch = branchFor(facts);
      const open = await findOpenPull(client, target.owner, target.repo, branch);
      if (open) return `${open.url} (already open)`;

      const tmp = await mkdtemp(join(ctx.runnerTemp, 'announce-update-'));
      const dir = join(tmp, 'repo');
      try {
        const outside = new Git(tmp, { token: ctx.token, serverUrl: ctx.serverUrl, identity: ctx.identity });
        const url = `${ctx.serverUrl}/${full}.git`;
        const cloned = await outside.git(['clone', '-q', '--depth=1', '--no-tags', '--', url, dir], { allowFailure: true });
        if (cloned.exitCode !== 0) throw new ActionError(`cloning ${full} failed (the token needs contents: write there): ${(cloned.stderr || cloned.stdout).trim().split('\n').pop()}`);
        const git = new Git(dir, { token: ctx.token, serverUrl: ctx.serverUrl, identity: ctx.identity });
        const base = await git.currentBranch();
        if (!base) throw new ActionError(`${full} has no default branch to update`);
        const remoteBranch = (await git.out(['ls-remote', '--heads', '--', 'origin', `refs/heads/${branch}`])).trim();
        if (remoteBranch) {
          // An earlier run pushed the branch but opened no pull request: continue on it.
          await git.fetch('origin', [`+refs/heads/${branch}:refs/remotes/origin/${branch}`], { depth: 1 });
          await git.switchNew(branch, `origin/${branch}`);
        } else {
          await git.switchNew(branch, 'HEAD');
        }
        const apply = async (): Promise<RelatedEdit[]> => {
          const edits = await planEdits(dir, git, target.globs, rules);
          for (const e of edits) await writeFile(join(dir, e.path), e.after);
          if (edits.length > 0) {
            await git.commit(`chore: update ${facts.project} to ${facts.tag}\n\nMoves the image tag, chart version and install examples from ${rules.previous} to ${facts.tag}.\nRelease notes: ${facts.notesUrl}\n`, {
              paths: edits.map((e) => e.path),
            });
          }
          return edits;
        };
        const edits = await apply();
        if (edits.length === 0 && !remoteBranch) return `nothing to update: no reference to ${rules.previous} in ${target.globs.join(', ')}`;
        let all = edits;
        if (edits.length > 0) {
          const { pushWithRetry } = await import('../../lib/git/push.js');
          await pushWithRetry(git, {
            remote: 'origin',
            branch,
            reapply: async () => {
              const again = await apply();
              if (again.length > 0) all = again;
              return again.length > 0;
            },
          });
          log.info(`${full}: pushed ${branch} (${edits.reduce((n, e) => n + e.changes.length, 0)} change(s) in ${edits.length} file(s))`);
        }
        try {
          const { data } = await client.rest.pulls.create({
            owner: target.owner,
            repo: target.repo,
            head: branch,
            base,
            title: `chore: update ${facts.project} to ${facts.tag}`,
            body: pullBody(facts, all, rules),
          });
          return data.html_url;
        } catch (err) {
          if (statusOf(err) === 422) {
            const again = await findOpenPull(client, target.owner, target.repo, branch);
            if (again) return `${again.url} (already open)`;
          }
          throw remoteError(`opening the pull request ${branch} → ${base} in ${full}`, err);
        }
      } finally {
        await rm(tmp, { recursive: true, force: true });
      }
    },
  };
  if (ctx.skip) channel.skip = ctx.skip;
  else if (!ctx.rules) channel.skip = 'no previous release to move from';
  return channel;
}

