/**
 * The engine's own rules on small workflows, without the local world: job order and `needs`,
 * `if:` with GitHub's evaluator, matrices, outputs through `needs`, a `run:` script that calls a
 * program the rehearsal does not run and has no stand-in, an action that does not exist yet — skipped with the reason, and so are the jobs
 * that need it — and a workflow GitHub's parser refuses.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expandMatrix, RehearsalEngine, triggers, type RehearsalEvent } from '../../src/rehearse/engine.js';
import { evaluate, truthy } from '../../src/rehearse/expressions.js';
import { jobOrder, loadWorkflow, WorkflowError } from '../../src/rehearse/workflow.js';
import { rehearsalInputs } from '../../src/rehearse/flow.js';
import type { World } from '../../src/rehearse/world.js';
import { projectRoot } from '../support/harness.js';

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'rehearse-units-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const noFiles = () => undefined;

function engine(): RehearsalEngine {
  return new RehearsalEngine({
    suiteRoot: projectRoot,
    repository: 'acme/operator',
    github: { serverUrl: 'http://127.0.0.1:9', apiUrl: 'http://127.0.0.1:9/api/v3', graphqlUrl: 'http://127.0.0.1:9/api/graphql', token: 't', barePath: join(work, 'none.git') },
    workDir: join(work, 'runs'),
  });
}

const dispatchEvent = (inputs: Record<string, string>): RehearsalEvent => ({ name: 'workflow_dispatch', ref: 'refs/heads/main', sha: 'a'.repeat(40), payload: { inputs }, inputs });

describe('expressions (GitHub\'s evaluator with the runner\'s status functions)', () => {
  it('evaluates contexts, functions and status functions', () => {
    expect(evaluate("format('v{0}', inputs.version)", { inputs: { version: '1.2.3' } })).toBe('v1.2.3');
    expect(evaluate('fromJSON(needs.a.outputs.m).include[1].x', { needs: { a: { outputs: { m: '{"include":[{"x":1},{"x":2}]}' } } } })).toBe(2);
    expect(truthy("success() && inputs.mode != 'rollback'", { inputs: { mode: 'release' } }, { failed: false })).toBe(true);
    expect(truthy('success()', {}, { failed: true })).toBe(false);
    expect(truthy('failure() || always()', {}, { failed: false })).toBe(true);
    // an unset secret is the empty string
    expect(truthy("secrets.x != ''", { secrets: { x: '' } })).toBe(false);
  });
});

describe('matrix and triggers', () => {
  it('expands axes, include and exclude as GitHub does', () => {
    expect(expandMatrix({ include: [{ platform: 'linux/amd64' }, { platform: 'linux/arm64' }] })).toEqual([{ platform: 'linux/amd64' }, { platform: 'linux/arm64' }]);
    expect(expandMatrix({ os: ['a', 'b'], v: [1, 2], exclude: [{ os: 'b', v: 2 }], include: [{ os: 'a', extra: true }, { os: 'c' }] })).toEqual([
      { os: 'a', v: 1, extra: true },
      { os: 'a', v: 2, extra: true },
      { os: 'b', v: 1 },
      { os: 'c' },
    ]);
  });

  it('starts ci-release.yaml on a v* tag and on a dispatch, not on a branch push', async () => {
    const { suiteWorkflow } = await import('../../src/rehearse/flow.js');
    const ci = await suiteWorkflow(projectRoot, 'ci-release.yaml');
    const push = (ref: string): RehearsalEvent => ({ name: 'push', ref, sha: 'a'.repeat(40), payload: {} });
    expect(triggers(ci, push('refs/tags/v0.5.0'))).toBeUndefined();
    expect(triggers(ci, push('refs/tags/nightly'))).toMatch(/runs on tags v\*, not nightly/);
    expect(triggers(ci, push('refs/heads/main'))).toMatch(/runs on pushes of tags, not branches/);
    expect(triggers(ci, dispatchEvent({ version: '0.5.0' }))).toBeUndefined();
    // the reusable workflow was read through the caller, jobs in needs order
    const called = ci.jobs[0]!.workflow!;
    expect(jobOrder(called.jobs)).toEqual(['guard', 'preflight', 'image-build', 'image', 'chart', 'release', 'verify', 'announce', 'rollback']);
  }, 60_000);
});

describe('a small workflow through the engine', () => {
  const marker = () => join(work, 'ran');
  const text = () => `name: units
on:
  workflow_dispatch:
    inputs:
      cherry-pick:
        type: string
        default: ''
      flag:
        type: boolean
        default: false
jobs:
  prepare:
    runs-on: ubuntu-24.04
    outputs:
      list: \${{ steps.picks.outputs.list }}
    steps:
      - id: picks
        env:
          CHERRY_PICK: \${{ inputs.cherry-pick }}
        run: echo "list=$CHERRY_PICK" >>"$GITHUB_OUTPUT"
  fan:
    needs: prepare
    runs-on: \${{ matrix.os }}
    strategy:
      matrix:
        sha: \${{ fromJSON(format('["{0}"]', needs.prepare.outputs.list)) }}
        os: [ubuntu-24.04, ubuntu-24.04-arm]
    steps:
      - name: A script without a stand-in
        run: gh api repos/acme/operator && touch ${marker()}
  after:
    needs: fan
    runs-on: ubuntu-24.04
    steps:
      - name: Never reached
        run: touch ${marker()}
  missing:
    runs-on: ubuntu-24.04
    steps:
      - uses: llm-d/release-actions/actions/no-such-action@v1
  conditional:
    if: inputs.flag
    runs-on: ubuntu-24.04
    steps:
      - run: touch ${marker()}
`;

  it('runs jobs in needs order, passes outputs through needs into a matrix, and does not run a script that calls gh without a stand-in', async () => {
    const model = await loadWorkflow('units.yaml', text(), noFiles);
    const run = await engine().run(model, dispatchEvent({ 'cherry-pick': 'abc1234' }));
    const by = Object.fromEntries(run.jobs.map((j) => [j.key, j]));
    expect(Object.fromEntries(run.jobs.map((j) => [j.key, j.status]))).toEqual({
      prepare: 'passed',
      'fan (abc1234, ubuntu-24.04)': 'skipped',
      'fan (abc1234, ubuntu-24.04-arm)': 'skipped',
      after: 'skipped',
      missing: 'skipped',
      conditional: 'not-run',
    });
    expect(by['prepare']!.outputs).toEqual({ list: 'abc1234' });
    expect(by['prepare']!.steps[0]).toMatchObject({ kind: 'script', status: 'passed' });
    expect(by['fan (abc1234, ubuntu-24.04-arm)']!.runsOn).toBe('ubuntu-24.04-arm');
    expect(by['fan (abc1234, ubuntu-24.04)']!.reason).toMatch(/A script without a stand-in: not run: it calls gh: .*, and the rehearsal has no stand-in for this step/);
    expect(by['after']).toMatchObject({ status: 'skipped', blocking: true });
    expect(by['after']!.reason).toMatch(/^needs fan, which was skipped: /);
    expect(by['missing']!.reason).toMatch(/actions\/no-such-action is not available yet \(no actions\/no-such-action\/action.yml/);
    expect(by['conditional']!.reason).toBe('if: success() && (inputs.flag) is false');
    expect(run.status).toBe('skipped');
    expect(existsSync(marker())).toBe(false);
  }, 60_000);

  it('refuses dispatch inputs the workflow does not define, and a boolean that is none', async () => {
    const model = await loadWorkflow('units.yaml', text(), noFiles);
    await expect(engine().run(model, dispatchEvent({ nope: 'x' }))).rejects.toThrow("units.yaml workflow_dispatch: input 'nope' is not defined");
    await expect(engine().run(model, dispatchEvent({ flag: 'yes' }))).rejects.toThrow("input 'flag' must be a boolean");
  });

  it('refuses a workflow GitHub\'s parser refuses, with its message', async () => {
    await expect(loadWorkflow('bad.yaml', 'on: push\njobs:\n  a:\n    runs-on: x\n    stepz: []\n', noFiles)).rejects.toThrow(WorkflowError);
    await expect(loadWorkflow('bad.yaml', 'on: push\njobs:\n  a:\n    runs-on: x\n    stepz: []\n', noFiles)).rejects.toThrow(/bad\.yaml: .*stepz/);
  });
});

describe('a job below a skipped job (GitHub skips it unless its if: holds a status function)', () => {
  const text = `name: chain
on:
  workflow_dispatch:
    inputs:
      image:
        type: string
        default: ''
jobs:
  plan:
    runs-on: ubuntu-24.04
    steps:
      - if: false
        run: exit 1
  build:
    needs: plan
    if: inputs.image != ''
    runs-on: ubuntu-24.04
    steps:
      - if: false
        run: exit 1
  image:
    needs: build
    runs-on: ubuntu-24.04
    steps:
      - if: false
        run: exit 1
  chart:
    needs: [plan, image]
    if: \${{ !cancelled() && (needs.image.result == 'success' || (needs.image.result == 'skipped' && inputs.image == '')) }}
    runs-on: ubuntu-24.04
    steps:
      - if: false
        run: exit 1
  by-default:
    needs: chart
    runs-on: ubuntu-24.04
    steps:
      - if: false
        run: exit 1
  by-result:
    needs: chart
    if: \${{ !cancelled() && needs.chart.result == 'success' }}
    runs-on: ubuntu-24.04
    steps:
      - if: false
        run: exit 1
`;

  it('skips a job whose need succeeded when a job further up was skipped, and runs one that names the result it needs', async () => {
    const model = await loadWorkflow('chain.yaml', text, noFiles);
    const chartOnly = await engine().run(model, dispatchEvent({ image: '' }));
    expect(Object.fromEntries(chartOnly.jobs.map((j) => [j.key, j.status]))).toEqual({ plan: 'passed', build: 'not-run', image: 'not-run', chart: 'passed', 'by-default': 'not-run', 'by-result': 'passed' });
    expect(chartOnly.jobs.find((j) => j.key === 'by-default')!.reason).toMatch(/^image, further up its needs, did not run: GitHub's success\(\) looks at the whole chain/);
    const withImage = await engine().run(model, dispatchEvent({ image: 'ghcr.io/acme/op' }));
    expect(Object.fromEntries(withImage.jobs.map((j) => [j.key, j.status]))).toEqual({ plan: 'passed', build: 'passed', image: 'passed', chart: 'passed', 'by-default': 'passed', 'by-result': 'passed' });
  }, 60_000);
});

describe('the inputs the rehearsal adjusts', () => {
  const step = {} as Parameters<NonNullable<ReturnType<typeof rehearsalInputs>>>[0]['step'];
  const adjust = (world: Partial<World>, inputs: Record<string, string>) => rehearsalInputs(world as World)!({ job: 'preflight', step, action: 'verify-release', inputs });

  it('turns the order phase\'s registry look off only without a local registry, saying why', () => {
    const without = adjust({ registryMissing: { reason: 'the registry was turned off', install: '' } }, { phase: 'order', version: '0.2.1' });
    expect(without).toEqual({ inputs: { phase: 'order', version: '0.2.1', 'check-registry': 'false' }, note: 'rehearsal: check-registry false: the registry was turned off' });
    expect(adjust({ registryAccess: { host: '127.0.0.1:5000', username: 'u', password: 'p' } }, { phase: 'order', version: '0.2.1' })).toBeUndefined();
  });
});
