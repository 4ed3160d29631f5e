/** The sample repository builder (test/support/repos.ts) that the action tests stand on. */
import { afterAll, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { git, refs } from '../../support/git.js';
import { buildRepo, fixtureFiles, readTree, withVersion, type SampleRepo } from '../../support/repos.js';
import { CHART, show } from './helpers.js';

const repos: SampleRepo[] = [];
afterAll(async () => {
  for (const r of repos) await r.cleanup();
});

describe('test/support/repos.ts', () => {
  it('builds the wva fixture as a repository whose HEAD is the fixture exactly, with a conventional history and tags', () => {
    const repo = buildRepo({ workspace: true });
    repos.push(repo);
    const files = fixtureFiles('wva');
    expect(Object.keys(readTree(repo.dir)).sort()).toEqual(Object.keys(files).sort());
    for (const [path, text] of Object.entries(files)) expect(readFileSync(join(repo.dir, path), 'utf8')).toBe(text);
    expect(git(repo.dir, ['status', '--porcelain'])).toBe('');

    expect(git(repo.dir, ['log', '--format=%s', '--reverse']).split('\n')).toEqual([
      'feat: Workload-Variant-Autoscaler operator, CRD and Helm chart',
      'fix(collector): do not panic when the Prometheus query returns no samples (#190)',
      'chore: bump version to v0.4.1',
      'feat(scaler): queue-depth based scale-out for vLLM backends (#210)',
      'fix(controller): count the replicas of a variant once during a rollout (#215)',
      'docs: describe the development targets',
    ]);
    expect(Object.keys(repo.tags)).toEqual(['v0.4.0', 'v0.4.1']);
    expect(git(repo.dir, ['cat-file', '-t', 'v0.4.0'])).toBe('tag');
    expect(repo.head).toBe(git(repo.dir, ['rev-parse', 'HEAD']));
    expect(repo.commit('fix(collector)')).toBe(repo.commits[1]!.sha);

    // Each tag holds its own version everywhere; the changelog of each is a valid release state.
    for (const path of [`${CHART}/Chart.yaml`, `${CHART}/values.yaml`, 'Makefile', 'README.md']) {
      expect(show(repo.dir, 'v0.4.1', path)?.includes('0.4.1')).toBe(true);
      expect(show(repo.dir, 'v0.4.0', path)).toBe(withVersion(show(repo.dir, 'v0.4.1', path)!, '0.4.1', '0.4.0'));
    }
    expect(show(repo.dir, 'v0.4.0', 'CHANGELOG.md')).not.toContain('0.4.1');
    expect(show(repo.dir, 'v0.4.0', 'CHANGELOG.md')).toContain('[Unreleased]: https://github.com/llm-d-incubation/workload-variant-autoscaler/compare/v0.4.0...HEAD');
    expect(show(repo.dir, 'v0.4.1', 'CHANGELOG.md')).toContain('## [Unreleased]\n\n## [0.4.1] - 2025-09-12\n');
    expect(show(repo.dir, 'v0.4.1', 'internal/scaler/queue_depth.go')).toBeUndefined();

    // The CRD is the same in the chart and in config/crd/bases.
    expect(files[`${CHART}/crds/llmd.ai_variantautoscalings.yaml`]).toBe(files['config/crd/bases/llmd.ai_variantautoscalings.yaml']);
    expect(files[`${CHART}/crds/llmd.ai_variantautoscalings.yaml`]).toContain('name: variantautoscalings.llmd.ai\n');

    // origin has every branch and tag; the workspace is a clone of it on main.
    expect(refs(repo.origin!)).toBe(refs(repo.dir).split('\n').filter((l) => !l.includes('refs/remotes/')).join('\n'));
    expect(git(repo.workspace!, ['rev-parse', '--abbrev-ref', 'HEAD'])).toBe('main');
    expect(git(repo.workspace!, ['tag', '--list']).split('\n')).toEqual(['v0.4.0', 'v0.4.1']);
    expect(git(repo.workspace!, ['remote', 'get-url', 'origin'])).toBe(repo.origin);
  });

  it('adds commits after the history, with deletions and functions of the old text, and cleans up', async () => {
    const repo = buildRepo({
      then: [
        { message: 'feat!: drop the old API', files: { 'api/v1alpha1/variantautoscaling_types.go': null, 'Makefile': (t) => `${t}# more\n` }, tag: 'v1.0.0-rc.1' },
      ],
    });
    expect(existsSync(join(repo.dir, 'api/v1alpha1/variantautoscaling_types.go'))).toBe(false);
    expect(readFileSync(join(repo.dir, 'Makefile'), 'utf8').endsWith('# more\n')).toBe(true);
    expect(repo.tags['v1.0.0-rc.1']).toBe(repo.head);
    expect(repo.origin).toBeUndefined();
    await repo.cleanup();
    expect(existsSync(repo.root)).toBe(false);
  });

  it('takes another history instead of the fixture own', () => {
    const repo = buildRepo({ history: [{ message: 'feat: one file', files: { 'a.txt': 'a\n' }, tag: 'v0.1.0' }], origin: true });
    repos.push(repo);
    expect(Object.keys(readTree(repo.dir))).toEqual(['a.txt']);
    expect(git(repo.origin!, ['tag', '--list'])).toBe('v0.1.0');
  });
});
