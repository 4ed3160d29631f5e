/**
 * The pure Helm library: Chart.yaml validation, `.helmignore` rules, deterministic packaging and
 * the repository index (read, merge one version, deprecate). No git, no network, no runner I/O;
 * `loadChart` and `packageChart` read the chart directory they are given and nothing else.
 */
export {
  loadChart,
  loadChartArchive,
  loadChartFiles,
  type ChartFileData,
  type ExtraChartArchive,
  type HelmChart,
  type LoadedChart,
  type LoadChartOptions,
} from './chart.js';
export { readChartArchive } from './archive-read.js';
export { goTar, helmGzip, helmGzipHeader, type ArchiveMember } from './archive.js';
export { helmVersionProblem, isHelmVersion, isStrictSemver, ociTagOf } from './version.js';
export { checkManifests, stripTemplateActions } from './manifests.js';
export { parseHelmignore, goPathMatch, type HelmignoreRules, type HelmignoreRule } from './helmignore.js';
export { packageChart, listChartFiles, saveMembers, metadataValue, PACKAGE_MTIME, type PackagedChart, type PackageOptions } from './package.js';
export type { ChartMetadata, ChartDependency, Maintainer } from './metadata.js';
export { sanitizeString, CHART_NAME } from './metadata.js';
export { chartUrl, rfc3339Nano, nowInstant, indexEntryValue, renderEntry, SHA256_HEX, type IndexEntry, type Instant } from './index-entry.js';
export { mergeIndexEntries, type ManyMergeResult } from './index-merge-many.js';
export { scanIndex, readIndex, renderNewIndex, type IndexSummary, type IndexVersionSummary, type ScanResult } from './index-file.js';
export {
  mergeIndex,
  deprecateVersion,
  unifiedDiff,
  type MergeOptions,
  type MergeResult,
  type DeprecateOptions,
  type DeprecateResult,
  type IndexOutput,
  type LineChange,
} from './index-merge.js';
export { emitDocument, emitSequenceItem, goKeyCompare, type YamlValue } from './goyaml.js';
export { indexVersionProblem } from './index-model.js';
export { planDependencies, readChartLock, readChartDependencies, hashRequirements, type DependencyPlan, type PlannedDependency, type HelmDependency } from './dependencies.js';
export { resolveLock, generatedLockValue, GENERATED_LOCK_TIME, type UnlockedDependencies, type ResolveSources, type GeneratedLock, type Resolution } from './dependencies-resolve.js';
export { resolveChart, constraintMatcher, sortedVersions, isVersionRange, resolveReferenceUrl, repositoryIndexUrl, type IndexVersions } from './resolve.js';
export { readArchive, archivedChart, type ArchivedChart } from './archive-members.js';
export { withdrawVersion, type WithdrawOptions, type WithdrawResult } from './index-withdraw.js';
export { loadRepositoryIndex, type LoadedIndex } from './index-load.js';
