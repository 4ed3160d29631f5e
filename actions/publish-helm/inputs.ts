/**
 * The one place publish-helm's inputs are read and validated. Nothing heavy is loaded here
 * (no @actions/core, yaml, tar or Octokit): a refusal costs about the start-up of bare node.
 * The token and the registry password are masked as soon as they are read.
 */
import { parseChartLocation } from '../lib/oci/reference.js';
import { InputError } from '../lib/runner/errors.js';
import { bool, oneOf, readInputs, secret, str, withCheck, type Env, type Field } from '../lib/runner/inputs.js';
import { versionInput } from '../lib/semver/input.js';

export const ASSET_LOCATIONS = ['pages', 'release'] as const;
export type AssetLocation = (typeof ASSET_LOCATIONS)[number];
export const ROLLBACK_STRATEGIES = ['withdraw', 'deprecate'] as const;
export type RollbackStrategy = (typeof ROLLBACK_STRATEGIES)[number];

/** A path inside the repository (or the pages branch): relative, no `..`, no control characters. */
function relativePathProblem(v: string): string | undefined {
  if (v.startsWith('/') || v.startsWith('\\') || /^[A-Za-z]:/.test(v)) return `expected a relative path, got ${JSON.stringify(v)}`;
  if (v.split(/[\\/]/).includes('..')) return `expected a path without '..', got ${JSON.stringify(v)}`;
  // eslint-disable-next-line no-control-regex
  if (/[\0-\x1f\x7f]/.test(v)) return 'expected a path without control characters';
  return undefined;
}

function pathInRepo(): Field<string> {
  return withCheck(str(), (v) => (v === '' ? undefined : relativePathProblem(v)));
}

