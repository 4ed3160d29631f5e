/**
 * `charts:` in the configuration: the default from the repository layout (the release's chart
 * `app`, every other chart `own`; one chart behaves as before), a configured list with its
 * defaults, and the lists refused with the file, the line and the key.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { loadConfig } from '../../../actions/lib/config/config.js';
import { resolveCharts } from '../../../actions/lib/config/charts.js';
import { FileError } from '../../../actions/lib/runner/errors.js';
import { writeFiles } from '../../support/git.js';
import { tempDir } from '../../support/tmp.js';

let tmp: Awaited<ReturnType<typeof tempDir>>;
beforeEach(async () => {
  tmp = await tempDir('config-charts-');
});
afterEach(async () => tmp.cleanup());

const CONFIG = '.github/release-actions.yaml';

describe('charts: the default', () => {
  it('one chart: the release chart, versioned with the application, as before', async () => {
    writeFiles(tmp.path, { 'charts/workload-variant-autoscaler/Chart.yaml': 'name: workload-variant-autoscaler\n' });
    const c = await loadConfig({ workspace: tmp.path, repository: 'llm-d-incubation/workload-variant-autoscaler' });
    expect(c.chart).toBe('charts/workload-variant-autoscaler');
    expect(c.charts).toEqual([{ path: 'charts/workload-variant-autoscaler', versioning: 'app' }]);
  });

  it('several charts and chart: the configured chart app, the others own', async () => {
    writeFiles(tmp.path, { 'charts/a/Chart.yaml': '', 'charts/b/Chart.yaml': '', 'charts/c/Chart.yaml': '', [CONFIG]: 'chart: charts/b/\n' });
    const c = await loadConfig({ workspace: tmp.path, repository: 'o/r' });
    expect(c.charts).toEqual([
      { path: 'charts/a', versioning: 'own' },
      { path: 'charts/b', versioning: 'app' },
      { path: 'charts/c', versioning: 'own' },
    ]);
  });

  it('several charts and no chart: every chart own, no release chart', async () => {
    writeFiles(tmp.path, { 'charts/a/Chart.yaml': '', 'charts/b/Chart.yaml': '' });
    const c = await loadConfig({ workspace: tmp.path, repository: 'o/r' });
    expect(c.chart).toBeUndefined();
    expect(c.charts.map((x) => x.versioning)).toEqual(['own', 'own']);
  });

  it('no chart at all: an empty list', async () => {
    expect((await loadConfig({ workspace: tmp.path, repository: 'o/r' })).charts).toEqual([]);
  });
});

describe('charts: configured', () => {
  it('takes the list as written, own by default, and the app chart as the release chart', async () => {
    writeFiles(tmp.path, {
      'charts/a/Chart.yaml': '',
      'charts/b/Chart.yaml': '',
      'deploy/c/Chart.yaml': '',
      [CONFIG]: 'charts:\n  - path: charts/b\n    versioning: app\n  - path: ./deploy/c/\n',
    });
    const c = await loadConfig({ workspace: tmp.path, repository: 'o/r' });
    expect(c.charts).toEqual([
      { path: 'charts/b', versioning: 'app' },
      { path: 'deploy/c', versioning: 'own' },
    ]);
    expect(c.chart).toBe('charts/b');
  });

  const refused: Array<[string, string, number | undefined, string]> = [
    ['two app charts', 'charts:\n  - path: charts/a\n    versioning: app\n  - path: charts/b\n    versioning: app\n', 4, "key 'charts.1': charts/a and charts/b are both versioning: app"],
    ['a chart listed twice', 'charts:\n  - path: charts/a\n  - path: charts/a/\n', 3, "key 'charts.1': charts/a is listed twice (entries 1 and 2)"],
    ['the release chart own', 'chart: charts/a\ncharts:\n  - path: charts/a\n    versioning: own\n', 3, "key 'charts.0': charts/a is the release's chart (chart: charts/a) but versioning: own"],
    ['an app chart other than chart', 'chart: charts/a\ncharts:\n  - path: charts/b\n    versioning: app\n', 3, "key 'charts.0': charts/b is versioning: app, but chart is charts/a"],
    ['an unknown versioning', 'charts:\n  - path: charts/a\n    versioning: independent\n', 3, "key 'charts.0.versioning': expected one of app, own"],
    ['a path with ..', 'charts:\n  - path: ../other/chart\n', 2, "key 'charts.0.path': does not match the expected form"],
    ['an entry without path', 'charts:\n  - versioning: own\n', 2, "key 'charts.0.path': required and missing"],
  ];
  it.each(refused)('refuses %s, naming the file, the line and the key', async (_name, text, line, fragment) => {
    writeFiles(tmp.path, { 'charts/a/Chart.yaml': '', 'charts/b/Chart.yaml': '', [CONFIG]: text });
    const err = await loadConfig({ workspace: tmp.path, repository: 'o/r' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FileError);
    expect(err).toMatchObject({ file: CONFIG, line });
    expect((err as Error).message).toContain(fragment);
  });
});

describe('resolveCharts (pure)', () => {
  it('keeps the single chart app when the list is not configured, and chart wins over the single chart', () => {
    expect(resolveCharts(undefined, ['charts/x'], undefined)).toEqual({ charts: [{ path: 'charts/x', versioning: 'app' }], app: 'charts/x' });
    expect(resolveCharts(undefined, ['charts/x'], 'charts/elsewhere')).toEqual({ charts: [{ path: 'charts/x', versioning: 'own' }] });
  });
});
