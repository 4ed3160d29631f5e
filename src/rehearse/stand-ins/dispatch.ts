/**
 * release.yaml's guard, rendered in TypeScript like ./scripts.ts because it calls `gh api`: a
 * dispatch from the default branch, naming a version whose tag exists; a tag push passes.
 */
import type { StepContext, StepOutcome } from '../types.js';

const fail = (reason: string): StepOutcome => ({ status: 'failed', reason });
const show = (v: string): string => v.replace(/[^A-Za-z0-9._+/:@-]/g, '?').slice(0, 80);
const IDENT = '(0|[1-9][0-9]*|[0-9]*[A-Za-z-][0-9A-Za-z-]*)';
const SEMVER = new RegExp(`^v?(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)(-${IDENT}(\\.${IDENT})*)?$`);

/** release.yaml guard `dispatch`. */
export async function checkDispatch(ctx: StepContext): Promise<StepOutcome> {
  const e = ctx.env;
  if (e['EVENT'] !== 'workflow_dispatch') return { status: 'passed', outputs: {} };
  const branch = e['DEFAULT_BRANCH'] ?? '';
  if (!branch) return fail('the event names no default branch');
  const ref = e['REF'] ?? '';
  if (ref !== `refs/heads/${branch}`) return fail(`a dispatch must run from the default branch ${branch}, not ${show(ref)}: another branch's copy of the workflow could skip the release checks; dispatch it again from ${branch}`);
  const want = e['WANT_VERSION'] ?? '';
  if (!want) return fail('a dispatch needs the version input (the version whose tag to release or roll back)');
  if (!SEMVER.test(want)) return fail(`version '${show(want)}' is not a SemVer 2 version such as 0.5.0 or v0.5.0-rc.1 (build metadata is not accepted)`);
  const version = want.replace(/^v/, '');
  const r = await fetch(`${ctx.github.apiUrl}/repos/${e['GH_REPO'] || ctx.repository}/git/ref/tags/v${version}`, { headers: { authorization: `token ${e['GH_TOKEN'] ?? ''}`, accept: 'application/vnd.github+json' } });
  await r.arrayBuffer();
  if (r.status !== 200) return fail(`version ${version} has no tag v${version}: a dispatch releases or rolls back an existing tag; push the signed tag first (a tag push starts the release by itself)`);
  return { status: 'passed', outputs: {} };
}
