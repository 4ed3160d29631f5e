/**
 * Node's compile cache for the bundle's chunks (`module.enableCompileCache`, Node ≥ 22.1; the
 * actions run on node24, and on a runtime without it this does nothing). The cache lives under
 * RUNNER_TEMP, which the runner empties before every job: a re-run never meets a cache of another
 * build, and Node checks every entry against the source it was made from and recompiles on any
 * mismatch, so a stale or broken entry costs a compilation, never a wrong result. What it saves
 * (measured on Node 24, docs/performance.md): about 30 ms of CPU for bump-version (yaml, ajv,
 * the version files) when the same action runs again in the job; a first run pays nothing more.
 */
import module from 'node:module';
import { join } from 'node:path';

type EnableCompileCache = (dir?: string) => unknown;

export const COMPILE_CACHE_DIR = 'release-actions-compile-cache';

/** Enables the cache in `RUNNER_TEMP/release-actions-compile-cache` when both exist; never fails the step. */
export function enableCompileCache(env: NodeJS.ProcessEnv = process.env, enable: EnableCompileCache | undefined = (module as { enableCompileCache?: EnableCompileCache }).enableCompileCache): boolean {
  const temp = env['RUNNER_TEMP'];
  if (!temp || typeof enable !== 'function') return false;
  try {
    enable(join(temp, COMPILE_CACHE_DIR));
    return true;
  } catch {
    // an optimisation only: without it the chunks compile as they always did
    return false;
  }
}
