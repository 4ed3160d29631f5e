/**
 * Stand-ins for the third-party actions of the release workflows. Each does the observable
 * part of the real action against the local stand-ins — a checkout is a real clone of the
 * emulated repository at the ref, a build pushes a synthetic multi-platform image to the local
 * registry and answers its digest, an artifact is a folder handed to the next job — and says
 * in its notes what it leaves out. Keyed by `owner/repo`: any ref runs on the stand-in, and
 * `./models.ts` says which release it models (the one the workflows pin) so that a step pinned
 * or configured otherwise is named in the notes. Artifacts are in `./artifacts.ts`.
 */
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, isAbsolute, join, relative, resolve } from 'node:path';
import { OciClient } from '../../../actions/lib/oci/client.js';
import { git, gitEnv } from '../proc.js';
import type { StandInSpec, StepContext, StepOutcome } from '../types.js';
import { downloadArtifact, uploadArtifact } from './artifacts.js';
import { modelNotes } from './models.js';
import { attestSubjects, signAndStore, SIGNING_STAND_INS } from './signing.js';
import { buildPlatform, findBuildah, offlineProblem, type BuiltManifest } from './buildah.js';
import { buildAndPush, exists, indexBuilt, localRepository, parsePlatform, platformText, type BuildSpec, type Platform } from './image.js';

