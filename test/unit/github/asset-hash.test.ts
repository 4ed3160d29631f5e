/** The one sha256 of a release asset, against the GitHub emulator: from `digest`, else from the bytes. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { digestSha256, releaseAssetSha256, sha256Hex } from '../../../actions/lib/github/asset-hash.js';
import { createGitHubClient } from '../../../actions/lib/github/client.js';
import { RemoteError } from '../../../actions/lib/runner/errors.js';
import { startGitHubEmulator, type GitHubEmulator } from '../../support/github/index.js';

process.env.RELEASE_ACTIONS_RETRY_SCALE = '0';

describe('release asset sha256', () => {
  let gh: GitHubEmulator;
  const repo = { owner: 'acme', repo: 'op' };
  const bytes = Buffer.from('a chart archive, or so\n');
  const hex = createHash('sha256').update(bytes).digest('hex');

  beforeAll(async () => {
    gh = await startGitHubEmulator({ strict: true });
    await gh.createRepo('acme/op');
  });
  afterEach(() => gh.assertNoViolations());
  afterAll(() => gh.stop());

  const client = () => createGitHubClient({ token: 'test-token', baseUrl: gh.apiUrl, log: () => undefined });

  async function upload(name: string) {
    const o = client();
    const { data: release } = await o.rest.repos.createRelease({ ...repo, tag_name: `v-${name}`, draft: true });
    const { data } = await o.rest.repos.uploadReleaseAsset({ ...repo, release_id: release.id, url: release.upload_url, name, data: bytes as unknown as string, headers: { 'content-type': 'application/gzip' } });
    return data;
  }

  it('reads the digest GitHub gives, without downloading', async () => {
    const asset = await upload('with-digest.tgz');
    expect(asset.digest).toBe(`sha256:${hex}`);
    const before = gh.requests.length;
    expect(await releaseAssetSha256(client(), repo, asset)).toBe(hex);
    expect(gh.requests.length).toBe(before);
  });

  it('downloads and hashes an asset without a digest (older assets, older servers)', async () => {
    const asset = { ...(await upload('old.tgz')), digest: null };
    const before = gh.requests.length;
    expect(await releaseAssetSha256(client(), repo, asset)).toBe(hex);
    expect(gh.requests.slice(before).map((r) => `${r.method} ${r.path}`)).toContain(`GET /repos/acme/op/releases/assets/${asset.id}`);
  });

  it('names the asset when the download fails', async () => {
    const asset = { ...(await upload('gone.tgz')), digest: null, id: 999_999 };
    await expect(releaseAssetSha256(client(), repo, asset)).rejects.toThrow(RemoteError);
    await expect(releaseAssetSha256(client(), repo, asset)).rejects.toThrow(/^downloading release asset gone\.tgz to compare it failed \(HTTP 404\)/);
  });

  it('reads only a well-formed sha256 digest', () => {
    expect(digestSha256({ digest: `sha256:${hex}` })).toBe(hex);
    expect(digestSha256({ digest: 'sha512:abc' })).toBeUndefined();
    expect(digestSha256({ digest: 'sha256:short' })).toBeUndefined();
    expect(digestSha256({ digest: null })).toBeUndefined();
    expect(sha256Hex(bytes)).toBe(hex);
  });
});
