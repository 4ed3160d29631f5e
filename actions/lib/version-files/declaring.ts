/**
 * Reading a file that declares the current version, by its type. bump-version's plan and
 * verify-release's versions check read the same files the same way; one reader keeps them
 * from disagreeing about what a file declares.
 */
import { readChartYaml, type ChartOptions } from './chart-yaml.js';
import { readJsonKey, readYamlKey } from './keypath.js';
import { readMakefile } from './makefile.js';
import { readRegex } from './regex.js';
import type { ReadResult, VersionFile } from './types.js';

/** The declaring file's references; a chart's name, when it has one, goes to `chartNames`. */
export function readDeclaringFile(file: VersionFile, text: string, chartNames: string[], options: ChartOptions = {}): ReadResult {
  const optional = file.optional === true;
  switch (file.type) {
    case 'chart': {
      const result = readChartYaml(text, file.path, file.appVersion === false ? { ...options, appVersion: false } : options);
      if (result.chartName) chartNames.push(result.chartName);
      return result;
    }
    case 'makefile':
      return readMakefile(text, { ...(file.variables ? { variables: file.variables } : {}), optional }, file.path);
    case 'regex':
      return readRegex(text, { pattern: file.pattern ?? '', optional }, file.path);
    case 'json':
      return readJsonKey(text, { key: file.key ?? '', optional }, file.path);
    default:
      return readYamlKey(text, { key: file.key ?? '', optional }, file.path);
  }
}
