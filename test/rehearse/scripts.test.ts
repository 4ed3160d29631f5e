/**
 * The `run:` steps of the suite's workflows run for real in the rehearsal, except those calling
 * a program it does not run (gh, docker): exactly those have TypeScript stand-ins, and each
 * stand-in agrees with the real bash — run here as the runner runs it, the program replaced by
 * a shim — on the same evaluated `env:`: the same outcome, the same refusal.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { outsideCommands } from '../../src/rehearse/shell.js';
import { buildAndPush, client, parsePlatform } from '../../src/rehearse/stand-ins/image.js';
import { SCRIPT_STAND_INS, scriptStandIn } from '../../src/rehearse/stand-ins/scripts.js';
import type { StepContext } from '../../src/rehearse/types.js';
import { loadWorkflow, workflowsDir, type Step, type Workflow } from '../support/workflows/model.js';
import { startRegistry, type RunningRegistry } from '../support/registry/registry.js';
import { runStep } from '../support/workflows/scripts.js';

const FILES = ['release.yaml', 'prepare-release.yaml', 'self-release.yaml', 'ci-release.yaml', 'tag-release.yaml'];
const workflows = Object.fromEntries(FILES.map((f) => [f, loadWorkflow(join(workflowsDir, f))]));
const release = workflows['release.yaml']!;

function step(wf: Workflow, job: string, name: string): Step {
  const s = wf.jobs.find((j) => j.id === job)?.steps.find((x) => x.name === name || x.id === name);
  if (!s) throw new Error(`no step ${name} in ${job}`);
  return s;
}

let work: string;
let shims: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'rehearse-scripts-'));
  shims = join(work, 'shims');
  mkdirSync(shims);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A program on PATH that records its arguments (one call a line), prints `inspect` for `… inspect …`, and exits with `code`. */
function shim(program: string, code: number, inspect = ''): Record<string, string> {
  const file = join(shims, program);
  writeFileSync(file, `#!/bin/sh\nprintf '%s\\n' "$*" >>"${argsFile(program)}"\ncase "$*" in *' inspect '*) printf '%s\\n' '${inspect}' ;; esac\nexit ${code}\n`);
  chmodSync(file, 0o755);
  rmSync(argsFile(program), { force: true });
  return { PATH: `${shims}:${process.env['PATH'] ?? ''}` };
}

const argsFile = (program: string): string => join(work, `${program}.args`);
const calls = (program: string): string[] => readFileSync(argsFile(program), 'utf8').trimEnd().split('\n');

function context(env: Record<string, string>, extra: Partial<StepContext> = {}): StepContext {
  const temp = mkdtempSync(join(work, 'temp-'));
  return { env, cwd: work, workspace: work, temp, home: work, inputs: {}, repository: 'acme/operator', github: { serverUrl: 'http://127.0.0.1:9', apiUrl: 'http://127.0.0.1:9/api/v3', token: '', barePath: '' }, log: () => undefined, ...extra } as unknown as StepContext;
}

const bashError = (stdout: string): string | undefined =>
  stdout
    .split('\n')
    .find((l) => l.startsWith('::error'))
    ?.replace(/^::error[^:]*::/, '');

describe('which run: steps have stand-ins', () => {
  const runSteps = FILES.flatMap((file) => workflows[file]!.jobs.flatMap((j) => j.steps.filter((s) => s.run !== undefined).map((s) => ({ file, job: j.id, s }))));

  it.each(runSteps.map((r) => ({ title: `${r.file} ${r.job} / ${r.s.name ?? r.s.id ?? r.s.index}`, r })))('$title: a stand-in exactly when it calls gh or docker', ({ r }) => {
    const outside = outsideCommands(r.s.run ?? '', '/nowhere');
    const standIn = scriptStandIn(r.job, r.s.id, r.s.name);
    expect({ outside: outside.length > 0, standIn: standIn !== undefined }).toEqual({ outside: outside.length > 0, standIn: outside.length > 0 });
  });

  it('keeps no stand-in that no step uses', () => {
    const used = SCRIPT_STAND_INS.filter((st) => runSteps.some((r) => r.job === st.job && (r.s.id === st.step || r.s.name === st.step)));
    expect(used.map((u) => u.step)).toEqual(SCRIPT_STAND_INS.map((u) => u.step));
    // the self-release test job (npm ci, npm test) is left out of a rehearsal, not stood in for
    expect(runSteps.length - SCRIPT_STAND_INS.length).toBeGreaterThanOrEqual(9);
  });
});

