/** Registry clients shared by the image and oci-chart checks, and how their errors are read while polling. */
import type { OciClient } from '../lib/oci/client.js';
import { ActionError, RemoteError } from '../lib/runner/errors.js';
import { requestTimeoutMs } from '../lib/runner/tuning.js';
import type { Attempt } from './poll.js';
import type { CheckContext } from './types.js';

/** Per-attempt time limit of one request: RELEASE_ACTIONS_REQUEST_TIMEOUT_MS, less with a short timeout (never under 5 s). */
/**
 * The release's images: the `images` input, else the configuration's. `none` (a release of the
 * chart alone, release.yaml `image: none`) is no image at all.
 */
export function releaseImages(ctx: CheckContext): string[] {
  const images = ctx.inputs.images.length > 0 ? ctx.inputs.images : ctx.config.images;
  return images[0] === 'none' ? [] : images;
}

export function requestTimeout(timeoutMs: number): number {
  return Math.min(requestTimeoutMs(), Math.max(5_000, timeoutMs));
}

/** One client per registry host, with the given credentials (anonymous without). */
export function registryClients(ctx: CheckContext): { get(registry: string): Promise<OciClient> } {
  const clients = new Map<string, Promise<OciClient>>();
  return {
    get(registry) {
      let client = clients.get(registry);
      if (!client) {
        client = import('../lib/oci/client.js').then(
          ({ OciClient }) =>
            new OciClient({ registry, ...(ctx.credentials ? { credentials: ctx.credentials } : {}), timeoutMs: requestTimeout(ctx.poll.timeoutMs), userAgent: 'release-actions-verify-release' }),
        );
        clients.set(registry, client);
      }
      return client;
    },
  };
}

/**
 * Runs one look at a registry. A refusal (401 after authenticating, 403) is final:
 * waiting does not fix credentials. Other remote trouble (5xx after the client's own
 * retries, a connection refused) is waited out like a missing artifact.
 */
export async function remoteVerdict<T>(look: () => Promise<Attempt<T>>, fail: (message: string) => Attempt<T>): Promise<Attempt<T>> {
  try {
    return await look();
  } catch (err) {
    if (err instanceof RemoteError) {
      if (err.status === 401 || err.status === 403) return fail(err.message);
      return { done: false, missing: err.message };
    }
    if (err instanceof ActionError) return fail(err.message);
    throw err;
  }
}
