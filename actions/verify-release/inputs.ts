/**
 * The one place verify-release's inputs are read and validated. Nothing heavy is
 * loaded here: a refusal costs about the start-up of bare node.
 *
 * What is an input error and what is a failed check: a value that cannot be read
 * at all (a malformed `checks` line, `kind: maybe`, a duration that is no duration)
 * refuses the run with one `::error::`. A well-formed value that turns out wrong —
 * a check name that is no check, a version that is not SemVer — is reported as a
 * failed check, and every other check still runs.
 */
import { InputError } from '../lib/runner/errors.js';
import { bool, duration, list, oneOf, readInputs, secret, str, withCheck, type Env, type Field } from '../lib/runner/inputs.js';
import { PHASES, type Phase } from './names.js';
import { parseAllowedSigners } from './signers.js';
import { signerWorkflowProblem } from '../lib/signing/identity.js';

/** A check name as it can be written: letters, digits, `-` and `_`. Anything else is malformed. */
const CHECK_LINE = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
const PLATFORM = /^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/;
const IMAGE = /^[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?(\/[a-z0-9]+([._-][a-z0-9]+)*)+$/;

/** Where the version comes from: the input as written, or the tag that started the run. */
export interface VersionSource {
  /** As written (may be invalid: that is reported as a failed check). */
  raw: string;
  from: 'input' | 'tag';
  /** The tag of GITHUB_REF, when the run was started by one. */
  refTag?: string;
}

function versionSource(env: Env): Field<VersionSource> {
  return {
    kind: 'version',
    read(name, raw) {
      const ref = env['GITHUB_REF'] ?? '';
      const refTag = ref.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : undefined;
      if (raw !== '') return { raw, from: 'input', ...(refTag ? { refTag } : {}) };
      if (refTag) return { raw: refTag, from: 'tag', refTag };
      throw new InputError(name, `required when the run was not started by a tag (GITHUB_REF=${ref || '(unset)'}): expected a version like 0.5.0`);
    },
  };
}

function checksField(): Field<string[]> {
  const inner = list({
    item: (v) => (CHECK_LINE.test(v) ? undefined : `expected one check name a line (letters, digits and -), got ${JSON.stringify(v)}`),
  });
  return {
    kind: 'list',
    read(name, raw) {
      return [...new Set(inner.read(name, raw).map((c) => c.toLowerCase()))];
    },
  };
}

/**
 * GPG key blocks and SSH allowed-signers lines. A line ssh-keygen would skip is refused
 * here, naming its line and the fix: a signer silently dropped would fail the release tag
 * later with a wrong reason ("not listed"). Empty is allowed: only tag-signed needs it.
 */
function allowedSignersField(): Field<string> {
  return withCheck(str(), (v) => {
    const problems = parseAllowedSigners(v).problems;
    return problems.length > 0 ? problems.join('; ') : undefined;
  });
}

function relativePath(): Field<string> {
  return withCheck(str(), (v) => (v.startsWith('/') || v.split('/').includes('..') ? `expected a path inside the repository, got ${JSON.stringify(v)}` : undefined));
}

/** Declared in the order of action.yml; read in this order (the first bad one is reported). */
export function inputSpec(env: Env = process.env) {
  return {
    phase: oneOf(PHASES),
    checks: checksField(),
    version: versionSource(env),
    timeout: duration('10m'),
    'allowed-signers': allowedSignersField(),
    kind: bool(false),
    platforms: list({ item: (v) => (PLATFORM.test(v) ? undefined : `expected a platform like linux/amd64 or linux/arm64/v8, got ${JSON.stringify(v)}`) }),
    images: list({ item: (v) => (v === 'none' || IMAGE.test(v) ? undefined : `expected an image without tag, like ghcr.io/org/name, or none (a release of the chart alone), got ${JSON.stringify(v)}`) }),
    assets: list(),
    'helm-repo-url': str({ pattern: /^https?:\/\/[^\s]+$/, expected: 'an http(s) URL like https://org.github.io/repo' }),
    'oci-registry': str({ pattern: /^oci:\/\/[^\s]+$/, expected: 'a location like oci://ghcr.io/org/charts' }),
    'registry-username': str(),
    'registry-password': secret(),
    token: secret(),
    config: relativePath(),
    chart: relativePath(),
    signatures: bool(false),
    'signer-workflow': withCheck(str(), (v) => (v === '' ? undefined : signerWorkflowProblem(v))),
    'trusted-root': str(),
    // phase resolve only (resolve-run.ts reads them)
    mode: str(),
    reason: str(),
    image: str(),
    'native-arm64': bool(false),
    'require-signed-tag': bool(true),
    // phase order only (order-run.ts reads it)
    'check-registry': bool(true),
  } as const;
}

/** The spec the bundle test compares with action.yml. */
export const spec = inputSpec();

export interface VerifyInputs {
  phase: Phase;
  checks: string[];
  version: VersionSource;
  timeoutMs: number;
  allowedSigners: string;
  kind: boolean;
  platforms: string[];
  images: string[];
  assets: string[];
  helmRepoUrl: string;
  ociRegistry: string;
  registryUsername: string;
  registryPassword: string;
  token: string;
  config: string;
  /** The chart folder the chart checks read; '' = the configuration's chart. */
  chart: string;
  /** Run the signature checks in the default postflight selection. */
  signatures: boolean;
  /** `OWNER/REPO/.github/workflows/FILE.yaml` that signs; '' for this repository's release.yaml. */
  signerWorkflow: string;
  /** A Sigstore TrustedRoot JSON file; '' for the public-good root through TUF. */
  trustedRoot: string;
}

export function readVerifyInputs(env: Env = process.env): VerifyInputs {
  const v = readInputs(inputSpec(env), env);
  if ((v['registry-username'] === '') !== (v['registry-password'] === '')) {
    const missing = v['registry-username'] === '' ? 'registry-username' : 'registry-password';
    throw new InputError(missing, 'registry-username and registry-password go together: give both, or neither for anonymous pulls');
  }
  if (v.images.includes('none') && v.images.length > 1) throw new InputError('images', 'none means the release publishes no image: give it alone, or list the images without it');
  return {
    phase: v.phase,
    checks: v.checks,
    version: v.version,
    timeoutMs: v.timeout,
    allowedSigners: v['allowed-signers'],
    kind: v.kind,
    platforms: v.platforms,
    images: v.images,
    assets: v.assets,
    helmRepoUrl: v['helm-repo-url'].replace(/\/+$/, ''),
    ociRegistry: v['oci-registry'],
    registryUsername: v['registry-username'],
    registryPassword: v['registry-password'],
    token: v.token,
    config: v.config,
    chart: v.chart.replace(/\/+$/, ''),
    signatures: v.signatures,
    signerWorkflow: v['signer-workflow'],
    trustedRoot: v['trusted-root'],
  };
}
