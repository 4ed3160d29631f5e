/**
 * self-release.yaml's `major` step, rendered in TypeScript like ./scripts.ts because it calls
 * `gh api`: the major tag moved to the release's commit through the same REST calls.
 */
import { compare, valid } from 'semver';
import { git, gitEnv } from '../proc.js';
import type { StepContext, StepOutcome } from '../types.js';

const fail = (reason: string): StepOutcome => ({ status: 'failed', reason });
const STABLE = /^v\d+\.\d+\.\d+$/;

async function api(ctx: StepContext, method: string, path: string, body?: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const r = await fetch(`${ctx.github.apiUrl}/repos/${ctx.env['GH_REPO'] || ctx.repository}${path}`, {
    method,
    headers: { authorization: `token ${ctx.env['GH_TOKEN'] ?? ''}`, accept: 'application/vnd.github+json', ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  const text = await r.text();
  return { status: r.status, json: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

/** self-release.yaml major `move`: vX to the release's commit, unless a newer vX.* exists. */
export async function moveMajorTag(ctx: StepContext): Promise<StepOutcome> {
  const tag = ctx.env['TAG'] ?? '';
  const major = ctx.env['MAJOR'] ?? '';
  const env = gitEnv(ctx.home);
  const resolved = await git(ctx.workspace, ['rev-parse', '--verify', '-q', `refs/tags/${tag}^{commit}`], { env, allowFailure: true });
  if (resolved.code !== 0) return fail(`tag ${tag} is not in the checkout`);
  const commit = resolved.out.trim();
  const tags = (await git(ctx.workspace, ['tag', '-l', `${major}.*`], { env })).out.split('\n').filter((t) => STABLE.test(t));
  const newest = tags.sort((a, b) => compare(valid(a)!, valid(b)!)).at(-1);
  if (newest !== tag) return { status: 'passed', outputs: { moved: 'false' }, notes: [`notice: ${major} stays where it is: ${newest ?? '(none)'} is newer than ${tag}`] };
  const current = await api(ctx, 'GET', `/git/ref/tags/${major}`);
  const at = current.status === 200 ? String((current.json['object'] as Record<string, unknown>)['sha']) : '';
  const summary = `\`${major}\` → \`${tag}\` (\`${commit}\`)\n`;
  // the script writes the summary line whether it moved the tag or found it there
  if (at === commit) return { status: 'passed', outputs: { moved: 'false' }, summary };
  const r = at ? await api(ctx, 'PATCH', `/git/refs/tags/${major}`, { sha: commit, force: true }) : await api(ctx, 'POST', '/git/refs', { ref: `refs/tags/${major}`, sha: commit });
  if (r.status >= 300) return fail(`gh: ${String(r.json['message'] ?? r.status)} (HTTP ${r.status})`);
  return { status: 'passed', outputs: { moved: 'true' }, summary };
}
