/** The version files: pure readers and updaters per format, the references a release owns, the planner and the diff. */
export type {
  FileEdit,
  PlannedRef,
  ReadResult,
  SkippedRef,
  VersionChange,
  VersionFile,
  VersionFileType,
  VersionPlan,
  VersionRef,
} from './types.js';
export { readChartYaml, updateChartYaml } from './chart-yaml.js';
export type { ChartOptions, ChartRead } from './chart-yaml.js';
export { DEFAULT_TAG_KEYS, normaliseImage, readValuesYaml, updateValuesYaml } from './values-yaml.js';
export type { ValuesOptions, ValuesRead } from './values-yaml.js';
export { DEFAULT_VARIABLES, readMakefile, updateMakefile } from './makefile.js';
export type { MakefileOptions } from './makefile.js';
export { MARKER_CLOSE, MARKER_OPEN, readDocs, updateDocs } from './docs.js';
export type { DocsOptions } from './docs.js';
export { compileVersionPattern, readRegex, updateRegex } from './regex.js';
export type { RegexOptions } from './regex.js';
export { readJsonKey, readYamlKey, updateJsonKey, updateYamlKey } from './keypath.js';
export type { KeyPathOptions } from './keypath.js';
export { planVersionBump, VersionFilesError } from './plan.js';
export type { FileContents, PlanOptions } from './plan.js';
export { readReferences } from './read.js';
export type { ReadOptions, ReadReferences } from './read.js';
export { chartFolder, referencePaths, releaseReferences } from './references.js';
export type { ReferenceConfig, ReferenceRequest, ReleaseReferences } from './references.js';
export { renderChangeTable, renderDiff, renderFileDiff } from './diff.js';
export type { DiffOptions } from './diff.js';
export { applyRefs } from './text.js';
