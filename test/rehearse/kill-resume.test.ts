/**
 * Kill and resume: the rehearsal command run with `--state`, killed with SIGKILL the moment a
 * stage boundary's progress line appears, then run again on the same folder. The re-run must
 * exit 0, and across the runs nothing may be published twice or lost: the world left on disk
 * (GitHub records and refs, the gh-pages index, the registry's tags, the messages received)
 * must read exactly as the world of one uninterrupted run.
 *
 * Every boundary costs a killed run and a re-run, so the boundaries are covered two ways:
 * - a chain, on one folder: run n is killed at boundary n, for every boundary in order, and the
 *   last run completes — each boundary is a kill followed by a re-run on what the killed run
 *   left;
 * - single kills on fresh folders at the boundaries after which something is published that
 *   could be published twice (the pull request, the release with its assets, the
 *   announcements), each followed by one re-run that must complete.
 *
 * No timing is asserted; the kills are placed by the progress lines, not by the clock.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { projectRoot } from '../support/harness.js';

const LONG = 45 * 60_000;
const REPO = 'example-org/example-operator';
const TAG = 'v0.3.0';
const VERSION = '0.3.0';
const CHART = 'example-operator';

/** Every progress line the command prints for the embedded example, in order: the stage boundaries. */
const BOUNDARIES = [
  'source',
  'inspect',
  'services',
  'origin',
  'workflows',
  'prepare',
  'merge',
  'earlier releases',
  'tag',
  'guard',
  'preflight',
  'image (linux/amd64)',
  'image (linux/arm64)',
  'image',
  'chart',
  'release',
  'verify',
  'announce',
  'rollback',
];

interface Outcome {
  code: number | null;
  signal: NodeJS.Signals | null;
  out: string;
  /** Whether the kill was sent (the boundary's line appeared). */
  killed: boolean;
}

const root = mkdtempSync(join(tmpdir(), 'rehearse-kill-'));
/** GnuPG homes the runs used: none may have an agent left once a run completes. */
const gpgHomes = new Set<string>();

afterAll(() => rmSync(root, { recursive: true, force: true }));

function progressName(line: string): string | undefined {
  const m = /^ {2}[✓✗−·] (.+?)\s{2,}\d+\.\d\d s/.exec(line);
  return m?.[1]?.trim();
}

/** The command with `--state`, killed with SIGKILL when the line of `boundary` appears (never, without one). */
function rehearsal(state: string, boundary?: string): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(projectRoot, 'bin', 'release-actions.js'), 'rehearse', '--state', state], { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let pending = '';
    let killed = false;
    child.stdout.on('data', (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      out += text;
      pending += text;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      if (!killed && boundary !== undefined && lines.some((l) => progressName(l) === boundary)) {
        killed = true;
        child.kill('SIGKILL');
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      rememberGpgHome(state);
      resolve({ code, signal, out, killed });
    });
  });
}

function rememberGpgHome(state: string): void {
  const file = join(state, 'world', 'world.json');
  if (!existsSync(file)) return;
  const home = (JSON.parse(readFileSync(file, 'utf8')) as { gpgHome?: string }).gpgHome;
  if (home) gpgHomes.add(home);
}

/** Processes whose command line names the folder or a GnuPG home of the runs (a registry, a git, an agent left behind). */
function leftovers(state: string): string[] {
  const found: string[] = [];
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    let cmd = '';
    try {
      cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
    } catch {
      continue;
    }
    if (cmd.includes(state) || [...gpgHomes].some((h) => cmd.includes(h))) found.push(`${pid}: ${cmd}`);
  }
  return found;
}

interface Emulated {
  releases: Array<{ tagName: string; draft: boolean; prerelease: boolean; assets: Array<{ name: string; sha256: string }> }>;
  latestReleaseId: number | null;
  milestones: Array<{ title: string; state: string }>;
  pulls: Array<{ number: number; head: string; base: string; merged: boolean }>;
  issues: Array<{ title: string; isPullRequest: boolean }>;
  dispatches: unknown[];
  discussions: unknown[];
  labels: Array<{ name: string }>;
}

function git(bare: string, args: string[]): string {
  return execFileSync('git', ['--git-dir', bare, ...args], { encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: root } });
}

