import { describe, expect, it } from '@jest/globals';
import { MARKER_CLOSE, MARKER_OPEN, readDocs, updateDocs } from '../../../actions/lib/version-files/docs.js';
import { fileError, fixture } from './fixtures.js';

const IMAGE = 'ghcr.io/llm-d-incubation/workload-variant-autoscaler';
const OPTIONS = { current: '0.4.1', charts: ['workload-variant-autoscaler'], images: [IMAGE] };

describe('readDocs', () => {
  it('finds the references in known contexts only, the stale helm example included', () => {
    const read = readDocs(fixture('wva/README.md'), OPTIONS);
    expect(read.refs.map(({ name, line, value }) => [line, name, value])).toEqual([
      [8, 'helm --version', '0.4.1'],
      [17, 'helm --version', 'v0.4.1'],
      [20, `image ${IMAGE}`, 'v0.4.1'],
      [35, 'helm --version', '0.3.0'],
      [43, 'uses', 'v0.4.1'],
      [47, 'marker', 'v0.4.1'],
      [47, 'marker', 'v0.4.1'],
      [47, 'marker', '0.4.1'],
    ]);
    expect(read.skipped).toEqual([
      { name: `image ${IMAGE}`, line: 21, value: 'v0.4.1', reason: 'pinned to a digest' },
    ]);
  });

  it('leaves helm lines alone when no chart name is known', () => {
    const text = 'helm install x llm-d/workload-variant-autoscaler --version 0.4.1\n';
    expect(() => readDocs(text, { current: '0.4.1' })).toThrow('found none');
    expect(readDocs(text, { current: '0.4.1', charts: ['llm-d'] }).refs).toHaveLength(1);
  });

  it('does not take a chart name that is only part of another word', () => {
    const text = 'helm install a other/workload-variant-autoscaler-extras --version 0.4.1 -n workload-variant-autoscaler-system\n';
    expect(readDocs(text, { ...OPTIONS, optional: true }).refs).toEqual([]);
  });

  it('takes --version=X and quoted values', () => {
    const text = 'helm pull workload-variant-autoscaler --version="v0.4.1"\nhelm pull workload-variant-autoscaler --version=0.4.1\n';
    expect(updateDocs(text, '0.5.0', OPTIONS)).toBe('helm pull workload-variant-autoscaler --version="v0.5.0"\nhelm pull workload-variant-autoscaler --version=0.5.0\n');
  });

  it('ignores uses: lines at other versions and images that are not configured', () => {
    const text = '- uses: actions/setup-node@v4.0.1\nimage: docker.io/other/wva:v0.4.1\n- uses: org/repo@v0.4.1\n';
    const read = readDocs(text, OPTIONS);
    expect(read.refs.map((r) => [r.line, r.name])).toEqual([[3, 'uses']]);
  });

  it('refuses a file without any reference, listing what it did see', () => {
    const error = fileError(() => readDocs(`helm install wva other --version 0.3.0\n${IMAGE}:v0.4.1@sha256:abc\n`, OPTIONS, 'docs/install.md'));
    expect(error.file).toBe('docs/install.md');
    expect(error.message).toContain('expected a version reference in a known context');
    expect(error.message).toContain('found none; found v0.4.1 (line 2)');
  });

  it('skips a file without any reference when optional', () => {
    expect(readDocs('# Nothing here 1.2.3\n', { ...OPTIONS, optional: true }).skipped).toEqual([
      { name: 'docs', reason: 'no version reference (helm --version of the chart, our image tags, uses: …@current, markers)' },
    ]);
  });

  it.each([
    ['a close marker without an open one', `a\n${MARKER_CLOSE}\n`, 2, 'before this'],
    ['an open marker that is never closed', `a\n\n${MARKER_OPEN}\nv0.4.1\n`, 3, 'to close this marker'],
    ['nested markers', `${MARKER_OPEN}\n${MARKER_OPEN}\n${MARKER_CLOSE}\n`, 2, 'for the marker on line 1'],
  ])('refuses %s, naming the line', (_what, text, line, fragment) => {
    const error = fileError(() => readDocs(text, OPTIONS, 'README.md'));
    expect(error.line).toBe(line);
    expect(error.message).toContain(fragment);
  });

  it('replaces every occurrence inside markers, in either style, and nothing that only looks alike', () => {
    const text = [
      'Outside: 0.4.1',
      '<!--release-actions:version-->',
      'v0.4.1 0.4.1 wva-0.4.1.tgz 0.4.1.',
      '10.4.1 0.4.10 0.4.1-rc.1 0.4.1.2 v0.4.1x',
      '<!-- /release-actions:version -->',
      'Outside: v0.4.1',
      '',
    ].join('\n');
    expect(updateDocs(text, '0.5.0', OPTIONS)).toBe(
      ['Outside: 0.4.1', '<!--release-actions:version-->', 'v0.5.0 0.5.0 wva-0.5.0.tgz 0.5.0.', '10.4.1 0.4.10 0.4.1-rc.1 0.4.1.2 v0.4.1x', '<!-- /release-actions:version -->', 'Outside: v0.4.1', ''].join('\n'),
    );
  });
});

describe('updateDocs', () => {
  it('moves the known contexts and keeps everything else, 1.2.3 included (whole file compared)', () => {
    const after = updateDocs(fixture('wva/README.md'), '0.5.0', OPTIONS);
    expect(after).toBe(fixture('wva-0.5.0/README.md'));
    expect(after).toContain('prometheus-adapter --version 1.2.3');
    expect(after).toContain('adapter 1.2.3 or later');
  });

  it('is idempotent', () => {
    const after = fixture('wva-0.5.0/README.md');
    expect(updateDocs(after, '0.5.0', { ...OPTIONS, current: '0.5.0' })).toBe(after);
  });
});
