/**
 * Reading somebody else's repository index the way Helm's `loadIndex` reads it (pkg/repo/v1
 * index.go): the same scanners as our own index, in lenient mode — an entry Helm skips
 * ("skipping loading invalid entry": no version, a version that is not SemVer, not a mapping) is
 * skipped, and what Helm does not check (a digest that is not sha256 hex, an entry without
 * urls, a version listed twice) is kept; each is noted. What Helm refuses (not YAML, duplicate
 * keys, no apiVersion) is refused with its line. Our own index (publish-helm's pages branch,
 * verify-release) is read strictly; a dependency's repository is data we do not own.
 */
import { readIndex, type IndexSummary } from './index-file.js';

export interface LoadedIndex extends IndexSummary {
  /** What Helm would have skipped or tolerated, `file:line: problem; skipped|kept`. */
  warnings: string[];
}

/** A repository index as Helm loads it: every problem Helm tolerates noted, not thrown. */
export function loadRepositoryIndex(bytes: string | Uint8Array, file = 'index.yaml'): LoadedIndex {
  const warnings: string[] = [];
  return { ...readIndex(bytes, file, { lenient: warnings }), warnings };
}
