import { describe, expect, it } from '@jest/globals';
import { readValuesYaml, updateValuesYaml } from '../../../actions/lib/version-files/values-yaml.js';
import { fileError, fixture } from './fixtures.js';

const VALUES = 'charts/workload-variant-autoscaler/values.yaml';

describe('readValuesYaml', () => {
  it('takes the tags of the release images and skips the others with the reason', () => {
    const read = readValuesYaml(fixture(`wva/${VALUES}`), { images: ['ghcr.io/llm-d-incubation/workload-variant-autoscaler'] }, VALUES);
    expect(read.refs.map(({ name, line, value }) => ({ name, line, value }))).toEqual([{ name: 'image.tag', line: 5, value: 'v0.4.1' }]);
    expect(read.skipped).toEqual([
      { name: 'sidecar.image.tag', line: 12, value: 'latest', reason: 'another image (docker.io/library/busybox), not released here' },
      { name: 'metricsProxy.image.tag', line: 17, value: 'v0.18.1', reason: expect.stringMatching(/^another image \(.*\), not released here$/) },
      { name: 'pinned.image.tag', line: 22, value: expect.stringMatching(/^sha256:/), reason: expect.stringMatching(/^another image/) },
    ]);
    expect(read.images).toEqual(['ghcr.io/llm-d-incubation/workload-variant-autoscaler']);
  });

  it('uses a configured key path (WVA nests the image under wva:)', () => {
    const text = 'wva:\n  image:\n    registry: ghcr.io/\n    repository: llm-d/wva\n    tag: "0.4.1"\n';
    const read = readValuesYaml(text, { key: 'wva.image.tag' });
    expect(read.refs.map((r) => [r.name, r.line, r.value])).toEqual([['wva.image.tag', 5, '0.4.1']]);
    expect(read.images).toEqual(['ghcr.io/llm-d/wva']);
  });

  it.each([
    ['an empty quoted tag', 'image:\n  tag: ""\n', 'empty tag (the chart uses its appVersion)'],
    ['a tag with no value', 'image:\n  tag:\n', 'empty tag (the chart uses its appVersion)'],
    ['a null tag', 'image:\n  tag: ~\n', 'empty tag (the chart uses its appVersion)'],
    ['a digest-pinned tag', 'image:\n  tag: v0.4.1@sha256:abc\n', 'pinned to a digest'],
    ['a tag that is not a version', 'image:\n  tag: main\n', 'not a version (main)'],
  ])('leaves %s alone', (_what, text, reason) => {
    const read = readValuesYaml(text);
    expect(read.refs).toEqual([]);
    expect(read.skipped).toEqual([expect.objectContaining({ name: 'image.tag', line: 2, reason })]);
    expect(updateValuesYaml(text, '0.5.0')).toBe(text);
  });

  it('moves a tag of a release image whatever version it held (drift is repaired), and another image never', () => {
    const text = 'image:\n  tag: 0.3.0\nwva:\n  image:\n    repository: ghcr.io/llm-d/wva\n    tag: v0.0.1\nproxy:\n  image:\n    repository: quay.io/brancz/kube-rbac-proxy\n    tag: v0.18.1\n';
    expect(updateValuesYaml(text, '0.5.0', { images: ['GHCR.io/llm-d/wva/'] })).toBe(text.replace('tag: 0.3.0', 'tag: 0.5.0').replace('tag: v0.0.1', 'tag: v0.5.0'));
  });

  it('refuses a missing tag key, unless optional', () => {
    const error = fileError(() => readValuesYaml('replicas: 1\n', {}, VALUES));
    expect(error.message).toBe(`${VALUES}: expected an image tag at image.tag or *.image.tag, found no such key`);
    expect(readValuesYaml('replicas: 1\n', { optional: true }).skipped).toEqual([
      { name: 'image.tag or *.image.tag', reason: 'no such key' },
    ]);
  });

  it('refuses invalid YAML with the line', () => {
    const error = fileError(() => readValuesYaml('image:\n  tag: v0.4.1\n  tag: v0.4.2\n', {}, VALUES));
    expect(error.line).toBe(3);
    expect(error.message).toContain('expected valid YAML');
  });
});

describe('updateValuesYaml', () => {
  it('changes only the tag of the release image (whole file compared)', () => {
    expect(updateValuesYaml(fixture(`wva/${VALUES}`), '0.5.0', {}, VALUES)).toBe(fixture(`wva-0.5.0/${VALUES}`));
  });

  it('keeps the style: v or not, quotes, flow maps', () => {
    expect(updateValuesYaml('image: {repository: r, tag: "v0.4.1"}\n', '0.5.0', {})).toBe('image: {repository: r, tag: "v0.5.0"}\n');
    expect(updateValuesYaml("image:\n  tag: '0.4.1' # bare\n", 'v0.5.0', {})).toBe("image:\n  tag: '0.5.0' # bare\n");
  });

  it('is idempotent', () => {
    const after = fixture(`wva-0.5.0/${VALUES}`);
    expect(updateValuesYaml(after, '0.5.0', {}, VALUES)).toBe(after);
  });
});
