/**
 * The charts of a repository and how each is versioned. `app`: with the application, one tag
 * vX.Y.Z for image and chart (WVA's way; at most one chart). `own`: on its own, released when its
 * version has no `<name>-<version>` tag yet, as chart-releaser releases every chart of a
 * repository. Pure: the configured list (or none), the chart folders found and the release's
 * chart in; the list with every default filled in, or a problem naming the entry, out.
 */

export type ChartVersioning = 'app' | 'own';

export interface ChartEntry {
  /** `charts/x`, without a trailing slash. */
  path: string;
  versioning: ChartVersioning;
}

export interface RawChartEntry {
  path: string;
  versioning?: ChartVersioning;
}

export interface ChartsResolution {
  charts: ChartEntry[];
  /** The `app` chart, which is the release's chart; undefined when every chart is `own`. */
  app?: string;
}

const clean = (p: string): string => p.replace(/^\.\//, '').replace(/\/+$/, '');

/**
 * The configured list with its defaults, else every chart found: the release's chart (`chart:`,
 * else the single chart found) `app`, the others `own`. A problem: `[index of the entry, message]`
 * (-1: the list as a whole).
 */
export function resolveCharts(configured: readonly RawChartEntry[] | undefined, found: readonly string[], chart: string | undefined): ChartsResolution | { problem: [number, string] } {
  const explicit = chart === undefined ? undefined : clean(chart);
  if (configured === undefined) {
    const release = explicit ?? (found.length === 1 ? found[0] : undefined);
    const charts = found.map((path): ChartEntry => ({ path, versioning: path === release ? 'app' : 'own' }));
    return { charts, ...(release && charts.some((c) => c.path === release) ? { app: release } : {}) };
  }
  const charts: ChartEntry[] = [];
  const seen = new Map<string, number>();
  for (const [i, raw] of configured.entries()) {
    const path = clean(raw.path);
    const before = seen.get(path);
    if (before !== undefined) return { problem: [i, `${path} is listed twice (entries ${before + 1} and ${i + 1}): list each chart once`] };
    seen.set(path, i);
    if (path === explicit && raw.versioning === 'own') {
      return { problem: [i, `${path} is the release's chart (chart: ${path}) but versioning: own; the release's chart is versioned with the application: make it app, or set chart to another folder`] };
    }
    charts.push({ path, versioning: raw.versioning ?? (path === explicit ? 'app' : 'own') });
  }
  const apps = charts.filter((c) => c.versioning === 'app');
  if (apps.length > 1) {
    return { problem: [charts.indexOf(apps[1]!), `${apps.map((c) => c.path).join(' and ')} are both versioning: app; one chart at most is versioned with the application (the tag vX.Y.Z): make the others own`] };
  }
  const app = apps[0]?.path;
  if (app && explicit && app !== explicit) {
    return { problem: [charts.indexOf(apps[0]!), `${app} is versioning: app, but chart is ${explicit}: the release's chart is the app chart; make them the same, or make ${app} own`] };
  }
  return { charts, ...(app ? { app } : {}) };
}

/** The `own` charts: the ones released on their own by their `<name>-<version>` tags. */
export const ownCharts = (charts: readonly ChartEntry[]): string[] => charts.filter((c) => c.versioning === 'own').map((c) => c.path);
