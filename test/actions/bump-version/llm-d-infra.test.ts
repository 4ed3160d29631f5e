/**
 * bump-version then the preflight on llm-d-infra as it is (test/corpus/llm-d-infra: its
 * Chart.yaml `version: v1.4.0`, tags v1.3.9 and v1.4.0): v1.4.1's release pull request keeps the
 * chart's `v`, and verify-release's versions-consistent holds every reference at 1.4.1 on it.
 * (publish-helm's own test, test/actions/publish-helm/llm-d-infra.test.ts, publishes that chart
 * as v1.4.1 to the index and the OCI registry.)
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { git } from '../../support/git.js';
import type { SampleRepo } from '../../support/repos.js';
import { buildCorpusRepo } from '../../unit/version-files/corpus.js';
import { expectOutcome, verify } from '../verify-release/helpers.js';
import { bump, expectSuccess, show } from './helpers.js';

const CHART = 'charts/llm-d-infra';
let repo: SampleRepo;

beforeAll(() => {
  repo = buildCorpusRepo('llm-d-infra', { workspace: true });
});
afterAll(async () => {
  await repo?.cleanup();
});

describe('bump-version and the preflight on llm-d-infra', () => {
  it('moves v1.4.0 to v1.4.1 with its v kept, and the preflight finds every reference at 1.4.1', async () => {
    const run = await bump(repo, { version: 'patch', changelog: 'false' });
    expectSuccess(run);
    expect(run.outputs['previous-version']).toBe('1.4.0');
    expect(run.outputs['version']).toBe('1.4.1');
    expect(run.outputs['tag']).toBe('v1.4.1');
    const chart = show(repo.origin!, 'release-v1.4.1', `${CHART}/Chart.yaml`);
    expect(chart).toContain('\nversion: v1.4.1\nappVersion: v1.4.1\n');

    git(repo.workspace!, ['fetch', '-q', 'origin']);
    git(repo.workspace!, ['checkout', '-q', '--detach', 'origin/release-v1.4.1']);
    try {
      const check = await verify(repo, { phase: 'preflight', version: '1.4.1', checks: 'versions-consistent' }, { ref: 'refs/heads/release-v1.4.1' });
      const report = expectOutcome(check, true);
      expect(report['versions-consistent']!.detail).toMatch(new RegExp(`^\\d+ reference\\(s\\) hold 1\\.4\\.1 \\(${CHART}/Chart\\.yaml`));
    } finally {
      git(repo.workspace!, ['checkout', '-q', 'main']);
    }
  });

  it('pull-request current: a fix on main gives release-next at v1.4.1 (its v kept); a re-run pushes nothing', async () => {
    const living = buildCorpusRepo('llm-d-infra', { workspace: true });
    try {
      git(living.workspace!, ['commit', '-q', '--allow-empty', '-m', 'fix(chart): quote the gateway class name']);
      git(living.workspace!, ['push', '-q', 'origin', 'HEAD:refs/heads/main']);
      const inputs = { version: 'auto', 'pull-request': 'current', changelog: 'false' };
      const first = await bump(living, inputs);
      expectSuccess(first);
      expect(first.outputs).toMatchObject({ version: '1.4.1', 'previous-version': '1.4.0', branch: 'release-next', status: 'created' });
      expect(show(living.origin!, 'release-next', `${CHART}/Chart.yaml`)).toContain('\nversion: v1.4.1\nappVersion: v1.4.1\n');
      const again = await bump(living, inputs);
      expectSuccess(again);
      expect(again.outputs).toMatchObject({ status: 'exists', commit: first.outputs['commit'] });
    } finally {
      await living.cleanup();
    }
  });

  it('the preflight on main names the chart left behind by the v1.4.0 tag', async () => {
    const check = await verify(repo, { phase: 'preflight', version: '1.4.0', checks: 'versions-consistent' }, { ref: 'refs/heads/main' });
    const report = expectOutcome(check, false);
    expect(report['versions-consistent']!.detail).toContain(`${CHART}/Chart.yaml:5 appVersion = v0.4.0, expected 1.4.0`);
  });
});
