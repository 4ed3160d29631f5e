/**
 * The `run:` steps of the suite's workflows run for real (../shell.ts), except those that call
 * a program the rehearsal does not run (`gh`, `docker buildx imagetools`; ../shell.ts
 * `outsideCommands`). Those few are rendered here in TypeScript with the same inputs (the
 * step's `env:`), checks, refusals and outputs, doing through the emulator's REST API or the
 * registry's OCI API what the program would; `test/rehearse/scripts.test.ts` runs the real
 * bash, with the program replaced by a recording shim, next to these renditions.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StandInSpec, StepContext, StepOutcome } from '../types.js';
import { localRepository, mergeIndexes, retag } from './image.js';
import { checkDispatch } from './dispatch.js';
import { moveMajorTag } from './self-release.js';

const fail = (reason: string): StepOutcome => ({ status: 'failed', reason });
const DIGEST = /^sha256:[0-9a-f]{64}$/;

function noRegistry(ctx: StepContext): StepOutcome {
  return { status: 'skipped', reason: ctx.registryMissing?.reason ?? 'no local registry', install: ctx.registryMissing?.install ?? 'apt-get install -y docker-registry', blocking: false };
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

/** The platform digests the image-build legs left in $RUNNER_TEMP/digests, in file order. */
function legDigests(temp: string): string[] | StepOutcome {
  const dir = join(temp, 'digests');
  const sources: string[] = [];
  for (const f of existsSync(dir) ? readdirSync(dir).sort() : []) {
    const d = readFileSync(join(dir, f), 'utf8').trim();
    if (!DIGEST.test(d)) return fail(`${f} holds no image digest`);
    sources.push(d);
  }
  return sources;
}

/** release.yaml image `merge`: `docker buildx imagetools create` of the legs under the release tags. */
async function tagImage(ctx: StepContext): Promise<StepOutcome> {
  if (!ctx.registry) return noRegistry(ctx);
  const image = ctx.env['IMAGE'] ?? '';
  const sources = legDigests(ctx.temp);
  if (!Array.isArray(sources)) return sources;
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

/** release.yaml rollback: each family tag the rolled-back release held back on the release preflight named. */
async function tagsBack(ctx: StepContext): Promise<StepOutcome> {
  if (!ctx.registry) return noRegistry(ctx);
  const image = ctx.env['IMAGE'] ?? '';
  const repository = localRepository(image, ctx.registry);
  if (!repository) return fail(`the rehearsal tags images only in the local registry ${ctx.registry.host}, not ${image}`);
  const summary: string[] = [];
  const notes: string[] = [];
  for (const line of (ctx.env['MOVES'] ?? '').split('\n').filter(Boolean)) {
    const [tag = '', source = '', ...rest] = line.trim().split(/\s+/);
    if (rest.length > 0 || !/^(?:latest|v\d+(?:\.\d+)?)$/.test(tag) || !/^v\d+\.\d+\.\d+$/.test(source)) return fail("rollback-tags holds a line that is not 'TAG vX.Y.Z'");
    const digest = await retag(ctx.registry, repository, source, tag);
    summary.push(`\`${image}:${tag}\` now points at \`${source}\`\n`);
    notes.push(`${image}:${tag} → ${source} (${digest.slice(0, 19)}…)`);
  }
  return { status: 'passed', outputs: {}, summary: summary.join(''), notes };
}

interface ScriptStandIn extends StandInSpec {
  job: string;
  /** The step's id, or its name when it has none. */
  step: string;
}

export const SCRIPT_STAND_INS: ScriptStandIn[] = [
  { job: 'guard', step: 'dispatch', description: 'a dispatch from the default branch, naming a version whose tag exists (REST, as gh api)', didNot: 'gh did not run: the tag look-up was made by the rehearsal through the emulator\'s REST API', run: checkDispatch },
  { job: 'preflight', step: 'Check there is a release to roll back', description: 'the GitHub release of the tag exists (REST, as gh release view)', didNot: 'gh did not run: the release look-up was made through the emulator\'s REST API', run: releaseExists },
  { job: 'image', step: 'merge', description: 'the legs merged into one index under the release tags (OCI API, as imagetools create)', didNot: 'docker buildx imagetools did not run: the index was written by the rehearsal\'s OCI client', run: tagImage },
  { job: 'rollback', step: 'Point the image tags back at the previous releases', description: 'each family tag the rolled-back release held retagged to the previous release of its line (OCI API)', didNot: 'docker buildx imagetools did not run: the tags were copied by the rehearsal\'s OCI client', run: tagsBack },
  { job: 'major', step: 'move', description: 'self-release: the major tag moved to the release\'s commit (REST, as gh api), unless a newer release of the major exists', didNot: 'gh did not run: the ref was moved through the emulator\'s REST API', run: moveMajorTag },
];

/** The stand-in of a `run:` step, by job id and the step's id or name. */
export function scriptStandIn(job: string, stepId: string | undefined, stepName: string | undefined): ScriptStandIn | undefined {
  return SCRIPT_STAND_INS.find((s) => s.job === job && (s.step === stepId || s.step === stepName));
}
