/**
 * The registry side of the matrix: the real docker-registry (basic auth) with the fault proxy
 * in front, and what a repository of it holds, read from its storage folder rather than
 * through the API, so the count of manifests and blobs is the registry's own and not what a
 * client chooses to show.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startFaultProxy, type FaultProxy } from '../../support/faults/http-proxy.js';
import { startRegistry, type RunningRegistry } from '../../support/registry/registry.js';

export interface ProxiedRegistry {
  registry: RunningRegistry;
  proxy: FaultProxy;
  credentials: { username: string; password: string };
  stop(): Promise<void>;
}

export async function proxiedRegistry(): Promise<ProxiedRegistry> {
  const registry = await startRegistry({ auth: 'basic' });
  const proxy = await startFaultProxy(registry.url);
  return {
    registry,
    proxy,
    credentials: { username: registry.username, password: registry.password },
    async stop() {
      await proxy.stop();
      await registry.stop();
    },
  };
}

export interface RepositoryState {
  /** tag → the manifest digest it points at */
  tags: Record<string, string>;
  /** Every manifest the repository holds (by digest), tagged or not. */
  manifests: string[];
  /** Every blob linked into the repository (config and layers). */
  blobs: string[];
}

const list = (dir: string): Promise<string[]> => readdir(dir).catch(() => []);

/** What `repository` holds in the registry's filesystem storage (distribution's layout). */
export async function repositoryState(registry: RunningRegistry, repository: string): Promise<RepositoryState> {
  const root = join(registry.dataDir, 'storage', 'docker', 'registry', 'v2', 'repositories', repository);
  const tags: Record<string, string> = {};
  for (const tag of await list(join(root, '_manifests', 'tags'))) {
    tags[tag] = (await readFile(join(root, '_manifests', 'tags', tag, 'current', 'link'), 'utf8')).trim();
  }
  const manifests = (await list(join(root, '_manifests', 'revisions', 'sha256'))).map((d) => `sha256:${d}`).sort();
  const blobs = (await list(join(root, '_layers', 'sha256'))).map((d) => `sha256:${d}`).sort();
  return { tags, manifests, blobs };
}

/** Writes (anything but GET and HEAD) the registry itself answered, from its access log. */
export function registryWrites(registry: RunningRegistry): number {
  return registry.accessLog().filter((e) => e.method !== 'GET' && e.method !== 'HEAD').length;
}
