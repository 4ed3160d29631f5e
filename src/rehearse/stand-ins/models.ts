/**
 * The release of each third-party action the stand-ins model: the pin the suite's workflows use,
 * the inputs the stand-in reads (or accepts knowing they change nothing it does), and the inputs
 * that major removed. A step pinned elsewhere, or setting an input outside the list, still runs
 * on the stand-in, with a note that says so: the rehearsal never silently pretends.
 */
import { SIGNING_MODELS } from './signing.js';

export interface ActionModel {
  version: string;
  /** The commit the version tag peels to. */
  sha: string;
  inputs: readonly string[];
  /** Inputs this major no longer has (the runner warns "Unexpected input(s)" and ignores them). */
  removed?: readonly string[];
}

export const ACTION_MODELS: Readonly<Record<string, ActionModel>> = {
  'actions/checkout': { version: 'v7.0.1', sha: '3d3c42e5aac5ba805825da76410c181273ba90b1', inputs: ['repository', 'ref', 'token', 'path', 'fetch-depth', 'persist-credentials'] },
  'actions/upload-artifact': {
    version: 'v7.0.0',
    sha: 'bbbca2ddaa5d8feaa63e36b76fdaad77386f024f',
    inputs: ['name', 'path', 'if-no-files-found', 'retention-days', 'compression-level', 'overwrite', 'include-hidden-files', 'archive'],
  },
  'actions/download-artifact': {
    version: 'v8.0.1',
    sha: '3e5f45b2cfb9172054b4087a40e8e0b5a5461e7c',
    inputs: ['name', 'artifact-ids', 'path', 'pattern', 'merge-multiple', 'repository', 'digest-mismatch', 'skip-decompress'],
  },
  'actions/attest-build-provenance': {
    version: 'v4.1.0',
    sha: 'a2bbfa25375fe432b6a289bc6b6cd05ecd0c4c32',
    inputs: ['subject-path', 'subject-digest', 'subject-name', 'subject-checksums', 'push-to-registry', 'create-storage-record', 'show-summary', 'github-token'],
  },
  'aquasecurity/trivy-action': {
    version: 'v0.36.0',
    sha: 'ed142fd0673e97e23eac54620cfb913e5ce36c25',
    // read: image-ref, severity; the others tune a scan the stand-in does not run
    inputs: ['image-ref', 'severity', 'version', 'scanners', 'ignore-unfixed', 'exit-code', 'format', 'cache', 'vuln-type', 'timeout'],
  },
  'docker/build-push-action': {
    version: 'v7.3.0',
    sha: '53b7df96c91f9c12dcc8a07bcb9ccacbed38856a',
    inputs: ['context', 'file', 'platforms', 'labels', 'build-args', 'outputs', 'push', 'tags', 'provenance', 'sbom'],
  },
  'docker/login-action': { version: 'v4.1.0', sha: '4907a6ddec9925e35a0a9e82d7399ccc52663121', inputs: ['registry', 'username', 'password'] },
  'docker/metadata-action': { version: 'v6.2.0', sha: 'dc802804100637a589fabce1cb79ff13a1411302', inputs: ['images', 'tags', 'flavor', 'labels'] },
  'docker/setup-buildx-action': { version: 'v4.3.0', sha: '37fe631027851001ddb9b187196cc803df7f5f0e', inputs: [], removed: ['install', 'config', 'config-inline'] },
  'docker/setup-qemu-action': { version: 'v4.2.0', sha: '96fe6ef7f33517b61c61be40b68a1882f3264fb8', inputs: ['platforms'] },
  'helm/kind-action': { version: 'v1.14.0', sha: 'ef37e7f390d99f746eb8b610417061a60e82a6cc', inputs: [] },
  ...SIGNING_MODELS,
};

/** Environment variables a major removed: set on the step, they now do nothing. */
export const REMOVED_ENV: Readonly<Record<string, readonly string[]>> = {
  'docker/build-push-action': ['DOCKER_BUILD_NO_SUMMARY', 'DOCKER_BUILD_EXPORT_RETENTION_DAYS'],
};

/** What to tell about a step that uses `key` at `ref` with these `with:` keys, against the model. */
export function modelNotes(key: string, ref: string, withKeys: readonly string[]): string[] {
  const model = ACTION_MODELS[key];
  if (!model) return [];
  const notes: string[] = [];
  const major = (v: string): string => /^v?(\d+)/.exec(v)?.[1] ?? v;
  const samePin = ref === model.sha || ref === model.version || (!/^[0-9a-f]{40}$/.test(ref) && major(ref) === major(model.version) && major(model.version) !== '0');
  if (!samePin) notes.push(`the stand-in models ${key} ${model.version} (${model.sha.slice(0, 12)}); this step pins ${ref || 'no ref'}`);
  const removed = withKeys.filter((k) => model.removed?.includes(k));
  if (removed.length > 0) notes.push(`${key} ${model.version} has no input ${removed.join(', ')} any more: GitHub ignores it with a warning`);
  const unmodelled = withKeys.filter((k) => !model.inputs.includes(k) && !model.removed?.includes(k));
  if (unmodelled.length > 0) notes.push(`not modelled by the stand-in, no effect here: ${unmodelled.join(', ')}`);
  return notes;
}
