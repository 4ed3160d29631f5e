/**
 * image-signature: each image's `vX.Y.Z` digest, as the registry serves it, has a provenance
 * attestation that verifies (Fulcio certificate chain, Rekor inclusion proof, DSSE signature:
 * @sigstore/verify), is about that digest, and was signed by this repository's release
 * workflow at this tag. Not polled: it runs after the image check saw the image.
 */
import { SLSA_PROVENANCE_V1 } from '../../lib/signing/statement.js';
import { commandBlock, imageCommands } from '../../lib/signing/commands.js';
import { combine, imageDigests, proveDigest, signerOf } from '../signing.js';
import type { CheckContext, CheckResult } from '../types.js';

export async function run(ctx: CheckContext): Promise<CheckResult> {
  const images = await imageDigests(ctx);
  if (images.length === 0) return { status: 'skipped', detail: 'no images configured' };
  const proofs = await Promise.all(
    images.map(({ image, digest }) =>
      proveDigest(ctx, { artifact: `image ${image}@${digest}`, digest, wants: (s) => (s.predicateType.startsWith(SLSA_PROVENANCE_V1) ? undefined : `a ${s.predicateType} statement, expected SLSA provenance`) }, 'provenance'),
    ),
  );
  const commands = images.flatMap(({ image, digest }) => imageCommands(signerOf(ctx), image, digest));
  return { ...combine(proofs), summary: commandBlock('Check the image yourself (provenance, then the SBOM)', commands) };
}
