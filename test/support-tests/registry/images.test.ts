import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { OciClient } from '../../../actions/lib/oci/client.js';
import { formatPlatform, imagePlatforms } from '../../../actions/lib/oci/image-index.js';
import { OCI_INDEX, OCI_MANIFEST } from '../../../actions/lib/oci/media-types.js';
import { pushMultiPlatformImage, pushSinglePlatformImage } from '../../support/registry/images.js';
import { type RunningRegistry, startRegistry } from '../../support/registry/registry.js';

describe('synthetic images on docker-registry without auth (what verify-release reads)', () => {
  let registry: RunningRegistry;
  let client: OciClient;

  beforeAll(async () => {
    registry = await startRegistry({ auth: 'none' });
    client = new OciClient({ registry: registry.host });
  });
  afterAll(async () => {
    await registry?.stop();
  });

  it('pushes a multi-platform image whose index lists linux/amd64 and linux/arm64/v8', async () => {
    const pushed = await pushMultiPlatformImage(client, 'org/operator', ['v1.2.3', 'latest']);
    const index = await client.getManifest('org/operator', 'v1.2.3');
    expect(index!.mediaType).toBe(OCI_INDEX);
    expect(index!.digest).toBe(pushed.digest);
    const platforms = imagePlatforms(index!.json);
    expect(platforms.map(formatPlatform)).toEqual(['linux/amd64', 'linux/arm64/v8']);
    expect(platforms.map((p) => p.digest)).toEqual(pushed.manifests.map((m) => m.digest));
    for (const platform of platforms) {
      const manifest = await client.getManifest('org/operator', platform.digest);
      expect(manifest!.mediaType).toBe(OCI_MANIFEST);
      const config = (manifest!.json as { config: { digest: string } }).config.digest;
      const image = JSON.parse(Buffer.from(await client.getBlob('org/operator', config)).toString('utf8')) as { architecture: string };
      expect(image.architecture).toBe(platform.architecture);
    }
  });

  it('resolves tags to digests: latest and the version tag point at the same index; a missing tag is null', async () => {
    const version = await client.resolve('org/operator', 'v1.2.3');
    expect(version).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(await client.resolve('org/operator', 'latest')).toBe(version);
    expect(await client.resolve('org/operator', 'v9.9.9')).toBeNull();
    expect(await client.headManifest('org/operator', 'v1.2.3')).toMatchObject({ digest: version, mediaType: OCI_INDEX });
  });

  it('pushes a single-platform image, which has no platform list', async () => {
    const pushed = await pushSinglePlatformImage(client, 'org/single', 'v0.1.0');
    const manifest = await client.getManifest('org/single', 'v0.1.0');
    expect(manifest!.digest).toBe(pushed.digest);
    expect(manifest!.mediaType).toBe(OCI_MANIFEST);
    expect(() => imagePlatforms(manifest!.json)).toThrow('this is a single-platform image manifest');
    // The layer is shared content-addressed storage: a second push of the same image uploads nothing new.
    const again = await pushSinglePlatformImage(client, 'org/single', 'v0.1.0');
    expect(again.digest).toBe(pushed.digest);
    const uploads = registry.accessLog().filter((e) => e.method === 'POST' && e.path === '/v2/org/single/blobs/uploads/');
    expect(uploads).toHaveLength(2);
  });

  it('fails loudly, naming the install command, when the registry binary is missing', async () => {
    await expect(startRegistry({ auth: 'none', bin: '/nonexistent/docker-registry' })).rejects.toThrow(
      '/nonexistent/docker-registry is missing: the registry tests need the real registry; install it with: apt-get install -y docker-registry',
    );
  });
});
