/** The job summary of a multi-chart run lists what each dependency range of a lockless chart resolved to. */
import { describe, expect, it } from '@jest/globals';
import { renderChartsSummary, type ChartsReport } from '../../../actions/publish-helm/charts-summary.js';

const report = (resolutions?: string[]): ChartsReport => ({
  planOnly: false,
  dryRun: false,
  status: 'published',
  rows: [{ name: 'kube-prometheus-stack', folder: 'charts/kube-prometheus-stack', version: '88.5.3', tag: 'kube-prometheus-stack-88.5.3', action: 'released', digest: 'a'.repeat(64) }],
  warnings: [],
  ...(resolutions ? { resolutions } : {}),
});

describe('renderChartsSummary', () => {
  it('lists the resolutions of charts without a Chart.lock, and says nothing of them otherwise', () => {
    const line = '`charts/kube-prometheus-stack`: `prometheus-windows-exporter` resolved to 0.12.8 from https://prometheus-community.github.io/helm-charts (charts/kube-prometheus-stack/Chart.yaml:66 asks for `0.12.*`; no Chart.lock)';
    expect(renderChartsSummary(report([line]), 'index.yaml', 'gh-pages')).toContain(`Dependencies resolved without a Chart.lock:\n\n- ${line}\n`);
    expect(renderChartsSummary(report(), 'index.yaml', 'gh-pages')).not.toContain('resolved');
  });
});
