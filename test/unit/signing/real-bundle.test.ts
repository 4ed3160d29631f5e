/**
 * A real GitHub artifact attestation (from the GitHub CLI's test data: public-good Fulcio and
 * Rekor, a reusable workflow) verified offline with the real public-good trusted root: the
 * identity read from a certificate Fulcio really issued, and this suite's policy applied to it.
 */
import { describe, expect, it } from '@jest/globals';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { prove } from '../../../actions/lib/signing/attestations.js';
import { expectedIdentity } from '../../../actions/lib/signing/identity.js';
import { trustMaterial } from '../../../actions/lib/signing/trust.js';
import { verifyAttestationBundle } from '../../../actions/lib/signing/verify-bundle.js';

const corpus = (name: string): string => fileURLToPath(new URL(`../../corpus/gh-attestation/${name}`, import.meta.url));
const bundle = JSON.parse(readFileSync(corpus('reusable-workflow-attestation.sigstore.json'), 'utf8')) as Record<string, unknown>;
const trust = trustMaterial(TrustedRoot.fromJSON(JSON.parse(readFileSync(corpus('trusted_root.json'), 'utf8'))));
const DIGEST = 'sha256:07e4b8c0e3580b3e4a1eb62c70f1ffb86004d3d94f50767cb404fa7a639b4d05';

describe('a real attestation of a reusable workflow', () => {
  it('verifies offline against the public-good root, and reads the identity Fulcio wrote', () => {
    const v = verifyAttestationBundle(bundle, trust);
    expect(v.identity).toEqual({
      san: 'https://github.com/bdehamer/workflows/.github/workflows/attest.yml@refs/heads/main',
      issuer: 'https://token.actions.githubusercontent.com',
      sourceRepository: 'https://github.com/malancas/attest-demo',
      sourceRef: 'refs/heads/main',
      buildConfig: 'https://github.com/malancas/attest-demo/.github/workflows/shared.yml@refs/heads/main',
    });
    expect(v.statement.predicateType).toBe('https://slsa.dev/provenance/v1');
    expect(v.statement.subjects.map((s) => `sha256:${s.digest['sha256']}`)).toEqual([DIGEST]);
    expect(v.logIndex).toBe('95781729');
    expect(v.loggedAt).toBe('2024-05-21T22:56:17.000Z');
  });

  it('passes the policy with the reusable workflow as signer, and names the branch where a tag is expected', () => {
    const req = (tag: string) => ({
      artifact: 'wheel',
      digest: DIGEST,
      expected: expectedIdentity({ serverUrl: 'https://github.com', repository: 'malancas/attest-demo', tag, signerWorkflow: 'bdehamer/workflows/.github/workflows/attest.yml' }),
      wants: () => undefined,
    });
    const onTag = prove([{ bundle }], trust, req('v1.0.0'));
    expect(onTag.ok).toBe(false);
    expect(onTag.detail).toContain('source ref: expected refs/tags/v1.0.0, found refs/heads/main');
    expect(onTag.detail).not.toContain('workflow (SAN)');
    // the release workflow of the repository itself did not sign it
    const own = prove([{ bundle }], trust, { ...req('v1.0.0'), expected: expectedIdentity({ serverUrl: 'https://github.com', repository: 'malancas/attest-demo', tag: 'v1.0.0' }) });
    expect(own.detail).toContain('workflow (SAN): expected https://github.com/malancas/attest-demo/.github/workflows/release.yaml@refs/tags/v1.0.0, found https://github.com/bdehamer/workflows/.github/workflows/attest.yml@refs/heads/main');
  });

  it('refuses the same bundle with its statement changed (the DSSE signature no longer holds)', () => {
    const envelope = bundle['dsseEnvelope'] as { payload: string };
    const statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8')) as { subject: Array<{ digest: { sha256: string } }> };
    statement.subject[0]!.digest.sha256 = 'f'.repeat(64);
    const tampered = { ...bundle, dsseEnvelope: { ...envelope, payload: Buffer.from(JSON.stringify(statement)).toString('base64') } };
    expect(() => verifyAttestationBundle(tampered, trust)).toThrow(/SIGNATURE_ERROR|TLOG_BODY_ERROR/);
  });
});
