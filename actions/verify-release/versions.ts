/**
 * Every version reference of the repository against the release version, with the
 * readers of bump-version (actions/lib/version-files) so that both agree on what a
 * reference is. Pure: the caller reads the files.
 *
 * - Declaring files (Chart.yaml `version` and `appVersion`, the Makefile variables,
 *   regex / json / yaml files) must each hold the version (`v` style free where the
 *   file allows it: `appVersion: v0.5.0` and `VERSION ?= 0.5.0` both agree with v0.5.0).
 * - values.yaml image tags of our images and README examples (`helm … --version`
 *   naming the chart, `<our image>:<tag>`) that hold another version disagree; tags of
 *   other images (a kube-rbac-proxy sidecar), `latest`, digests and empty tags are
 *   listed as not checked, with the reason.
 */
import { parseDocument } from 'yaml';
import { ActionError } from '../lib/runner/errors.js';
import { stripV } from '../lib/semver/version.js';
import { readDeclaringFile } from '../lib/version-files/declaring.js';
import { readDocs } from '../lib/version-files/docs.js';
import type { ReadResult, VersionFile } from '../lib/version-files/types.js';
import { readValuesYaml } from '../lib/version-files/values-yaml.js';

export type RowStatus = 'agrees' | 'differs' | 'not checked' | 'error';

export interface VersionRow {
  file: string;
  line?: number;
  name: string;
  value?: string;
  status: RowStatus;
  note?: string;
}

export interface VersionCheck {
  rows: VersionRow[];
  /** The rows that make the check fail. */
  problems: VersionRow[];
}

export interface VersionCheckOptions {
  /** Our images (without tag): their values.yaml tags and README examples must hold the version. */
  images?: readonly string[];
}

/** Path → text; undefined when the file does not exist. */
export type Contents = ReadonlyMap<string, string | undefined>;

const FOLLOWING = new Set(['values', 'docs']);
const STALE = /^holds (\S+), not the current version/;

