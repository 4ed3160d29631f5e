/**
 * The example's image built for real: buildah (vfs, chroot, nothing pulled) builds
 * examples/operator/Dockerfile once per platform and the manifests go to the real
 * docker-registry with token auth, under an index with their attestation manifests; a
 * Dockerfile that would download a base image, or RUN for a foreign architecture, is refused
 * with the reason (the synthetic image is used then), and RELEASE_ACTIONS_NO_BUILDAH=1 turns
 * buildah off.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { arch } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { OciClient } from '../../actions/lib/oci/client.js';
import { buildPlatform, findBuildah, offlineProblem } from '../../src/rehearse/stand-ins/buildah.js';
import { indexBuilt, parsePlatform } from '../../src/rehearse/stand-ins/image.js';
import { projectRoot } from '../support/harness.js';
import { startRegistry, type RunningRegistry } from '../support/registry/registry.js';
import { tempDir } from '../support/tmp.js';

const example = join(projectRoot, 'examples', 'operator');
// this file is about the real build (test/support/env-setup.mjs turns it off elsewhere)
process.env.RELEASE_ACTIONS_NO_BUILDAH = '0';
const found = findBuildah();
const host = ({ x64: 'amd64', arm64: 'arm64' } as Record<string, string>)[arch()] ?? arch();
const foreign = host === 'amd64' ? 'linux/arm64' : 'linux/amd64';

describe('which Dockerfiles buildah builds here', () => {
  it('builds the example: FROM scratch, no RUN', () => {
    expect(offlineProblem(readFileSync(join(example, 'Dockerfile'), 'utf8'), ['linux/amd64', 'linux/arm64'].map(parsePlatform))).toBeUndefined();
  });

  it('refuses a base image from the network, naming it, but not an earlier stage', () => {
    const kubebuilder = 'FROM golang:1.24 AS builder\nRUN go build\nFROM gcr.io/distroless/static:nonroot\nCOPY --from=builder /m /m\n';
    expect(offlineProblem(kubebuilder, [parsePlatform('linux/amd64')])).toBe('the Dockerfile needs base images from the network (golang:1.24, gcr.io/distroless/static:nonroot); the rehearsal downloads nothing');
    expect(offlineProblem('FROM --platform=$BUILDPLATFORM scratch AS a\nCOPY x /x\nFROM a\n', [parsePlatform('linux/amd64')])).toBeUndefined();
  });

  it('refuses a RUN for another architecture (QEMU), not for this one', () => {
    const run = 'FROM scratch\nRUN ["/x"]\n';
    expect(offlineProblem(run, [parsePlatform(`linux/${host}`)])).toBeUndefined();
    expect(offlineProblem(run, [parsePlatform(foreign)])).toMatch(new RegExp(`^the Dockerfile has RUN steps and ${foreign.replace('/', '\\/')}(/v8)? is not this machine's architecture \\(${host}\\): that needs QEMU$`));
  });

  it('is turned off by RELEASE_ACTIONS_NO_BUILDAH=1, and says how to install it when absent', () => {
    expect(findBuildah({ ...process.env, RELEASE_ACTIONS_NO_BUILDAH: '1' })).toEqual({ missing: 'RELEASE_ACTIONS_NO_BUILDAH=1' });
    expect(findBuildah({ PATH: '/nowhere' })).toEqual({ missing: 'buildah is not installed (apt-get install -y buildah)' });
  });
});

// buildah is installed on the machines the suite is developed and tested on; without it, say so
const withBuildah = 'path' in found ? describe : describe.skip;
if (!('path' in found)) process.stderr.write(`buildah.test.ts: the real build is skipped: ${found.missing}\n`);

withBuildah('a real build of the example, per platform, into the registry', () => {
  let registry: RunningRegistry;
  let tmp: { path: string; cleanup: () => Promise<void> };
  beforeAll(async () => {
    [registry, tmp] = await Promise.all([startRegistry({ auth: 'token' }), tempDir('rehearse-buildah-')]);
  });
  afterAll(async () => {
    await registry?.stop();
    await tmp?.cleanup();
  });

  it('pushes one manifest per platform by digest, then an index with attestations, the same bytes on a rebuild', async () => {
    const access = { host: registry.host, username: registry.username, password: registry.password };
    const build = (platform: string, dir: string) =>
      buildPlatform({ buildah: (found as { path: string }).path, dir: join(tmp.path, dir), home: tmp.path, context: example, file: join(example, 'Dockerfile'), platform: parsePlatform(platform), buildArgs: ['VERSION=0.3.0'], labels: { 'org.opencontainers.image.revision': 'abc' }, registry: access, repository: 'example-org/example-operator' });
    const amd64 = await build('linux/amd64', 'a');
    const arm64 = await build('linux/arm64', 'a');
    expect(amd64.digest).not.toBe(arm64.digest);
    const c = new OciClient({ registry: registry.host, credentials: { username: registry.username, password: registry.password }, retries: 0, timeoutMs: 20_000 });
    const manifest = (await c.getManifest('example-org/example-operator', arm64.digest))!.json as { config: { digest: string }; layers: Array<{ digest: string }> };
    const config = JSON.parse(Buffer.from(await c.getBlob('example-org/example-operator', manifest.config.digest)).toString('utf8')) as { architecture: string; os: string; config: { Labels: Record<string, string>; User: string } };
    expect(config).toMatchObject({ architecture: 'arm64', os: 'linux', config: { User: '65532:65532', Labels: { 'org.opencontainers.image.version': '0.3.0', 'org.opencontainers.image.revision': 'abc' } } });
    // --timestamp makes one layer: the files the Dockerfile copies
    expect(manifest.layers).toHaveLength(1);
    const layer = gunzipSync(await c.getBlob('example-org/example-operator', manifest.layers[0]!.digest)).toString('latin1');
    expect(layer).toContain('README.md');
    expect(layer).toContain('config/crd/autoscaling.example.org_queueautoscalers.yaml');
    // pushed by digest: no tag was made
    expect(await c.resolve('example-org/example-operator', 'latest')).toBeNull();
    // --timestamp 0: a build in fresh storage gives the same manifest, so a re-run pushes nothing new
    expect((await build('linux/arm64', 'b')).digest).toBe(arm64.digest);
    const spec = { repository: 'example-org/example-operator', platforms: [], content: '', labels: {}, provenance: true, sbom: false, builder: 'buildah (test)' };
    const index = await indexBuilt(access, spec, [amd64, arm64], ['v0.3.0']);
    const pushed = (await c.getManifest('example-org/example-operator', 'v0.3.0'))!;
    expect(pushed.digest).toBe(index);
    const platforms = (pushed.json as { manifests: Array<{ platform: { architecture: string; variant?: string } }> }).manifests.map((m) => [m.platform.architecture, m.platform.variant].filter(Boolean).join('/'));
    expect(platforms).toEqual(['amd64', 'unknown', 'arm64/v8', 'unknown']);
  }, 120_000);
});
