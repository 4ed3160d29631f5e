/**
 * The TypeScript renditions of the `run:` steps added for self-release and dispatch safety,
 * against the real bash (run as the runner runs it) on the same evaluated `env:`: the same
 * outputs, or the same refusal. The guard's tag lookup (`gh api`) is left to the rehearsal
 * tests (test/rehearse/dispatch.test.ts), which run it against the emulator.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scriptStandIn } from '../../src/rehearse/stand-ins/scripts.js';
import type { StepContext } from '../../src/rehearse/types.js';
import { loadWorkflow, workflowsDir, type Workflow } from '../support/workflows/model.js';
import { runStep } from '../support/workflows/scripts.js';

const release = loadWorkflow(join(workflowsDir, 'release.yaml'));
const selfRelease = loadWorkflow(join(workflowsDir, 'self-release.yaml'));

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'self-release-scripts-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const context = (env: Record<string, string>): StepContext =>
  ({ env, cwd: work, workspace: work, temp: work, home: work, inputs: {}, repository: 'acme/op', github: { serverUrl: 'http://127.0.0.1:9', apiUrl: 'http://127.0.0.1:9/api/v3', token: '', barePath: '' }, log: () => undefined }) as unknown as StepContext;

async function expectSame(wf: Workflow, job: string, id: string, contexts: Record<string, unknown>): Promise<'passed' | 'failed'> {
  const step = wf.jobs.find((j) => j.id === job)!.steps.find((s) => s.id === id)!;
  const bash = runStep(step, contexts, { cwd: work });
  const ts = await scriptStandIn(job, step.id, step.name)!.run(context(bash.env));
  if (bash.code === 0) {
    expect(ts.status).toBe('passed');
    expect(ts.outputs).toEqual(bash.outputs);
    return 'passed';
  }
  const bashError = bash.stdout
    .split('\n')
    .find((l) => l.startsWith('::error'))
    ?.replace(/^::error[^:]*::/, '');
  expect(ts).toMatchObject({ status: 'failed', reason: bashError });
  return 'failed';
}

describe('self-release plan', () => {
  it.each([
    ['refs/tags/v1.2.3', 'passed'],
    ['refs/tags/v2.0.0-rc.1', 'passed'],
    ['refs/tags/v1', 'failed'],
    ['refs/tags/v01.2.3', 'failed'],
    ['refs/tags/v1.2.3+build', 'failed'],
    ['refs/heads/main', 'failed'],
  ])('agrees with the script on %s', async (ref, want) => {
    expect(await expectSame(selfRelease, 'plan', 'version', { github: { ref } })).toBe(want);
  });
});

describe('release.yaml preflight attestations', () => {
  it.each([
    ['auto', false, 'true'],
    ['auto', true, 'false'],
    ['true', true, 'true'],
    ['false', false, 'false'],
    ['yes', false, undefined],
  ])('agrees with the script: attestations %s in a private (%s) repository', async (attestations, priv, attest) => {
    const step = release.jobs.find((j) => j.id === 'preflight')!.steps.find((s) => s.id === 'attestations')!;
    const bash = runStep(step, { inputs: { attestations }, github: { event: { repository: { private: priv } } } }, { cwd: work });
    const ts = await scriptStandIn('preflight', 'attestations', step.name)!.run(context(bash.env));
    expect(bash.outputs['attest']).toBe(attest);
    if (attest === undefined) expect(ts).toMatchObject({ status: 'failed', reason: 'attestations must be auto, true or false' });
    else expect(ts.outputs).toEqual(bash.outputs);
    // the notice when off, in both
    expect(bash.stdout.includes('::notice')).toBe(attest === 'false');
    expect((ts.notes ?? []).some((n) => n.startsWith('notice: no provenance attestations'))).toBe(attest === 'false');
    if (attest !== undefined) expect(ts.summary).toBe(bash.summary);
  });
});

describe('release.yaml guard', () => {
  const repository = { default_branch: 'main' };
  it.each([
    ['a tag push', { event_name: 'push', ref: 'refs/tags/v0.5.0', event: { repository } }, {}, 'passed'],
    ['a dispatch from another branch', { event_name: 'workflow_dispatch', ref: 'refs/heads/feature', event: { repository } }, { version: '0.5.0' }, 'failed'],
    ['a dispatch from a tag', { event_name: 'workflow_dispatch', ref: 'refs/tags/v0.5.0', event: { repository } }, { version: '0.5.0' }, 'failed'],
    ['a dispatch without a version', { event_name: 'workflow_dispatch', ref: 'refs/heads/main', event: { repository } }, { version: '' }, 'failed'],
    ['a dispatch of something that is no version', { event_name: 'workflow_dispatch', ref: 'refs/heads/main', event: { repository } }, { version: 'v1.2' }, 'failed'],
  ])('agrees with the script on %s', async (_what, github, inputs, want) => {
    expect(await expectSame(release, 'guard', 'dispatch', { github: { repository: 'acme/op', token: 't', ...github }, inputs })).toBe(want);
  });
});
