import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { OciClient } from '../../../actions/lib/oci/client.js';
import { sha256Digest } from '../../../actions/lib/oci/digest.js';
import { OCI_CONFIG, OCI_LAYER_GZIP, OCI_MANIFEST } from '../../../actions/lib/oci/media-types.js';
import { RemoteError } from '../../../actions/lib/runner/errors.js';
import { countingFetch } from '../../support/registry/counting-fetch.js';
import { type RunningRegistry, startRegistry } from '../../support/registry/registry.js';

const bytes = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf8'));

describe('docker-registry with htpasswd basic auth', () => {
  let registry: RunningRegistry;

  beforeAll(async () => {
    registry = await startRegistry({ auth: 'basic' });
  });
  afterAll(async () => {
    await registry?.stop();
  });

  it('pushes a blob and a manifest with basic credentials and reads the manifest back with the same digest', async () => {
    const recorder = countingFetch();
    const client = new OciClient({ registry: registry.host, credentials: { username: registry.username, password: registry.password }, fetch: recorder.fetch });
    const repo = 'org/operator';
    const configBlob = await client.pushBlob(repo, bytes('{"os":"linux","architecture":"arm64"}'));
    const layerBlob = await client.pushBlob(repo, bytes('layer bytes'));
    const manifest = bytes(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: OCI_MANIFEST,
        config: { mediaType: OCI_CONFIG, ...configBlob },
        layers: [{ mediaType: OCI_LAYER_GZIP, ...layerBlob }],
      }),
    );
    const pushed = await client.putManifest(repo, 'v2.0.0', OCI_MANIFEST, manifest);
    const read = await client.getManifest(repo, 'v2.0.0', [OCI_MANIFEST]);
    expect(read!.digest).toBe(pushed);
    expect(read!.digest).toBe(sha256Digest(manifest));
    expect(read!.mediaType).toBe(OCI_MANIFEST);
    expect(await client.getBlob(repo, layerBlob.digest)).toEqual(bytes('layer bytes'));

    // One challenge, then basic credentials sent up front on every later request.
    expect(recorder.requests.filter((r) => r.status === 401)).toHaveLength(1);
    expect(recorder.requests.slice(1).every((r) => r.auth === 'Basic' && r.status !== 401)).toBe(true);
  });

  it('fails a push with a wrong password with a clear error that does not contain the password', async () => {
    const wrong = 'not-the-password';
    const client = new OciClient({ registry: registry.host, credentials: { username: registry.username, password: wrong } });
    const error = await client.pushBlob('org/operator', bytes('x')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RemoteError);
    expect((error as RemoteError).message).toMatch(new RegExp(`^registry ${registry.host} refused the credentials of user 'release-bot' \\(HTTP 401`));
    expect((error as RemoteError).message).not.toContain(wrong);
  });

  it('says that credentials are needed when none are given', async () => {
    const client = new OciClient({ registry: registry.host });
    await expect(client.blobExists('org/operator', sha256Digest(bytes('x')))).rejects.toThrow(
      `registry ${registry.host} requires credentials (HTTP 401) and none were given`,
    );
  });
});
