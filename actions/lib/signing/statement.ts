/**
 * The in-toto statement a DSSE bundle carries (https://github.com/in-toto/attestation,
 * spec v1): what it is about (subjects and their digests) and what it says (predicate).
 * Pure JSON reading; the envelope's signature is checked before this runs.
 */

export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
/** actions/attest-sbom writes SPDX SBOMs with `https://spdx.dev/Document/v2.3` (and older versions). */
export const SPDX_PREDICATE_PREFIX = 'https://spdx.dev/Document';

export interface Subject {
  name: string;
  digest: Record<string, string>;
}

export interface Statement {
  type: string;
  subjects: Subject[];
  predicateType: string;
  predicate: unknown;
}

export class StatementError extends Error {}

export function parseStatement(payloadType: string, payload: Buffer): Statement {
  if (payloadType !== IN_TOTO_PAYLOAD_TYPE) throw new StatementError(`the envelope carries ${payloadType}, expected ${IN_TOTO_PAYLOAD_TYPE}`);
  let json: { _type?: unknown; subject?: unknown; predicateType?: unknown; predicate?: unknown };
  try {
    json = JSON.parse(payload.toString('utf8')) as typeof json;
  } catch {
    throw new StatementError('the in-toto statement is not JSON');
  }
  if (!Array.isArray(json.subject) || typeof json.predicateType !== 'string') throw new StatementError('the in-toto statement has no subject or no predicateType');
  const subjects = json.subject.filter(isSubject);
  return { type: String(json._type ?? ''), subjects, predicateType: json.predicateType, predicate: json.predicate };
}

function isSubject(s: unknown): s is Subject {
  const v = s as Partial<Subject> | null;
  return typeof v === 'object' && v !== null && typeof v.digest === 'object' && v.digest !== null;
}

/** `sha256:…` digests of the statement's subjects. */
export function subjectDigests(statement: Statement): string[] {
  return statement.subjects.flatMap((s) => Object.entries(s.digest).map(([alg, hex]) => `${alg}:${hex.toLowerCase()}`));
}

export function isSpdx(statement: Statement): boolean {
  if (!statement.predicateType.startsWith(SPDX_PREDICATE_PREFIX)) return false;
  const p = statement.predicate as { spdxVersion?: unknown } | null;
  return typeof p === 'object' && p !== null && typeof p.spdxVersion === 'string' && p.spdxVersion.startsWith('SPDX-');
}
