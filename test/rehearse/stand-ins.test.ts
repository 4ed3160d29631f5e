/**
 * The third-party stand-ins against the releases the workflows pin: actions/checkout v7
 * (credentials in a file under RUNNER_TEMP), upload-artifact v7 / download-artifact v8 (IDs,
 * hidden files, `archive: false`, digest checks, where a single artifact lands),
 * attest-build-provenance v4 (actions/attest's subject rules), metadata-action v6 (`#` comments),
 * and the notes the engine adds when a step is pinned or configured outside the model.
 * upload-artifact is also held against its real action.yml (test/corpus/upload-artifact-v7.0.0).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { actionStandIn } from '../../src/rehearse/stand-ins/actions.js';
import { ACTION_MODELS } from '../../src/rehearse/stand-ins/models.js';
import type { StepContext, StepOutcome } from '../../src/rehearse/types.js';
import { parse as parseYaml } from 'yaml';
import { startGitHubEmulator, type GitHubEmulator } from '../support/github/index.js';
import { loadWorkflow, projectRoot, workflowsDir } from '../support/workflows/model.js';

let work: string;
let n = 0;
// checkout asks GitHub over HTTP whether the job's token may read the repository
let gh: GitHubEmulator;
beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'stand-ins-'));
  gh = await startGitHubEmulator({ token: 'secret-token' });
  await gh.createRepo('acme/operator');
});
afterAll(async () => {
  await gh.stop();
  rmSync(work, { recursive: true, force: true });
});

/** A fresh job: its own workspace, RUNNER_TEMP and HOME, sharing the run's artifact store. */
function context(inputs: Record<string, string>, shared: { artifacts?: string; barePath?: string } = {}): StepContext {
  const root = join(work, `job-${++n}`);
  const dirs = { workspace: join(root, 'ws'), temp: join(root, 'temp'), home: join(root, 'home') };
  for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });
  const artifacts = shared.artifacts ?? join(work, 'artifacts');
  mkdirSync(artifacts, { recursive: true });
  return {
    ...dirs,
    inputs,
    env: {},
    cwd: dirs.workspace,
    repository: 'acme/operator',
    github: { serverUrl: gh.serverUrl, apiUrl: gh.apiUrl, token: 'secret-token', barePath: shared.barePath ?? join(work, 'none.git') },
    artifacts: { dir: artifacts, names: () => readdirSync(artifacts, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort() },
    logins: new Map(),
    event: { name: 'push', ref: 'refs/tags/v1.2.3', sha: 'a'.repeat(40) },
    log: () => undefined,
  } as unknown as StepContext;
}

async function run(action: string, ctx: StepContext): Promise<StepOutcome> {
  return actionStandIn(`${action}@${ACTION_MODELS[action]!.sha}`)!.spec.run(ctx);
}

describe('actions/checkout v7', () => {
  let bare: string;
  beforeAll(() => {
    bare = join(work, 'origin.git');
    const src = join(work, 'src');
    const g = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: work, GIT_AUTHOR_NAME: 'a', GIT_AUTHOR_EMAIL: 'a@example.org', GIT_COMMITTER_NAME: 'a', GIT_COMMITTER_EMAIL: 'a@example.org' } });
    mkdirSync(src);
    g(src, 'init', '-q', '-b', 'main');
    writeFileSync(join(src, 'README.md'), 'x\n');
    g(src, 'add', '.');
    g(src, 'commit', '-q', '-m', 'one');
    g(work, 'clone', '-q', '--bare', src, bare);
  });

  const config = (ctx: StepContext, key: string): string => {
    try {
      return execFileSync('git', ['config', '--get', key], { cwd: ctx.workspace, env: { ...process.env, HOME: ctx.home, GIT_CONFIG_NOSYSTEM: '1' }, encoding: 'utf8' }).trim();
    } catch {
      return '';
    }
  };

  it('keeps persisted credentials in a file under RUNNER_TEMP that .git/config includes, never in .git/config itself', async () => {
    const ctx = context({ ref: 'refs/heads/main' }, { barePath: bare });
    const out = await run('actions/checkout', ctx);
    expect(out.status).toBe('passed');
    const files = readdirSync(ctx.temp).filter((f) => /^git-credentials-[0-9a-f-]+\.config$/.test(f));
    expect(files).toHaveLength(1);
    expect(readFileSync(join(ctx.temp, files[0]!), 'utf8')).toContain(`AUTHORIZATION: basic ${Buffer.from('x-access-token:secret-token').toString('base64')}`);
    expect(readFileSync(join(ctx.workspace, '.git', 'config'), 'utf8')).not.toContain('AUTHORIZATION');
    // git itself reads the header through the include, as an authenticated push would
    expect(config(ctx, `http.${gh.serverUrl}/.extraheader`)).toMatch(/^AUTHORIZATION: basic /);
  });

  it('writes no credentials at all with persist-credentials: false', async () => {
    const ctx = context({ ref: 'refs/heads/main', 'persist-credentials': 'false' }, { barePath: bare });
    expect((await run('actions/checkout', ctx)).status).toBe('passed');
    expect(readdirSync(ctx.temp)).toEqual([]);
    expect(config(ctx, `http.${gh.serverUrl}/.extraheader`)).toBe('');
  });
});

