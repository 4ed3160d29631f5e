import { describe, expect, it } from '@jest/globals';
import { readValuesYaml, updateValuesYaml } from '../../../actions/lib/version-files/values-yaml.js';
import { fileError, fixture } from './fixtures.js';

const VALUES = 'charts/workload-variant-autoscaler/values.yaml';

describe('readValuesYaml', () => {
  it('takes the tag that holds the current version and skips the others with the reason', () => {
    const read = readValuesYaml(fixture(`wva/${VALUES}`), { current: '0.4.1' }, VALUES);
    expect(read.refs.map(({ name, line, value }) => ({ name, line, value }))).toEqual([{ name: 'image.tag', line: 5, value: 'v0.4.1' }]);
    expect(read.skipped).toEqual([
      { name: 'sidecar.image.tag', line: 12, value: 'latest', reason: 'not a version (latest)' },
      { name: 'metricsProxy.image.tag', line: 17, value: 'v0.18.1', reason: 'holds v0.18.1, not the current version 0.4.1' },
      { name: 'pinned.image.tag', line: 22, value: expect.stringMatching(/^sha256:/), reason: 'a digest, not a version' },
    ]);
    expect(read.images).toEqual(['ghcr.io/llm-d-incubation/workload-variant-autoscaler']);
  });

  it('uses a configured key path (WVA nests the image under wva:)', () => {
    const text = 'wva:\n  image:\n    registry: ghcr.io/\n    repository: llm-d/wva\n    tag: "0.4.1"\n';
    const read = readValuesYaml(text, { current: 'v0.4.1', key: 'wva.image.tag' });
    expect(read.refs.map((r) => [r.name, r.line, r.value])).toEqual([['wva.image.tag', 5, '0.4.1']]);
    expect(read.images).toEqual(['ghcr.io/llm-d/wva']);
  });

  it.each([
    ['an empty quoted tag', 'image:\n  tag: ""\n', 'empty tag (the chart uses its appVersion)'],
    ['a tag with no value', 'image:\n  tag:\n', 'empty tag (the chart uses its appVersion)'],
    ['a null tag', 'image:\n  tag: ~\n', 'empty tag (the chart uses its appVersion)'],
    ['a digest-pinned tag', 'image:\n  tag: v0.4.1@sha256:abc\n', 'pinned to a digest'],
    ['another version', 'image:\n  tag: 0.4.0\n', 'holds 0.4.0, not the current version 0.4.1'],
  ])('leaves %s alone', (_what, text, reason) => {
    const read = readValuesYaml(text, { current: '0.4.1' });
    expect(read.refs).toEqual([]);
    expect(read.skipped).toEqual([expect.objectContaining({ name: 'image.tag', line: 2, reason })]);
    expect(updateValuesYaml(text, '0.5.0', { current: '0.4.1' })).toBe(text);
  });

  it('refuses a missing tag key, unless optional', () => {
    const error = fileError(() => readValuesYaml('replicas: 1\n', { current: '0.4.1' }, VALUES));
    expect(error.message).toBe(`${VALUES}: expected an image tag at image.tag or *.image.tag, found no such key`);
    expect(readValuesYaml('replicas: 1\n', { current: '0.4.1', optional: true }).skipped).toEqual([
      { name: 'image.tag or *.image.tag', reason: 'no such key' },
    ]);
  });

  it('refuses invalid YAML with the line', () => {
    const error = fileError(() => readValuesYaml('image:\n  tag: v0.4.1\n  tag: v0.4.2\n', { current: '0.4.1' }, VALUES));
    expect(error.line).toBe(3);
    expect(error.message).toContain('expected valid YAML');
  });
});

describe('updateValuesYaml', () => {
  it('changes only the tag that holds the current version (whole file compared)', () => {
    expect(updateValuesYaml(fixture(`wva/${VALUES}`), '0.5.0', { current: '0.4.1' }, VALUES)).toBe(fixture(`wva-0.5.0/${VALUES}`));
  });

  it('keeps the style: v or not, quotes, flow maps', () => {
    expect(updateValuesYaml('image: {repository: r, tag: "v0.4.1"}\n', '0.5.0', { current: '0.4.1' })).toBe('image: {repository: r, tag: "v0.5.0"}\n');
    expect(updateValuesYaml("image:\n  tag: '0.4.1' # bare\n", 'v0.5.0', { current: 'v0.4.1' })).toBe("image:\n  tag: '0.5.0' # bare\n");
  });

  it('is idempotent', () => {
    const after = fixture(`wva-0.5.0/${VALUES}`);
    expect(updateValuesYaml(after, '0.5.0', { current: '0.5.0' }, VALUES)).toBe(after);
  });
});
