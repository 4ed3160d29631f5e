/**
 * Attestations of a digest as GitHub stores them (artifact attestations,
 * `GET /repos/{owner}/{repo}/attestations/{subject_digest}`, permission `attestations: read`),
 * and the verdict on them: one must verify, be about that digest, say what is asked
 * (provenance, an SPDX SBOM) and be signed by the expected identity.
 */
import type { TrustMaterial } from '@sigstore/verify';
import type { GitHubClient } from '../github/client.js';
import { statusOf } from '../github/client.js';
import { RemoteError } from '../runner/errors.js';
import { describeExpected, describeIdentity, identityMismatches, type ExpectedIdentity } from './identity.js';
import { subjectDigests, type Statement } from './statement.js';
import { BundleError, verifyAttestationBundle, type VerifiedAttestation } from './verify-bundle.js';

export interface StoredAttestation {
  bundle: unknown;
}

/** Every attestation GitHub holds for `digest` (`sha256:…`), following the cursor pages. */
export async function listAttestations(client: GitHubClient, repo: { owner: string; repo: string }, digest: string, predicateType?: string): Promise<StoredAttestation[]> {
  const out: StoredAttestation[] = [];
  let after: string | undefined;
  for (let page = 0; page < 20; page++) {
    let res;
    try {
      res = await client.request('GET /repos/{owner}/{repo}/attestations/{subject_digest}', {
        ...repo,
        subject_digest: digest,
        per_page: 100,
        ...(predicateType ? { predicate_type: predicateType } : {}),
        ...(after ? { after } : {}),
      });
    } catch (err) {
      const status = statusOf(err);
      if (status === 404) return out;
      const call = `GET /repos/${repo.owner}/${repo.repo}/attestations/${digest}`;
      const how = status ? `answered HTTP ${status} (${(err as Error).message})` : `failed: ${(err as Error).message}`;
      throw new RemoteError(`reading the attestations of ${digest} failed: ${call} ${how}${status === 403 ? '; the token needs attestations: read' : ''}`, status, { cause: err });
    }
    const items = (res.data as { attestations?: Array<{ bundle?: unknown }> }).attestations ?? [];
    out.push(...items.filter((a) => a.bundle !== undefined).map((a) => ({ bundle: a.bundle })));
    after = /<[^>]*[?&]after=([^&>]+)[^>]*>;\s*rel="next"/.exec(String(res.headers.link ?? ''))?.[1];
    if (!after) return out;
  }
  return out;
}

export interface ProofRequest {
  /** `image ghcr.io/acme/op@sha256:…`: named in every line of the verdict. */
  artifact: string;
  digest: string;
  expected: ExpectedIdentity;
  /** What the statement must say; a reason when it does not. */
  wants: (statement: Statement) => string | undefined;
}

export interface Proof {
  ok: boolean;
  detail: string;
  verified?: VerifiedAttestation;
}

/** The first attestation that proves the request, else every reason the others did not. */
export function prove(attestations: readonly StoredAttestation[], trust: TrustMaterial, req: ProofRequest): Proof {
  if (attestations.length === 0) return { ok: false, detail: `${req.artifact}: no attestation for ${req.digest}; expected one signed by ${describeExpected(req.expected)}` };
  const reasons: string[] = [];
  for (const [i, a] of attestations.entries()) {
    const n = attestations.length > 1 ? `attestation ${i + 1}/${attestations.length}: ` : '';
    let v: VerifiedAttestation;
    try {
      v = verifyAttestationBundle(a.bundle, trust);
    } catch (err) {
      if (!(err instanceof BundleError)) throw err;
      reasons.push(`${n}${err.message}`);
      continue;
    }
    const digests = subjectDigests(v.statement);
    if (!digests.includes(req.digest.toLowerCase())) {
      reasons.push(`${n}signed for ${digests.join(', ') || 'no digest'}, not for the published ${req.digest}`);
      continue;
    }
    const what = req.wants(v.statement);
    if (what) {
      reasons.push(`${n}${what}`);
      continue;
    }
    const mismatches = identityMismatches(req.expected, v.identity);
    if (mismatches.length > 0) {
      reasons.push(`${n}signed by ${describeIdentity(v.identity)}, expected ${describeExpected(req.expected)}: ${mismatches.join('; ')}`);
      continue;
    }
    const log = v.logIndex !== undefined ? `, in the log at index ${v.logIndex} (${v.loggedAt})` : '';
    return { ok: true, detail: `${req.artifact}: signed by ${describeIdentity(v.identity)}, verified${log}`, verified: v };
  }
  return { ok: false, detail: `${req.artifact}: ${reasons.join('; ')}` };
}