export function checkVersionReferences(files: readonly VersionFile[], contents: Contents, version: string, options: VersionCheckOptions = {}): VersionCheck {
  const current = stripV(version);
  const rows: VersionRow[] = [];
  const chartNames: string[] = [];
  const ourImages = new Set((options.images ?? []).map(normaliseImage));
  const valueImages: string[] = [];

  const add = (file: VersionFile, result: ReadResult, classify?: (name: string, value: string | undefined) => { ours: boolean; note?: string }): void => {
    for (const ref of result.refs) {
      const agrees = stripV(ref.value) === current;
      rows.push({ file: file.path, line: ref.line, name: ref.name, value: ref.value, status: agrees ? 'agrees' : 'differs', ...(agrees ? {} : { note: `expected ${current}` }) });
    }
    for (const s of result.skipped) {
      const stale = STALE.exec(s.reason);
      const verdict = stale ? (classify?.(s.name, s.value) ?? { ours: true }) : { ours: false };
      rows.push({
        file: file.path,
        ...(s.line ? { line: s.line } : {}),
        name: s.name,
        ...(s.value !== undefined ? { value: s.value } : {}),
        status: stale && verdict.ours ? 'differs' : 'not checked',
        note: stale && verdict.ours ? `expected ${current}` : (verdict.note ?? s.reason),
      });
    }
  };

  const visit = (file: VersionFile, read: (text: string) => ReadResult, classify?: Parameters<typeof add>[2]): void => {
    const text = contents.get(file.path);
    if (text === undefined) {
      rows.push({ file: file.path, name: file.type, status: file.optional ? 'not checked' : 'error', note: 'file not found' });
      return;
    }
    try {
      add(file, read(text), classify);
    } catch (err) {
      if (!(err instanceof ActionError)) throw err;
      const line = (err as { line?: number }).line;
      rows.push({ file: file.path, ...(line ? { line } : {}), name: file.type, status: 'error', note: err.message });
    }
  };

  for (const file of files) {
    if (FOLLOWING.has(file.type)) continue;
    visit(file, (text) => readDeclaringFile(file, text, chartNames));
  }

  for (const file of files) {
    if (file.type !== 'values') continue;
    const text = contents.get(file.path);
    visit(
      file,
      (t) => {
        const r = readValuesYaml(t, { current, ...(file.key ? { key: file.key } : {}), optional: file.optional === true }, file.path);
        valueImages.push(...r.images);
        return r;
      },
      (name) => {
        // A stale tag is ours when it is the chart's own `image.tag`, or when its image is one of ours.
        const image = text === undefined ? undefined : imageBeside(text, name);
        if (image && ourImages.has(normaliseImage(image))) return { ours: true };
        if (name === 'image.tag' || name === file.key) return { ours: true };
        return { ours: false, note: `another image${image ? ` (${image})` : ''}, not released here` };
      },
    );
  }

  for (const file of files) {
    if (file.type !== 'docs') continue;
    const charts = [...new Set([...asList(file.chart), ...chartNames])];
    const images = [...new Set([...(file.images ?? []), ...(options.images ?? []), ...valueImages])];
    visit(file, (text) => readDocs(text, { current, charts, images, optional: file.optional === true }, file.path));
  }

  // In the order the files are listed, each file's references by line.
  const order = [...new Set(files.map((f) => f.path))];
  rows.sort((a, b) => order.indexOf(a.file) - order.indexOf(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return { rows, problems: rows.filter((r) => r.status === 'differs' || r.status === 'error') };
}

function asList(value: string | readonly string[] | undefined): string[] {
  if (value === undefined) return [];
  return typeof value === 'string' ? [value] : [...value];
}

function normaliseImage(image: string): string {
  return image.toLowerCase().replace(/\/+$/, '');
}

/** `registry/repository` (or `repository`) next to the tag at `keyPath` (`kubeRbacProxy.image.tag`). */
function imageBeside(text: string, keyPath: string): string | undefined {
  const parent = keyPath.split('.').slice(0, -1);
  let doc;
  try {
    doc = parseDocument(text);
  } catch {
    return undefined;
  }
  const get = (key: string): string | undefined => {
    const v = doc.getIn([...parent, key]);
    return typeof v === 'string' && v !== '' ? v : undefined;
  };
  const repository = get('repository');
  if (!repository) return undefined;
  const registry = get('registry');
  return registry ? `${registry.replace(/\/+$/, '')}/${repository}` : repository;
}

/**
 * The version files to compare when the configuration names none: the chart's
 * Chart.yaml and values.yaml, the Makefile's `VERSION` (required when there is a
 * Makefile; `IMG_TAG` when present, or the configured variables) and README.md.
 */
export function defaultVersionFiles(opts: { chart?: string; present: (path: string) => boolean; makefileVariables?: readonly string[] }): VersionFile[] {
  const files: VersionFile[] = [];
  if (opts.chart) {
    files.push({ path: `${opts.chart}/Chart.yaml`, type: 'chart' });
    if (opts.present(`${opts.chart}/values.yaml`)) files.push({ path: `${opts.chart}/values.yaml`, type: 'values', optional: true });
  }
  if (opts.present('Makefile')) {
    if (opts.makefileVariables && opts.makefileVariables.length > 0) files.push({ path: 'Makefile', type: 'makefile', variables: [...opts.makefileVariables] });
    else files.push({ path: 'Makefile', type: 'makefile', variables: ['VERSION'] }, { path: 'Makefile', type: 'makefile', variables: ['IMG_TAG'], optional: true });
  }
  if (opts.present('README.md')) files.push({ path: 'README.md', type: 'docs', optional: true });
  return files;
}

/** Configured version files with the configured Makefile variables filled in (as bump-version does). */
export function configuredVersionFiles(files: readonly VersionFile[], makefileVariables?: readonly string[]): VersionFile[] {
  return files.flatMap((f) => {
    if (f.type !== 'makefile' || f.variables) return [f];
    if (makefileVariables && makefileVariables.length > 0) return [{ ...f, variables: [...makefileVariables] }];
    return [
      { ...f, variables: ['VERSION'] },
      { ...f, variables: ['IMG_TAG'], optional: true },
    ];
  });
}
