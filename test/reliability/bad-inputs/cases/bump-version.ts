import { CHART } from '../fixtures.js';
import type { BadInputCase } from '../types.js';
import { BAD_VERSIONS, VERSION_REFUSAL } from './versions.js';

const CONFIG = '.github/release-actions.yaml';

export const BUMP_VERSION: BadInputCase[] = [
  ...BAD_VERSIONS.map(([id, version]): BadInputCase => ({ id: `bump-version/version-${id}`, action: 'bump-version', inputs: { version }, expect: { input: 'version', error: VERSION_REFUSAL } })),
  { id: 'bump-version/chart-not-semver', action: 'bump-version', fixture: 'chart-not-semver', inputs: { version: '0.5.0' }, expect: { error: 'expected the chart version to be SemVer 2', file: `${CHART}/Chart.yaml`, line: 11 } },
  { id: 'bump-version/changelog-no-place', action: 'bump-version', fixture: 'changelog-no-place', inputs: { version: '0.5.0' }, expect: { error: "has no '## [Unreleased]' or '## [X.Y.Z] - YYYY-MM-DD' section", file: 'CHANGELOG.md', line: 1 } },
  { id: 'bump-version/changelog-existing-section', action: 'bump-version', fixture: 'changelog-existing-section', inputs: { version: '0.5.0' }, expect: { error: 'already has a section for 0.5.0', file: 'CHANGELOG.md' } },
  {
    id: 'bump-version/makefile-pattern-zero',
    action: 'bump-version',
    inputs: { version: '0.5.0', files: JSON.stringify({ path: 'Makefile', type: 'regex', pattern: 'RELEASE_VERSION \\?= (\\d+\\.\\d+\\.\\d+)' }) },
    expect: { error: /match/, file: 'Makefile' },
  },
  {
    id: 'bump-version/readme-pattern-twice',
    action: 'bump-version',
    inputs: { version: '0.5.0', files: JSON.stringify({ path: 'README.md', type: 'regex', pattern: '--version (\\d+\\.\\d+\\.\\d+)' }) },
    expect: { error: /./, file: 'README.md' },
  },
  { id: 'bump-version/config-unknown-key', action: 'bump-version', fixture: 'config-unknown-key', inputs: { version: '0.5.0' }, expect: { error: 'bogus-key', file: CONFIG, line: 2 } },
  { id: 'bump-version/config-wrong-type', action: 'bump-version', fixture: 'config-wrong-type', inputs: { version: '0.5.0' }, expect: { error: 'platforms', file: CONFIG, line: 2 } },
  { id: 'bump-version/pull-request-unknown', action: 'bump-version', inputs: { version: 'auto', 'pull-request': 'living' }, expect: { input: 'pull-request', error: 'expected one of versioned, current, got "living"' } },
  { id: 'bump-version/pull-request-current-explicit', action: 'bump-version', inputs: { version: '0.5.0', 'pull-request': 'current' }, expect: { input: 'version', error: 'pull-request: current takes the version from the commits: expected auto' } },
  { id: 'bump-version/pull-request-current-hotfix', action: 'bump-version', inputs: { version: 'auto', mode: 'hotfix', 'pull-request': 'current' }, expect: { input: 'pull-request', error: 'a hotfix is prepared once' } },
  { id: 'bump-version/pr-branch-option', action: 'bump-version', inputs: { version: 'auto', 'pull-request': 'current', 'pr-branch': '--force' }, expect: { input: 'pr-branch', error: 'expected a branch name like release-next' } },
  { id: 'bump-version/pr-branch-versioned', action: 'bump-version', inputs: { version: 'auto', 'pull-request': 'current', 'pr-branch': 'release-v0.5.0' }, expect: { input: 'pr-branch', error: 'names none' } },
  { id: 'bump-version/config-outside', action: 'bump-version', inputs: { version: '0.5.0', config: '../elsewhere.yaml' }, expect: { input: 'config', error: 'expected a path inside the repository' } },
];
