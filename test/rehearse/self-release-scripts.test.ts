/**
 * The guard's TypeScript stand-in (the step calls `gh api`, which the rehearsal does not run)
 * against the real bash (run as the runner runs it) on the same evaluated `env:`: the same
 * outcome, or the same refusal. The tag lookup itself is left to the rehearsal tests
 * (test/rehearse/dispatch.test.ts), which run it against the emulator.
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
