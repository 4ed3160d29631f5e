/**
 * The `run:` steps of self-release.yaml, rendered in TypeScript like ./scripts.ts: the version
 * of the release tag (`plan`), and the major tag moved to the release's commit (`major`) through
 * the same REST calls `gh api` makes.
 */
import { compare, valid } from 'semver';
import { git, gitEnv } from '../proc.js';
import type { StepContext, StepOutcome } from '../types.js';

const fail = (reason: string): StepOutcome => ({ status: 'failed', reason });
const show = (v: string): string => v.replace(/[^A-Za-z0-9._+/:@-]/g, '?').slice(0, 80);
const IDENT = '(0|[1-9][0-9]*|[0-9]*[A-Za-z-][0-9A-Za-z-]*)';
const RELEASE_REF = new RegExp(`^refs/tags/v(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)(-${IDENT}(\\.${IDENT})*)?$`);
const STABLE = /^v\d+\.\d+\.\d+$/;

/** self-release.yaml plan `version`: version, tag, major and prerelease of the pushed tag. */
export async function selfReleaseVersion(ctx: StepContext): Promise<StepOutcome> {
  const ref = ctx.env['REF'] ?? '';
  if (!RELEASE_REF.test(ref)) return fail(`${show(ref)} is not a release tag vX.Y.Z (or vX.Y.Z-rc.N); push the tag of a version`);
  const tag = ref.slice('refs/tags/'.length);
  const version = tag.slice(1);
  return { status: 'passed', outputs: { version, tag, major: `v${version.split('.')[0]}`, prerelease: String(version.includes('-')) } };
}

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
  if (at === commit) return { status: 'passed', outputs: { moved: 'false' } };
  const r = at ? await api(ctx, 'PATCH', `/git/refs/tags/${major}`, { sha: commit, force: true }) : await api(ctx, 'POST', '/git/refs', { ref: `refs/tags/${major}`, sha: commit });
  if (r.status >= 300) return fail(`gh: ${String(r.json['message'] ?? r.status)} (HTTP ${r.status})`);
  return { status: 'passed', outputs: { moved: 'true' }, summary: `\`${major}\` → \`${tag}\` (\`${commit}\`)\n` };
}
