/**
 * The references a release owns — one definition, used by bump-version (which moves
 * them), verify-release's versions-consistent check (which holds them equal to the
 * release) and the rehearsal's inspect stage (which shows the drift before a release).
 * Whatever the bump moves, the preflight checks, and nothing else.
 *
 * Two steps, both pure: `referencePaths` says which files to read among the repository's
 * paths; `releaseReferences` turns their texts into the version files to plan or check
 * and the release's images.
 *
 * - Version files: the `files` input, else the configuration's `version-files`, else
 *   discovered: the chart's Chart.yaml (`version`, `appVersion`) and values.yaml, the
 *   Makefile's `VERSION` and `IMG_TAG`, README.md and the chart's README.md, and each
 *   kustomization `images:` entry of the release's image (`newTag`).
 * - Images: the configuration's, plus those the repository names itself (see images.ts).
 */
import { ActionError } from '../runner/errors.js';
import { kustomizeImages, makefileImages, uniqueImages, valuesImages, workflowImages } from './images.js';
import { lookup, type FileContents } from './read.js';
import type { VersionFile } from './types.js';
import { normaliseImage } from './values-yaml.js';

/** What of the configuration decides the references (actions/lib/config's ReleaseConfig fits). */
export interface ReferenceConfig {
  /** The chart folder (`charts/name`), when configured or the only one. */
  chart?: string;
  /** The configured (or default) images. */
  images?: readonly string[];
  /** The configuration's `version-files`. */
  versionFiles?: readonly VersionFile[];
  makefileVariables?: readonly string[];
  /** The Helm repository alias the docs use (`helm repo add ALIAS`). */
  helmRepoName?: string;
  /** The Helm repository's URL: a README's `helm repo add ALIAS URL` for it names the alias its examples use. */
  helmRepoUrl?: string;
}

export interface ReferenceRequest {
  /** Every path of the repository at the commit (`git ls-tree`, or a work tree's files). */
  paths: readonly string[];
  /** The texts of (at least) `referencePaths(paths, config)`. */
  contents: FileContents;
  config: ReferenceConfig;
  /** `owner/name`, for the image names in workflows. */
  repository: string;
  /** Lines of bump-version's `files` input, already parsed; they replace discovery. */
  files?: readonly VersionFile[];
}

export interface ReleaseReferences {
  files: VersionFile[];
  /** The release's images (`registry/repository`, no tag). */
  images: string[];
  source: 'input' | 'config' | 'discovery';
}

const CHART = /^charts\/[^/]+\/Chart\.yaml$/;
const WORKFLOW = /^\.github\/workflows\/[^/]+\.ya?ml$/;
const KUSTOMIZATION = /(?:^|\/)kustomization\.ya?ml$/;

function normalise(path: string): string {
  return path.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '');
}

