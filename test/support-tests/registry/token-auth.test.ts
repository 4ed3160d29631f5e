import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { OciClient } from '../../../actions/lib/oci/client.js';
import { sha256Digest } from '../../../actions/lib/oci/digest.js';
import { OCI_CONFIG, OCI_LAYER_GZIP, OCI_MANIFEST } from '../../../actions/lib/oci/media-types.js';
import { RemoteError } from '../../../actions/lib/runner/errors.js';
import { countingFetch } from '../../support/registry/counting-fetch.js';
import { type RunningRegistry, startRegistry } from '../../support/registry/registry.js';

const bytes = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf8'));

describe('docker-registry with token auth (the ghcr.io flow)', () => {
  let registry: RunningRegistry;

  beforeAll(async () => {
    registry = await startRegistry({ auth: 'token' });
  });
  afterAll(async () => {
    await registry?.stop();
  });

  it('pushes a blob and a manifest with a bearer token and reads the manifest back with the same digest', async () => {
    const recorder = countingFetch();
    const client = new OciClient({ registry: registry.host, credentials: { username: registry.username, password: registry.password }, fetch: recorder.fetch });
    const repo = 'org/operator';
    const config = bytes('{"architecture":"amd64","os":"linux"}');
    const layer = bytes('not really a layer');

    const configBlob = await client.pushBlob(repo, config);
    const layerBlob = await client.pushBlob(repo, layer);
    expect(configBlob).toEqual({ digest: sha256Digest(config), size: config.byteLength });
    expect(await client.blobExists(repo, layerBlob.digest)).toBe(true);

    const manifest = bytes(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: OCI_MANIFEST,
        config: { mediaType: OCI_CONFIG, ...configBlob },
        layers: [{ mediaType: OCI_LAYER_GZIP, ...layerBlob }],
      }),
    );
    const pushed = await client.putManifest(repo, 'v1.0.0', OCI_MANIFEST, manifest);
    const read = await client.getManifest(repo, 'v1.0.0');
    expect(read).not.toBeNull();
    expect(read!.digest).toBe(pushed);
    expect(read!.digest).toBe(sha256Digest(manifest));
    expect(read!.mediaType).toBe(OCI_MANIFEST);
    expect(Buffer.from(read!.bytes).equals(Buffer.from(manifest))).toBe(true);
    expect((read!.json as { layers: Array<{ digest: string }> }).layers[0]!.digest).toBe(layerBlob.digest);
    expect(await client.headManifest(repo, 'v1.0.0')).toEqual({ digest: pushed, mediaType: OCI_MANIFEST, size: manifest.byteLength });
    expect(await client.resolve(repo, pushed)).toBe(pushed);

    // The registry really challenged, the token service was asked with the basic credentials,
    // and tokens were cached per scope: one for pull,push and one for pull.
    expect(recorder.requests[0]).toMatchObject({ method: 'POST', auth: null, status: 401 });
    expect(recorder.requests.filter((r) => r.path === '/token')).toHaveLength(2);
    expect(registry.tokenRequests.map((r) => [r.user, r.status, r.scopes[0]])).toEqual([
      ['release-bot', 200, `repository:${repo}:pull,push`],
      ['release-bot', 200, `repository:${repo}:pull`],
    ]);
    expect(recorder.requests.filter((r) => r.path.startsWith('/v2/') && r.status !== 401).every((r) => r.auth === 'Bearer')).toBe(true);
  });

  it('answers null / false for a manifest and a blob the registry does not have', async () => {
    const client = new OciClient({ registry: registry.host, credentials: { username: registry.username, password: registry.password } });
    expect(await client.getManifest('org/operator', 'v9.9.9')).toBeNull();
    expect(await client.headManifest('org/operator', 'v9.9.9')).toBeNull();
    expect(await client.blobExists('org/operator', sha256Digest(bytes('absent')))).toBe(false);
  });

  it('fails a push with a wrong password with a clear error that does not contain the password', async () => {
    const wrong = `${registry.password}-wrong`;
    const client = new OciClient({ registry: registry.host, credentials: { username: registry.username, password: wrong } });
    const error = await client.pushBlob('org/operator', bytes('x')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RemoteError);
    expect((error as RemoteError).message).toMatch(new RegExp(`^registry ${registry.host} refused the credentials of user 'release-bot' \\(token service .*answered HTTP 401`));
    expect((error as RemoteError).message).not.toContain(wrong);
    expect((error as RemoteError).status).toBe(401);
  });

  it('refuses anonymous access with an error that says credentials are needed', async () => {
    const client = new OciClient({ registry: registry.host });
    await expect(client.getManifest('org/operator', 'v1.0.0')).rejects.toThrow(
      new RegExp(`^registry ${registry.host} refused anonymous access to repository:org/operator:pull: credentials are needed`),
    );
  });
});
