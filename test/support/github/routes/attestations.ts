/**
 * Artifact attestations: the Sigstore bundles a repository's workflows stored
 * (`actions/attest-build-provenance`, `actions/attest-sbom`), found by their subject's digest.
 * Found by the `sha256:` digests of the in-toto statement's subjects, as GitHub indexes them.
 *
 * permission: attestations write (POST), attestations read (GET), as the "Fine-grained
 * access tokens" sections of GitHub's attestations reference say.
 */
import type { RouteContext, Routes } from '../context.js';
import { validationFailed } from '../http.js';
import type { AttestationRecord, RepoState } from '../state.js';
import { bodyOf, created, ok, query } from './util.js';

/** The `sha256:…` subjects and the predicate type of a bundle's DSSE statement, or undefined when it has none. */
export function statementOf(bundle: unknown): { digests: string[]; predicateType: string } | undefined {
  const payload = (bundle as { dsseEnvelope?: { payload?: unknown } } | null)?.dsseEnvelope?.payload;
  if (typeof payload !== 'string') return undefined;
  try {
    const s = JSON.parse(Buffer.from(payload, 'base64').toString('utf8')) as { subject?: Array<{ digest?: Record<string, string> }>; predicateType?: string };
    const digests = (s.subject ?? []).flatMap((x) => Object.entries(x.digest ?? {}).map(([alg, hex]) => `${alg}:${hex.toLowerCase()}`));
    return { digests, predicateType: s.predicateType ?? '' };
  } catch {
    return undefined;
  }
}

/** Stores a bundle as GitHub would (tests call it to stand for a workflow's attest step). */
export function addAttestation(repo: RepoState, id: number, bundle: unknown, digests?: string[]): AttestationRecord {
  const statement = statementOf(bundle);
  const record: AttestationRecord = { id, bundle, subjectDigests: digests ?? statement?.digests ?? [], predicateType: statement?.predicateType ?? '' };
  (repo.attestations ??= []).push(record);
  return record;
}

/** GitHub's `predicate_type` filter: the short names, else the type itself. */
function predicateMatches(filter: string | undefined, type: string): boolean {
  if (!filter) return true;
  if (filter === 'provenance') return type.startsWith('https://slsa.dev/provenance/');
  if (filter === 'sbom') return type.startsWith('https://spdx.dev/Document') || type === 'https://cyclonedx.org/bom';
  return type === filter;
}

function listFor(ctx: RouteContext): AttestationRecord[] {
  const digest = (ctx.params['subject_digest'] ?? '').toLowerCase();
  const filter = query(ctx, 'predicate_type');
  return (ctx.repo.attestations ?? []).filter((a) => a.subjectDigests.includes(digest) && predicateMatches(filter, a.predicateType));
}

export const attestationRoutes: Routes = {
  // permission: attestations write
  'repos/create-attestation': (ctx) => {
    const { bundle } = bodyOf<{ bundle: unknown }>(ctx);
    const statement = statementOf(bundle);
    if (!statement || statement.digests.length === 0) throw validationFailed({ resource: 'Attestation', field: 'bundle', code: 'invalid', message: 'The bundle has no DSSE in-toto statement with a subject digest.' });
    return created({ id: addAttestation(ctx.repo, ctx.core.nextId(), bundle).id });
  },

  // permission: attestations read
  'repos/list-attestations': (ctx) => {
    const perPage = Number(query(ctx, 'per_page') ?? 30);
    const items = listFor(ctx).slice(0, perPage);
    return ok({ attestations: items.map((a) => ({ bundle: a.bundle, repository_id: ctx.repo.id, bundle_url: `${ctx.core.urls.api}/repos/${ctx.repo.fullName}/attestations/bundles/${a.id}` })) });
  },
};
