/** Every check runs and reports its own error, so the version cases run one check (one ::error::). */
import type { BadInputCase } from '../types.js';
import { BAD_VERSIONS } from './versions.js';

const CONFIG = '.github/release-actions.yaml';

/** Stands for the world's registry host in an input. */
export const REGISTRY = '{registry}';
/** An image repository of that registry holding releases git does not know (STRAY_TAGS). */
export const STRAY_IMAGE = 'acme/stray';
export const STRAY_TAGS = ['v0.4.2', 'v0.5.0', 'v0.5', 'latest'];

export const VERIFY_RELEASE: BadInputCase[] = [
  ...BAD_VERSIONS.map(([id, version]): BadInputCase => ({ id: `verify-release/version-${id}`, action: 'verify-release', inputs: { phase: 'preflight', checks: 'versions-consistent', version }, expect: { input: 'version', error: 'versions-consistent: needs a SemVer version' } })),
  { id: 'verify-release/phase-unknown', action: 'verify-release', inputs: { phase: 'midflight', version: '0.4.1' }, expect: { input: 'phase', error: /./ } },
  { id: 'verify-release/timeout-malformed', action: 'verify-release', inputs: { phase: 'postflight', version: '0.4.1', timeout: 'ten minutes' }, expect: { input: 'timeout', error: /./ } },
  { id: 'verify-release/oci-registry-http', action: 'verify-release', inputs: { phase: 'postflight', version: '0.4.1', 'oci-registry': 'http://registry.example.org/charts' }, expect: { input: 'oci-registry', error: /./ } },
  { id: 'verify-release/config-unknown-key', action: 'verify-release', fixture: 'config-unknown-key', inputs: { phase: 'preflight', version: '0.4.1' }, expect: { error: 'bogus-key', file: CONFIG, line: 2 } },
  // the registry (REGISTRY: the world's) holds v0.5.0 and latest, git's newest release is v0.4.1
  { id: 'verify-release/order-latest-backwards', action: 'verify-release', inputs: { phase: 'order', version: '0.4.1', image: `${REGISTRY}/${STRAY_IMAGE}` }, expect: { error: 'would move `v0.4` back from v0.4.2, `latest` back from v0.5.0 to v0.4.1', names: 'v0.5.0' } },
  { id: 'verify-release/config-wrong-type', action: 'verify-release', fixture: 'config-wrong-type', inputs: { phase: 'preflight', version: '0.4.1' }, expect: { error: 'platforms', file: CONFIG, line: 2 } },
];