describe('preflight: a release to roll back (gh release view)', () => {
  let server: Server;
  let apiUrl: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      res.writeHead(req.url === '/api/v3/repos/acme/operator/releases/tags/v0.5.0' ? 200 : 404, { 'content-type': 'application/json' });
      res.end('{}');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v3`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it.each([
    ['v0.5.0', 0],
    ['v0.4.0', 1],
  ])('agrees with the script on %s (gh exits %i)', async (tag, ghExit) => {
    const s = step(release, 'preflight', 'Check there is a release to roll back');
    const bash = runStep(s, { github: { token: 't', repository: 'acme/operator' }, steps: { resolve: { outputs: { tag } } } }, { cwd: work, extraEnv: shim('gh', ghExit) });
    const ts = await scriptStandIn('preflight', s.id, s.name)!.run(context(bash.env, { github: { serverUrl: '', apiUrl, token: 't', barePath: '' } }));
    expect(ts.status).toBe(bash.code === 0 ? 'passed' : 'failed');
    expect(ts.reason).toBe(bashError(bash.stdout));
  });
});

describe('image merge (docker buildx imagetools create)', () => {
  const registry = { host: '127.0.0.1:9', username: 'u', password: 'p' };
  const digest = `sha256:${'a'.repeat(64)}`;
  it.each([
    ['a leg file holding no digest', { amd64: 'not a digest' }, { tags: ['127.0.0.1:9/acme/operator:v0.5.0'] }],
    ['no tags to set', { amd64: digest }, { tags: [] }],
  ])('refuses as the script does: %s', async (_what, legs, meta) => {
    const s = step(release, 'image', 'merge');
    const temp = mkdtempSync(join(work, 'merge-'));
    mkdirSync(join(temp, 'digests'));
    for (const [slug, d] of Object.entries(legs)) writeFileSync(join(temp, 'digests', slug), `${d}\n`);
    const contexts = { needs: { preflight: { outputs: { image: '127.0.0.1:9/acme/operator' } } }, steps: { meta: { outputs: { json: JSON.stringify(meta) } } } };
    const bash = runStep(s, contexts, { cwd: work, extraEnv: { ...shim('docker', 0), RUNNER_TEMP: temp } });
    const ts = await scriptStandIn('image', s.id, s.name)!.run(context(bash.env, { temp, registry }));
    expect(bash.code).not.toBe(0);
    expect(ts).toMatchObject({ status: 'failed', reason: bashError(bash.stdout) });
  });
});

describe('the registry stand-ins do what the docker calls of the script ask, in the real registry', () => {
  let registry: RunningRegistry;
  let access: { host: string; username: string; password: string };
  const repo = 'acme/operator';
  const synthetic = (platform: string, tags: string[]) =>
    buildAndPush(access, { repository: repo, platforms: [parsePlatform(platform)], content: platform, labels: {}, provenance: false, sbom: false }, tags);
  beforeAll(async () => {
    registry = await startRegistry({ auth: 'token' });
    access = { host: registry.host, username: registry.username, password: registry.password };
  });
  afterAll(async () => registry?.stop());

  it('merge: the index of the legs\' digests under the tags the script passes to imagetools create', async () => {
    const image = `${access.host}/${repo}`;
    const legs = { amd64: await synthetic('linux/amd64', []), arm64: await synthetic('linux/arm64', []) };
    const temp = mkdtempSync(join(work, 'merge-ok-'));
    mkdirSync(join(temp, 'digests'));
    for (const [slug, d] of Object.entries(legs)) writeFileSync(join(temp, 'digests', slug), `${d}\n`);
    const tags = [`${image}:v0.3.0`, `${image}:latest`];
    const contexts = { needs: { preflight: { outputs: { image } } }, steps: { meta: { outputs: { json: JSON.stringify({ tags }) } } } };
    const fake = `sha256:${'f'.repeat(64)}`;
    const s = step(release, 'image', 'merge');
    const bash = runStep(s, contexts, { cwd: work, extraEnv: { ...shim('docker', 0, JSON.stringify({ digest: fake })), RUNNER_TEMP: temp } });
    expect(bash.code).toBe(0);
    expect(calls('docker')[0]).toBe(`buildx imagetools create --tag ${tags[0]} --tag ${tags[1]} ${image}@${legs.amd64} ${image}@${legs.arm64}`);
    const ts = await scriptStandIn('image', s.id, s.name)!.run(context(bash.env, { temp, registry: access }));
    expect(ts.status).toBe('passed');
    const digest = ts.outputs!['digest']!;
    // both tags name the index, which holds the legs in the order the script passed them
    const c = client(access);
    for (const t of ['v0.3.0', 'latest']) expect(await c.resolve(repo, t)).toBe(digest);
    const index = (await c.getManifest(repo, digest))!.json as { manifests: Array<{ digest: string }> };
    expect(index.manifests.map((m) => m.digest)).toEqual([legs.amd64, legs.arm64]);
    // the same summary, the digest aside
    expect(ts.summary).toBe(bash.summary.replace(fake, digest));
    expect(bash.outputs['digest']).toBe(fake);
  }, 60_000);

  it('rollback: each family tag back on the release preflight named, as imagetools create --tag IMAGE:TAG IMAGE:SOURCE a line', async () => {
    const image = `${access.host}/${repo}`;
    const previous = await synthetic('linux/amd64', ['v0.2.0']);
    const line = await synthetic('linux/amd64', ['v0.3.0']);
    await synthetic('linux/arm64', ['latest', 'v0.3']);
    const s = step(release, 'rollback', 'Point the image tags back at the previous releases');
    const contexts = { needs: { preflight: { outputs: { image, 'rollback-tags': 'latest v0.2.0\nv0.3 v0.3.0' } } } };
    const bash = runStep(s, contexts, { cwd: work, extraEnv: shim('docker', 0) });
    expect(bash.code).toBe(0);
    expect(calls('docker')).toEqual([`buildx imagetools create --tag ${image}:latest ${image}:v0.2.0`, `buildx imagetools create --tag ${image}:v0.3 ${image}:v0.3.0`]);
    const ts = await scriptStandIn('rollback', s.id, s.name)!.run(context(bash.env, { registry: access }));
    expect(ts.status).toBe('passed');
    expect(await client(access).resolve(repo, 'latest')).toBe(previous);
    expect(await client(access).resolve(repo, 'v0.3')).toBe(line);
    expect(ts.summary).toBe(bash.summary);
    // a line that is not `TAG vX.Y.Z` is refused by both
    const bad = runStep(s, { needs: { preflight: { outputs: { image, 'rollback-tags': 'latest; rm -rf / v0.2.0' } } } }, { cwd: work, extraEnv: shim('docker', 0) });
    expect(bad.code).toBe(1);
    const badTs = await scriptStandIn('rollback', s.id, s.name)!.run(context(bad.env, { registry: access }));
    expect(badTs.status).toBe('failed');
  }, 60_000);
});

describe('self-release major move (gh api)', () => {
  const selfRelease = workflows['self-release.yaml']!;
  let repo: string;
  let server: Server;
  let apiUrl: string;
  let current = '';
  let writes: string[] = [];
  const commits: Record<string, string> = {};
  beforeAll(async () => {
    repo = mkdtempSync(join(work, 'major-'));
    const g = (...args: string[]): string => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args], { cwd: repo, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' } }).trim();
    g('init', '-q', '-b', 'main');
    for (const t of ['v1.0.0', 'v1.1.0', 'v2.0.0-rc.1']) {
      g('commit', '-q', '--allow-empty', '-m', t);
      g('tag', t);
      commits[t] = g('rev-parse', 'HEAD');
    }
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString('utf8')));
      req.on('end', () => {
        if (req.method === 'GET') {
          res.writeHead(current ? 200 : 404, { 'content-type': 'application/json' });
          return res.end(JSON.stringify(current ? { object: { sha: current } } : { message: 'Not Found' }));
        }
        const b = JSON.parse(body) as Record<string, unknown>;
        writes.push(`${req.method} ${req.url?.replace('/api/v3/repos/acme/operator', '')} ${Object.entries(b).map(([k, v]) => `${k}=${String(v)}`).join(' ')}`);
        res.writeHead(req.method === 'POST' ? 201 : 200, { 'content-type': 'application/json' });
        res.end('{}');
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v3`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  /** The gh calls of the script as the REST calls gh makes for them. */
  const asRest = (line: string): string | undefined => {
    const m = /^api --method (PATCH|POST) repos\/acme\/operator(\S+) (.*) ?$/.exec(line);
    if (!m) return undefined;
    const fields = [...(m[3] ?? '').matchAll(/-[fF] (\w+)=(\S+)/g)].map(([, k, v]) => `${k}=${v}`);
    return `${m[1]} ${m[2]} ${fields.join(' ')}`;
  };

  it.each([
    ['an older release of the major', 'v1.0.0', () => '', 0],
    ['the first release of the major', 'v1.1.0', () => '', 1],
    ['the major on an older commit', 'v1.1.0', () => commits['v1.0.0']!, 1],
    ['the major already there', 'v1.1.0', () => commits['v1.1.0']!, 0],
  ])('agrees with the script on %s', async (_what, tag, at, moves) => {
    current = at();
    writes = [];
    const s = step(selfRelease, 'major', 'move');
    const contexts = { github: { token: 't', repository: 'acme/operator' }, needs: { plan: { outputs: { tag, major: 'v1' } } } };
    const gh = shim('gh', 0);
    // the shim answers the look-up (`--jq .object.sha`) as gh would: the sha, or a failure
    writeFileSync(join(shims, 'gh'), `#!/bin/sh\nprintf '%s\\n' "$*" >>"${argsFile('gh')}"\ncase "$*" in *--jq*) [ -n "${current}" ] && echo "${current}" && exit 0; exit 1 ;; esac\nexit 0\n`);
    const bash = runStep(s, contexts, { cwd: repo, extraEnv: gh });
    const ts = await scriptStandIn('major', s.id, s.name)!.run(context(bash.env, { workspace: repo, cwd: repo, github: { serverUrl: '', apiUrl, token: 't', barePath: '' } }));
    expect(bash.code).toBe(0);
    expect(ts.status).toBe('passed');
    expect(ts.outputs).toEqual(bash.outputs);
    const bashCalls = existsSync(argsFile('gh')) ? calls('gh') : [];
    expect(writes).toEqual(bashCalls.map(asRest).filter((x): x is string => x !== undefined));
    expect(writes).toHaveLength(moves);
    expect(ts.summary ?? '').toBe(bash.summary);
  });
});
