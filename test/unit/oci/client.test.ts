import { afterEach, describe, expect, it } from '@jest/globals';
import { OciClient } from '../../../actions/lib/oci/client.js';
import { sha256Digest } from '../../../actions/lib/oci/digest.js';
import { OCI_MANIFEST } from '../../../actions/lib/oci/media-types.js';
import { retryScale } from '../../../actions/lib/runner/tuning.js';
import { ActionError, RemoteError } from '../../../actions/lib/runner/errors.js';

interface Call {
  method: string;
  url: URL;
  authorization: string | null;
}

/** A fetch that answers from a handler and records every call; no network. */
function fakeFetch(handler: (call: Call, n: number) => Response | Promise<Response>): { fetch: typeof fetch; calls: Call[] } {
  const calls: Call[] = [];
  const fn: typeof fetch = async (input, init) => {
    const call = {
      method: init?.method ?? 'GET',
      url: new URL(input instanceof Request ? input.url : input.toString()),
      authorization: new Headers(init?.headers).get('authorization'),
    };
    calls.push(call);
    return handler(call, calls.length);
  };
  return { fetch: fn, calls };
}

const challenge = (scope: string): Response =>
  new Response('{"errors":[{"code":"UNAUTHORIZED","message":"authentication required"}]}', {
    status: 401,
    headers: { 'www-authenticate': `Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="${scope}"` },
  });
const manifestBytes = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: OCI_MANIFEST, config: {}, layers: [] }));

