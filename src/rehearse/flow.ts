/**
 * The pieces of a release the rehearsal plays around the workflows — what a maintainer does by
 * hand (merge the release pull request, push a signed tag) and what the rehearsal must point
 * at the local world (the caller's secrets, the call's registry, pages and mail) — shared by
 * the command (./rehearse.ts) and the tests.
 */
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { tagPushEvent, workflowDispatchEvent } from '../../test/support/events.js';
import { RehearsalEngine, type EngineOptions, type RehearsalEvent, type RunOptions } from './engine.js';
import type { Json } from './expressions.js';
import { git, gitEnv, proc } from './proc.js';
import { tagDigests } from './stand-ins/image.js';
import { localImage } from './image-name.js';
import type { StepModel } from './workflow.js';
import { loadWorkflow, type WorkflowModel, type WorkflowRef } from './workflow.js';
import { jobTokens, type World } from './world.js';

export const SUITE_REPO = 'llm-d/release-actions';

/** The jobs of self-release.yaml a rehearsal leaves out, each with the reason (RunOptions.leaveOut). */
export const SELF_RELEASE_LEAVE_OUT: Readonly<Record<string, string>> = {
  test: "the suite's own tests and dist/ check, which a rehearsal's own tests are part of",
};

/** The suite's workflows, whatever ref they are called at (`llm-d/release-actions/.github/workflows/x@v1`, `./.github/workflows/x`). */
export function suiteFiles(suiteRoot: string): (ref: WorkflowRef) => string | undefined {
  return (ref) => {
    if (ref.repo !== undefined && ref.repo.toLowerCase() !== SUITE_REPO) return undefined;
    const path = normalize(ref.path.replace(/^\.\//, ''));
    if (path.startsWith('..') || !path.startsWith(join('.github', 'workflows'))) return undefined;
    const file = join(suiteRoot, path);
    return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  };
}

/** One of the suite's workflows (`ci-release.yaml`, `prepare-release.yaml`), parsed with the workflows it calls. */
export async function suiteWorkflow(suiteRoot: string, name: string): Promise<WorkflowModel> {
  const file = join(suiteRoot, '.github', 'workflows', name);
  if (!existsSync(file)) throw new Error(`.github/workflows/${name} is not in ${suiteRoot} yet`);
  return loadWorkflow(`.github/workflows/${name}`, readFileSync(file, 'utf8'), suiteFiles(suiteRoot));
}

/** What the repository's secrets hold in the rehearsal: the throwaway key, the local receivers, the emulator token. */
export function repositorySecrets(world: World): Record<string, string> {
  return {
    RELEASE_ALLOWED_SIGNERS: world.key.publicKey,
    SLACK_WEBHOOK_URL: world.slack.url,
    RELEASE_DISPATCH_TOKEN: world.token,
    RELEASE_PR_TOKEN: world.token,
  };
}

/**
 * What the call of release.yaml must point at locally, each with its reason. `image` is the
 * release's image as the repository names it (image-name.ts; default `ghcr.io/OWNER/REPO`): the
 * local registry gets the same path.
 */
export function releaseCallOverrides(world: World, repository: string, chart: string | undefined, image = `ghcr.io/${repository.toLowerCase()}`): NonNullable<RunOptions['callOverrides']> {
  const withValues: Record<string, { value: Json; why: string }> = {};
  const secrets: Record<string, { value: string; why: string }> = {};
  // with the local Sigstore the attest stand-ins sign, and postflight proves it (release.yaml's default)
  if (!world.sigstore) withValues['verify-signatures'] = { value: false, why: `no signature to prove: ${world.sigstoreMissing ?? 'no local Sigstore'}` };
  if (image === '') withValues['image'] = { value: 'none', why: 'the repository releases its chart alone (no image of its own)' };
  if (world.registryAccess) {
    if (image !== '') withValues['image'] = { value: localImage(image, world.registryAccess.host), why: `the image ${image} goes to the local registry, under the same path, not to ${image.split('/')[0] ?? 'its registry'}` };
    withValues['registry-username'] = { value: world.registryAccess.username, why: 'the local registry\'s user' };
    withValues['oci-chart-registry'] = { value: `oci://${world.registryAccess.host}/charts`, why: 'the chart is also pushed to the local registry' };
    secrets['registry-token'] = { value: world.registryAccess.password, why: 'the local registry\'s password' };
  }
  if (world.pages) withValues['helm-repo-url'] = { value: world.pages.url, why: 'the Helm repository is the local pages server of the gh-pages branch' };
  if (chart) withValues['chart'] = { value: chart, why: 'the repository\'s own chart' };
  withValues['announce-mail-to'] = { value: 'announce@example.org', why: 'the announcement also goes to the local mailing list' };
  secrets['smtp-url'] = { value: world.smtpUrl, why: 'the local mailing list (SMTP with STARTTLS)' };
  return { with: withValues, secrets };
}

/**
 * Inputs the rehearsal adjusts: postflight polls 30 s at most (all is local), and leaves out what
 * has no registry; without a local registry the order phase reads none (the image's own registry
 * is not a stand-in).
 */
export function rehearsalInputs(world: World): EngineOptions['adjustInputs'] {
  return ({ action, inputs }: { job: string; step: StepModel; action: string; inputs: Record<string, string> }) => {
    if (action === 'verify-release' && inputs['phase'] === 'order' && !world.registryAccess) {
      return { inputs: { ...inputs, 'check-registry': 'false' }, note: `rehearsal: check-registry false: ${world.registryMissing?.reason ?? 'no registry'}` };
    }
    if (action !== 'verify-release' || inputs['phase'] !== 'postflight') return undefined;
    const out = { ...inputs };
    const notes: string[] = [];
    if (!out['timeout'] || out['timeout'] === '10m') {
      out['timeout'] = '30s';
      notes.push('timeout 30s (everything is local; the workflow\'s default is 10m)');
    }
    if (out['signatures'] === 'true' && world.sigstore && !out['trusted-root']) {
      out['trusted-root'] = world.sigstore.trustedRootPath;
      notes.push('trusted-root: the local Sigstore\'s (a Fulcio-like CA and a Rekor-like log on 127.0.0.1), not the public-good root');
    }
    if (!world.registryAccess && !out['checks']) {
      out['checks'] = 'helm-repo\ngithub-release\ncluster';
      notes.push(`checks image and oci-chart left out: ${world.registryMissing?.reason ?? 'no registry'}`);
    }
    return notes.length > 0 ? { inputs: out, note: `rehearsal: ${notes.join('; ')}` } : undefined;
  };
}

export function engineFor(world: World, repository: string, suiteRoot: string, extra: Partial<EngineOptions> = {}): RehearsalEngine {
  return new RehearsalEngine({
    suiteRoot,
    repository,
    github: { serverUrl: world.gh.serverUrl, apiUrl: world.gh.apiUrl, graphqlUrl: world.gh.graphqlUrl, token: world.token, barePath: world.gh.repoPath(repository) },
    ...(world.registryAccess ? { registry: world.registryAccess } : {}),
    ...(world.registryMissing ? { registryMissing: world.registryMissing } : {}),
    ...(world.sigstore ? { sigstore: world.sigstore.signer } : {}),
    workDir: join(world.root, 'runs'),
    actionEnv: { NODE_EXTRA_CA_CERTS: world.cert.pemFile, RELEASE_ACTIONS_RETRY_SCALE: '0.01', GIT_CONFIG_NOSYSTEM: '1' },
    adjustInputs: rehearsalInputs(world),
    tokens: jobTokens(world.gh, repository),
    ...extra,
  });
}

export async function refSha(world: World, repository: string, ref: string): Promise<string> {
  const r = await git(world.gh.repoPath(repository), ['rev-parse', '--verify', `${ref}^{commit}`], { env: gitEnv(world.home) });
  return r.out.trim();
}

export async function defaultBranch(world: World, repository: string): Promise<string> {
  return world.gh.repo(repository).defaultBranch;
}

/** The push of tag `tag` (as GitHub sends it). */
export async function tagPush(world: World, repository: string, tag: string): Promise<RehearsalEvent> {
  const [owner = '', repo = ''] = repository.split('/');
  const sha = await refSha(world, repository, `refs/tags/${tag}`);
  const branch = await defaultBranch(world, repository);
  return { name: 'push', ref: `refs/tags/${tag}`, sha, payload: tagPushEvent({ owner, repo, serverUrl: world.gh.serverUrl, defaultBranch: branch }, tag, sha) };
}

/** A workflow_dispatch on the default branch with the form's inputs. */
export async function dispatch(world: World, repository: string, inputs: Record<string, string>): Promise<RehearsalEvent> {
  const [owner = '', repo = ''] = repository.split('/');
  const branch = await defaultBranch(world, repository);
  const sha = await refSha(world, repository, `refs/heads/${branch}`);
  return { name: 'workflow_dispatch', ref: `refs/heads/${branch}`, sha, inputs, payload: workflowDispatchEvent({ owner, repo, serverUrl: world.gh.serverUrl, defaultBranch: branch }, `refs/heads/${branch}`, inputs) };
}

async function api(world: World, method: string, path: string, body?: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const r = await fetch(`${world.gh.apiUrl}${path}`, {
    method,
    headers: { authorization: `token ${world.token}`, accept: 'application/vnd.github+json', ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  const text = await r.text();
  return { status: r.status, json: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

export interface MergedPull {
  number: number;
  title: string;
  head: string;
  base: string;
  /** The commit the squash merge made on the base branch. */
  sha: string;
  /** `git diff` of what the pull request changes, and its stat. */
  diff: string;
  stat: string;
  /** It was merged before this call. */
  already?: boolean;
}

/** The release pull request squash-merged, as a maintainer does it; its diff kept. */
export async function squashMerge(world: World, repository: string, number: number): Promise<MergedPull> {
  const pr = await api(world, 'GET', `/repos/${repository}/pulls/${number}`);
  if (pr.status !== 200) throw new Error(`pull request #${number}: HTTP ${pr.status}`);
  const head = pr.json['head'] as { ref: string; sha: string };
  const base = pr.json['base'] as { ref: string; sha: string };
  const bare = world.gh.repoPath(repository);
  const env = gitEnv(world.home);
  const diff = (await git(bare, ['diff', '--no-color', `${base.sha}...${head.sha}`], { env })).out;
  const stat = (await git(bare, ['diff', '--no-color', '--stat', `${base.sha}...${head.sha}`], { env })).out;
  const title = String(pr.json['title'] ?? '');
  // merged already (by a run that was stopped before it could say so): the maintainer does not click twice
  if (pr.json['merged'] === true && typeof pr.json['merge_commit_sha'] === 'string') {
    return { number, title, head: head.ref, base: base.ref, sha: pr.json['merge_commit_sha'], diff, stat, already: true };
  }
  // GitHub's default squash title (the pull request's title and number), as a maintainer's click gives it
  const merged = await api(world, 'PUT', `/repos/${repository}/pulls/${number}/merge`, { merge_method: 'squash' });
  if (merged.status !== 200) throw new Error(`merging pull request #${number} failed: HTTP ${merged.status} ${String(merged.json['message'] ?? '')}`);
  return { number, title, head: head.ref, base: base.ref, sha: String(merged.json['sha']), diff, stat };
}

/** A GnuPG-signed annotated tag on `target`, made in a scratch clone with the throwaway key and pushed over HTTP. */
export async function pushSignedTag(world: World, repository: string, tag: string, target: string): Promise<string> {
  const env = gitEnv(world.home, { GNUPGHOME: world.key.home });
  // pushed already (by a run that was stopped after the push): a second tag object would be a new tag
  const there = await git(world.gh.repoPath(repository), ['rev-parse', '--verify', '-q', `refs/tags/${tag}`], { env, allowFailure: true });
  if (there.code === 0) {
    const peeled = (await git(world.gh.repoPath(repository), ['rev-parse', '--verify', `refs/tags/${tag}^{commit}`], { env })).out.trim();
    if (peeled !== target) throw new Error(`tag ${tag} exists already on ${peeled.slice(0, 12)}, not on ${target.slice(0, 12)}`);
    return there.out.trim();
  }
  const dir = mkdtempSync(join(world.root, 'tagger-'));
  await git(dir, ['init', '-q'], { env });
  await git(dir, ['fetch', '-q', '--no-tags', `file://${world.gh.repoPath(repository)}`, target], { env });
  await git(dir, ['-c', `user.name=${world.key.name}`, '-c', `user.email=${world.key.email}`, '-c', `user.signingkey=${world.key.fingerprint}`, '-c', 'gpg.program=gpg', 'tag', '-s', '-m', `Release ${tag}`, '--', tag, target], { env });
  await git(dir, ['push', '-q', `${world.gh.serverUrl}/${repository}.git`, `refs/tags/${tag}:refs/tags/${tag}`], { env: { ...env, ...world.gh.gitAuthEnv(world.token) } });
  return (await git(dir, ['rev-parse', `refs/tags/${tag}`], { env })).out.trim();
}

/** Everything the release writes, for "a re-run changes nothing": emulator records and refs, registry tags, messages received. */
/** Each attested subject set with its predicate type, once, sorted. */
function attestedSubjects(records: unknown[]): string[] {
  const keys = records.map((r) => {
    const a = r as { predicateType?: string; subjectDigests?: string[] };
    return `${a.predicateType ?? ''} ${[...(a.subjectDigests ?? [])].sort().join(',')}`;
  });
  return [...new Set(keys)].sort();
}

export async function worldState(world: World, repository: string, image: { repository: string; tags: string[] } | undefined, chart?: { repository: string; tags: string[] }): Promise<unknown> {
  const snapshot = await world.gh.snapshot();
  const registry: Record<string, unknown> = {};
  if (world.registryAccess && image) registry['image'] = await tagDigests(world.registryAccess, image.repository, image.tags);
  if (world.registryAccess && chart) registry['chart'] = await tagDigests(world.registryAccess, chart.repository, chart.tags);
  return {
    // a download is a read, not a change: a re-run reads a published provenance bundle to compare its subjects.
    // A re-run signs again, as actions/attest does: GitHub keeps a second valid attestation of the same
    // digests (docs/security.md), so what is attested is compared, not how many times
    github: JSON.parse(JSON.stringify(snapshot, (key, value: unknown) => (key === 'downloadCount' ? undefined : key === 'attestations' && Array.isArray(value) ? attestedSubjects(value) : value))) as unknown,
    registry,
    slack: world.slack.delivered.length,
    mail: world.mail.messages.length,
  };
}

/** The changelog's path in a repository: the configuration's `changelog`, else CHANGELOG.md. */
async function changelogPath(bare: string, ref: string, env: Record<string, string>): Promise<string> {
  for (const name of ['.github/release-actions.yaml', '.github/release-actions.yml']) {
    const r = await git(bare, ['show', `${ref}:${name}`], { env, allowFailure: true });
    if (r.code !== 0) continue;
    const m = /^changelog:\s*["']?([^"'\n#]+?)["']?\s*(#.*)?$/m.exec(r.out);
    if (m?.[1]) return m[1].trim();
  }
  return 'CHANGELOG.md';
}

type StreamPart = { raw: Buffer } | { mark: string; data: Buffer };

/**
 * Reads a `git fast-export` stream: blob contents by mark, and the marks of the blobs that a
 * commit stores at `path`.
 */
function parseExport(stream: Buffer, path: string): { parts: StreamPart[]; marks: Set<string> } {
  const parts: StreamPart[] = [];
  const marks = new Set<string>();
  let pos = 0;
  let rawStart = 0;
  let blobMark: string | undefined;
  let inBlob = false;
  const quoted = JSON.stringify(path);
  while (pos < stream.length) {
    const nl = stream.indexOf(10, pos);
    const end = nl < 0 ? stream.length : nl;
    const line = stream.subarray(pos, end).toString('utf8');
    const next = end + 1;
    if (line.startsWith('data ')) {
      const size = Number(line.slice(5));
      if (!Number.isInteger(size)) throw new Error(`git fast-export: cannot read '${line}'`);
      const data = stream.subarray(next, next + size);
      if (inBlob && blobMark) {
        parts.push({ raw: stream.subarray(rawStart, pos) });
        parts.push({ mark: blobMark, data });
        rawStart = next + size;
      }
      inBlob = false;
      blobMark = undefined;
      pos = next + size;
      continue;
    }
    if (line === 'blob') inBlob = true;
    else if (inBlob && line.startsWith('mark ')) blobMark = line.slice(5);
    else {
      const m = /^M [0-7]+ (:\d+) (.+)$/.exec(line);
      if (m && (m[2] === path || m[2] === quoted)) marks.add(m[1]!);
    }
    pos = next;
  }
  parts.push({ raw: stream.subarray(rawStart) });
  return { parts, marks };
}

/**
 * The actions check that the changelog's compare links start with `GITHUB_SERVER_URL/OWNER/REPO`,
 * which in the rehearsal is the local emulator. So the rehearsal's copy (never the source) has its
 * history rewritten once — `git fast-export | fast-import` — with every version of the changelog
 * linking to the emulator instead of `https://github.com/OWNER/REPO`; release and hotfix branches
 * cut from older tags then see the same links. Commit ids change and signatures of old commits and
 * tags are dropped (the rehearsal signs its own tag). `stream` is the fast-import stream the copy
 * was made from, when there is one (the embedded example): no export needed. Returns what was
 * done, or undefined when no version of the changelog has such links.
 */
export async function rewriteChangelogLinks(bare: string, branch: string, repository: string, serverUrl: string, home: string, stream?: Buffer): Promise<string | undefined> {
  const env = gitEnv(home);
  const path = await changelogPath(bare, `refs/heads/${branch}`, env);
  let exported = stream;
  if (!exported) {
    const r = await proc('git', ['fast-export', '--all', '--signed-tags=strip', '--tag-of-filtered-object=rewrite', '--reencode=yes'], { cwd: bare, env });
    if (r.code !== 0) throw new Error(`git fast-export failed: ${r.stderr.trim()}`);
    exported = r.stdout;
  }
  const { parts, marks } = parseExport(exported, path);
  const from = new RegExp(`https://github\\.com/${repository.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?=[/)\\s]|$)`, 'gi');
  let changed = 0;
  const out: Buffer[] = [];
  for (const part of parts) {
    if ('raw' in part) {
      out.push(part.raw);
      continue;
    }
    let data = part.data;
    if (marks.has(part.mark)) {
      const text = data.toString('utf8');
      const rewritten = text.replace(from, `${serverUrl}/${repository}`);
      if (rewritten !== text) {
        changed += 1;
        data = Buffer.from(rewritten, 'utf8');
      }
    }
    out.push(Buffer.from(`data ${data.length}\n`), data);
  }
  if (changed === 0) return undefined;
  const head = (await git(bare, ['symbolic-ref', 'HEAD'], { env })).out.trim();
  const rewritten = `${bare}.rewritten`;
  await git(dirname(bare), ['init', '-q', '--bare', rewritten], { env });
  const imported = await proc('git', ['fast-import', '--quiet'], { cwd: rewritten, env, input: Buffer.concat(out) });
  if (imported.code !== 0) throw new Error(`git fast-import failed: ${imported.stderr.trim().split('\n').slice(-3).join(' ')}`);
  await git(rewritten, ['symbolic-ref', 'HEAD', head], { env });
  rmSync(bare, { recursive: true, force: true });
  renameSync(rewritten, bare);
  return `${path}: links to https://github.com/${repository} point at the local GitHub in all ${changed} version(s) of the file (history rewritten in the copy only; old signatures dropped)`;
}
