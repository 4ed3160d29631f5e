import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Identity } from '../git/git.js';
import { FileError } from '../runner/errors.js';
import { resolveCharts, type ChartEntry, type RawChartEntry } from './charts.js';
import { configSchema } from './schema.js';

export const DEFAULT_CONFIG_PATH = '.github/release-actions.yaml';

export interface VersionFileConfig {
  path: string;
  type: 'chart' | 'values' | 'makefile' | 'docs' | 'regex' | 'json' | 'yaml';
  variables?: string[];
  key?: string;
  pattern?: string;
  images?: string[];
  appVersion?: boolean;
}

export interface AnnounceConfig {
  messageTemplate?: string;
  discussionCategory?: string;
  dispatchRepos: string[];
  updateRepos: string[];
  mailTo: string[];
  nextMilestone: boolean;
}

/** Configuration with every default filled in from the repository layout. */
export interface ReleaseConfig {
  /** Where the file was read from (repository-relative), or undefined when there is none. */
  source?: string;
  owner: string;
  repo: string;
  /** Chart folder relative to the workspace, or undefined when the repository has none (or several). */
  chart?: string;
  chartCandidates: string[];
  /** Every chart with its versioning (`charts:`, else every charts/* with the release's chart `app`). */
  charts: ChartEntry[];
  images: string[];
  /** Whether `images` was written in the file (else it is the default ghcr.io/OWNER/REPO). */
  imagesConfigured: boolean;
  platforms: string[];
  /** Undefined: the version-file discovery of bump-version decides. */
  versionFiles?: VersionFileConfig[];
  makefileVariables?: string[];
  changelog: string;
  changelogInclude: string[];
  helmRepoUrl: string;
  helmRepoName: string;
  namespace?: string;
  pagesBranch: string;
  ociRegistry?: string;
  crdDir: string;
  crdNames: string[];
  releaseBranchPrefix: string;
  prTemplate?: string;
  gitIdentity?: Identity;
  announce: AnnounceConfig;
}

type Raw = {
  chart?: string;
  charts?: RawChartEntry[];
  images?: string[];
  platforms?: string[];
  'version-files'?: VersionFileConfig[];
  'makefile-variables'?: string[];
  changelog?: string;
  'changelog-include'?: string[];
  'helm-repo-url'?: string;
  'helm-repo-name'?: string;
  namespace?: string;
  'pages-branch'?: string;
  'oci-registry'?: string;
  'crd-dir'?: string;
  'crd-names'?: string[];
  'release-branch-prefix'?: string;
  'pr-template'?: string;
  'git-identity'?: Identity;
  announce?: {
    'message-template'?: string;
    'discussion-category'?: string;
    'dispatch-repos'?: string[];
    'update-repos'?: string[];
    'mail-to'?: string[];
    'next-milestone'?: boolean;
  };
};