/** Tag → how many different manifests it ever pointed at, for every repository of the registry's storage. */
function registryTags(storage: string): Record<string, number> {
  const repos = join(storage, 'docker', 'registry', 'v2', 'repositories');
  const out: Record<string, number> = {};
  const walk = (dir: string, name: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (!e.isDirectory()) continue;
      if (e.name === '_manifests') {
        const tags = join(dir, '_manifests', 'tags');
        if (!existsSync(tags)) continue;
        for (const t of readdirSync(tags)) out[`${name}:${t}`] = readdirSync(join(tags, t, 'index', 'sha256')).length;
      } else if (!e.name.startsWith('_')) walk(join(dir, e.name), name ? `${name}/${e.name}` : e.name);
    }
  };
  walk(repos, '');
  return out;
}

function jsonLines<T>(file: string): T[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as T);
}

/** The world a state folder holds, read from disk, in terms that do not depend on ports, ids or times. */
function worldOf(state: string) {
  const world = join(state, 'world');
  const saved = JSON.parse(readFileSync(join(world, 'github', 'emulator-state.json'), 'utf8')) as { repos: Record<string, Emulated> };
  const repo = saved.repos[REPO]!;
  const bare = join(world, 'github', ...REPO.split('/')) + '.git';
  const refs = git(bare, ['for-each-ref', '--format=%(refname)']).split('\n').filter(Boolean).sort();
  const index = parseYaml(git(bare, ['show', 'refs/heads/gh-pages:index.yaml'])) as { entries: Record<string, Array<{ version: string; digest: string; urls: string[] }>> };
  const slack = jsonLines<{ status: number; json?: { text?: string } }>(join(world, 'receivers', 'slack.jsonl')).filter((r) => r.status >= 200 && r.status < 300);
  const mail = jsonLines<{ to: string[]; headers: Record<string, string> }>(join(world, 'receivers', 'mail.jsonl'));
  const perList: Record<string, number> = {};
  for (const m of mail) for (const to of m.to) perList[to] = (perList[to] ?? 0) + 1;
  const latest = repo.releases.find((r) => (r as unknown as { id: number }).id === repo.latestReleaseId);
  return {
    releases: repo.releases.map((r) => ({ tag: r.tagName, draft: r.draft, prerelease: r.prerelease, assets: r.assets.map((a) => a.name).sort() })).sort((a, b) => a.tag.localeCompare(b.tag)),
    latest: latest?.tagName ?? null,
    milestones: repo.milestones.map((m) => `${m.title} ${m.state}`).sort(),
    pulls: repo.pulls.map((p) => `#${p.number} ${p.head} → ${p.base}${p.merged ? ' merged' : ''}`),
    issues: repo.issues.filter((i) => !i.isPullRequest).map((i) => i.title),
    dispatches: repo.dispatches.length,
    discussions: repo.discussions.length,
    refs,
    index: Object.fromEntries(Object.entries(index.entries).map(([name, entries]) => [name, entries.map((e) => e.version).sort()])),
    registry: registryTags(join(world, 'registry', 'storage')),
    slack: slack.length,
    mail: perList,
  };
}

type WorldView = ReturnType<typeof worldOf>;

/** The promises, asserted one by one so that a failure names the duplicate or the loss. */
function expectOnce(w: WorldView, reference: WorldView): void {
  expect(w.releases.filter((r) => r.tag === TAG)).toEqual([{ tag: TAG, draft: false, prerelease: false, assets: [`${CHART}-${VERSION}.intoto.jsonl`, `${CHART}-${VERSION}.tgz`, 'SHA256SUMS'].sort() }]);
  expect(w.latest).toBe(TAG);
  expect(w.index[CHART]?.filter((v) => v === VERSION)).toEqual([VERSION]);
  expect(w.registry[`charts/${CHART}:${VERSION}`]).toBe(1);
  expect(w.registry[`${REPO}:${TAG}`]).toBe(1);
  expect(w.slack).toBe(1);
  expect(Object.values(w.mail)).toEqual([1]);
  // the release workflow's announce job (channels-only) opens the next milestone, once
  expect(w.milestones).toEqual(['v0.4.0 open']);
  expect(w.pulls).toHaveLength(1);
  expect(w.pulls[0]).toMatch(/ merged$/);
  expect(w.refs).toContain(`refs/tags/${TAG}`);
  // and nothing else differs from one uninterrupted run: nothing lost, nothing extra
  expect(w).toEqual(reference);
}

function explain(o: Outcome): string {
  return `exit ${o.code} signal ${o.signal}\n${o.out.split('\n').slice(-60).join('\n')}`;
}

