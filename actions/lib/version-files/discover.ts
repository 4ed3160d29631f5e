import { ActionError } from '../runner/errors.js';
import type { VersionFile } from './types.js';

/**
 * The default version files of a WVA-shaped repository, from its list of paths
 * (e.g. `git ls-files`):
 *
 * - the single `charts/<name>/Chart.yaml` — required: it declares the current version;
 * - that chart's `values.yaml` — optional: its `image.tag` / `<component>.image.tag`;
 * - `Makefile` — optional: `VERSION` and `IMG_TAG`. Discovery cannot see whether a
 *   variable is there, so a missing one, or one that holds `latest`, is skipped (and
 *   shown as skipped in the plan); a present one must agree with the chart;
 * - `README.md` — optional: the docs contexts, with the chart's name and the image
 *   repository from values.yaml.
 *
 * More than one chart is ambiguous: refused, asking for explicit configuration.
 */

const CHART = /^charts\/[^/]+\/Chart\.yaml$/;

function normalise(path: string): string {
  return path.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '');
}

export function discoverVersionFiles(paths: readonly string[]): VersionFile[] {
  const present = new Set(paths.map(normalise));
  const charts = [...present].filter((p) => CHART.test(p)).sort();
  if (charts.length > 1) {
    throw new ActionError(`expected one chart under charts/ to discover the version files, found ${charts.length} (${charts.join(', ')}); configure the version files explicitly`);
  }
  const files: VersionFile[] = [];
  const chart = charts[0];
  if (chart) {
    files.push({ path: chart, type: 'chart' });
    const values = chart.replace(/Chart\.yaml$/, 'values.yaml');
    if (present.has(values)) files.push({ path: values, type: 'values', optional: true });
  }
  if (present.has('Makefile')) files.push({ path: 'Makefile', type: 'makefile', variables: ['VERSION', 'IMG_TAG'], optional: true });
  if (present.has('README.md')) files.push({ path: 'README.md', type: 'docs', optional: true });
  return files;
}
