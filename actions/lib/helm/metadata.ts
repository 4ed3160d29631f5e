import type { YamlValue } from './goyaml.js';

/** A chart maintainer (Helm's `chart.Maintainer`). */
export interface Maintainer {
  name?: string;
  email?: string;
  url?: string;
}

/** A dependency listed in Chart.yaml (Helm's `chart.Dependency`). */
export interface ChartDependency {
  name: string;
  version?: string;
  repository: string;
  condition?: string;
  tags?: string[];
  enabled?: boolean;
  'import-values'?: YamlValue[];
  alias?: string;
  'depends-on'?: string[];
}

/**
 * Chart.yaml as Helm models it (`chart.Metadata`). These are the fields Helm copies into the
 * repository index; Chart.yaml keys outside this set are dropped by Helm too.
 */
export interface ChartMetadata {
  apiVersion: string;
  name: string;
  version: string;
  appVersion?: string;
  description?: string;
  type?: string;
  home?: string;
  icon?: string;
  sources?: string[];
  keywords?: string[];
  maintainers?: Maintainer[];
  annotations?: Record<string, string>;
  kubeVersion?: string;
  dependencies?: ChartDependency[];
  condition?: string;
  tags?: string;
  deprecated?: boolean;
}

/** The Chart.yaml keys Helm knows, with the JSON type its struct gives them. */
export const METADATA_FIELDS = {
  apiVersion: 'string',
  name: 'string',
  version: 'string',
  appVersion: 'string',
  description: 'string',
  type: 'string',
  home: 'string',
  icon: 'string',
  sources: 'string[]',
  keywords: 'string[]',
  maintainers: 'maintainers',
  annotations: 'annotations',
  kubeVersion: 'string',
  dependencies: 'dependencies',
  condition: 'string',
  tags: 'string',
  deprecated: 'boolean',
} as const;

export const DEPENDENCY_FIELDS = {
  name: 'string',
  version: 'string',
  repository: 'string',
  condition: 'string',
  tags: 'string[]',
  enabled: 'boolean',
  'import-values': 'any[]',
  alias: 'string',
  'depends-on': 'string[]',
} as const;

export const MAINTAINER_FIELDS = { name: 'string', email: 'string', url: 'string' } as const;

/**
 * Helm's sanitizeString (applied by `Metadata.Validate` before a chart is indexed): every
 * white-space character becomes a space and non-printable characters are removed.
 */
export function sanitizeString(s: string): string {
  return s.replace(/\p{White_Space}/gu, ' ').replace(/\p{C}/gu, '');
}

/** Chart names: lowercase letters, digits and dashes, starting and ending with a letter or digit. */
export const CHART_NAME = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

/** Dependency aliases as Helm allows them. */
export const ALIAS_NAME = /^[a-zA-Z0-9_-]+$/;
