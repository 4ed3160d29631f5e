import { describe, expect, it } from '@jest/globals';
import { formatPlatform, imagePlatforms } from '../../../actions/lib/oci/image-index.js';
import { DOCKER_MANIFEST, DOCKER_MANIFEST_LIST, OCI_INDEX, OCI_MANIFEST } from '../../../actions/lib/oci/media-types.js';

const d = (c: string): string => `sha256:${c.repeat(64)}`;

describe('imagePlatforms', () => {
  it('lists the platforms of a buildx OCI index, leaving out attestation manifests', () => {
    const index = {
      schemaVersion: 2,
      mediaType: OCI_INDEX,
      manifests: [
        { mediaType: OCI_MANIFEST, digest: d('1'), size: 500, platform: { architecture: 'amd64', os: 'linux' } },
        { mediaType: OCI_MANIFEST, digest: d('2'), size: 501, platform: { architecture: 'arm64', os: 'linux', variant: 'v8' } },
        {
          mediaType: OCI_MANIFEST,
          digest: d('3'),
          size: 566,
          annotations: { 'vnd.docker.reference.digest': d('1'), 'vnd.docker.reference.type': 'attestation-manifest' },
          platform: { architecture: 'unknown', os: 'unknown' },
        },
      ],
    };
    const platforms = imagePlatforms(index);
    expect(platforms).toEqual([
      { os: 'linux', architecture: 'amd64', digest: d('1'), mediaType: OCI_MANIFEST, size: 500 },
      { os: 'linux', architecture: 'arm64', variant: 'v8', digest: d('2'), mediaType: OCI_MANIFEST, size: 501 },
    ]);
    expect(platforms.map(formatPlatform)).toEqual(['linux/amd64', 'linux/arm64/v8']);
  });

  it('reads a Docker manifest list with os.version', () => {
    const list = {
      schemaVersion: 2,
      mediaType: DOCKER_MANIFEST_LIST,
      manifests: [{ mediaType: DOCKER_MANIFEST, digest: d('4'), size: 1, platform: { architecture: 'amd64', os: 'windows', 'os.version': '10.0.17763' } }],
    };
    expect(imagePlatforms(list)).toEqual([
      { os: 'windows', architecture: 'amd64', osVersion: '10.0.17763', digest: d('4'), mediaType: DOCKER_MANIFEST, size: 1 },
    ]);
  });

  it('refuses a single-platform manifest, other media types and bad digests', () => {
    expect(() => imagePlatforms({ schemaVersion: 2, mediaType: OCI_MANIFEST, config: {}, layers: [] })).toThrow(
      `image index: this is a single-platform image manifest (${OCI_MANIFEST}), it lists no platforms`,
    );
    expect(() => imagePlatforms({ mediaType: 'application/json', manifests: [] })).toThrow(/'application\/json' is not an image index/);
    expect(() => imagePlatforms('text')).toThrow('expected a JSON object');
    expect(() => imagePlatforms({ manifests: [{ digest: 'sha256:abc', platform: { os: 'linux', architecture: 'amd64' } }] })).toThrow(
      /image index manifests\[0\]\.digest 'sha256:abc' is not a digest/,
    );
  });
});
