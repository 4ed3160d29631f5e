/** Bundles from the local Sigstore verified by actions/lib/signing, and each way a bundle can be wrong. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { prove, type ProofRequest } from '../../../actions/lib/signing/attestations.js';
import { expectedIdentity } from '../../../actions/lib/signing/identity.js';
import { SLSA_PROVENANCE_V1 } from '../../../actions/lib/signing/statement.js';
import { trustMaterial } from '../../../actions/lib/signing/trust.js';
import { startSigstore, type LocalSigstore } from '../../support/sigstore/index.js';

const SERVER = 'https://github.com';
const REPO = 'llm-d-incubation/workload-variant-autoscaler';
const DIGEST = `sha256:${'a'.repeat(64)}`;
const OTHER = `sha256:${'b'.repeat(64)}`;
const provenance = (digest: string) => ({ subject: [{ name: 'ghcr.io/llm-d-incubation/workload-variant-autoscaler', digest: { sha256: digest.slice(7) } }], predicateType: SLSA_PROVENANCE_V1, predicate: { buildDefinition: {} } });
const asTagged = { serverUrl: SERVER, repository: REPO, ref: 'refs/tags/v0.5.0' };

let sig: LocalSigstore;
let other: LocalSigstore;
beforeAll(async () => {
  [sig, other] = await Promise.all([startSigstore(), startSigstore()]);
});
afterAll(async () => {
  await Promise.all([sig.stop(), other.stop()]);
});

const request = (): ProofRequest => ({
  artifact: 'image ghcr.io/llm-d-incubation/workload-variant-autoscaler',
  digest: DIGEST,
  expected: expectedIdentity({ serverUrl: SERVER, repository: REPO, tag: 'v0.5.0' }),
  wants: (s) => (s.predicateType === SLSA_PROVENANCE_V1 ? undefined : `a ${s.predicateType} statement, expected provenance`),
});
const trust = (s: LocalSigstore) => trustMaterial(TrustedRoot.fromJSON(s.trustedRoot));

describe('prove', () => {
  it('passes a bundle signed by the release workflow at the tag, naming the identity and the log entry', async () => {
    const bundle = await sig.attest(provenance(DIGEST), asTagged);
    const proof = prove([{ bundle }], trust(sig), request());
    expect(proof.detail).toMatch(/signed by https:\/\/github.com\/llm-d-incubation\/workload-variant-autoscaler\/.github\/workflows\/release.yaml@refs\/tags\/v0.5.0 .*verified, in the log at index \d+/);
    expect(proof.ok).toBe(true);
  });

  it('refuses a bundle for another digest, naming both', async () => {
    const bundle = await sig.attest(provenance(OTHER), asTagged);
    const proof = prove([{ bundle }], trust(sig), request());
    expect(proof.ok).toBe(false);
    expect(proof.detail).toContain(`signed for ${OTHER}, not for the published ${DIGEST}`);
  });

  it.each([
    ['another workflow', { ...asTagged, workflow: `${REPO}/.github/workflows/other.yaml@refs/tags/v0.5.0` }, /workflow \(SAN\): expected .*release.yaml@refs\/tags\/v0.5.0, found .*other.yaml@refs\/tags\/v0.5.0/],
    ['another repository', { ...asTagged, repository: 'someone/fork' }, /source repository: expected https:\/\/github.com\/llm-d-incubation\/workload-variant-autoscaler, found https:\/\/github.com\/someone\/fork/],
    ['another ref', { ...asTagged, ref: 'refs/heads/main' }, /source ref: expected refs\/tags\/v0.5.0, found refs\/heads\/main/],
    ['another issuer', { ...asTagged, issuer: 'https://accounts.example.com' }, /issuer: expected https:\/\/token.actions.githubusercontent.com, found https:\/\/accounts.example.com/],
  ])('refuses a certificate from %s, naming what was expected and what was found', async (_what, identity, message) => {
    const bundle = await sig.attest(provenance(DIGEST), identity);
    const proof = prove([{ bundle }], trust(sig), request());
    expect(proof.ok).toBe(false);
    expect(proof.detail).toMatch(message);
  });

  it('accepts the reusable workflow of another repository when it is the signer workflow, the source still this repository at the tag', async () => {
    const bundle = await sig.attest(provenance(DIGEST), { ...asTagged, workflow: 'llm-d/release-actions/.github/workflows/release.yaml@refs/tags/v1' });
    const expected = expectedIdentity({ serverUrl: SERVER, repository: REPO, tag: 'v0.5.0', signerWorkflow: 'llm-d/release-actions/.github/workflows/release.yaml' });
    expect(prove([{ bundle }], trust(sig), { ...request(), expected }).ok).toBe(true);
    expect(prove([{ bundle }], trust(sig), request()).ok).toBe(false);
  });

  it('refuses a bundle from a CA the trusted root does not hold', async () => {
    const bundle = await other.attest(provenance(DIGEST), asTagged);
    const proof = prove([{ bundle }], trust(sig), request());
    expect(proof.ok).toBe(false);
    expect(proof.detail).toMatch(/: the certificate does not chain to a CA of the trusted root valid at signing time \(another or an expired root\?\) \(CERTIFICATE_ERROR: /);
  });

  it('refuses a bundle signed after the trusted root expired', async () => {
    const expired = await startSigstore({ validFor: { start: new Date(Date.now() - 10 * 86_400_000), end: new Date(Date.now() - 86_400_000) } });
    try {
      const bundle = await expired.attest(provenance(DIGEST), asTagged);
      const proof = prove([{ bundle }], trust(expired), request());
      expect(proof.ok).toBe(false);
      expect(proof.detail).toMatch(/^image .*: the trusted root's certificate authorities were valid until \S+Z, and this was signed \S+Z: an expired root \(fetch the current one, or pass a current trusted-root\) \(CERTIFICATE_ERROR: /);
    } finally {
      await expired.stop();
    }
  });

  it('refuses a bundle whose log checkpoint was altered (the inclusion proof no longer holds)', async () => {
    type Entry = { inclusionProof: { checkpoint: { envelope: string } } };
    const bundle = (await sig.attest(provenance(DIGEST), asTagged)) as unknown as { verificationMaterial: { tlogEntries: Entry[] } };
    const checkpoint = bundle.verificationMaterial.tlogEntries[0]!.inclusionProof.checkpoint;
    const lines = checkpoint.envelope.split('\n');
    lines[2] = Buffer.alloc(32, 7).toString('base64');
    checkpoint.envelope = lines.join('\n');
    const proof = prove([{ bundle }], trust(sig), request());
    expect(proof.ok).toBe(false);
    expect(proof.detail).toMatch(/transparency log inclusion proof does not hold \(TLOG_INCLUSION_PROOF_ERROR/);
  });

  it('says there is no attestation when GitHub holds none', () => {
    const proof = prove([], trust(sig), request());
    expect(proof.ok).toBe(false);
    expect(proof.detail).toContain(`no attestation for ${DIGEST}; expected one signed by https://github.com/${REPO}/.github/workflows/release.yaml@refs/tags/v0.5.0`);
  });
});
