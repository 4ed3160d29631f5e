/**
 * `$/` in the rehearsal engine: GitHub's self-repository reference resolves to the repository
 * of the workflow file that holds it, at the commit that is running — for a called reusable
 * workflow, the called workflow's repository at the ref the caller named. The suite's own
 * workflows name the suite's actions by `$/actions/<name>`; in any other repository the same
 * text names that repository's action, which the rehearsal does not have.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { calledSelf, RehearsalEngine, selfAction, SUITE_REPO, type RehearsalEvent } from '../../src/rehearse/engine.js';
import { loadWorkflow, parseWorkflowUses } from '../../src/rehearse/workflow.js';
import { projectRoot } from '../support/harness.js';

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'rehearse-self-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const SHA = 'c'.repeat(40);
const push = (): RehearsalEvent => ({ name: 'push', ref: 'refs/tags/v1.2.0', sha: SHA, payload: {} });

function engine(repository: string): RehearsalEngine {
  return new RehearsalEngine({
    suiteRoot: projectRoot,
    repository,
    github: { serverUrl: 'http://127.0.0.1:9', apiUrl: 'http://127.0.0.1:9/api/v3', graphqlUrl: 'http://127.0.0.1:9/api/graphql', token: 't', barePath: join(work, 'none.git') },
    workDir: join(work, 'runs'),
  });
}

describe('what $/ resolves to', () => {
  const top = { repository: SUITE_REPO, ref: SHA };

  it('is the suite action of that name while the running workflow is the suite\'s', () => {
    expect(selfAction('$/actions/changelog', top)).toEqual({ name: 'changelog', note: expect.stringContaining(`${SUITE_REPO}/actions/changelog@${SHA}`) as unknown as string });
  });

  it('is not the suite in another repository, and not an action outside actions/<name>', () => {
    expect(selfAction('$/actions/changelog', { repository: 'acme/operator', ref: SHA })).toEqual({ missing: expect.stringMatching(/resolves to acme\/operator@c{40}, not to the suite/) as unknown as string });
    expect(selfAction('$/tools/lint', top)).toEqual({ missing: expect.stringMatching(/not one of the suite's actions/) as unknown as string });
    expect(selfAction('./actions/changelog', top)).toBeUndefined();
    expect(selfAction(`${SUITE_REPO}/actions/changelog@v1`, top)).toBeUndefined();
  });

  it('is, in a called workflow, the called workflow\'s repository at the ref it was called at', () => {
    const caller = { repository: 'acme/operator', ref: SHA };
    expect(calledSelf(`${SUITE_REPO}/.github/workflows/release.yaml@v1`, caller)).toEqual({ repository: SUITE_REPO, ref: 'v1' });
    expect(calledSelf(`${SUITE_REPO}/.github/workflows/release.yaml@${'d'.repeat(40)}`, caller)).toEqual({ repository: SUITE_REPO, ref: 'd'.repeat(40) });
    // ./ and $/ calls stay in the caller's repository and commit
    expect(calledSelf('./.github/workflows/inner.yaml', caller)).toEqual(caller);
    expect(calledSelf('$/.github/workflows/inner.yaml', caller)).toEqual(caller);
    expect(parseWorkflowUses('$/.github/workflows/inner.yaml')).toEqual({ path: '.github/workflows/inner.yaml' });
  });
});

describe('$/ steps through the engine', () => {
  const steps = `    runs-on: ubuntu-24.04
    steps:
      - uses: $/actions/changelog
        with:
          mode: lint
`;
  const workflow = `name: self
on:
  push:
    tags: ['v*']
jobs:
  lint:
${steps}`;

  it('runs the suite\'s own action when the workflow is the suite\'s, and says what $/ resolved to', async () => {
    const run = await engine(SUITE_REPO).run(await loadWorkflow('self.yaml', workflow, () => undefined), push());
    const step = run.jobs[0]!.steps[0]!;
    expect(step.kind).toBe('suite-action');
    expect(step.notes[0]).toBe(`$/actions/changelog → ${SUITE_REPO}/actions/changelog@${SHA} (the running workflow's repository and ref), run from this checkout's bundle`);
    // the changelog action itself ran, in an empty workspace: its own refusal names the file
    expect(step.status).toBe('failed');
    expect(step.errors.join('\n')).toMatch(/CHANGELOG\.md/);
  }, 60_000);

  it('skips it, with the reason, in another repository', async () => {
    const run = await engine('acme/operator').run(await loadWorkflow('self.yaml', workflow, () => undefined), push());
    expect(run.jobs[0]).toMatchObject({ status: 'skipped', blocking: true });
    expect(run.jobs[0]!.steps[0]!.reason).toBe(`$/actions/changelog resolves to acme/operator@${SHA}, not to the suite: the rehearsal runs only the suite's own actions`);
  }, 60_000);

  it('resolves to the suite at the called ref inside release-actions\' reusable workflow called from another repository', async () => {
    const inner = `name: inner
on:
  workflow_call:
jobs:
  lint:
${steps}`;
    const caller = `name: caller
on:
  push:
    tags: ['v*']
jobs:
  release:
    uses: ${SUITE_REPO}/.github/workflows/inner.yaml@v7
`;
    const model = await loadWorkflow('caller.yaml', caller, (ref) => (ref.repo === SUITE_REPO && ref.path === '.github/workflows/inner.yaml' ? inner : undefined));
    const run = await engine('acme/operator').run(model, push());
    const step = run.jobs.find((j) => j.key === 'release / lint')!.steps[0]!;
    expect(step.kind).toBe('suite-action');
    expect(step.notes[0]).toMatch(new RegExp(`^\\$/actions/changelog → ${SUITE_REPO}/actions/changelog@v7 `));
  }, 60_000);
});
