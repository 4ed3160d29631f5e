import type { BadInputCase } from '../types.js';
import { BAD_VERSIONS, VERSION_REFUSAL } from './versions.js';

const CONFIG = '.github/release-actions.yaml';

export const CHANGELOG: BadInputCase[] = [
  ...BAD_VERSIONS.map(([id, version]): BadInputCase => ({ id: `changelog/version-${id}`, action: 'changelog', inputs: { mode: 'update', version }, expect: { input: 'version', error: VERSION_REFUSAL } })),
  { id: 'changelog/no-place-for-a-section', action: 'changelog', fixture: 'changelog-no-place', inputs: { mode: 'update', version: '0.5.0' }, expect: { error: "has no '## [Unreleased]' or '## [X.Y.Z] - YYYY-MM-DD' section", file: 'CHANGELOG.md', line: 1 } },
  { id: 'changelog/non-semver-heading', action: 'changelog', fixture: 'changelog-bad-heading', inputs: { mode: 'lint' }, expect: { error: /./, file: 'CHANGELOG.md' } },
  { id: 'changelog/config-unknown-key', action: 'changelog', fixture: 'config-unknown-key', inputs: { mode: 'extract', version: '0.4.1' }, expect: { error: 'bogus-key', file: CONFIG, line: 2 } },
  { id: 'changelog/config-wrong-type', action: 'changelog', fixture: 'config-wrong-type', inputs: { mode: 'extract', version: '0.4.1' }, expect: { error: 'platforms', file: CONFIG, line: 2 } },
  { id: 'changelog/path-outside', action: 'changelog', inputs: { mode: 'extract', version: '0.4.1', path: '../CHANGELOG.md' }, expect: { input: 'path', error: /./ } },
  { id: 'changelog/mode-unknown', action: 'changelog', inputs: { mode: 'rewrite' }, expect: { input: 'mode', error: /./ } },
];
