/**
 * The rehearsal never runs a workflow's shell. The `run:` steps of the suite's own workflows
 * are a small known set, each rendered here in TypeScript with the same inputs (the step's
 * `env:`), checks, refusals and outputs; `test/rehearse/scripts.test.ts` runs the real bash next
 * to these renditions on the same cases. A `run:` step that is not in this set is reported as
 * skipped (with its name), never run and never passed.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { git, gitEnv } from '../proc.js';
import type { StandInSpec, StepContext, StepOutcome } from '../types.js';
import { localRepository, mergeIndexes, retag } from './image.js';
import { attestations, checkDispatch } from './dispatch.js';
import { moveMajorTag, selfReleaseVersion } from './self-release.js';

const fail = (reason: string): StepOutcome => ({ status: 'failed', reason });
const splitList = (text: string): string[] =>
  text
    .split(/[\n, ]/)
    .map((s) => s.trim())
    .filter(Boolean);

/** release.yaml preflight: every cherry-picked commit's change is in the hotfix tag (as itself or as an equal patch). */
async function cherryPicks(ctx: StepContext): Promise<StepOutcome> {
  const tag = ctx.env['TAG'] ?? '';
  const env = gitEnv(ctx.home);
  const lines = [`### Cherry-picked commits in ${tag}`];
  const problems: string[] = [];
  for (const sha of splitList(ctx.env['CHERRY_PICK'] ?? '')) {
    if (!/^[0-9a-f]{7,40}$/.test(sha)) return { status: 'failed', reason: 'cherry-pick lists something that is not a commit SHA (expected 7 to 40 hex digits)', summary: `${lines.join('\n')}\n` };
    if ((await git(ctx.cwd, ['cat-file', '-e', `${sha}^{commit}`], { env, allowFailure: true })).code !== 0) {
      problems.push(`commit ${sha} is not in this repository`);
      continue;
    }
    const ancestor = (await git(ctx.cwd, ['merge-base', '--is-ancestor', sha, `refs/tags/${tag}`], { env, allowFailure: true })).code === 0;
    const cherry = ancestor ? '' : (await git(ctx.cwd, ['cherry', `refs/tags/${tag}`, sha, `${sha}^`], { env, allowFailure: true })).out.slice(0, 1);
    if (ancestor || cherry === '-') lines.push(`- ✅ ${sha}`);
    else {
      lines.push(`- ❌ ${sha}`);
      problems.push(`the change of commit ${sha} is not in ${tag}`);
    }
  }
  const summary = `${lines.join('\n')}\n`;
  if (problems.length > 0) return { status: 'failed', reason: problems.join('; '), summary };
  return { status: 'passed', outputs: {}, summary };
}

/** release.yaml preflight (rollback): `gh release view TAG` — the GitHub release exists. */
async function releaseExists(ctx: StepContext): Promise<StepOutcome> {
  const tag = ctx.env['TAG'] ?? '';
  const repo = ctx.env['GH_REPO'] || ctx.repository;
  const r = await fetch(`${ctx.github.apiUrl}/repos/${repo}/releases/tags/${encodeURIComponent(tag)}`, { headers: { authorization: `token ${ctx.env['GH_TOKEN'] ?? ''}`, accept: 'application/vnd.github+json' } });
  await r.arrayBuffer();
  if (r.status !== 200) return fail(`there is no GitHub release for ${tag} to roll back`);
  return { status: 'passed', outputs: {} };
}

/** release.yaml image-build: the leg's digest into $RUNNER_TEMP/digests/<slug>. */
async function recordDigest(ctx: StepContext): Promise<StepOutcome> {
  const digest = ctx.env['DIGEST'] ?? '';
  if (!/^sha256:[0-9a-f]{64}$/.test(digest)) return fail('the build gave no image digest');
  mkdirSync(join(ctx.temp, 'digests'), { recursive: true });
  writeFileSync(join(ctx.temp, 'digests', ctx.env['SLUG'] ?? ''), `${digest}\n`);
  return { status: 'passed', outputs: {} };
}

