/**
 * The rehearsal never executes a workflow's shell; the known `run:` steps of the suite's
 * workflows have TypeScript renditions. Here the real bash (run by the workflows' own test
 * helper, as the runner runs it) and the rendition get the same evaluated `env:` and must agree:
 * the same outputs, or the same refusal.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scriptStandIn } from '../../src/rehearse/stand-ins/scripts.js';
import type { StepContext } from '../../src/rehearse/types.js';
import { loadWorkflow, workflowsDir, type Step, type Workflow } from '../support/workflows/model.js';
import { runStep } from '../support/workflows/scripts.js';

const release = loadWorkflow(join(workflowsDir, 'release.yaml'));
const prepare = loadWorkflow(join(workflowsDir, 'prepare-release.yaml'));

function step(wf: Workflow, job: string, name: string): Step {
  const s = wf.jobs.find((j) => j.id === job)?.steps.find((x) => x.name === name || x.id === name);
  if (!s) throw new Error(`no step ${name} in ${job}`);
  return s;
}

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'rehearse-scripts-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function context(env: Record<string, string>, cwd: string): StepContext {
  const temp = mkdtempSync(join(work, 'temp-'));
  return {
    env,
    cwd,
    workspace: cwd,
    temp,
    home: work,
    inputs: {},
    repository: 'llm-d-incubation/workload-variant-autoscaler',
    github: { serverUrl: 'http://127.0.0.1:9', apiUrl: 'http://127.0.0.1:9/api/v3', token: '', barePath: '' },
    artifacts: { dir: work, names: () => [] },
    logins: new Map(),
    event: { name: 'push', ref: '', sha: '' },
    log: () => undefined,
  } as unknown as StepContext;
}

/** Runs both; returns them side by side. */
async function both(wf: Workflow, job: string, name: string, contexts: Record<string, unknown>, cwd: string) {
  const s = step(wf, job, name);
  const bash = runStep(s, contexts, { cwd });
  const standIn = scriptStandIn(job, s.id, s.name);
  if (!standIn) throw new Error(`no stand-in for ${job} / ${name}`);
  const ts = await standIn.run(context(bash.env, cwd));
  const bashError = bash.stdout
    .split('\n')
    .find((l) => l.startsWith('::error'))
    ?.replace(/^::error[^:]*::/, '');
  return { bash, ts, bashError };
}

async function expectSame(wf: Workflow, job: string, name: string, contexts: Record<string, unknown>, cwd = work): Promise<void> {
  const { bash, ts, bashError } = await both(wf, job, name, contexts, cwd);
  if (bash.code === 0) {
    expect(ts.status).toBe('passed');
    expect(ts.outputs).toEqual(bash.outputs);
  } else {
    expect(ts.status).toBe('failed');
    expect(ts.reason).toBe(bashError);
  }
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', '-c', 'commit.gpgsign=false', '-c', 'tag.gpgsign=false', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_DATE: '2025-01-01T00:00:00Z', GIT_COMMITTER_DATE: '2025-01-01T00:00:00Z' },
  }).trim();
}

describe('preflight order and the hotfix cherry-pick check', () => {
  let repo: string;
  let fix: string;
  let other: string;
  beforeAll(() => {
    repo = join(work, 'repo');
    mkdirSync(repo);
    git(repo, 'init', '-q', '-b', 'main');
    let n = 0;
    for (const t of ['v0.4.0', 'v0.4.1', 'v0.5.0', 'v0.6.0-rc.1', 'v0.9.0', 'v0.10.0', 'nightly']) {
      writeFileSync(join(repo, 'f'), String(n++));
      git(repo, 'add', 'f');
      git(repo, 'commit', '-q', '-m', `release ${t}`);
      git(repo, 'tag', '-a', t, '-m', t);
    }
    writeFileSync(join(repo, 'a'), '1\n');
    git(repo, 'add', 'a');
    git(repo, 'commit', '-q', '-m', 'fix: the bug');
    fix = git(repo, 'rev-parse', 'HEAD');
    writeFileSync(join(repo, 'b'), '1\n');
    git(repo, 'add', 'b');
    git(repo, 'commit', '-q', '-m', 'feat: not in the hotfix');
    other = git(repo, 'rev-parse', 'HEAD');
    git(repo, 'checkout', '-q', '-b', 'hotfix-v0.10.1', 'v0.10.0');
    git(repo, 'cherry-pick', '-x', fix);
    git(repo, 'tag', '-a', 'v0.10.1', '-m', 'v0.10.1');
  });

  it.each([
    ['the cherry-picked fix', () => fix.slice(0, 12)],
    ['a commit that is not in the tag', () => `${fix}, ${other}`],
    ['something that is no SHA', () => 'HEAD~1'],
  ])('agrees with the script on %s', async (_what, picks) => {
    const { bash, ts } = await both(release, 'preflight', 'Check the hotfix carries the cherry-picked commits', { inputs: { 'cherry-pick': picks() }, steps: { resolve: { outputs: { tag: 'v0.10.1' } } } }, repo);
    expect(ts.status).toBe(bash.code === 0 ? 'passed' : 'failed');
    expect(ts.summary ?? '').toBe(bash.summary);
  });
});

describe('prepare-release picks', () => {
  it.each(['abc1234, DEF5678  0123456789abcdef0123456789abcdef01234567', '', 'abc1234 $(id)'])('agrees with the script on %j', async (picks) => {
    await expectSame(prepare, 'prepare', 'picks', { inputs: { 'cherry-pick': picks } });
  });
});