describe('actions/upload-artifact v7 and actions/download-artifact v8', () => {
  const store = () => join(work, `store-${++n}`);

  function upload(artifacts: string, files: Record<string, string>, inputs: Record<string, string>): Promise<StepOutcome> {
    const ctx = context(inputs, { artifacts });
    for (const [f, text] of Object.entries(files)) {
      mkdirSync(join(ctx.workspace, f, '..'), { recursive: true });
      writeFileSync(join(ctx.workspace, f), text);
    }
    return run('actions/upload-artifact', ctx);
  }

  it('gives each artifact an ID of its own, and a single artifact by ID lands straight in path', async () => {
    const s = store();
    const a = await upload(s, { 'b/one.txt': '1' }, { name: 'zeta', path: 'b/one.txt' });
    const b = await upload(s, { 'b/two.txt': '2' }, { name: 'alpha', path: 'b/two.txt' });
    // the IDs follow the uploads, not the names' order
    expect([a.outputs?.['artifact-id'], b.outputs?.['artifact-id']]).toEqual(['1', '2']);
    const ctx = context({ 'artifact-ids': '1', path: 'out' }, { artifacts: s });
    expect((await run('actions/download-artifact', ctx)).status).toBe('passed');
    expect(readdirSync(join(ctx.workspace, 'out'))).toEqual(['one.txt']);
    const both = context({ 'artifact-ids': '1,2', path: 'out' }, { artifacts: s });
    expect((await run('actions/download-artifact', both)).status).toBe('passed');
    expect(readdirSync(join(both.workspace, 'out')).sort()).toEqual(['alpha', 'zeta']);
  });

  it('refuses name and artifact-ids together, and an ID that does not exist', async () => {
    const s = store();
    await upload(s, { 'f.txt': 'x' }, { name: 'x', path: 'f.txt' });
    expect(await run('actions/download-artifact', context({ name: 'x', 'artifact-ids': '1' }, { artifacts: s }))).toMatchObject({ status: 'failed', reason: expect.stringMatching(/cannot be used together/) as unknown as string });
    expect(await run('actions/download-artifact', context({ 'artifact-ids': '7' }, { artifacts: s }))).toMatchObject({ status: 'failed', reason: expect.stringMatching(/not found for ID\(s\): 7/) as unknown as string });
  });

  it('leaves hidden files out unless include-hidden-files, and fails on a second upload of a name without overwrite', async () => {
    const s = store();
    await upload(s, { 'd/.env': 'secret', 'd/chart.tgz': 'c' }, { name: 'pkg', path: 'd/' });
    expect(readdirSync(join(s, 'pkg', 'd'))).toEqual(['chart.tgz']);
    expect(await upload(s, { 'e.txt': 'e' }, { name: 'pkg', path: 'e.txt' })).toMatchObject({ status: 'failed', reason: expect.stringMatching(/already created in this run \(set overwrite: true/) as unknown as string });
    expect((await upload(s, { 'd/.env': 'secret' }, { name: 'pkg', path: 'd/', overwrite: 'true', 'include-hidden-files': 'true' })).status).toBe('passed');
    expect(readdirSync(join(s, 'pkg', 'd'))).toEqual(['.env']);
  });

  it('names an unzipped artifact after its one file, and refuses archive: false for more than one', async () => {
    const s = store();
    const one = await upload(s, { 'x/report.json': '{}' }, { name: 'ignored', path: 'x/report.json', archive: 'false' });
    expect(one.status).toBe('passed');
    expect(context({}, { artifacts: s }).artifacts.names()).toEqual(['report.json']);
    expect(one.outputs?.['artifact-id']).toBe('1');
    expect(await upload(s, { 'y/a': '1', 'y/b': '2' }, { path: 'y/*', archive: 'false' })).toMatchObject({ status: 'failed', reason: expect.stringMatching(/exactly one file/) as unknown as string });
  });

  it('fails on a digest mismatch by default, and only warns when digest-mismatch: warn', async () => {
    const s = store();
    await upload(s, { 'p.txt': 'good' }, { name: 'p', path: 'p.txt' });
    appendFileSync(join(s, 'p', 'p.txt'), 'tampered');
    expect(await run('actions/download-artifact', context({ name: 'p' }, { artifacts: s }))).toMatchObject({ status: 'failed', reason: 'Digest validation failed for artifact(s): p' });
    const warned = await run('actions/download-artifact', context({ name: 'p', 'digest-mismatch': 'warn' }, { artifacts: s }));
    expect(warned.status).toBe('passed');
    expect(warned.notes).toContain('Digest validation failed for artifact(s): p');
    expect(await run('actions/download-artifact', context({ name: 'p', 'digest-mismatch': 'sometimes' }, { artifacts: s }))).toMatchObject({ status: 'failed', reason: expect.stringMatching(/Expected one of: ignore, info, warn, error/) as unknown as string });
  });

  it("model upload-artifact v7.0.0's real action.yml: exactly its inputs, exactly its outputs, on node24", async () => {
    const real = parseYaml(readFileSync(join(projectRoot, 'test', 'corpus', 'upload-artifact-v7.0.0', 'action.yml'), 'utf8')) as { inputs: Record<string, unknown>; outputs: Record<string, unknown>; runs: { using: string } };
    expect(real.runs.using).toBe('node24');
    expect([...ACTION_MODELS['actions/upload-artifact']!.inputs].sort()).toEqual(Object.keys(real.inputs).sort());
    const out = await upload(store(), { 'f.txt': 'x' }, { name: 'f', path: 'f.txt' });
    expect(Object.keys(out.outputs ?? {}).sort()).toEqual(Object.keys(real.outputs).sort());
  });

  it('merges a pattern of artifacts into one folder with merge-multiple, else one folder each', async () => {
    const s = store();
    await upload(s, { 'amd64': 'sha256:1' }, { name: 'digest-amd64', path: 'amd64' });
    await upload(s, { 'arm64': 'sha256:2' }, { name: 'digest-arm64', path: 'arm64' });
    const merged = context({ pattern: 'digest-*', path: 'd', 'merge-multiple': 'true' }, { artifacts: s });
    await run('actions/download-artifact', merged);
    expect(readdirSync(join(merged.workspace, 'd')).sort()).toEqual(['amd64', 'arm64']);
    const apart = context({ pattern: 'digest-*', path: 'd' }, { artifacts: s });
    await run('actions/download-artifact', apart);
    expect(readdirSync(join(apart.workspace, 'd')).sort()).toEqual(['digest-amd64', 'digest-arm64']);
  });
});

describe('actions/attest-build-provenance v4', () => {
  const digest = `sha256:${'b'.repeat(64)}`;

  it.each([
    [{}, 'One of subject-path, subject-digest, or subject-checksums must be provided'],
    [{ 'subject-path': 'x', 'subject-digest': digest, 'subject-name': 'img' }, 'Only one of subject-path, subject-digest, or subject-checksums may be provided'],
    [{ 'subject-digest': digest }, 'subject-name must be provided when using subject-digest'],
    [{ 'subject-digest': 'sha256:abc', 'subject-name': 'img' }, 'subject-digest must be in the format "sha256:<hex-digest>"'],
    [{ 'subject-path': 'missing/*.tgz' }, 'Could not find subject at path missing/*.tgz'],
  ])('refuses %j as actions/attest does', async (inputs, reason) => {
    expect(await run('actions/attest-build-provenance', context(inputs))).toEqual({ status: 'failed', reason });
  });

  it('reads subjects from a checksums file, and says it writes no storage record', async () => {
    const ctx = context({ 'subject-checksums': 'SHA256SUMS' });
    writeFileSync(join(ctx.workspace, 'SHA256SUMS'), `${'c'.repeat(64)}  chart-1.2.3.tgz\n${'d'.repeat(64)} *other.tgz\n`);
    const out = await run('actions/attest-build-provenance', ctx);
    expect(out.status).toBe('passed');
    const bundle = JSON.parse(readFileSync(out.outputs!['bundle-path']!, 'utf8')) as { dsseEnvelope: { payload: string } };
    const statement = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString('utf8')) as { subject: Array<{ name: string }> };
    expect(statement.subject.map((s) => s.name)).toEqual(['chart-1.2.3.tgz', 'other.tgz']);
    const pushed = await run('actions/attest-build-provenance', context({ 'subject-digest': digest, 'subject-name': 'registry/img', 'push-to-registry': 'true' }));
    expect(pushed.notes?.join('\n')).toMatch(/no artifact-metadata storage record/);
    const noRecord = await run('actions/attest-build-provenance', context({ 'subject-digest': digest, 'subject-name': 'registry/img', 'push-to-registry': 'true', 'create-storage-record': 'false' }));
    expect(noRecord.notes?.join('\n')).not.toMatch(/storage record/);
  });
});