let reference: WorldView;

beforeAll(async () => {
  // the bundle the command runs must be the current sources' (check-dist guards it in CI)
  expect(existsSync(join(projectRoot, 'dist', 'cli', 'index.js'))).toBe(true);
  const state = join(root, 'reference');
  const run = await rehearsal(state);
  if (run.code !== 0) throw new Error(`the uninterrupted rehearsal failed: ${explain(run)}`);
  // its progress lines are the boundaries this test kills at, no more and no fewer
  expect(run.out.split('\n').map(progressName).filter((n): n is string => n !== undefined)).toEqual(BOUNDARIES);
  reference = worldOf(state);
  expect(leftovers(state)).toEqual([]);
}, LONG);

describe('the rehearsal killed at a stage boundary and run again on its state folder', () => {
  it('one uninterrupted run publishes each thing once (the reference the others are held to)', () => {
    expectOnce(reference, reference);
    expect(reference.releases.map((r) => r.tag)).toEqual(['v0.2.0', TAG]);
  });

  it('a chain: run n killed at boundary n, for every boundary; the last run completes, nothing twice, nothing lost', async () => {
    const state = join(root, 'chain');
    const figures = { tried: 0, resumed: 0 };
    for (const boundary of BOUNDARIES) {
      const killed = await rehearsal(state, boundary);
      if (!killed.killed || killed.signal !== 'SIGKILL') throw new Error(`the run was to be killed at '${boundary}': ${explain(killed)}`);
      figures.tried += 1;
    }
    const last = await rehearsal(state);
    if (last.code !== 0) throw new Error(`the run after the last kill failed: ${explain(last)}`);
    figures.resumed = figures.tried;
    // the resumed runs took up what the killed ones finished instead of doing it again
    expect(last.out).toContain(`taken up from the state folder (run ${BOUNDARIES.length + 1})`);
    expect(last.out).toMatch(/ ✓ prepare +\d+\.\d\d s {2}done by an earlier run/);
    expectOnce(worldOf(state), reference);
    expect(leftovers(state)).toEqual([]);
    expect(figures).toEqual({ tried: BOUNDARIES.length, resumed: BOUNDARIES.length });
  }, LONG);

  // every boundary is in the chain; one single kill, in the middle of publishing, keeps the plain "kill, re-run once" promise in view
  it.each(['release'])('killed once at %s, then one re-run: it completes, nothing twice, nothing lost', async (boundary) => {
    const state = join(root, `once-${boundary.replace(/\W+/g, '-')}`);
    const killed = await rehearsal(state, boundary);
    if (!killed.killed || killed.signal !== 'SIGKILL') throw new Error(`the run was to be killed at '${boundary}': ${explain(killed)}`);
    const again = await rehearsal(state);
    if (again.code !== 0) throw new Error(`the re-run after a kill at '${boundary}' failed: ${explain(again)}`);
    expectOnce(worldOf(state), reference);
    expect(leftovers(state)).toEqual([]);
  }, LONG);

  it('refuses a state folder made with other options, and a folder that is not one, writing nothing', async () => {
    const state = join(root, 'reference');
    const before = readFileSync(join(state, 'journal.json'), 'utf8');
    const other = spawn(process.execPath, [join(projectRoot, 'bin', 'release-actions.js'), 'rehearse', '--state', state, '--mode', 'hotfix'], { cwd: projectRoot });
    let err = '';
    other.stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
    const code = await new Promise<number | null>((resolve) => other.on('close', resolve));
    expect(code).toBe(2);
    expect(err).toContain('the state folder was made by a rehearsal with other options (the embedded example --mode release --event tag-push --version auto)');
    expect(readFileSync(join(state, 'journal.json'), 'utf8')).toBe(before);

    const stranger = spawn(process.execPath, [join(projectRoot, 'bin', 'release-actions.js'), 'rehearse', '--state', join(projectRoot, 'examples')], { cwd: projectRoot });
    let err2 = '';
    stranger.stderr.on('data', (c: Buffer) => (err2 += c.toString('utf8')));
    expect(await new Promise<number | null>((resolve) => stranger.on('close', resolve))).toBe(2);
    expect(err2).toContain('is neither empty nor the state folder of a rehearsal (no journal.json)');
    expect(existsSync(join(projectRoot, 'examples', 'journal.json'))).toBe(false);
  });
});