/** release.yaml image `merge`: `docker buildx imagetools create` of the legs under the release tags. */
async function tagImage(ctx: StepContext): Promise<StepOutcome> {
  if (!ctx.registry) return { status: 'skipped', reason: ctx.registryMissing?.reason ?? 'no local registry', install: ctx.registryMissing?.install ?? 'apt-get install -y docker-registry', blocking: false };
  const image = ctx.env['IMAGE'] ?? '';
  const dir = join(ctx.temp, 'digests');
  const sources: string[] = [];
  for (const f of existsSync(dir) ? readdirSync(dir).sort() : []) {
    const d = readFileSync(join(dir, f), 'utf8').trim();
    if (!/^sha256:[0-9a-f]{64}$/.test(d)) return fail(`${f} holds no image digest`);
    sources.push(d);
  }
  let tags: string[];
  try {
    tags = (JSON.parse(ctx.env['TAGS_JSON'] ?? '') as { tags: string[] }).tags;
  } catch {
    return fail('TAGS_JSON is not the metadata JSON');
  }
  if (!tags?.length) return fail('no tags to set');
  const repository = localRepository(image, ctx.registry);
  if (!repository) return fail(`the rehearsal tags images only in the local registry ${ctx.registry.host}, not ${image}`);
  const tagNames = tags.map((t) => t.slice(t.lastIndexOf(':') + 1));
  const digest = await mergeIndexes(ctx.registry, repository, sources, tagNames);
  return {
    status: 'passed',
    outputs: { digest },
    summary: ['### Image', '', ...tags.map((t) => `- \`${t}\``), `- digest \`${digest}\``, ''].join('\n'),
    notes: [`${sources.length} platform build(s) merged into one index under ${tagNames.join(', ')} through the OCI API (no docker CLI)`],
  };
}

/** release.yaml chart `package`: the package publish-helm named matches its reported digest. */
async function checkPackage(ctx: StepContext): Promise<StepOutcome> {
  const path = ctx.env['PACKAGE_PATH'] ?? '';
  if (!path || !existsSync(path)) return fail('publish-helm named no package file');
  const want = (ctx.env['DIGEST'] ?? '').replace(/^sha256:/, '');
  const have = createHash('sha256').update(readFileSync(path)).digest('hex');
  if (have !== want) return fail(`the package's sha256 is ${have}, publish-helm reported ${want}`);
  return { status: 'passed', outputs: { name: basename(path), digest: have } };
}

/** release.yaml release `Checksums`: SHA256SUMS next to the chart package, checked. */
async function checksums(ctx: StepContext): Promise<StepOutcome> {
  const pkg = ctx.env['PACKAGE'] ?? '';
  const file = join(ctx.cwd, pkg);
  if (!pkg || !existsSync(file)) return fail(`the chart package ${pkg} did not arrive`);
  const digest = ctx.env['DIGEST'] ?? '';
  writeFileSync(join(ctx.cwd, 'SHA256SUMS'), `${digest}  ${pkg}\n`);
  const have = createHash('sha256').update(readFileSync(file)).digest('hex');
  if (have !== digest) return fail(`sha256sum: WARNING: 1 computed checksum did NOT match (${pkg})`);
  return { status: 'passed', outputs: {} };
}

/** release.yaml release `assets`: the provenance bundle as `<package>.intoto.jsonl`. */
async function provenanceAsset(ctx: StepContext): Promise<StepOutcome> {
  const bundle = ctx.env['BUNDLE'] ?? '';
  const pkg = ctx.env['PACKAGE'] ?? '';
  if (!bundle || !existsSync(bundle)) return fail(`cp: cannot stat '${bundle}': No such file or directory`);
  const provenance = `${pkg.replace(/\.tgz$/, '')}.intoto.jsonl`;
  mkdirSync(join(ctx.cwd, 'release-assets'), { recursive: true });
  copyFileSync(bundle, join(ctx.cwd, 'release-assets', provenance));
  return { status: 'passed', outputs: { provenance } };
}

