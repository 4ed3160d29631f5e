/**
 * The one place bump-version's inputs are read and validated. Nothing heavy is
 * loaded here: a refusal costs about the start-up of bare node.
 */
import { InputError } from '../lib/runner/errors.js';
import { bool, list, oneOf, readInputs, secret, str, withCheck, type Env, type Field } from '../lib/runner/inputs.js';
import type { VersionFile } from '../lib/version-files/types.js';
import { versionInput } from '../lib/semver/input.js';
import { parseFileLine } from './files.js';
import { isKeyword, KEYWORDS, MODES, parseLine, PATCH_KEYWORDS, type Mode } from './target.js';

/** `versioned`: one pull request per version on `release-vX.Y.Z`; `current`: one pull request on a fixed branch, kept current. */
export const PULL_REQUEST_KINDS = ['versioned', 'current'] as const;
export type PullRequestKind = (typeof PULL_REQUEST_KINDS)[number];

const SHA = /^[0-9a-fA-F]{7,40}$/;
/** Git's rules for a branch name, kept to what a base branch reasonably is. */
const BRANCH = /^(?!-)(?!.*\.\.)(?!.*\/\/)(?!.*@\{)(?!.*\.lock$)(?!.*\/$)(?!.*\.$)[A-Za-z0-9._/-]{1,200}$/;

/** Labels: one a line, or comma-separated; GitHub allows 50 characters. */
function labels(defaultValue: string): Field<string[]> {
  const inner = list();
  return {
    kind: 'list',
    read(name, raw) {
      const items = inner.read(name, raw === '' ? defaultValue : raw).flatMap((l) => l.split(',').map((s) => s.trim()).filter(Boolean));
      for (const label of items) if (label.length > 50) throw new InputError(name, `expected labels of at most 50 characters, got ${JSON.stringify(label)}`);
      return [...new Set(items)];
    },
  };
}

/** The `files` input: each line parsed into a version file, errors naming the line. */
function versionFiles(): Field<VersionFile[]> {
  return {
    kind: 'list',
    read(name, raw) {
      const lines = list().read(name, raw);
      return lines.map((line, i) => {
        try {
          return parseFileLine(line);
        } catch (err) {
          throw new InputError(name, `line ${i + 1}: ${(err as Error).message}`);
        }
      });
    },
  };
}

export const spec = {
  version: versionInput({ keywords: KEYWORDS, required: true }),
  mode: oneOf(MODES, 'release'),
  'cherry-pick': list({ item: (v) => (SHA.test(v) ? undefined : `expected a commit SHA (7 to 40 hex digits), got ${JSON.stringify(v)}`) }),
  base: str({ pattern: /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)(?:\.(0|[1-9]\d*))?$/, expected: 'a release line like 0.3, v0.3 or v0.3.1' }),
  preid: str({ default: 'rc', pattern: /^[0-9A-Za-z-]{1,32}$/, expected: 'a prerelease identifier like rc, alpha or beta' }),
  files: versionFiles(),
  changelog: bool(true),
  'open-pr': bool(true),
  'pull-request': oneOf(PULL_REQUEST_KINDS, 'versioned'),
  'pr-branch': str({ default: 'release-next', pattern: BRANCH, expected: 'a branch name like release-next' }),
  'base-branch': str({ pattern: BRANCH, expected: 'a branch name like main' }),
  labels: labels('release'),
  draft: bool(false),
  'dry-run': bool(false),
  'sign-off': bool(true),
  'signing-key': str({ pattern: /^[0-9A-Za-z@._+<>-]{1,128}$/, expected: 'a GPG key id, fingerprint or e-mail' }),
  'allow-downgrade': bool(false),
  token: secret(),
  config: withCheck(str(), (v) => (v.split('/').includes('..') || v.startsWith('/') ? `expected a path inside the repository, got ${JSON.stringify(v)}` : undefined)),
} as const;

export interface BumpInputs {
  /** An explicit version without `v`, or a keyword. */
  version: string;
  mode: Mode;
  cherryPick: string[];
  base: string;
  preid: string;
  files: VersionFile[];
  changelog: boolean;
  openPr: boolean;
  pullRequest: PullRequestKind;
  /** The fixed branch of `pull-request: current`. */
  prBranch: string;
  baseBranch: string;
  labels: string[];
  draft: boolean;
  dryRun: boolean;
  signOff: boolean;
  signingKey: string;
  allowDowngrade: boolean;
  token: string;
  config: string;
}

/** Reads every input, then checks the ones that only make sense together. */
export function readBumpInputs(env: Env = process.env): BumpInputs {
  const v = readInputs(spec, env);
  const inputs: BumpInputs = {
    version: v.version,
    mode: v.mode,
    cherryPick: v['cherry-pick'],
    base: v.base,
    preid: v.preid,
    files: v.files,
    changelog: v.changelog,
    openPr: v['open-pr'],
    pullRequest: v['pull-request'],
    prBranch: v['pr-branch'],
    baseBranch: v['base-branch'],
    labels: v.labels,
    draft: v.draft,
    dryRun: v['dry-run'],
    signOff: v['sign-off'],
    signingKey: v['signing-key'],
    allowDowngrade: v['allow-downgrade'],
    token: v.token,
    config: v.config,
  };
  if (inputs.pullRequest === 'current') checkCurrent(inputs);
  if (inputs.mode === 'release') {
    if (inputs.cherryPick.length > 0) throw new InputError('cherry-pick', 'only a hotfix or a backport cherry-picks (set mode: hotfix or mode: backport)');
    if (inputs.base) throw new InputError('base', 'names the release line of a hotfix or backport; a release starts from base-branch');
  } else {
    if (isKeyword(inputs.version) && !PATCH_KEYWORDS.includes(inputs.version)) {
      throw new InputError('version', `a ${inputs.mode} is a patch release of an existing line: expected an explicit version, patch or prerelease, got ${inputs.version}`);
    }
    if (inputs.mode === 'backport' && isKeyword(inputs.version) && !inputs.base) {
      throw new InputError('base', `required for a backport of version '${inputs.version}': the release line to start from, like 0.3`);
    }
    if (inputs.base && !parseLine(inputs.base)) throw new InputError('base', `expected a release line like 0.3, got ${JSON.stringify(inputs.base)}`);
  }
  if (inputs.openPr && !inputs.dryRun && inputs.token === '') {
    throw new InputError('token', 'required to open the pull request (or set open-pr: false)');
  }
  return inputs;
}

/** A pull request kept current follows the default branch with the version its commits ask for. */
function checkCurrent(inputs: BumpInputs): void {
  if (inputs.mode !== 'release') throw new InputError('pull-request', `current keeps the release pull request of the default branch; a ${inputs.mode} is prepared once (set pull-request: versioned)`);
  if (inputs.version !== 'auto') throw new InputError('version', `pull-request: current takes the version from the commits: expected auto, got ${JSON.stringify(inputs.version)}`);
  if (/^release-v\d/.test(inputs.prBranch)) throw new InputError('pr-branch', `the branch of a pull request kept current holds every next version, so it names none: expected a name like release-next, got ${JSON.stringify(inputs.prBranch)}`);
}
