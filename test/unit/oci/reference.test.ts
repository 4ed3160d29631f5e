import { describe, expect, it } from '@jest/globals';
import {
  formatReference,
  isLoopbackHost,
  parseChartLocation,
  parseReference,
  validateRepository,
  validateTag,
} from '../../../actions/lib/oci/reference.js';
import { ActionError } from '../../../actions/lib/runner/errors.js';

const DIGEST = `sha256:${'a1'.repeat(32)}`;

describe('parseReference', () => {
  it.each([
    ['ghcr.io/org/image:tag', { registry: 'ghcr.io', repository: 'org/image', tag: 'tag' }],
    ['ghcr.io/org/image', { registry: 'ghcr.io', repository: 'org/image' }],
    [`127.0.0.1:5000/x/y@${DIGEST}`, { registry: '127.0.0.1:5000', repository: 'x/y', digest: DIGEST }],
    [`127.0.0.1:5000/x/y:v1.2.3@${DIGEST}`, { registry: '127.0.0.1:5000', repository: 'x/y', tag: 'v1.2.3', digest: DIGEST }],
    ['localhost/op:latest', { registry: 'localhost', repository: 'op', tag: 'latest' }],
    ['localhost:5000/a/b/c:1.0.0_build.1', { registry: 'localhost:5000', repository: 'a/b/c', tag: '1.0.0_build.1' }],
    ['[::1]:5000/org/op:v1', { registry: '[::1]:5000', repository: 'org/op', tag: 'v1' }],
    ['GHCR.IO/org/image:V1', { registry: 'ghcr.io', repository: 'org/image', tag: 'V1' }],
    ['nginx:1.25', { registry: 'docker.io', repository: 'library/nginx', tag: '1.25' }],
    ['bitnami/redis', { registry: 'docker.io', repository: 'bitnami/redis' }],
  ])('%s', (text, expected) => {
    expect(parseReference(text)).toEqual(expected);
  });

  it('round-trips through formatReference', () => {
    const text = `ghcr.io/org/image:v1@${DIGEST}`;
    expect(formatReference(parseReference(text))).toBe(text);
  });

  it.each([
    ['', /it is empty/],
    ['ghcr.io/org/image:tag with space', /whitespace/],
    ['https://ghcr.io/org/image:v1', /without a scheme/],
    ['ghcr.io/Org/image:v1', /component 'Org' must be lowercase/],
    ['ghcr.io/org/image:-bad', /tag '-bad' is not valid/],
    ['ghcr.io/org//image', /component '' must be/],
    ['ghcr.io/org/image@sha256:abc', /expected 64 lowercase hex digits after 'sha256:', found 3 characters/],
    [`ghcr.io/org/image@sha512:${'a'.repeat(128)}`, /uses the algorithm 'sha512'; only sha256 digests are supported/],
    ['ghcr.io:99999/org/image', /invalid port/],
  ])('rejects %j', (text, message) => {
    expect(() => parseReference(text)).toThrow(ActionError);
    expect(() => parseReference(text)).toThrow(message);
  });
});

describe('parseChartLocation', () => {
  it('appends the chart name to the oci:// location, as helm push does', () => {
    expect(parseChartLocation('oci://ghcr.io/org/charts', 'my-operator')).toEqual({ registry: 'ghcr.io', repository: 'org/charts/my-operator' });
    expect(parseChartLocation('oci://ghcr.io/org/charts/', 'op')).toEqual({ registry: 'ghcr.io', repository: 'org/charts/op' });
    expect(parseChartLocation('oci://127.0.0.1:5000', 'op')).toEqual({ registry: '127.0.0.1:5000', repository: 'op' });
  });

  it.each([
    ['ghcr.io/org/charts', 'op', /must start with 'oci:\/\/'/],
    ['oci://', 'op', /names no registry host/],
    ['oci://ghcr.io/org/charts:1.0.0', 'op', /without tag; the tag is the chart version/],
    [`oci://ghcr.io/org/charts@${DIGEST}`, 'op', /without tag or digest/],
    ['oci://ghcr.io/org/charts', 'My_Chart', /chart name 'My_Chart' cannot be an OCI repository name/],
    ['oci://ghcr.io/Org/charts', 'op', /component 'Org' must be lowercase/],
  ])('rejects %s + %s', (location, chart, message) => {
    expect(() => parseChartLocation(location, chart)).toThrow(message);
  });
});

describe('validators', () => {
  it('accepts tags and repositories the distribution spec allows and rejects others', () => {
    expect(validateTag('v1.2.3')).toBe('v1.2.3');
    expect(validateTag('_x')).toBe('_x');
    expect(() => validateTag('.hidden')).toThrow(/not valid/);
    expect(() => validateTag('x'.repeat(129))).toThrow(/not valid/);
    expect(validateRepository('a/b-c/d__e/f.g')).toBe('a/b-c/d__e/f.g');
    expect(() => validateRepository('a/-b')).toThrow(/component '-b'/);
    expect(() => validateRepository('x'.repeat(256))).toThrow(/1 to 255 characters/);
  });

  it('knows loopback hosts', () => {
    for (const host of ['127.0.0.1', '127.0.0.1:5000', '127.1.2.3:80', 'localhost', 'localhost:5000', '[::1]', '[::1]:5000']) {
      expect(isLoopbackHost(host)).toBe(true);
    }
    for (const host of ['ghcr.io', '10.0.0.1:5000', 'localhost.example.com', '128.0.0.1', '[::2]:5000']) {
      expect(isLoopbackHost(host)).toBe(false);
    }
  });
});