/** release.yaml rollback: `:latest` back on the previous stable image. */
async function tagsBack(ctx: StepContext): Promise<StepOutcome> {
  if (!ctx.registry) return { status: 'skipped', reason: ctx.registryMissing?.reason ?? 'no local registry', install: ctx.registryMissing?.install ?? 'apt-get install -y docker-registry', blocking: false };
  const image = ctx.env['IMAGE'] ?? '';
  const repository = localRepository(image, ctx.registry);
  if (!repository) return fail(`the rehearsal tags images only in the local registry ${ctx.registry.host}, not ${image}`);
  const summary: string[] = [];
  const notes: string[] = [];
  for (const line of (ctx.env['MOVES'] ?? '').split('\n').filter(Boolean)) {
    const [tag = '', source = ''] = line.trim().split(/\s+/);
    if (!/^(?:latest|v\d+(?:\.\d+)?)$/.test(tag) || !/^v\d+\.\d+\.\d+$/.test(source)) return fail("rollback-tags holds a line that is not 'TAG vX.Y.Z'");
    const digest = await retag(ctx.registry, repository, source, tag);
    summary.push(`\`${image}:${tag}\` now points at \`${source}\`\n`);
    notes.push(`${image}:${tag} → ${source} (${digest.slice(0, 19)}…)`);
  }
  return { status: 'passed', outputs: {}, summary: summary.join(''), notes };
}

/** prepare-release.yaml `picks`: the cherry-picks one SHA a line. */
async function readPicks(ctx: StepContext): Promise<StepOutcome> {
  const shas = splitList(ctx.env['CHERRY_PICK'] ?? '');
  for (const sha of shas) if (!/^[0-9a-fA-F]{7,40}$/.test(sha)) return fail('cherry-pick lists something that is not a commit SHA (expected 7 to 40 hex digits)');
  return { status: 'passed', outputs: { list: shas.join('\n') } };
}

interface ScriptStandIn extends StandInSpec {
  job: string;
  /** The step's id, or its name when it has none. */
  step: string;
}

export const SCRIPT_STAND_INS: ScriptStandIn[] = [
  { job: 'guard', step: 'dispatch', description: 'a dispatch from the default branch, naming a version whose tag exists (REST, as gh api)', run: checkDispatch },
  { job: 'preflight', step: 'attestations', description: 'whether the repository can have provenance attestations (input, repository visibility)', run: attestations },
  { job: 'preflight', step: 'Check the hotfix carries the cherry-picked commits', description: 'each cherry-pick in the tag, by ancestry or patch id (git)', run: cherryPicks },
  { job: 'preflight', step: 'Check there is a release to roll back', description: 'the GitHub release of the tag exists (REST, as gh release view)', run: releaseExists },
  { job: 'image-build', step: 'Record the digest', description: 'the leg\'s digest into RUNNER_TEMP/digests', run: recordDigest },
  { job: 'image', step: 'merge', description: 'the legs merged into one index under the release tags (OCI API, as imagetools create)', run: tagImage },
  { job: 'chart', step: 'package', description: 'the package file matches the digest publish-helm reported', run: checkPackage },
  { job: 'release', step: 'Checksums', description: 'SHA256SUMS written and checked', run: checksums },
  { job: 'release', step: 'assets', description: 'the provenance bundle copied as <package>.intoto.jsonl', run: provenanceAsset },
  { job: 'rollback', step: 'Point the image tags back at the previous releases', description: 'each family tag the rolled-back release held retagged to the previous release of its line (OCI API)', run: tagsBack },
  { job: 'prepare', step: 'picks', description: 'the cherry-picks, one SHA a line, refused unless SHAs', run: readPicks },
  { job: 'plan', step: 'version', description: 'self-release: version, tag, major and prerelease of the pushed tag', run: selfReleaseVersion },
  { job: 'major', step: 'move', description: 'self-release: the major tag moved to the release\'s commit (REST, as gh api), unless a newer release of the major exists', run: moveMajorTag },
];

/** The stand-in of a `run:` step, by job id and the step's id or name. */
export function scriptStandIn(job: string, stepId: string | undefined, stepName: string | undefined): ScriptStandIn | undefined {
  return SCRIPT_STAND_INS.find((s) => s.job === job && (s.step === stepId || s.step === stepName));
}
