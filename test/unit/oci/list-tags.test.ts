/**
 * OciClient.listTags against the real docker-registry with token auth (the ghcr.io flow): every
 * tag with a pull-scoped token, a repository the registry does not know as no tags, and the
 * distribution spec's paging (`n`, `last`, `Link: <…>; rel="next"`, relative and absolute)
 * through a front that cuts the registry's own answer into pages (Distribution 2.8 pages none).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { OciClient } from '../../../actions/lib/oci/client.js';
import { OCI_MANIFEST } from '../../../actions/lib/oci/media-types.js';
import { nextLink } from '../../../actions/lib/oci/tags-list.js';
import { RemoteError } from '../../../actions/lib/runner/errors.js';
import { pushSinglePlatformImage } from '../../support/registry/images.js';
import { type PagingFront, startPagingFront } from '../../support/registry/paging-front.js';
import { type RunningRegistry, startRegistry } from '../../support/registry/registry.js';

const REPO = 'org/operator';
const TAGS = ['latest', 'sha-1a2b3c4', 'v0', 'v0.5', 'v0.5.0', 'v0.5.1', 'v0.6.0'];

describe('OciClient.listTags (real docker-registry, token auth)', () => {
  let registry: RunningRegistry;
  let relative: PagingFront;
  let absolute: PagingFront;
  const credentials = () => ({ username: registry.username, password: registry.password });

  beforeAll(async () => {
    registry = await startRegistry({ auth: 'token' });
    const pusher = new OciClient({ registry: registry.host, credentials: credentials() });
    const image = await pushSinglePlatformImage(pusher, REPO, TAGS[0]!);
    const manifest = (await pusher.getManifest(REPO, image.digest))!;
    for (const tag of TAGS.slice(1)) await pusher.putManifest(REPO, tag, OCI_MANIFEST, manifest.bytes);
    relative = await startPagingFront(registry.url, { link: 'relative' });
    absolute = await startPagingFront(registry.url, { link: 'absolute' });
  });
  afterAll(async () => {
    await relative?.stop();
    await absolute?.stop();
    await registry?.stop();
  });

  it('lists every tag with a token scoped to pull', async () => {
    registry.tokenRequests.length = 0;
    const tags = await new OciClient({ registry: registry.host, credentials: credentials() }).listTags(REPO);
    expect([...tags].sort()).toEqual(TAGS);
    expect(registry.tokenRequests.map((r) => [r.status, r.scopes])).toEqual([[200, [`repository:${REPO}:pull`]]]);
  });

  it.each([
    ['relative', () => relative],
    ['absolute', () => absolute],
  ])('follows %s Link headers page by page, n at a time', async (_kind, front) => {
    const client = new OciClient({ registry: front().host, credentials: credentials(), tagPageSize: 3 });
    front().listed.length = 0;
    expect(await client.listTags(REPO)).toEqual(TAGS);
    expect(front().listed).toEqual([`/v2/${REPO}/tags/list?n=3`, `/v2/${REPO}/tags/list?n=3&last=v0`, `/v2/${REPO}/tags/list?n=3&last=v0.5.1`]);
  });

  it('answers [] for a repository the registry does not know (404 NAME_UNKNOWN: a first release)', async () => {
    const client = new OciClient({ registry: relative.host, credentials: credentials(), tagPageSize: 3 });
    expect(await client.listTags('org/never-pushed')).toEqual([]);
  });

  it('is refused without credentials when the registry allows no anonymous pull, as ghcr.io refuses a token without packages: read', async () => {
    const error = await new OciClient({ registry: registry.host }).listTags(REPO).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RemoteError);
    expect((error as RemoteError).status).toBe(401);
    expect((error as RemoteError).message).toContain(registry.host);
  });
});

/** A fetch that answers each path from a table, for the answers a real registry does not give. */
function answering(pages: Record<string, () => Response>): typeof fetch {
  return async (input) => {
    const url = new URL(input instanceof Request ? input.url : input.toString());
    const page = pages[`${url.pathname}${url.search}`];
    return page ? page() : new Response('{"errors":[{"code":"NOT_FOUND"}]}', { status: 404 });
  };
}

describe('OciClient.listTags (what a registry should not answer)', () => {
  const list = (pages: Record<string, () => Response>) => new OciClient({ registry: 'ghcr.io', fetch: answering(pages), retries: 0 }).listTags('org/op').catch((e: unknown) => e);
  const page = (tags: unknown, link?: string) => () => Response.json({ name: 'org/op', tags }, link ? { headers: { link } } : {});

  it('refuses a next page on another host, a page that repeats, and plain http to a remote host', async () => {
    expect(String(await list({ '/v2/org/op/tags/list': page(['a'], '<https://evil.example/v2/org/op/tags/list?last=a>; rel="next"') }))).toContain(
      "registry ghcr.io's tag list of org/op: the next page is on https://evil.example, not the registry https://ghcr.io; refused",
    );
    expect(String(await list({ '/v2/org/op/tags/list': page(['a'], '</v2/org/op/tags/list>; rel="next"') }))).toContain('leads back to a page already read');
    expect(String(await list({ '/v2/org/op/tags/list': page(['a'], '<http://ghcr.io/v2/org/op/tags/list?last=a>; rel="next"') }))).toContain('plain http:// is allowed only for loopback registries');
  });

  it('reads "tags": null as no tags, and refuses a body that is no tag list or a 404 that is not NAME_UNKNOWN', async () => {
    expect(await list({ '/v2/org/op/tags/list': page(null) })).toEqual([]);
    expect(String(await list({ '/v2/org/op/tags/list': page([1, 2]) }))).toContain('has a "tags" that is not a list of strings');
    expect(String(await list({ '/v2/org/op/tags/list': () => new Response('<html>', { status: 200 }) }))).toContain('is not JSON');
    expect(String(await list({}))).toMatch(/registry ghcr.io answered HTTP 404 for the tag list of org\/op \(GET https:\/\/ghcr.io\/v2\/org\/op\/tags\/list\): NOT_FOUND/);
  });

  it('reads the next link among several links and parameters, quoted or not', () => {
    expect(nextLink('</v2/a/tags/list?n=2&last=b>; rel="next"')).toBe('/v2/a/tags/list?n=2&last=b');
    expect(nextLink('<https://r.example/p?a=1,2>; rel=prev, <https://r.example/n>; type="x"; rel=next')).toBe('https://r.example/n');
    expect(nextLink('<https://r.example/n>; rel="prefetch next"')).toBe('https://r.example/n');
    expect(nextLink('<https://r.example/p>; rel="prev"')).toBeUndefined();
    expect(nextLink(null)).toBeUndefined();
  });
});
