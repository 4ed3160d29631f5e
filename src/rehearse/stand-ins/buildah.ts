/**
 * A real image build for docker/build-push-action's stand-in: buildah (no daemon, vfs storage
 * under the job's RUNNER_TEMP, chroot isolation, nothing pulled), one build per platform, the
 * result written as an OCI layout and uploaded to the local registry by the rehearsal's OCI
 * client (so a push by digest leaves no tag, as buildx's does). Used when buildah is on PATH and
 * RELEASE_ACTIONS_NO_BUILDAH is not 1, and only for a Dockerfile that needs nothing from the
 * network (every FROM is `scratch` or an earlier stage) and runs no RUN step for a foreign
 * architecture (that needs QEMU); anything else gets the synthetic image, with the reason.
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { arch } from 'node:os';
import { delimiter, join } from 'node:path';
import { sha256Digest } from '../../../actions/lib/oci/digest.js';
import { OCI_MANIFEST } from '../../../actions/lib/oci/media-types.js';
import { proc } from '../proc.js';
import type { RegistryAccess } from '../types.js';
import { client, platformText, type Platform } from './image.js';

export const NO_BUILDAH_ENV = 'RELEASE_ACTIONS_NO_BUILDAH';

/** buildah's path, or why it is not used. */
export function findBuildah(env: NodeJS.ProcessEnv = process.env): { path: string } | { missing: string } {
  if (env[NO_BUILDAH_ENV] === '1') return { missing: `${NO_BUILDAH_ENV}=1` };
  for (const dir of (env['PATH'] ?? '').split(delimiter).filter(Boolean)) {
    const path = join(dir, 'buildah');
    if (existsSync(path)) return { path };
  }
  return { missing: 'buildah is not installed (apt-get install -y buildah)' };
}

const HOST_ARCH: Record<string, string> = { x64: 'amd64', arm64: 'arm64', arm: 'arm', ppc64: 'ppc64le', s390x: 's390x' };

/**
 * Why buildah cannot build `dockerfile` here for `platforms`, or undefined: a base image other
 * than `scratch` or an earlier stage would be downloaded; a RUN for another architecture needs QEMU.
 */
export function offlineProblem(dockerfile: string, platforms: readonly Platform[]): string | undefined {
  const stages = new Set<string>();
  const bases: string[] = [];
  let runs = false;
  // continuation lines joined, comments dropped: instructions as the Dockerfile parser sees them
  const instructions = dockerfile.replace(/\\\r?\n/g, ' ').split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  for (const line of instructions) {
    const [keyword = '', ...rest] = line.split(/\s+/);
    if (/^run$/i.test(keyword)) runs = true;
    if (!/^from$/i.test(keyword)) continue;
    const words = rest.filter((w) => !w.startsWith('--'));
    const image = words[0] ?? '';
    if (image.toLowerCase() !== 'scratch' && !stages.has(image.toLowerCase())) bases.push(image);
    if ((words[1] ?? '').toLowerCase() === 'as' && words[2]) stages.add(words[2].toLowerCase());
  }
  if (bases.length > 0) return `the Dockerfile needs base images from the network (${bases.join(', ')}); the rehearsal downloads nothing`;
  const host = HOST_ARCH[arch()] ?? arch();
  const foreign = platforms.filter((p) => p.architecture !== host);
  if (runs && foreign.length > 0) return `the Dockerfile has RUN steps and ${foreign.map(platformText).join(', ')} is not this machine's architecture (${host}): that needs QEMU`;
  return undefined;
}

export interface BuildahBuild {
  buildah: string;
  /** Storage, run root and OCI layouts go below this folder. */
  dir: string;
  home: string;
  context: string;
  file: string;
  platform: Platform;
  buildArgs: string[];
  labels: Record<string, string>;
  registry: RegistryAccess;
  repository: string;
}

/** The image manifest pushed, by digest, as a descriptor of an index. */
export interface BuiltManifest {
  mediaType: string;
  digest: string;
  size: number;
  platform: Platform;
}

async function buildah(b: BuildahBuild, args: string[]): Promise<string> {
  const storage = ['--storage-driver', 'vfs', '--root', join(b.dir, 'storage'), '--runroot', join(b.dir, 'run')];
  // HOME and XDG dirs in the job's folders: no user configuration read; chroot: no namespaces needed
  const env = { HOME: b.home, XDG_CONFIG_HOME: b.home, XDG_RUNTIME_DIR: join(b.dir, 'run'), BUILDAH_ISOLATION: 'chroot' };
  const r = await proc(b.buildah, [...storage, ...args], { env, timeoutMs: 300_000 });
  if (r.code !== 0) throw new Error(`buildah ${args[0] ?? ''} failed (exit ${r.code}): ${r.stderr.trim().split('\n').slice(-3).join(' ')}`);
  return r.stdout.toString('utf8');
}

/** One platform built with buildah and its manifest, config and layers uploaded to the registry by digest. */
export async function buildPlatform(b: BuildahBuild): Promise<BuiltManifest> {
  mkdirSync(join(b.dir, 'run'), { recursive: true });
  const slug = platformText(b.platform).replace(/\//g, '-');
  const name = `localhost/rehearsal-build:${slug}`;
  const args = ['build', '--isolation', 'chroot', '--pull=never', '--timestamp', '0', '--format', 'oci', '--platform', platformText(b.platform), '--file', b.file, '--tag', name];
  for (const a of b.buildArgs) args.push('--build-arg', a);
  for (const [k, v] of Object.entries(b.labels)) args.push('--label', `${k}=${v}`);
  await buildah(b, [...args, '--', b.context]);
  const layout = join(b.dir, `layout-${slug}`);
  rmSync(layout, { recursive: true, force: true });
  await buildah(b, ['push', '--format', 'oci', '--', name, `oci:${layout}:${slug}`]);
  return uploadLayout(layout, b.registry, b.repository, b.platform);
}

/** The one manifest of an OCI layout, with its config and layers, uploaded by digest. */
async function uploadLayout(layout: string, registry: RegistryAccess, repository: string, platform: Platform): Promise<BuiltManifest> {
  const blob = (digest: string): Uint8Array => new Uint8Array(readFileSync(join(layout, 'blobs', 'sha256', digest.replace(/^sha256:/, ''))));
  const index = JSON.parse(readFileSync(join(layout, 'index.json'), 'utf8')) as { manifests: Array<{ digest: string }> };
  const top = index.manifests[0];
  if (!top) throw new Error(`buildah wrote no manifest into ${layout}`);
  const bytes = blob(top.digest);
  const manifest = JSON.parse(Buffer.from(bytes).toString('utf8')) as { mediaType?: string; config: { digest: string }; layers: Array<{ digest: string }> };
  const c = client(registry);
  for (const d of [manifest.config.digest, ...manifest.layers.map((l) => l.digest)]) await c.ensureBlob(repository, blob(d));
  const mediaType = manifest.mediaType ?? OCI_MANIFEST;
  const digest = await c.putManifest(repository, sha256Digest(bytes), mediaType, bytes);
  return { mediaType, digest, size: bytes.byteLength, platform };
}
