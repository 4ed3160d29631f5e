import { describe, expect, it } from '@jest/globals';
import { renderChangeTable, renderDiff, renderFileDiff } from '../../../actions/lib/version-files/diff.js';
import { planVersionBump } from '../../../actions/lib/version-files/plan.js';
import { wva, WVA_FILES } from './fixtures.js';
import { discoverVersionFiles } from './fixtures.js';

const edit = { path: 'Makefile', before: 'A\nVERSION ?= 0.4.1\nB\n', after: 'A\nVERSION ?= 0.5.0\nB\n', changes: [{ line: 2, name: 'VERSION', old: '0.4.1', new: '0.5.0' }] };

describe('renderFileDiff', () => {
  it('renders a git-style unified diff', () => {
    expect(renderFileDiff(edit)).toBe(['--- a/Makefile', '+++ b/Makefile', '@@ -1,3 +1,3 @@', ' A', '-VERSION ?= 0.4.1', '+VERSION ?= 0.5.0', ' B', ''].join('\n'));
  });

  it('honours the context size and a missing final newline', () => {
    const out = renderFileDiff({ ...edit, before: 'A\nVERSION ?= 0.4.1', after: 'A\nVERSION ?= 0.5.0' }, { context: 0 });
    expect(out).toBe(['--- a/Makefile', '+++ b/Makefile', '@@ -2,1 +2,1 @@', '-VERSION ?= 0.4.1', '\\ No newline at end of file', '+VERSION ?= 0.5.0', '\\ No newline at end of file', ''].join('\n'));
  });
});

describe('renderDiff and renderChangeTable on a plan', () => {
  const plan = planVersionBump(discoverVersionFiles([...WVA_FILES]), wva(), '0.5.0');

  it('renders one diff section per changed file', () => {
    const out = renderDiff(plan);
    expect(out.match(/^--- a\/.*$/gm)).toEqual(WVA_FILES.map((p) => `--- a/${p}`));
    expect(out).toContain('-appVersion: "0.4.1"\n+appVersion: "0.5.0"\n');
    expect(out).not.toContain('1.2.3\n+');
    expect(renderDiff(plan.edits)).toBe(out);
  });

  it('renders a Markdown table of file / line / new / was', () => {
    const table = renderChangeTable(plan);
    expect(table.split('\n').slice(0, 4)).toEqual([
      '| file | line | what | new | was |',
      '| --- | ---: | --- | --- | --- |',
      '| `charts/workload-variant-autoscaler/Chart.yaml` | 11 | version | `0.5.0` | was `0.4.1` |',
      '| `charts/workload-variant-autoscaler/Chart.yaml` | 15 | appVersion | `0.5.0` | was `0.4.1` |',
    ]);
    expect(table.trimEnd().split('\n')).toHaveLength(2 + 2 + 1 + 2 + 8);
  });

  it('renders nothing for a plan without edits', () => {
    expect(renderDiff({ edits: [] })).toBe('');
    expect(renderChangeTable({ edits: [] })).toBe('');
  });
});