export interface LoadConfigOptions {
  workspace: string;
  /** Path relative to the workspace; default .github/release-actions.yaml (optional). An explicit path must exist. */
  path?: string;
  /** owner/repo, default GITHUB_REPOSITORY. */
  repository?: string;
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** The chart folders of the repository: every charts/NAME with a Chart.yaml. */
export async function findCharts(workspace: string): Promise<string[]> {
  const dir = join(workspace, 'charts');
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const found: string[] = [];
  for (const e of entries) if (e.isDirectory() && (await exists(join(dir, e.name, 'Chart.yaml')))) found.push(`charts/${e.name}`);
  return found.sort();
}

export async function loadConfig(opts: LoadConfigOptions): Promise<ReleaseConfig> {
  const repository = opts.repository ?? process.env['GITHUB_REPOSITORY'] ?? 'owner/repo';
  const [owner = 'owner', repo = 'repo'] = repository.split('/');
  const explicit = opts.path !== undefined && opts.path !== '';
  const rel = explicit ? (opts.path as string) : DEFAULT_CONFIG_PATH;
  const full = join(opts.workspace, rel);
  let raw: Raw = {};
  let source: string | undefined;
  let text = '';
  if (await exists(full)) {
    text = await readFile(full, 'utf8');
    raw = await parseConfig(text, relative(opts.workspace, full) || rel);
    source = rel;
  } else if (explicit) {
    throw new FileError(rel, 'config file not found (input config names it)');
  }
  const chartCandidates = await findCharts(opts.workspace);
  const resolved = resolveCharts(raw.charts, chartCandidates, raw.chart);
  if ('problem' in resolved) {
    const [i, message] = resolved.problem;
    throw new FileError(relative(opts.workspace, full) || rel, `key 'charts${i >= 0 ? `.${i}` : ''}': ${message}`, entryLine(text, raw.charts?.[i]?.path));
  }
  const chart = raw.chart ?? resolved.app ?? (chartCandidates.length === 1 ? chartCandidates[0] : undefined);
  const chartName = chart?.split('/').pop();
  const a = raw.announce ?? {};
  return {
    source,
    owner,
    repo,
    chart,
    chartCandidates,
    charts: resolved.charts,
    images: raw.images ?? [`ghcr.io/${owner.toLowerCase()}/${repo.toLowerCase()}`],
    imagesConfigured: raw.images !== undefined,
    platforms: raw.platforms ?? ['linux/amd64', 'linux/arm64'],
    versionFiles: raw['version-files'],
    makefileVariables: raw['makefile-variables'],
    changelog: raw.changelog ?? 'CHANGELOG.md',
    changelogInclude: raw['changelog-include'] ?? [],
    helmRepoUrl: (raw['helm-repo-url'] ?? `https://${owner.toLowerCase()}.github.io/${repo}`).replace(/\/$/, ''),
    helmRepoName: raw['helm-repo-name'] ?? repo.toLowerCase().replace(/[^a-z0-9-]/g, '-'),
    namespace: raw.namespace ?? (chartName ? `${chartName}-system` : undefined),
    pagesBranch: raw['pages-branch'] ?? 'gh-pages',
    ociRegistry: raw['oci-registry'],
    crdDir: raw['crd-dir'] ?? 'config/crd/bases',
    crdNames: raw['crd-names'] ?? [],
    releaseBranchPrefix: raw['release-branch-prefix'] ?? 'release-v',
    prTemplate: raw['pr-template'],
    gitIdentity: raw['git-identity'],
    announce: {
      messageTemplate: a['message-template'],
      discussionCategory: a['discussion-category'],
      dispatchRepos: a['dispatch-repos'] ?? [],
      updateRepos: a['update-repos'] ?? [],
      mailTo: a['mail-to'] ?? [],
      nextMilestone: a['next-milestone'] ?? true,
    },
  };
}

/** The line of `path: <path>` in the configuration, for an error about a `charts:` entry. */
function entryLine(text: string, path: string | undefined): number | undefined {
  if (path === undefined) return undefined;
  const i = text.split('\n').findIndex((l) => new RegExp(`^\\s*(- )?\\s*path:\\s*['"]?${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['"]?\\s*(#.*)?$`).test(l));
  return i >= 0 ? i + 1 : undefined;
}

/**
 * Parses and validates the config text. Errors name the file, the line and the
 * key, and say what was expected.
 */
export async function parseConfig(text: string, file: string): Promise<Raw> {
  const [{ parseDocument, LineCounter, isMap, isPair, isScalar }, { validator }] = await Promise.all([import('yaml'), import('./validate.js')]);
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const lineAt = (offset: number | undefined): number | undefined => (offset === undefined ? undefined : lineCounter.linePos(offset).line);
  const firstError = doc.errors[0];
  if (firstError) throw new FileError(file, `not valid YAML: ${firstError.message.split('\n')[0]}`, lineAt(firstError.pos[0]));
  const value: unknown = doc.toJS() ?? {};
  const validate = validator();
  if (validate(value)) return value as Raw;
  const err = validate.errors?.[0];
  if (!err) throw new FileError(file, 'invalid configuration');
  const path = err.instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  const keyPath = path.map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  let line: number | undefined;
  let where = path.join('.') || '(top level)';
  let message = err.message ?? 'invalid';
  if (err.keyword === 'additionalProperties') {
    const unknown = String((err.params as { additionalProperty: string }).additionalProperty);
    const parent = keyPath.length ? doc.getIn(keyPath, true) : doc.contents;
    if (isMap(parent)) {
      const pair = parent.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === unknown);
      if (pair && isScalar(pair.key)) line = lineAt(pair.key.range?.[0]);
    }
    where = [...path, unknown].join('.');
    const allowed = Object.keys(schemaAt(path)?.properties ?? {});
    message = `unknown key${allowed.length ? ` (expected one of ${allowed.join(', ')})` : ''}`;
  } else {
    const node = keyPath.length ? doc.getIn(keyPath, true) : doc.contents;
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    line = lineAt(range?.[0]);
    if (err.keyword === 'enum') message = `expected one of ${(err.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`;
    else if (err.keyword === 'type') message = `expected ${(err.params as { type: string }).type}`;
    else if (err.keyword === 'pattern') message = `does not match the expected form ${(err.params as { pattern: string }).pattern}`;
    else if (err.keyword === 'required') {
      where = [...path, (err.params as { missingProperty: string }).missingProperty].join('.');
      message = 'required and missing';
    }
  }
  throw new FileError(file, `key '${where}': ${message}`, line);
}

interface SchemaNode {
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  $ref?: string;
}

function schemaAt(path: string[]): SchemaNode | undefined {
  let node: SchemaNode | undefined = configSchema as unknown as SchemaNode;
  for (const p of path) {
    if (!node) return undefined;
    if (node.$ref) node = (configSchema.definitions as Record<string, SchemaNode>)[node.$ref.split('/').pop() ?? ''];
    node = /^\d+$/.test(p) ? node?.items : node?.properties?.[p];
  }
  if (node?.$ref) node = (configSchema.definitions as Record<string, SchemaNode>)[node.$ref.split('/').pop() ?? ''];
  return node;
}