/** The chart folder: the configured one, else the only `charts/*` with a Chart.yaml; several are refused. */
export function chartFolder(paths: readonly string[], configured?: string): string | undefined {
  const dir = configured?.replace(/^\.\//, '').replace(/\/+$/, '');
  if (dir && paths.includes(`${dir}/Chart.yaml`)) return dir;
  const charts = paths.filter((p) => CHART.test(p)).sort();
  if (charts.length > 1) {
    throw new ActionError(
      `expected one chart under charts/ to find the version files, found ${charts.length} (${charts.join(', ')}); set chart (or version-files) in .github/release-actions.yaml`,
    );
  }
  return charts[0]?.replace(/\/Chart\.yaml$/, '');
}

/** The files whose text decides the references: read these, then call `releaseReferences`. */
export function referencePaths(paths: readonly string[], config: ReferenceConfig, files: readonly VersionFile[] = []): string[] {
  const all = paths.map(normalise);
  const explicit = files.length > 0 ? files : (config.versionFiles ?? []);
  const chart = explicit.length > 0 ? undefined : chartFolder(all, config.chart);
  const wanted = [
    ...explicit.map((f) => f.path),
    ...(chart ? [`${chart}/Chart.yaml`, `${chart}/values.yaml`, `${chart}/README.md`] : []),
    'Makefile',
    'README.md',
    ...all.filter((p) => WORKFLOW.test(p) || (KUSTOMIZATION.test(p) && p.startsWith('config/'))),
  ];
  const present = new Set(all);
  return [...new Set(wanted)].filter((p) => present.has(p) || explicit.some((f) => f.path === p));
}

/** A Makefile entry without variables holds `VERSION` (or the configured ones), and `IMG_TAG` when it has one. */
function expandMakefiles(list: readonly VersionFile[], variables: readonly string[] | undefined): VersionFile[] {
  return list.flatMap((f) => {
    if (f.type !== 'makefile' || f.variables) return [f];
    if (variables && variables.length > 0) return [{ ...f, variables: [...variables] }];
    return [
      { ...f, variables: ['VERSION'] },
      { ...f, variables: ['IMG_TAG'], optional: true },
    ];
  });
}

/** `images: []` in the configuration: a repository that releases its chart alone (release.yaml `image: none`). */
export function publishesNoImage(config: ReferenceConfig): boolean {
  return Array.isArray(config.images) && config.images.length === 0;
}

/** The release's images: configured, then named by the Makefile, the kustomizations, the chart and the workflows. */
function detectImages(req: ReferenceRequest, chart: string | undefined): string[] {
  if (publishesNoImage(req.config)) return [];
  const text = (p: string): string => lookup(req.contents, p) ?? '';
  const names = chart ? [chart.split('/').pop() as string] : [];
  const kustomized = req.paths.filter((p) => KUSTOMIZATION.test(p) && p.startsWith('config/'));
  return uniqueImages([
    ...(req.config.images ?? []),
    ...makefileImages(text('Makefile')),
    ...kustomized.flatMap((p) => kustomizeImages(text(p)).filter((i) => i.name === 'controller' && i.newName).map((i) => i.newName as string)),
    ...(chart ? valuesImages(text(`${chart}/values.yaml`)) : []),
    ...req.paths.filter((p) => WORKFLOW.test(p)).flatMap((p) => workflowImages(text(p), req.repository, names)),
  ]);
}

const REPO_ADD = /\bhelm\s+repo\s+add\s+([A-Za-z0-9][\w.-]*)\s+(\S+)/g;

/** The aliases a docs file gives the chart's Helm repository (`helm repo add wva <our URL>`), and the configured one. */
export function repoAliases(text: string, config: ReferenceConfig): string[] {
  const url = config.helmRepoUrl?.replace(/\/+$/, '');
  const found = url ? [...text.matchAll(REPO_ADD)].filter((m) => (m[2] as string).replace(/["']/g, '').replace(/\/+$/, '') === url).map((m) => m[1] as string) : [];
  return [...new Set([...(config.helmRepoName ? [config.helmRepoName] : []), ...found])];
}

function discovered(req: ReferenceRequest, chart: string | undefined, images: readonly string[]): VersionFile[] {
  const present = new Set(req.paths);
  const ours = new Set(images.map(normaliseImage));
  const files: VersionFile[] = [];
  const docs = (path: string): VersionFile => {
    const aliases = repoAliases(lookup(req.contents, path) ?? '', req.config);
    return { path, type: 'docs', optional: true, images: [...images], ...(aliases.length > 0 ? { chart: aliases } : {}) };
  };
  if (chart) {
    files.push({ path: `${chart}/Chart.yaml`, type: 'chart', ...(publishesNoImage(req.config) ? { appVersion: false } : {}) });
    if (present.has(`${chart}/values.yaml`)) files.push({ path: `${chart}/values.yaml`, type: 'values', optional: true });
    if (present.has(`${chart}/README.md`)) files.push(docs(`${chart}/README.md`));
  }
  if (present.has('Makefile')) files.push(...expandMakefiles([{ path: 'Makefile', type: 'makefile', optional: true }], req.config.makefileVariables).map((f) => ({ ...f, optional: true })));
  if (present.has('README.md')) files.push(docs('README.md'));
  for (const path of req.paths.filter((p) => KUSTOMIZATION.test(p) && p.startsWith('config/')).sort()) {
    for (const image of kustomizeImages(lookup(req.contents, path) ?? '')) {
      if (image.newName && ours.has(normaliseImage(image.newName))) files.push({ path, type: 'yaml', key: `images.${image.index}.newTag`, optional: true });
    }
  }
  return files;
}

export function releaseReferences(req: ReferenceRequest): ReleaseReferences {
  const paths = req.paths.map(normalise);
  const request = { ...req, paths };
  const explicit = req.files && req.files.length > 0 ? req.files : undefined;
  const configured = !explicit && req.config.versionFiles && req.config.versionFiles.length > 0 ? req.config.versionFiles : undefined;
  const chart = explicit || configured ? undefined : chartFolder(paths, req.config.chart);
  const images = detectImages(request, chart ?? (req.config.chart ? normalise(req.config.chart) : undefined));
  const noImage = publishesNoImage(req.config);
  const withImages = (f: VersionFile): VersionFile =>
    f.type === 'docs' ? { ...f, images: uniqueImages([...(f.images ?? []), ...images]) } : f.type === 'chart' && noImage && f.appVersion === undefined ? { ...f, appVersion: false } : f;
  if (explicit) return { files: expandMakefiles(explicit, req.config.makefileVariables).map(withImages), images, source: 'input' };
  if (configured) return { files: expandMakefiles(configured, req.config.makefileVariables).map(withImages), images, source: 'config' };
  return { files: discovered(request, chart, images), images, source: 'discovery' };
}