describe('OciClient (fake fetch)', () => {
  afterEach(() => {
    delete process.env.RELEASE_ACTIONS_RETRY_SCALE;
  });

  it('takes an anonymous bearer token (access_token) for a public pull and caches it for the scope', async () => {
    const { fetch, calls } = fakeFetch((call) => {
      if (call.url.pathname === '/token') return Response.json({ access_token: 'anon-token', expires_in: 300 });
      if (call.authorization !== 'Bearer anon-token') return challenge('repository:org/op:pull');
      return new Response(null, { status: 200, headers: { 'docker-content-digest': sha256Digest(manifestBytes), 'content-type': OCI_MANIFEST } });
    });
    const client = new OciClient({ registry: 'ghcr.io', fetch });
    expect(await client.resolve('org/op', 'v1.0.0')).toBe(sha256Digest(manifestBytes));
    expect(await client.resolve('org/op', 'latest')).toBe(sha256Digest(manifestBytes));
    expect(calls.map((c) => `${c.method} ${c.url.href} ${c.authorization ?? '-'}`)).toEqual([
      'HEAD https://ghcr.io/v2/org/op/manifests/v1.0.0 -',
      'GET https://ghcr.io/token?service=ghcr.io&scope=repository%3Aorg%2Fop%3Apull -',
      'HEAD https://ghcr.io/v2/org/op/manifests/v1.0.0 Bearer anon-token',
      'HEAD https://ghcr.io/v2/org/op/manifests/latest Bearer anon-token',
    ]);
  });

  it('sends basic credentials only to the realm, never puts the password in a URL, and uploads to a relative Location', async () => {
    const password = 's3cr3t-pa55';
    const { fetch, calls } = fakeFetch((call) => {
      if (call.url.pathname === '/token') {
        expect(call.authorization).toBe(`Basic ${Buffer.from(`bot:${password}`).toString('base64')}`);
        return Response.json({ token: 'push-token' });
      }
      if (call.authorization !== 'Bearer push-token') return challenge('repository:org/op:pull,push');
      if (call.method === 'POST') return new Response(null, { status: 202, headers: { location: '/v2/org/op/blobs/uploads/u1?_state=abc' } });
      if (call.method === 'PUT') return new Response(null, { status: 201, headers: { 'docker-content-digest': call.url.searchParams.get('digest')! } });
      return new Response(null, { status: 500 });
    });
    const client = new OciClient({ registry: 'ghcr.io', credentials: { username: 'bot', password }, fetch });
    const blob = await client.pushBlob('org/op', new Uint8Array([1, 2, 3]));
    expect(blob).toEqual({ digest: sha256Digest(new Uint8Array([1, 2, 3])), size: 3 });
    const put = calls.at(-1)!;
    expect(put.method).toBe('PUT');
    expect(put.url.origin + put.url.pathname).toBe('https://ghcr.io/v2/org/op/blobs/uploads/u1');
    expect(put.url.searchParams.get('_state')).toBe('abc');
    expect(put.url.searchParams.get('digest')).toBe(blob.digest);
    expect(calls.every((c) => !c.url.href.includes(password))).toBe(true);
  });

  it('retries 5xx answers and connection errors a bounded number of times, waits scaled by RELEASE_ACTIONS_RETRY_SCALE', async () => {
    process.env.RELEASE_ACTIONS_RETRY_SCALE = '0';
    expect(retryScale()).toBe(0);
    const flaky = fakeFetch((_call, n) => {
      if (n === 1) throw new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) });
      if (n === 2) return new Response('busy', { status: 503 });
      return new Response(null, { status: 200 });
    });
    expect(await new OciClient({ registry: 'ghcr.io', fetch: flaky.fetch }).blobExists('org/op', sha256Digest(new Uint8Array()))).toBe(true);
    expect(flaky.calls).toHaveLength(3);

    const down = fakeFetch(() => {
      throw new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED 10.0.0.1:443'), { code: 'ECONNREFUSED' }) });
    });
    const error = await new OciClient({ registry: 'ghcr.io', fetch: down.fetch, retries: 2 })
      .blobExists('org/op', sha256Digest(new Uint8Array()))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RemoteError);
    expect((error as Error).message).toMatch(/^HEAD https:\/\/ghcr\.io\/v2\/org\/op\/blobs\/sha256:[0-9a-f]{64} failed after 3 attempt\(s\): ECONNREFUSED/);
    expect(down.calls).toHaveLength(3);
  });

  it('does not retry 4xx answers and reports the registry error code', async () => {
    const { fetch, calls } = fakeFetch(() => Response.json({ errors: [{ code: 'MANIFEST_INVALID', message: 'manifest invalid' }] }, { status: 400 }));
    const client = new OciClient({ registry: 'ghcr.io', fetch });
    await expect(client.putManifest('org/op', 'v1', OCI_MANIFEST, manifestBytes)).rejects.toThrow(
      'registry ghcr.io answered HTTP 400 for manifest v1 (PUT https://ghcr.io/v2/org/op/manifests/v1): MANIFEST_INVALID: manifest invalid',
    );
    expect(calls).toHaveLength(1);
  });

  it('allows plain http only for loopback registries and token realms', async () => {
    expect(() => new OciClient({ registry: 'ghcr.io', plainHttp: true })).toThrow(ActionError);
    expect(() => new OciClient({ registry: 'registry.example.com:5000', plainHttp: true })).toThrow(
      'registry registry.example.com:5000: plain http:// is allowed only for loopback registries',
    );
    expect(new OciClient({ registry: '127.0.0.1:5000' }).baseUrl.href).toBe('http://127.0.0.1:5000/');
    expect(new OciClient({ registry: 'localhost:5000', plainHttp: false }).baseUrl.href).toBe('https://localhost:5000/');
    expect(new OciClient({ registry: 'docker.io' }).baseUrl.href).toBe('https://registry-1.docker.io/');

    const { fetch, calls } = fakeFetch(
      () => new Response(null, { status: 401, headers: { 'www-authenticate': 'Bearer realm="http://auth.example.com/token",service="x"' } }),
    );
    const client = new OciClient({ registry: 'ghcr.io', credentials: { username: 'u', password: 'p' }, fetch });
    await expect(client.blobExists('org/op', sha256Digest(new Uint8Array()))).rejects.toThrow(
      'token realm http://auth.example.com: plain http:// is allowed only for loopback registries',
    );
    expect(calls.map((c) => c.url.host)).toEqual(['ghcr.io']);
  });

  it('refuses a manifest whose content does not match the digest it was asked by', async () => {
    const asked = sha256Digest(Buffer.from('something else'));
    const { fetch } = fakeFetch(() => new Response(manifestBytes, { status: 200, headers: { 'content-type': OCI_MANIFEST } }));
    await expect(new OciClient({ registry: 'ghcr.io', fetch }).getManifest('org/op', asked)).rejects.toThrow(
      `registry ghcr.io served manifest org/op:${asked} with content of digest ${sha256Digest(manifestBytes)}`,
    );
  });

  it('computes the digest when the registry sends no Docker-Content-Digest', async () => {
    const { fetch } = fakeFetch(() => new Response(manifestBytes, { status: 200, headers: { 'content-type': `${OCI_MANIFEST}; charset=utf-8` } }));
    const manifest = await new OciClient({ registry: 'ghcr.io', fetch }).getManifest('org/op', 'v1');
    expect(manifest).toMatchObject({ digest: sha256Digest(manifestBytes), mediaType: OCI_MANIFEST, size: manifestBytes.byteLength });
  });
});