const lines = (text: string | undefined): string[] =>
  (text ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
const list = (text: string | undefined): string[] =>
  (text ?? '')
    .split(/[\n,]/)
    .map((l) => l.trim())
    .filter(Boolean);
/** A list input as docker/metadata-action v6 reads it: a line starting with `#` is a comment, a `#` inside a value is kept. */
const listInput = (text: string | undefined): string[] => lines(text).filter((l) => !l.startsWith('#'));
const bool = (text: string | undefined, dflt: boolean): boolean => (text === undefined || text === '' ? dflt : text.trim().toLowerCase() === 'true');

const ok = (outputs: Record<string, string> = {}, notes: string[] = []): StepOutcome => ({ status: 'passed', outputs, notes });
const fail = (reason: string): StepOutcome => ({ status: 'failed', reason });

function noRegistry(ctx: StepContext): StepOutcome {
  const missing = ctx.registryMissing ?? { reason: 'no local registry', install: 'apt-get install -y docker-registry' };
  return { status: 'skipped', reason: missing.reason, install: missing.install, blocking: false };
}

function abs(ctx: StepContext, path: string): string {
  return isAbsolute(path) ? path : resolve(ctx.workspace, path);
}

// ---- actions/checkout --------------------------------------------------------------------------

/**
 * What checkout v6+ does with `persist-credentials: true`: the token header goes to a config file
 * of its own under RUNNER_TEMP, which `.git/config` includes for this repository only
 * (`includeIf.gitdir:`), so the token is never written inside the workspace.
 */
async function persistCredentials(ctx: StepContext, dest: string): Promise<string> {
  const env = gitEnv(ctx.home);
  const file = join(ctx.temp, `git-credentials-${randomUUID()}.config`);
  const basic = Buffer.from(`x-access-token:${ctx.inputs['token'] || ctx.github.token}`).toString('base64');
  mkdirSync(ctx.temp, { recursive: true });
  await git(dest, ['config', '--file', file, `http.${new URL(ctx.github.serverUrl).origin}/.extraheader`, `AUTHORIZATION: basic ${basic}`], { env });
  const gitDir = join(dest, '.git');
  await git(dest, ['config', '--local', `includeIf.gitdir:${gitDir}.path`, file], { env });
  await git(dest, ['config', '--local', `includeIf.gitdir:${gitDir}/worktrees/*.path`, file], { env });
  return file;
}

async function checkout(ctx: StepContext): Promise<StepOutcome> {
  const repository = ctx.inputs['repository'] || ctx.repository;
  if (repository.toLowerCase() !== ctx.repository.toLowerCase()) return fail(`the rehearsal emulates only ${ctx.repository}, not ${repository}`);
  const dest = abs(ctx, ctx.inputs['path'] || '.');
  const ref = ctx.inputs['ref'] || ctx.event.ref;
  const depth = Number(ctx.inputs['fetch-depth'] ?? '1');
  const persist = bool(ctx.inputs['persist-credentials'], true);
  const env = gitEnv(ctx.home);
  const remote = `${ctx.github.serverUrl}/${ctx.repository}`;
  mkdirSync(dest, { recursive: true });
  // The bytes come straight from the emulator's bare repository (file://, which makes --depth work
  // locally), in one `git clone`; origin then gets the emulator's URL, as actions/checkout leaves it.
  const source = `file://${ctx.github.barePath}`;
  const shallow = Number.isFinite(depth) && depth > 0;
  const quiet = ['-c', 'advice.detachedHead=false'];
  const fail1 = (r: { code: number; err: string }): StepOutcome => fail(`The process '/usr/bin/git' failed with exit code ${r.code}: ${r.err.trim().split('\n').slice(-1)[0] ?? ''} (ref ${ref})`);
  // GitHub answers the fetch only if the token may read the repository (contents: read): asked
  // over HTTP as actions/checkout's fetch asks, before the bytes are taken from file://
  const token = ctx.inputs['token'] || ctx.github.token;
  const auth = { GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: `http.${ctx.github.serverUrl}/.extraheader`, GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}` };
  const probe = await git(dest, ['ls-remote', '--', `${remote}.git`, 'HEAD'], { env: { ...env, ...auth }, allowFailure: true });
  if (probe.code !== 0) return fail(`The process '/usr/bin/git' failed with exit code ${probe.code}: ${probe.err.trim().split('\n').join(' ')}`);
  const isSha = /^[0-9a-f]{40}$/.test(ref);
  const tag = ref.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : undefined;
  const branch = !isSha && !tag ? ref.replace(/^refs\/heads\//, '') : undefined;
  if (shallow && !isSha) {
    const cloned = await git(dest, [...quiet, 'clone', '-q', '--no-tags', `--depth=${depth}`, '--branch', (tag ?? branch)!, '--', source, '.'], { env, allowFailure: true });
    if (cloned.code !== 0) return fail1(cloned);
  } else {
    const cloned = await git(dest, [...quiet, 'clone', '-q', '--no-checkout', ...(shallow ? [`--depth=${depth}`] : []), '--', source, '.'], { env, allowFailure: true });
    if (cloned.code !== 0) return fail1(cloned);
    if (isSha && shallow) {
      const fetched = await git(dest, ['fetch', '-q', '--no-tags', `--depth=${depth}`, 'origin', ref], { env, allowFailure: true });
      if (fetched.code !== 0) return fail1(fetched);
    }
    const target = isSha ? ['--detach', ref] : tag ? ['--detach', `refs/tags/${tag}`] : ['-B', branch!, `refs/remotes/origin/${branch}`];
    const co = await git(dest, [...quiet, 'checkout', '-q', ...target], { env, allowFailure: true });
    if (co.code !== 0) return fail(`cannot check out ${ref}: ${co.err.trim().split('\n').slice(-1)[0] ?? ''}`);
    if (!branch) {
      // a detached checkout has no local branch (the clone made one for the default branch)
      for (const local of (await git(dest, ['for-each-ref', '--format=%(refname)', 'refs/heads'], { env })).out.split('\n').filter(Boolean)) await git(dest, ['update-ref', '-d', local], { env });
    }
  }
  await git(dest, ['remote', 'set-url', 'origin', remote], { env });
  const credentials = persist ? await persistCredentials(ctx, dest) : undefined;
  const commit = (await git(dest, ['rev-parse', 'HEAD'], { env })).out.trim();
  return ok({ ref, commit }, [`a clone of ${ctx.repository} at ${ref} (${commit.slice(0, 12)}${depth > 0 ? `, depth ${depth}` : ', full history and tags'})${credentials ? `; credentials kept in ${basename(credentials)} under RUNNER_TEMP, included from .git/config` : ''}`]);
}

// ---- docker/* ----------------------------------------------------------------------------------

async function setupQemu(ctx: StepContext): Promise<StepOutcome> {
  return ok({ platforms: ctx.inputs['platforms'] || 'linux/amd64,linux/arm64' }, ['no-op: the synthetic image needs no emulation']);
}

/** The outputs of setup-buildx-action v4 (v4 dropped the deprecated `endpoint`, `status` and `flags`). */
async function setupBuildx(): Promise<StepOutcome> {
  const platforms = 'linux/amd64,linux/arm64';
  const nodes = [{ name: 'rehearsal-builder0', endpoint: 'unix:///var/run/docker.sock', status: 'running', platforms }];
  return ok({ name: 'rehearsal-builder', driver: 'docker-container', platforms, nodes: JSON.stringify(nodes) }, ['no-op: images are pushed through the OCI API']);
}

async function login(ctx: StepContext): Promise<StepOutcome> {
  if (!ctx.registry) return noRegistry(ctx);
  const registry = ctx.inputs['registry'] || 'docker.io';
  if (registry !== ctx.registry.host) return fail(`the rehearsal publishes only to the local registry ${ctx.registry.host}; this step logs in to ${registry}`);
  const username = ctx.inputs['username'] ?? '';
  const password = ctx.inputs['password'] ?? '';
  if (!username || !password) return fail('Username and password required');
  try {
    // a push-scoped token request proves the credentials, as `docker login` does
    await new OciClient({ registry, credentials: { username, password }, retries: 0, timeoutMs: 10_000 }).blobExists('rehearsal/login-check', `sha256:${'0'.repeat(64)}`);
  } catch (err) {
    return fail(`Error response from daemon: login to ${registry} refused: ${(err as Error).message}`);
  }
  ctx.logins.set(registry, username);
  return ok({}, [`logged in to ${registry} as ${username}`]);
}

interface TagRule {
  type: string;
  attrs: Record<string, string>;
}

function parseRule(line: string): TagRule {
  const attrs: Record<string, string> = {};
  for (const part of line.split(',')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    attrs[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
  }
  return { type: attrs['type'] ?? 'raw', attrs };
}

async function metadata(ctx: StepContext): Promise<StepOutcome> {
  const images = listInput(ctx.inputs['images']).flatMap((l) => list(l));
  if (images.length === 0) return fail('images input required');
  const flavor = Object.fromEntries(listInput(ctx.inputs['flavor']).map((l) => [l.slice(0, l.indexOf('=')).trim(), l.slice(l.indexOf('=') + 1).trim()]));
  const refTag = ctx.event.ref.startsWith('refs/tags/') ? ctx.event.ref.slice('refs/tags/'.length) : undefined;
  const semver = refTag ? /^v?((\d+)\.(\d+)\.(\d+)(-[0-9A-Za-z.-]+)?)$/.exec(refTag) : null;
  const tags: string[] = [];
  for (const line of listInput(ctx.inputs['tags'])) {
    const rule = parseRule(line);
    if (rule.attrs['enable'] !== undefined && rule.attrs['enable'] !== 'true') continue;
    switch (rule.type) {
      case 'raw':
        if (rule.attrs['value']) tags.push(rule.attrs['value']);
        break;
      case 'semver': {
        if (!semver) break;
        const [, version = '', major = '', minor = ''] = semver;
        const pattern = rule.attrs['pattern'] ?? '{{version}}';
        tags.push(pattern.replace('{{version}}', version).replace('{{major}}', major).replace('{{minor}}', minor));
        break;
      }
      case 'ref':
        if (rule.attrs['event'] === 'tag' && refTag) tags.push(refTag);
        if (rule.attrs['event'] === 'branch' && ctx.event.ref.startsWith('refs/heads/')) tags.push(ctx.event.ref.slice('refs/heads/'.length).replace(/[^A-Za-z0-9_.-]/g, '-'));
        break;
      case 'sha':
        tags.push(`${rule.attrs['prefix'] ?? 'sha-'}${ctx.event.sha.slice(0, 7)}`);
        break;
      default:
        return fail(`the stand-in for docker/metadata-action supports tag types raw, semver, ref and sha, not ${rule.type}`);
    }
  }
  if (flavor['latest'] === 'true' || (flavor['latest'] !== 'false' && (flavor['latest'] ?? 'auto') === 'auto' && semver && !semver[5])) tags.push('latest');
  const unique = [...new Set(tags)];
  const created = (await git(ctx.workspace, ['show', '-s', '--format=%cI', 'HEAD'], { env: gitEnv(ctx.home), allowFailure: true })).out.trim();
  const name = ctx.repository.split('/')[1] ?? ctx.repository;
  const labels: Record<string, string> = {
    'org.opencontainers.image.title': name,
    'org.opencontainers.image.url': `${ctx.github.serverUrl}/${ctx.repository}`,
    'org.opencontainers.image.source': `${ctx.github.serverUrl}/${ctx.repository}`,
    'org.opencontainers.image.version': unique[0] ?? '',
    ...(created ? { 'org.opencontainers.image.created': created } : {}),
    'org.opencontainers.image.revision': ctx.event.sha,
  };
  for (const l of listInput(ctx.inputs['labels'])) {
    const eq = l.indexOf('=');
    if (eq > 0) labels[l.slice(0, eq)] = l.slice(eq + 1);
  }
  const fullTags = images.flatMap((image) => unique.map((t) => `${image}:${t}`));
  return ok(
    {
      version: unique[0] ?? '',
      tags: fullTags.join('\n'),
      labels: Object.entries(labels)
        .map(([k, v]) => `${k}=${v}`)
        .join('\n'),
      annotations: Object.entries(labels)
        .map(([k, v]) => `manifest:${k}=${v}`)
        .join('\n'),
      json: JSON.stringify({ tags: fullTags, labels, annotations: Object.entries(labels).map(([k, v]) => `manifest:${k}=${v}`) }),
    },
    [`tags: ${fullTags.join(', ') || '(none)'}; created = the commit date (the real action uses the clock)`],
  );
}

function parseOutputs(text: string): Array<Record<string, string>> {
  return lines(text).map((line) => Object.fromEntries(line.split(',').map((p) => [p.slice(0, p.indexOf('=')).trim(), p.slice(p.indexOf('=') + 1).trim()])));
}

async function buildPush(ctx: StepContext): Promise<StepOutcome> {
  const context = abs(ctx, ctx.inputs['context'] || '.');
  const file = ctx.inputs['file'] ? abs(ctx, ctx.inputs['file']) : join(context, 'Dockerfile');
  if (!existsSync(file)) return fail(`ERROR: failed to solve: failed to read dockerfile: open ${relative(ctx.workspace, file) || file}: no such file or directory`);
  const platforms: Platform[] = list(ctx.inputs['platforms'] || 'linux/amd64').map(parsePlatform);
  const outputs = parseOutputs(ctx.inputs['outputs'] ?? '');
  const imageOut = outputs.find((o) => (o['type'] ?? '') === 'image' || (o['type'] ?? '') === 'registry');
  const tags = lines(ctx.inputs['tags']).flatMap((l) => l.split(',')).map((t) => t.trim()).filter(Boolean);
  const push = bool(ctx.inputs['push'], false) || (imageOut !== undefined && (imageOut['type'] === 'registry' || bool(imageOut['push'], false)));
  const byDigest = imageOut !== undefined && bool(imageOut['push-by-digest'], false);
  const names = imageOut?.['name'] ? imageOut['name'].split(',').map((n) => n.trim()) : [...new Set(tags.map((t) => t.replace(/:[^/:]+$/, '')))];
  const provenanceInput = (ctx.inputs['provenance'] ?? '').trim();
  const provenance = provenanceInput === '' ? true : provenanceInput !== 'false';
  const sbom = bool(ctx.inputs['sbom'], false);
  const labels: Record<string, string> = {};
  for (const l of lines(ctx.inputs['labels'])) {
    const eq = l.indexOf('=');
    if (eq > 0) labels[l.slice(0, eq)] = l.slice(eq + 1);
  }
  const buildArgs = lines(ctx.inputs['build-args']);
  const content = [readFileSync(file, 'utf8'), ...buildArgs.map((a) => `ARG ${a}`), `revision ${ctx.event.sha}`].join('\n');
  if (!push) return ok({ digest: '', imageid: `sha256:${createHash('sha256').update(content).digest('hex')}`, metadata: '{}' }, ['built, not pushed (push is off): nothing to do for the synthetic image']);
  if (!ctx.registry) return noRegistry(ctx);
  if (names.length === 0) return fail('ERROR: tag is needed when pushing to registry');
  let built: Built | undefined;
  let digest = '';
  for (const name of names) {
    const repository = localRepository(name, ctx.registry);
    if (!repository) return fail(`the rehearsal pushes only to the local registry ${ctx.registry.host}, not to ${name}`);
    if (!ctx.logins.has(ctx.registry.host)) return fail(`ERROR: failed to push ${name}: unauthorized: authentication required (no docker/login-action to ${ctx.registry.host} in this job)`);
    const own = byDigest ? [] : tags.filter((t) => t.replace(/:[^/:]+$/, '') === name).map((t) => t.slice(name.length + 1));
    const spec = { repository, platforms, content, labels, provenance, sbom };
    built = await buildImage(ctx, { context, file, buildArgs, spec });
    digest = built.manifests ? await indexBuilt(ctx.registry, { ...spec, builder: 'buildah (release-actions rehearsal)' }, built.manifests, own) : await buildAndPush(ctx.registry, spec, own);
  }
  const what = built?.manifests ? `image built by buildah for ${platforms.map(platformText).join(', ')}` : `synthetic image for ${platforms.map(platformText).join(', ')}`;
  const attestations = provenance || sbom ? `${[provenance ? 'provenance' : '', sbom ? 'SBOM' : ''].filter(Boolean).join(' and ')} as an attestation manifest written by the rehearsal (unsigned, not BuildKit's)` : '';
  const notes = [
    `${what} pushed to ${names.join(', ')}${byDigest ? ' by digest' : ''}: ${digest.slice(0, 19)}…`,
    built?.manifests ? `${built.note}${attestations ? `; ${attestations}` : ''}` : `no Dockerfile was built (${built?.note ?? 'buildah not used'}): its text, the build arguments and the revision are the image's content${attestations ? `; ${attestations}` : ''}`,
  ];
  const didNot = built?.manifests
    ? `built by buildah, not BuildKit${attestations ? `; the ${[provenance ? 'provenance' : '', sbom ? 'SBOM' : ''].filter(Boolean).join(' and ')} attestation${provenance && sbom ? 's are' : ' is'} synthetic and unsigned` : ''}`
    : `no image was built (${built?.note ?? 'buildah not used'}): a synthetic image${attestations ? ` with a synthetic, unsigned attestation` : ''}`;
  return { ...ok({ digest, imageid: digest, metadata: JSON.stringify({ 'containerimage.digest': digest, 'image.name': names.join(',') }) }, notes), didNot };
}

interface Built {
  /** The platform manifests buildah built and pushed; undefined: the synthetic image is used, for `note`'s reason. */
  manifests?: BuiltManifest[];
  note: string;
}

/** The platforms built by buildah when it can build this Dockerfile here; else why not. */
async function buildImage(ctx: StepContext, b: { context: string; file: string; buildArgs: string[]; spec: BuildSpec }): Promise<Built> {
  const found = findBuildah();
  if ('missing' in found) return { note: found.missing };
  const problem = offlineProblem(readFileSync(b.file, 'utf8'), b.spec.platforms);
  if (problem) return { note: problem };
  const started = performance.now();
  const manifests: BuiltManifest[] = [];
  for (const platform of b.spec.platforms) {
    manifests.push(await buildPlatform({ buildah: found.path, dir: join(ctx.temp, 'buildah'), home: ctx.home, context: b.context, file: b.file, platform, buildArgs: b.buildArgs, labels: b.spec.labels, registry: ctx.registry!, repository: b.spec.repository }));
  }
  return { manifests, note: `buildah built ${relative(ctx.workspace, b.file) || b.file} for ${b.spec.platforms.map(platformText).join(', ')} in ${((performance.now() - started) / 1000).toFixed(2)} s (vfs storage, chroot isolation, nothing pulled)` };
}

async function trivy(ctx: StepContext): Promise<StepOutcome> {
  const ref = ctx.inputs['image-ref'] ?? '';
  if (!ctx.registry) return noRegistry(ctx);
  const repository = localRepository(ref, ctx.registry);
  if (!repository) return fail(`the rehearsal scans only images of the local registry ${ctx.registry.host}, not ${ref}`);
  const at = /@(sha256:[0-9a-f]{64})$/.exec(ref)?.[1] ?? /:([^/:@]+)$/.exec(ref)?.[1];
  if (!at || !(await exists(ctx.registry, repository, at))) return fail(`FATAL image scan error: ${ref}: not found in the registry`);
  return ok({}, [`${ref} found in the registry; no vulnerability scan (Trivy is not run), severities ${ctx.inputs['severity'] || 'all'} not checked`]);
}

// ---- actions/attest-build-provenance -----------------------------------------------------------

async function attest(ctx: StepContext): Promise<StepOutcome> {
  const subjects = attestSubjects(ctx);
  if (typeof subjects === 'string') return fail(subjects);
  const statement = {
    subject: subjects.map((s) => ({ name: s.name, digest: { sha256: s.digest } })),
    predicateType: 'https://slsa.dev/provenance/v1',
    predicate: {
      buildDefinition: { buildType: 'https://actions.github.io/buildtypes/workflow/v1', externalParameters: { workflow: { ref: ctx.event.ref, repository: `${ctx.github.serverUrl}/${ctx.repository}` } }, resolvedDependencies: [{ uri: `git+${ctx.github.serverUrl}/${ctx.repository}@${ctx.event.ref}`, digest: { gitCommit: ctx.event.sha } }] },
      // as on GitHub, each run attempt has its own invocation id: a re-run's bundle has other bytes
      runDetails: { builder: { id: 'release-actions rehearsal' }, metadata: { invocationId: `rehearsal-${randomUUID()}` } },
    },
  };
  const attested = await signAndStore(ctx, statement);
  if (typeof attested === 'string') return fail(attested);
  const dir = join(ctx.temp, 'attestations');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${createHash('sha256').update(JSON.stringify(subjects)).digest('hex').slice(0, 16)}.jsonl`);
  writeFileSync(path, `${JSON.stringify(attested.bundle)}\n`);
  const notes = [...attested.notes];
  if (bool(ctx.inputs['push-to-registry'], false)) {
    notes.push('push-to-registry: the attestation is not pushed to the registry');
    if (bool(ctx.inputs['create-storage-record'], true)) notes.push('create-storage-record: no artifact-metadata storage record (on GitHub it needs an organisation repository and artifact-metadata: write)');
  }
  const url = attested.id ? `${ctx.github.serverUrl}/${ctx.repository}/attestations/${attested.id}` : '';
  return { ...ok({ 'bundle-path': path, 'attestation-id': attested.id, 'attestation-url': url }, notes), ...(attested.didNot ? { didNot: attested.didNot } : {}) };
}

async function kind(): Promise<StepOutcome> {
  return { status: 'skipped', reason: 'the rehearsal creates no kind cluster', install: 'run verify-release with a kubeconfig of a throwaway cluster', blocking: false };
}

export const ACTION_STAND_INS: Record<string, StandInSpec> = {
  'actions/checkout': { description: 'a clone of the emulated repository at the ref', didNot: 'nothing left out: a git clone over HTTP from the emulator', run: checkout },
  'docker/setup-qemu-action': { description: 'no-op', didNot: 'no QEMU emulators installed', run: setupQemu },
  'docker/setup-buildx-action': { description: 'no-op', didNot: 'no buildx builder made', run: () => setupBuildx() },
  'docker/login-action': { description: 'credentials checked against the local registry', didNot: 'no docker login (no docker config written)', run: login },
  'docker/metadata-action': { description: 'tags and OCI labels computed as the action does', didNot: 'nothing left out: tags and labels as the action computes them', run: metadata },
  'docker/build-push-action': { description: 'the image built per platform with buildah (a synthetic image without buildah) and pushed to the local registry', didNot: 'no BuildKit: the provenance and SBOM attestations are synthetic and unsigned', run: buildPush },
  'aquasecurity/trivy-action': { description: 'the image must exist; no scan', didNot: 'no vulnerability scan', run: trivy },
  'actions/upload-artifact': { description: 'files kept for later jobs of the run', didNot: 'no upload to GitHub\'s artifact storage', run: uploadArtifact },
  'actions/download-artifact': { description: 'files of earlier jobs of the run', didNot: 'no download from GitHub\'s artifact storage', run: downloadArtifact },
  'actions/attest-build-provenance': { description: 'a SLSA provenance statement signed with the local Sigstore and stored through the attestations API (unsigned in a resumable rehearsal)', didNot: 'no Sigstore signature, no attestation stored on GitHub or pushed to the registry: the provenance is unsigned', run: attest },
  'helm/kind-action': { description: 'not run', didNot: 'no kind cluster', run: () => kind() },
  ...SIGNING_STAND_INS,
};

/**
 * The stand-in for a `uses:` of a third-party action (`owner/repo[/path]@ref`), found by name
 * whatever the ref, with notes when the ref or the `with:` keys are not the ones it models.
 */
export function actionStandIn(uses: string, withKeys: readonly string[] = []): { key: string; spec: StandInSpec; notes: string[] } | undefined {
  const at = uses.lastIndexOf('@');
  const target = at < 0 ? uses : uses.slice(0, at);
  const key = target.split('/').slice(0, 2).join('/').toLowerCase();
  const spec = ACTION_STAND_INS[key];
  return spec ? { key, spec, notes: modelNotes(key, at < 0 ? '' : uses.slice(at + 1), withKeys) } : undefined;
}

export { platformText };
