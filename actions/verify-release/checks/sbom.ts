/**
 * sbom: each image's `vX.Y.Z` digest has an SBOM attestation (an SPDX JSON document, as
 * actions/attest-sbom writes it) that verifies, is about that digest, and was signed by this
 * repository's release workflow at this tag.
 */
import { isSpdx } from '../../lib/signing/statement.js';
import { combine, imageDigests, proveDigest } from '../signing.js';
import type { CheckContext, CheckResult } from '../types.js';

export async function run(ctx: CheckContext): Promise<CheckResult> {
  const images = await imageDigests(ctx);
  if (images.length === 0) return { status: 'skipped', detail: 'no images configured' };
  const proofs = await Promise.all(
    images.map(({ image, digest }) =>
      proveDigest(ctx, { artifact: `SBOM of image ${image}@${digest}`, digest, wants: (s) => (isSpdx(s) ? undefined : `a ${s.predicateType} statement, expected an SPDX JSON SBOM (https://spdx.dev/Document)`) }, 'sbom'),
    ),
  );
  return combine(proofs);
}
