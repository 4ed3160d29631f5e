/**
 * What doctor reads out of a repository before judging it: the version references, the image
 * names, the workflows, and from them the settings a configuration would hold. Pure.
 */
import { sortReleaseTags } from '../../actions/lib/semver/version.js';
import { makefileImages, normaliseImage, valuesImages, workflowImages, type ImageReference } from './images.js';
import type { Detected, Facts } from './types.js';
import { readVersionReferences, referenceConfig, type VersionReading } from './versions.js';
import { summariseWorkflows, type WorkflowSummary } from './workflows.js';

export interface Survey {
  facts: Facts;
  versions: VersionReading;
  images: ImageReference[];
  workflows: WorkflowSummary;
  detected: Detected;
}

function workflowFiles(facts: Facts): Map<string, string> {
  return new Map([...facts.files].filter(([p]) => p.startsWith('.github/workflows/')));
}

/** Every image name the repository states, the release's own (the caller's input or its default) last. */
function imageReferences(facts: Facts, chart: string | undefined, workflows: WorkflowSummary): ImageReference[] {
  const refs: ImageReference[] = [];
  const values = chart ? facts.files.get(`${chart}/values.yaml`) : undefined;
  if (chart && values !== undefined) refs.push(...valuesImages(values, `${chart}/values.yaml`));
  const makefile = facts.files.get('Makefile');
  if (makefile !== undefined) refs.push(...makefileImages(makefile, 'Makefile'));
  for (const [path, text] of workflowFiles(facts)) refs.push(...workflowImages(text, path, facts.repository));
  for (const image of facts.config?.data?.images ?? []) refs.push({ path: facts.config!.path, line: 1, name: 'images', image: normaliseImage(image) });
  for (const caller of workflows.callers) {
    const input = caller.with['image'];
    if (input) {
      const image = normaliseImage(input);
      // The text scan found the same `image:` line: one reference, at that line.
      const scanned = refs.findIndex((r) => r.path === caller.path && r.name === 'workflow' && r.image === image);
      const line = scanned >= 0 ? refs.splice(scanned, 1)[0]!.line : caller.line;
      refs.push({ path: caller.path, line, name: 'image input', image });
    }
    else if (facts.repository) refs.push({ path: caller.path, line: caller.line, name: "release.yaml's default (no image input)", image: `ghcr.io/${facts.repository.toLowerCase()}`, implicit: true });
  }
  return refs;
}

/** The image the release should publish: the configuration's, else what the chart deploys, else the Makefile's. */
function chooseImage(facts: Facts, refs: readonly ImageReference[]): ImageReference | undefined {
  const concrete = refs.filter((r) => !r.image.includes('${{') && !r.implicit);
  const byPath = (pred: (r: ImageReference) => boolean): ImageReference | undefined => concrete.find(pred);
  return (
    byPath((r) => r.name === 'images') ??
    byPath((r) => r.path.endsWith('values.yaml')) ??
    byPath((r) => r.path === 'Makefile') ??
    byPath((r) => r.name === 'image input') ??
    concrete[0] ??
    (facts.repository ? { path: 'origin', line: 0, name: 'ghcr.io/OWNER/REPO', image: `ghcr.io/${facts.repository.toLowerCase()}` } : undefined)
  );
}

/**
 * A repository with a chart and no Dockerfile (at the caller's `dockerfile:` path) whose
 * configuration names no image releases its chart alone, as llm-d-infra does: a quirk to
 * handle (release.yaml `image: none`), not a missing file.
 */
function isChartOnly(facts: Facts, chart: string | undefined, workflows: WorkflowSummary): boolean {
  if (!chart) return false;
  const callers = workflows.callers.map((c) => c.with['image']).filter(Boolean);
  if (callers.includes('none')) return true;
  const dockerfile = workflows.callers.map((c) => c.with['dockerfile']).find((d) => d) ?? 'Dockerfile';
  const configured = facts.config?.data?.images;
  return !facts.paths.includes(dockerfile) && (configured === undefined || configured.length === 0) && callers.length === 0;
}

export function survey(facts: Facts): Survey {
  const workflows = summariseWorkflows(workflowFiles(facts));
  const chart = facts.chart?.path;
  const chartOnly = isChartOnly(facts, chart, workflows);
  // a chart-only repository's references are read as its configuration will say (`images: []`)
  const config = { ...referenceConfig(facts.config?.data), ...(chartOnly ? { images: [] } : {}) };
  const versions = readVersionReferences(facts.paths, facts.files, {
    tags: facts.tags.map((t) => t.name),
    config,
    ...(facts.repository ? { repository: facts.repository } : {}),
  });
  const images = imageReferences(facts, chart, workflows);
  const image = chartOnly ? undefined : chooseImage(facts, images);
  const releaseTags = sortReleaseTags(facts.tags.map((t) => t.name), { includePrereleases: true });
  const bare = facts.tags.filter((t) => /^\d+\.\d+\.\d+/.test(t.name)).length;
  const detected: Detected = {
    ...(chart ? { chart } : {}),
    ...(chartOnly ? { chartOnly } : {}),
    ...(image ? { image: image.image, imageSource: image.line > 0 ? `${image.path}:${image.line}` : image.path } : {}),
    versionFiles: versions.files.flatMap<Detected['versionFiles'][number]>((f) => {
      // a configured file is not optional: the actions refuse one that holds no reference, so
      // only the chart (required anyway) and the files where a reference was read are listed
      const held = versions.references.filter((r) => r.path === f.path && (!f.key || r.name === f.key));
      if (f.type === 'chart') return [{ path: f.path, type: f.type }];
      if (held.length === 0) return [];
      if (f.type !== 'makefile') return [{ path: f.path, type: f.type, ...(f.key ? { key: f.key } : {}) }];
      const variables = (f.variables ?? []).filter((v) => held.some((r) => r.name === v));
      return variables.length > 0 ? [{ path: f.path, type: f.type, variables }] : [];
    }),
    tagPrefix: bare > releaseTags.length ? '' : 'v',
    ...(releaseTags[0] ? { newestTag: releaseTags[0] } : {}),
    pagesBranch: facts.config?.data?.['pages-branch'] ?? 'gh-pages',
  };
  return { facts, versions, images, workflows, detected };
}
