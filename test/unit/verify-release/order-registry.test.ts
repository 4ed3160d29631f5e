/**
 * The order phase's look at the registry, against a local HTTP server standing in for a registry
 * that is down: what is not listed at all (and why), and a registry that keeps failing named
 * with the request and the fix.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
// loaded here first: jest's ESM runtime cannot link node: built-ins for a module first imported dynamically
import '../../../actions/lib/oci/client.js';
import '../../../actions/lib/oci/reference.js';
import { ActionError } from '../../../actions/lib/runner/errors.js';
import { checkRegistryFamily, type RegistryLook } from '../../../actions/verify-release/order-registry.js';

let server: Server;
let host = '';
const asked: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    asked.push(`${request.method} ${request.url}`);
    response.writeHead(503, { 'content-type': 'application/json' });
    response.end('{"errors":[{"code":"UNAVAILABLE","message":"maintenance"}]}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  process.env.RELEASE_ACTIONS_RETRY_SCALE = '0.001';
});
afterEach(() => {
  asked.length = 0;
});
afterAll(async () => {
  delete process.env.RELEASE_ACTIONS_RETRY_SCALE;
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const look = (over: Partial<RegistryLook>): RegistryLook => ({ image: `${host}/acme/op`, version: '0.5.1', mode: 'release', family: ['v0.5.1', 'v0.5', 'latest'], gitTags: ['v0.5.0'], skip: false, ...over });

describe('checkRegistryFamily', () => {
  it.each<[string, Partial<RegistryLook>, string]>([
    ['no image', { image: '' }, 'no image'],
    ['check-registry: false', { skip: true }, 'check-registry: false'],
    ['a rollback', { mode: 'rollback' }, 'a rollback moves tags back on purpose'],
    ['a prerelease', { version: '0.6.0-rc.1', family: ['v0.6.0-rc.1'] }, 'a prerelease moves no tag of its family'],
  ])('does not read the registry for %s, and says so', async (_what, over, why) => {
    expect(await checkRegistryFamily(look(over))).toBe(`| newer releases in the registry | not looked for: ${why} |`);
    expect(asked).toEqual([]);
  });

  it('names the image, the request, the registry\'s answer and the fix when the registry keeps failing', async () => {
    const error = await checkRegistryFamily(look({})).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ActionError);
    expect((error as Error).message).toBe(
      `cannot list the tags of ${host}/acme/op, needed to check that the release moves no image tag back from a newer release: ` +
        `registry ${host} answered HTTP 503 for the tag list of acme/op (GET http://${host}/v2/acme/op/tags/list): UNAVAILABLE: maintenance. Fix: run the release again when the registry answers`,
    );
    // the client's own bounded retry: three attempts
    expect(asked).toEqual(Array(3).fill('GET /v2/acme/op/tags/list'));
  });
});
