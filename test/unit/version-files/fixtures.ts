import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { releaseReferences } from '../../../actions/lib/version-files/references.js';
import type { VersionFile } from '../../../actions/lib/version-files/types.js';
import { FileError } from '../../../actions/lib/runner/errors.js';

const root = fileURLToPath(new URL('../../fixtures/versioning/', import.meta.url));

/** The text of a fixture under test/fixtures/versioning/. */
export function fixture(path: string): string {
  return readFileSync(`${root}${path}`, 'utf8');
}

export const WVA_FILES = [
  'charts/workload-variant-autoscaler/Chart.yaml',
  'charts/workload-variant-autoscaler/values.yaml',
  'Makefile',
  'README.md',
] as const;

/** The sample operator repository at 0.4.1 (`wva`) or as it must look after the bump to 0.5.0 (`wva-0.5.0`). */
export function wva(which: 'wva' | 'wva-0.5.0' = 'wva'): Record<string, string> {
  return Object.fromEntries(WVA_FILES.map((p) => [p, fixture(`${which}/${p}`)]));
}

/** Runs `fn`, expects a FileError, and returns it. */
export function fileError(fn: () => unknown): FileError {
  try {
    fn();
  } catch (error) {
    if (error instanceof FileError) return error;
    throw error;
  }
  throw new Error('expected a FileError, nothing was thrown');
}

/** The version files a repository with these paths owns, by the one definition (no file read: no kustomization, no detected image). */
export function discoverVersionFiles(paths: readonly string[]): VersionFile[] {
  return releaseReferences({ paths, contents: {}, config: {}, repository: 'llm-d-incubation/workload-variant-autoscaler' }).files.map(({ images: _images, ...f }) => f);
}