/** A git branch name that cannot be read as an option or a path trick. */
const BRANCH = /^(?!-)(?!.*\.\.)(?!.*\/\/)(?!.*@\{)(?!.*\.lock(?:\/|$))(?!\/)[A-Za-z0-9._/-]+(?<![/.])$/;

function branch(): Field<string> {
  return withCheck(str(), (v) => (v === '' || BRANCH.test(v) ? undefined : `expected a branch name like gh-pages, got ${JSON.stringify(v)}`));
}

/** The URL the pages branch is served at: http(s), no credentials, query or fragment (they would end up in the index). */
export function repoUrlProblem(v: string): string | undefined {
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    return `expected a URL like https://owner.github.io/repo, got ${JSON.stringify(v)}`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `expected an https:// URL, got a ${url.protocol.replace(/:$/, '')}: URL`;
  if (url.username || url.password) return 'expected a URL without credentials (it is written into the public index)';
  if (url.search || url.hash) return 'expected a URL without a query or fragment';
  return undefined;
}

function indexPath(): Field<string> {
  return withCheck(str({ default: 'index.yaml' }), (v) => {
    const problem = relativePathProblem(v);
    if (problem) return problem;
    const name = v.split('/').pop();
    if (name !== 'index.yaml') return `expected a path ending in index.yaml (Helm reads <repository URL>/index.yaml), got ${JSON.stringify(v)}`;
    return undefined;
  });
}

function packagesDir(): Field<string> {
  const inner = withCheck(str(), (v) => (v === '' ? undefined : relativePathProblem(v)));
  return {
    kind: 'path',
    read(name, raw) {
      const v = inner.read(name, raw);
      const clean = v
        .split('/')
        .filter((p) => p !== '' && p !== '.')
        .join('/');
      return clean;
    },
  };
}

function ociRegistry(): Field<string> {
  return withCheck(str(), (v) => {
    if (v === '') return undefined;
    try {
      parseChartLocation(v, 'chart');
    } catch (e) {
      return (e as Error).message;
    }
    return undefined;
  });
}

/** `changed`, or chart folders one a line or separated by commas. */
export type ChartsSelection = { kind: 'none' } | { kind: 'changed' } | { kind: 'list'; folders: string[] };

function chartsField(): Field<ChartsSelection> {
  return {
    kind: 'list',
    read(name, raw) {
      const items = raw
        .split(/[\r\n,]+/)
        .map((l) => l.trim())
        .filter((l) => l !== '' && !l.startsWith('#'));
      if (items.length === 0) return { kind: 'none' };
      if (items.length === 1 && items[0] === 'changed') return { kind: 'changed' };
      const folders: string[] = [];
      for (const item of items) {
        if (item === 'changed') throw new InputError(name, 'changed is the whole value (every own chart the tags say to release), not one item of a list of folders');
        const problem = relativePathProblem(item);
        if (problem) throw new InputError(name, `${problem} (expected changed, or chart folders like charts/my-chart)`);
        const folder = item.replace(/^\.\//, '').replace(/\/+$/, '');
        if (!folders.includes(folder)) folders.push(folder);
      }
      return { kind: 'list', folders };
    },
  };
}

export const spec = {
  chart: pathInRepo(),
  charts: chartsField(),
  'plan-only': bool(false),
  version: versionInput(),
  'pages-branch': branch(),
  'repo-url': withCheck(str(), (v) => (v === '' ? undefined : repoUrlProblem(v))),
  'index-path': indexPath(),
  'packages-dir': packagesDir(),
  'asset-location': oneOf(ASSET_LOCATIONS, 'pages'),
  'oci-registry': ociRegistry(),
  'registry-username': str({ pattern: /^[^\s:]+$/, expected: 'a user name without spaces or colons' }),
  'registry-password': secret(),
  'skip-existing': bool(true),
  rollback: versionInput(),
  'rollback-strategy': oneOf(ROLLBACK_STRATEGIES, 'withdraw'),
  deprecate: versionInput(),
  'dry-run': bool(false),
  'lint-templates': bool(false),
  token: secret(),
  config: pathInRepo(),
} as const;

export interface PublishInputs {
  /** Chart folder relative to the workspace; '' = from the configuration (the single charts/*). */
  chart: string;
  /** Several charts in one run: `changed` (the own charts with a version not tagged yet) or a list of folders. */
  charts: ChartsSelection;
  /** With charts: decide and report which charts would be released, write nothing. */
  planOnly: boolean;
  /** '' = not checked; else must equal Chart.yaml's version. */
  version: string;
  /** '' = the configuration's pages-branch (default gh-pages). */
  pagesBranch: string;
  /** '' = the configuration's helm-repo-url (default https://OWNER.github.io/REPO). */
  repoUrl: string;
  indexPath: string;
  /** '' = the root of the pages branch. */
  packagesDir: string;
  assetLocation: AssetLocation;
  /** '' = the configuration's oci-registry, else none. */
  ociRegistry: string;
  registryUsername: string;
  registryPassword: string;
  skipExisting: boolean;
  /** A version to roll back (the `rollback` input, or the older `deprecate`); '' = publish mode. */
  rollback: string;
  /** withdraw: the entry removed from the index; deprecate: kept with deprecated: true. */
  rollbackStrategy: RollbackStrategy;
  dryRun: boolean;
  /** Warn (never fail) about templates and CRDs that are not YAML once {{ }} is taken out. */
  lintTemplates: boolean;
  token: string;
  config: string;
}

/** Reads every input, then checks the ones that only make sense together. */
export function readPublishInputs(env: Env = process.env): PublishInputs {
  const v = readInputs(spec, env);
  const inputs: PublishInputs = {
    chart: v.chart,
    charts: v.charts,
    planOnly: v['plan-only'],
    version: v.version,
    pagesBranch: v['pages-branch'],
    repoUrl: v['repo-url'].replace(/\/+$/, ''),
    indexPath: v['index-path'],
    packagesDir: v['packages-dir'],
    assetLocation: v['asset-location'],
    ociRegistry: v['oci-registry'],
    registryUsername: v['registry-username'],
    registryPassword: v['registry-password'],
    skipExisting: v['skip-existing'],
    rollback: v.rollback || v.deprecate,
    rollbackStrategy: v.deprecate ? 'deprecate' : v['rollback-strategy'],
    dryRun: v['dry-run'],
    lintTemplates: v['lint-templates'],
    token: v.token,
    config: v.config,
  };
  if (inputs.registryUsername && !inputs.registryPassword) throw new InputError('registry-password', 'required when registry-username is set');
  if (inputs.registryPassword && !inputs.registryUsername) throw new InputError('registry-username', 'required when registry-password is set');
  if (v.rollback && v.deprecate) {
    throw new InputError('deprecate', `deprecate: VERSION is the older spelling of rollback: VERSION with rollback-strategy: deprecate; give only rollback (and rollback-strategy)`);
  }
  if (inputs.rollback) {
    const which = v.deprecate ? 'deprecate' : 'rollback';
    if (inputs.version) {
      throw new InputError('version', `${which} changes an already published version (${inputs.rollback}) and packages nothing: leave version empty`);
    }
    if (inputs.ociRegistry) throw new InputError('oci-registry', `${which} changes only the Helm repository index; an OCI registry has no way to withdraw or deprecate a tag: leave oci-registry empty`);
  }
  if (inputs.charts.kind !== 'none') chartsProblems(inputs, v.deprecate ? 'deprecate' : 'rollback');
  else if (inputs.planOnly) throw new InputError('plan-only', 'plan-only decides which of several charts to release: give charts too (changed, or a list of chart folders)');
  if (inputs.token === '' && !inputs.dryRun && !inputs.planOnly) {
    throw new InputError('token', 'required: a token that can push to the pages branch (contents: write), e.g. ${{ github.token }}');
  }
  // plan-only reads no release (charts-run.ts): it decides from the tags alone
  if (inputs.token === '' && inputs.assetLocation === 'release' && !inputs.planOnly) {
    throw new InputError('token', 'required with asset-location: release (the GitHub release is read through the API)');
  }
  return inputs;
}

/** Inputs that make no sense with several charts in one run, each refused with its fix. */
function chartsProblems(inputs: PublishInputs, rollbackInput: string): void {
  if (inputs.chart) throw new InputError('chart', 'chart publishes one chart and charts several: give only one of them');
  if (inputs.version) throw new InputError('version', 'each chart is released at the version its Chart.yaml says, tagged <name>-<version>: leave version empty with charts');
  if (inputs.rollback) throw new InputError(rollbackInput, `${rollbackInput} takes back one version of one chart: run it with chart, not charts`);
}
