/**
 * Named repository states for the bad-input corpus: commits applied on top of the WVA sample
 * repository (version files at 0.4.1, unreleased changes at HEAD; `base`). Each is built once
 * per test file. publish-helm's states (charts, pages-branch indexes) are in cases/publish-helm.ts.
 */
import type { HistoryCommit } from '../../support/repos.js';

export const CHART = 'charts/workload-variant-autoscaler';
const CHART_YAML = `${CHART}/Chart.yaml`;

const commit = (message: string, files: HistoryCommit['files']): HistoryCommit[] => [{ message, files }];

export const FIXTURES: Record<string, HistoryCommit[]> = {
  base: [],
  'chart-not-semver': commit('chore: short chart version', { [CHART_YAML]: (t) => t!.replace(/^version: .*$/m, 'version: "0.4"') }),
  'changelog-no-place': commit('docs: a changelog without Unreleased', { 'CHANGELOG.md': '# Changelog\n\nNothing here follows Keep a Changelog.\n' }),
  'changelog-existing-section': commit('docs: a changelog that already has 0.5.0', {
    'CHANGELOG.md': (t) => t!.replace('## [Unreleased]\n', '## [Unreleased]\n\n## [0.5.0] - 2026-02-01\n\n### Added\n- released already\n\n'),
  }),
  'changelog-bad-heading': commit('docs: a changelog with a non-SemVer heading', {
    'CHANGELOG.md': (t) => t!.replace('## [Unreleased]\n', '## [Unreleased]\n\n## [0.5] - 2026-02-03\n\n### Added\n- something\n\n'),
  }),
  'config-unknown-key': commit('chore: a configuration with an unknown key', { '.github/release-actions.yaml': 'helm-repo-name: wva\nbogus-key: 1\n' }),
  'config-wrong-type': commit('chore: a configuration with a wrong type', { '.github/release-actions.yaml': 'helm-repo-name: wva\nplatforms: 5\n' }),
};
