/**
 * The trust material bundles are verified against: Sigstore's `TrustedRoot` (Fulcio CAs,
 * Rekor and CT log keys, with their validity periods). From a file (a private Sigstore, or
 * the local stand-ins of the tests and the rehearsal), else the public-good root fetched and
 * checked through TUF, as `cosign` and `gh attestation verify` get it.
 */
import { readFile } from 'node:fs/promises';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { toTrustMaterial, type TrustMaterial } from '@sigstore/verify';
import { ActionError } from '../runner/errors.js';

export interface TrustSource {
  /** A `TrustedRoot` JSON file; absent: the public-good root through TUF. */
  path?: string;
  /** Where TUF keeps its metadata between runs (RUNNER_TEMP). */
  cachePath?: string;
}

export async function loadTrustedRoot(source: TrustSource): Promise<TrustedRoot> {
  if (source.path) return trustedRootFromFile(source.path);
  const { getTrustedRoot } = await import('@sigstore/tuf');
  try {
    return await getTrustedRoot(source.cachePath ? { cachePath: source.cachePath } : {});
  } catch (err) {
    throw new ActionError(`cannot fetch Sigstore's public-good trusted root through TUF: ${(err as Error).message}; give a trusted-root file to verify offline`, { cause: err });
  }
}

async function trustedRootFromFile(path: string): Promise<TrustedRoot> {
  const text = await readFile(path, 'utf8').catch((err: NodeJS.ErrnoException) => {
    throw new ActionError(`trusted root ${path} cannot be read (${err.code ?? err.message}): give the path of a Sigstore TrustedRoot JSON file`);
  });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new ActionError(`trusted root ${path} is not JSON: ${(err as Error).message}`);
  }
  const root = TrustedRoot.fromJSON(json);
  if (root.certificateAuthorities.length === 0 || root.tlogs.length === 0) {
    throw new ActionError(`trusted root ${path} has no certificate authority or no transparency log: expected a Sigstore TrustedRoot (mediaType application/vnd.dev.sigstore.trustedroot+json)`);
  }
  return root;
}

export function trustMaterial(root: TrustedRoot): TrustMaterial {
  return toTrustMaterial(root);
}