describe('docker/metadata-action v6', () => {
  it('skips whole-line # comments and keeps a # inside a value', async () => {
    const ctx = context({ images: '# the image\nregistry.example/op', flavor: 'latest=false', tags: '# pinned\ntype=raw,value=v1.2.3', labels: 'org.example.note=a#b\n# org.example.skipped=1' });
    const out = await run('docker/metadata-action', ctx);
    expect(out.outputs?.['tags']).toBe('registry.example/op:v1.2.3');
    expect(out.outputs?.['labels']).toContain('org.example.note=a#b');
    expect(out.outputs?.['labels']).not.toContain('skipped');
  });
});

describe('the notes of a stand-in step', () => {
  it('are empty for every third-party step of the rehearsed workflows: the stand-ins follow the pins', () => {
    const steps = ['release.yaml', 'prepare-release.yaml', 'ci-release.yaml', 'tag-release.yaml']
      .map((f) => loadWorkflow(join(workflowsDir, f)))
      .flatMap((wf) => wf.jobs.flatMap((j) => j.steps))
      .filter((s) => s.uses && !s.uses.startsWith('llm-d/') && !s.uses.startsWith('./') && !s.uses.startsWith('$/'));
    expect(steps.length).toBeGreaterThan(20);
    for (const s of steps) {
      const standIn = actionStandIn(s.uses!, Object.keys(s.with));
      expect([s.uses, standIn?.notes]).toEqual([s.uses, []]);
    }
  });

  it('say nothing for the pinned release and the inputs the stand-in reads', () => {
    const m = ACTION_MODELS['actions/checkout']!;
    expect(actionStandIn(`actions/checkout@${m.sha}`, ['ref', 'persist-credentials'])!.notes).toEqual([]);
    expect(actionStandIn('actions/checkout@v7', ['ref'])!.notes).toEqual([]);
  });

  it('name another pin, a removed input and an input the stand-in does not model', () => {
    expect(actionStandIn('actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683', ['lfs'])!.notes).toEqual([
      'the stand-in models actions/checkout v7.0.1 (3d3c42e5aac5); this step pins 11bd71901bbe5b1630ceea73d27597364c9af683',
      'not modelled by the stand-in, no effect here: lfs',
    ]);
    expect(actionStandIn('docker/setup-buildx-action@v3', ['install'])!.notes).toEqual([
      'the stand-in models docker/setup-buildx-action v4.3.0 (37fe63102785); this step pins v3',
      'docker/setup-buildx-action v4.3.0 has no input install any more: GitHub ignores it with a warning',
    ]);
  });
});
