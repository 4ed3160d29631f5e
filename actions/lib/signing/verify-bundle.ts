/**
 * One Sigstore bundle verified: the certificate chains to a trusted Fulcio CA at the time the
 * log recorded it, the transparency log entry's inclusion proof and signed checkpoint hold and
 * its body is this signature, and the DSSE envelope's signature is the certificate's key's.
 * All of that is @sigstore/verify; this module only reads what it proved: the in-toto
 * statement and the identity in the certificate.
 */
import { bundleFromJSON, isBundleWithDsseEnvelope } from '@sigstore/bundle';
import { Verifier, toSignedEntity, type TrustMaterial } from '@sigstore/verify';
import { FULCIO_OIDS, type FoundIdentity } from './identity.js';
import { parseStatement, StatementError, type Statement } from './statement.js';

export interface VerifiedAttestation {
  statement: Statement;
  identity: FoundIdentity;
  /** When the log recorded it (ISO), from its integrated time. */
  loggedAt?: string;
  logIndex?: string;
}

/** Why a bundle did not verify, in words a release engineer can act on. */
export class BundleError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

const HINTS: Record<string, string> = {
  CERTIFICATE_ERROR: 'the certificate does not chain to a CA of the trusted root valid at signing time (another or an expired root?)',
  TLOG_INCLUSION_PROOF_ERROR: 'the transparency log inclusion proof does not hold',
  TLOG_INCLUSION_PROMISE_ERROR: "the transparency log's signed entry timestamp does not verify",
  TLOG_MISSING_INCLUSION_ERROR: 'the bundle has no transparency log inclusion proof',
  TLOG_BODY_ERROR: 'the transparency log entry is not for this signature',
  TLOG_ERROR: 'no transparency log of the trusted root recorded it',
  SIGNATURE_ERROR: 'the signature does not match the signed content',
  TIMESTAMP_ERROR: 'no trusted timestamp',
};

export function verifyAttestationBundle(json: unknown, trust: TrustMaterial): VerifiedAttestation {
  let bundle;
  try {
    bundle = bundleFromJSON(json);
  } catch (err) {
    throw new BundleError(`not a Sigstore bundle: ${(err as Error).message}`, 'BUNDLE_INVALID');
  }
  if (!isBundleWithDsseEnvelope(bundle)) throw new BundleError('the bundle signs a message, expected a DSSE envelope with an in-toto statement', 'BUNDLE_NOT_DSSE');
  const entity = toSignedEntity(bundle);
  const logged = bundle.verificationMaterial.tlogEntries[0]?.integratedTime;
  try {
    new Verifier(trust).verify(entity);
  } catch (err) {
    const code = (err as { code?: string }).code ?? 'VERIFICATION_ERROR';
    const expired = code === 'CERTIFICATE_ERROR' && logged ? expiredRoot(trust, new Date(Number(logged) * 1000)) : undefined;
    throw new BundleError(`${expired ?? HINTS[code] ?? 'verification failed'} (${code}: ${(err as Error).message})`, code);
  }
  let statement: Statement;
  try {
    statement = parseStatement(bundle.content.dsseEnvelope.payloadType, bundle.content.dsseEnvelope.payload);
  } catch (err) {
    if (err instanceof StatementError) throw new BundleError(err.message, 'STATEMENT_INVALID');
    throw err;
  }
  const entry = bundle.verificationMaterial.tlogEntries[0];
  return {
    statement,
    identity: entity.key.$case === 'certificate' ? identityOf(entity.key.certificate) : {},
    ...(entry ? { loggedAt: new Date(Number(entry.integratedTime) * 1000).toISOString(), logIndex: entry.logIndex } : {}),
  };
}

/** When every CA of the root had ended before the signing time: the root is stale, not the signature foreign. */
function expiredRoot(trust: TrustMaterial, signedAt: Date): string | undefined {
  const ends = trust.certificateAuthorities.map((ca) => ca.validFor.end);
  if (ends.length === 0 || ends.some((end) => end.getTime() >= signedAt.getTime())) return undefined;
  const last = new Date(Math.max(...ends.map((e) => e.getTime())));
  return `the trusted root's certificate authorities were valid until ${last.toISOString()}, and this was signed ${signedAt.toISOString()}: an expired root (fetch the current one, or pass a current trusted-root)`;
}

type Cert = { subjectAltName?: string; extension(oid: string): { valueObj: { subs?: Array<{ value: Buffer }>; value: Buffer } } | undefined };

/** The identity fields of a Fulcio certificate (v2 extensions are DER UTF8Strings). */
export function identityOf(cert: Cert): FoundIdentity {
  const ext = (oid: string): string | undefined => {
    const e = cert.extension(oid);
    if (!e) return undefined;
    const inner = e.valueObj.subs?.[0]?.value ?? e.valueObj.value;
    return inner.toString('utf8');
  };
  const found: FoundIdentity = {};
  const set = (k: keyof FoundIdentity, v: string | undefined): void => {
    if (v !== undefined) found[k] = v;
  };
  set('san', cert.subjectAltName);
  set('issuer', ext(FULCIO_OIDS.issuer));
  set('sourceRepository', ext(FULCIO_OIDS.sourceRepositoryUri));
  set('sourceRef', ext(FULCIO_OIDS.sourceRepositoryRef));
  set('buildConfig', ext(FULCIO_OIDS.buildConfigUri));
  return found;
}
