/**
 * The bad-input corpus for the rehearsal command, run as a maintainer runs it: the built
 * `bin/release-actions.js rehearse …` in its own process. A usage error exits 2 with one
 * `release-actions:` line naming the option, before anything starts (the temp folder stays
 * empty); a repository that cannot be released exits 1 naming the stage and what is wrong.
 * Either way the repository given with `--repo` is byte-identical afterwards (files, modes,
 * refs, config, index) and nothing is left in the temp folder.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../../support/harness.js';
import { buildRepo, type SampleRepo } from '../../support/repos.js';
import { fingerprint } from '../../rehearse/helpers.js';
import { BAD_VERSIONS } from './cases/versions.js';

interface RehearsalCase {
  id: string;
  args: string[];
  /** 2: refused as a usage error; 1: the rehearsal ran and a stage refused it. */
  exit: 1 | 2;
  /** What the one message must say. */
  error: RegExp;
  /** The option it must name (usage errors). */
  option?: string;
  /** Where --repo points: the WVA-shaped sample, a plain folder, a sub-folder, or a sample whose Chart.yaml is not YAML. */
  repo?: 'sample' | 'plain' | 'subfolder' | 'stray-version';
}

const versionCases: RehearsalCase[] = BAD_VERSIONS.map(([id, value]) => ({
  id: `version ${id}`,
  args: ['--version', value],
  exit: 2,
  error: /--version must be a version \(0\.5\.0 or v0\.5\.0\) or major, minor, patch, auto; got '/,
  option: '--version',
  repo: 'sample',
}));

const CASES: RehearsalCase[] = [
  ...versionCases,
  { id: 'unknown mode', args: ['--mode', 'deploy'], exit: 2, error: /--mode must be release, hotfix or rollback; got 'deploy'/, option: '--mode', repo: 'sample' },
  { id: 'unknown event', args: ['--event', 'push'], exit: 2, error: /--event must be tag-push or dispatch; got 'push'/, option: '--event', repo: 'sample' },
  { id: 'unknown option', args: ['--force'], exit: 2, error: /unknown option '--force'/, option: '--force', repo: 'sample' },
  { id: '--version without a value', args: ['--version'], exit: 2, error: /--version needs a value/, option: '--version' },
  { id: '--repo without a value', args: ['--repo'], exit: 2, error: /--repo needs a value/, option: '--repo' },
  { id: 'unknown command', args: [], exit: 2, error: /unknown command 'publish' \(the commands are: rehearse, doctor\)/ },
  { id: '--repo that does not exist', args: ['--repo', 'NOWHERE'], exit: 1, error: /--repo .*nowhere: no such folder/ },
  { id: '--repo that is not a git repository', args: [], exit: 1, error: /is not a git repository/, repo: 'plain' },
  { id: '--repo inside a repository', args: [], exit: 1, error: /is a folder inside the git repository .*; give the repository's top folder/, repo: 'subfolder' },
  { id: '--repo whose chart cannot be read', args: [], exit: 1, error: /inspect: the repository is not ready to release: .*Chart\.yaml:\d+: expected valid YAML/, repo: 'stray-version' },
];

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], tmp: string): Promise<Run> {
  return new Promise((resolvePromise, reject) => {
    // TMPDIR points the rehearsal's temp folders (and git's, gpg's) at a folder the test can see empty afterwards
    const child = spawn(process.execPath, [join(projectRoot, 'bin', 'release-actions.js'), ...args], { env: { ...process.env, TMPDIR: tmp }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }));
  });
}

let work: string;
let sample: SampleRepo;
let stray: SampleRepo;
const repos: Record<NonNullable<RehearsalCase['repo']>, () => string> = {
  sample: () => sample.dir,
  plain: () => join(work, 'plain'),
  subfolder: () => join(sample.dir, 'charts'),
  'stray-version': () => stray.dir,
};

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'bad-rehearsal-'));
  mkdirSync(join(work, 'plain'));
  writeFileSync(join(work, 'plain', 'Makefile'), 'VERSION ?= 0.1.0\n');
  sample = buildRepo();
  // a version that merely drifted is repaired by the release pull request; a chart that is not YAML stops the rehearsal
  stray = buildRepo({ then: [{ message: 'chore: a broken chart', files: { 'charts/workload-variant-autoscaler/Chart.yaml': (t) => (t ?? '').replace('version: 0.4.1', 'version: [0.4.1') } }] });
});

afterAll(async () => {
  await sample?.cleanup();
  await stray?.cleanup();
  rmSync(work, { recursive: true, force: true });
});

describe('the rehearsal command refuses bad input, writes nothing and leaves nothing behind', () => {
  it('has the cases the corpus counts', () => {
    expect(new Set(CASES.map((c) => c.id)).size).toBe(CASES.length);
    expect(CASES.length).toBeGreaterThanOrEqual(20);
  });

  it.each(CASES.map((c) => [c.id, c] as const))('%s', async (_id, c) => {
    const repo = c.repo ? repos[c.repo]() : undefined;
    const top = c.repo === 'subfolder' ? sample.dir : repo;
    const before = top ? fingerprint(top) : undefined;
    const tmp = mkdtempSync(join(work, 'tmp-'));
    const command = c.id === 'unknown command' ? ['publish'] : ['rehearse'];
    const args = [...command, ...(repo ? ['--repo', repo] : []), ...c.args.map((a) => (a === 'NOWHERE' ? join(work, 'nowhere') : a))];

    const run = await cli(args, tmp);

    expect(run.code).toBe(c.exit);
    if (c.exit === 2) {
      const messages = run.stderr.split('\n').filter((l) => l.startsWith('release-actions: '));
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatch(c.error);
      if (c.option) expect(messages[0]).toContain(c.option);
      expect(run.stdout).toBe('');
    } else {
      const failed = run.stdout.split('\n').filter((l) => /^\s+✗ /.test(l));
      expect(failed).toHaveLength(1);
      expect(`${run.stdout}\n${run.stderr}`).toMatch(c.error);
      expect(run.stdout).toMatch(/: FAILED\./);
    }
    if (top) expect(fingerprint(top)).toEqual(before);
    expect(readdirSync(tmp)).toEqual([]);
  }, 120_000);
});
