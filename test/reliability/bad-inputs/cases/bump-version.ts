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
  { id: 'bump-version/config-outside', action: 'bump-version', inputs: { version: '0.5.0', config: '../elsewhere.yaml' }, expect: { input: 'config', error: 'expected a path inside the repository' } },
];
