/**
 * bump-version on the real WVA at 56a651b (test/corpus/wva), drift included: the chart
 * says 0.1.0 and appVersion "1.0", the Makefile v0.0.2, values.yaml and the kustomization
 * v0.0.1, the last tag is v0.0.2. The tag is the truth; the release pull request moves
 * every reference, and verify-release's preflight then holds every one of them equal.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { git } from '../../support/git.js';
import { buildRepo, type SampleRepo } from '../../support/repos.js';
import { buildCorpusRepo, wvaHistory } from '../../unit/version-files/corpus.js';
import { expectOutcome, verify } from '../verify-release/helpers.js';
import { bump, CHART, expectRefusal, expectSuccess, show } from './helpers.js';

const repos: SampleRepo[] = [];
let repo: SampleRepo;

beforeAll(() => {
  repo = buildCorpusRepo('wva', { workspace: true });
  repos.push(repo);
});
afterAll(async () => {
  for (const r of repos) await r.cleanup();
});

describe('bump-version on WVA as it is', () => {
  it('takes v0.0.2 as the current version: auto gives 0.1.0 and every reference moves, each shown with what it held', async () => {
    const run = await bump(repo, { version: 'auto', changelog: 'false', 'dry-run': 'true' });
    expectSuccess(run);
    expect(run.outputs['previous-version']).toBe('0.0.2');
    expect(run.outputs['version']).toBe('0.1.0');
    expect(run.stdout).toContain('current version 0.0.2 (from tag v0.0.2); new version 0.1.0');
    for (const line of [
      `${CHART}/Chart.yaml:6 appVersion → v0.1.0 (was 1.0)`,
      `${CHART}/values.yaml:7 wva.image.tag → v0.1.0 (was v0.0.1)`,
      'Makefile:3 IMG_TAG → v0.1.0 (was v0.0.2)',
      'config/manager/kustomization.yaml:9 images.0.newTag → v0.1.0 (was v0.0.1)',
    ]) {
      expect(run.stdout).toContain(`  ${line}\n`);
    }
    expect(run.summary).toContain(`| \`${CHART}/values.yaml\` | 7 | wva.image.tag | \`v0.1.0\` | was \`v0.0.1\` |`);
  });

  it('accepts an explicit 0.1.0 (no v0.1.0 tag exists although the chart says 0.1.0), and the preflight then finds every reference equal', async () => {
    const run = await bump(repo, { version: '0.1.0', changelog: 'false' });
    expectSuccess(run);
    expect(run.outputs['branch']).toBe('release-v0.1.0');
    expect(JSON.parse(run.outputs['changed-files']!)).toEqual([`${CHART}/Chart.yaml`, `${CHART}/values.yaml`, 'Makefile', 'config/manager/kustomization.yaml']);
    expect(show(repo.origin!, 'release-v0.1.0', `${CHART}/Chart.yaml`)).toContain('version: 0.1.0\nappVersion: "v0.1.0"\n');
    expect(show(repo.origin!, 'release-v0.1.0', `${CHART}/values.yaml`)).toContain('    repository: ghcr.io/llm-d/workload-variant-autoscaler\n    tag: v0.1.0\n');
    expect(show(repo.origin!, 'release-v0.1.0', 'config/manager/kustomization.yaml')).toContain('  newTag: v0.1.0\n');

    git(repo.workspace!, ['fetch', '-q', 'origin']);
    git(repo.workspace!, ['checkout', '-q', '--detach', 'origin/release-v0.1.0']);
    try {
      const check = await verify(repo, { phase: 'preflight', version: '0.1.0', checks: 'versions-consistent' }, { ref: 'refs/heads/release-v0.1.0' });
      const report = expectOutcome(check, true);
      expect(report['versions-consistent']!.detail).toBe(
        `5 reference(s) hold 0.1.0 (${CHART}/Chart.yaml, ${CHART}/values.yaml, Makefile, config/manager/kustomization.yaml)`,
      );
    } finally {
      git(repo.workspace!, ['checkout', '-q', 'main']);
    }
  });

  it('the preflight on main names each drifted reference, the version expected and the fix', async () => {
    const check = await verify(repo, { phase: 'preflight', version: '0.0.2', checks: 'versions-consistent' }, { ref: 'refs/heads/main' });
    const report = expectOutcome(check, false);
    expect(report['versions-consistent']!.detail).toBe(
      `4 reference(s) disagree with 0.0.2: ${CHART}/Chart.yaml:5 version = 0.1.0, expected 0.0.2; ${CHART}/Chart.yaml:6 appVersion = 1.0, expected 0.0.2; ` +
        `${CHART}/values.yaml:7 wva.image.tag = v0.0.1, expected 0.0.2; config/manager/kustomization.yaml:9 images.0.newTag = v0.0.1, expected 0.0.2; ` +
        'fix: run bump-version (the prepare-release workflow), which moves every reference to the release version',
    );
  });

  it('a hotfix from v0.0.2, whose files were inconsistent, moves them all to 0.0.3', async () => {
    const run = await bump(repo, { mode: 'hotfix', version: 'patch', changelog: 'false', 'dry-run': 'true' });
    expectSuccess(run);
    expect(run.outputs['previous-version']).toBe('0.0.2');
    expect(run.outputs['version']).toBe('0.0.3');
    expect(run.stdout).toContain(`${CHART}/Chart.yaml:5 version → 0.0.3 (was 0.1.0)`);
  });

  it('refuses a version already tagged', async () => {
    expectRefusal(await bump(repo, { version: '0.0.2', changelog: 'false', 'allow-downgrade': 'true' }), 'version 0.0.2 is already released (tag v0.0.2)');
  });

  it('without any release tag, the version the files say is the current one: 0.1.0 is then a first release that repairs the rest', async () => {
    const untagged = buildRepo({ history: wvaHistory().map(({ tag: _tag, ...c }) => c), workspace: true });
    repos.push(untagged);
    const run = await bump(untagged, { version: '0.1.0', changelog: 'false', 'dry-run': 'true' });
    expectSuccess(run);
    expect(run.outputs['previous-version']).toBe('0.1.0');
    expect(run.outputs['release-type']).toBe('minor');
    expect(run.stdout).toContain('current version 0.1.0 (from the version files: no release tag yet); new version 0.1.0');
    expect(run.stdout).toContain(`${CHART}/values.yaml:7 wva.image.tag → v0.1.0 (was v0.0.1)`);
    expect(run.stdout).not.toContain(`${CHART}/Chart.yaml:5 version`);
  });
});
