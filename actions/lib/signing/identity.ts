/**
 * Who signed: the identity a Fulcio certificate carries for a GitHub Actions job, and the
 * identity a release must have been signed by. Pure: no crypto here (the certificate chain,
 * signature and log proof are @sigstore/verify's), only the names compared.
 *
 * GitHub's OIDC token becomes these certificate fields (Fulcio's "OID information",
 * docs/oid-info.md in sigstore/fulcio): the SAN is the `job_workflow_ref` (for a reusable
 * workflow, the reusable workflow's own file and ref), the source repository and source ref
 * are those of the run that called it, the build config is the caller's workflow file.
 */

export const GITHUB_OIDC_ISSUER = 'https://token.actions.githubusercontent.com';

/** Fulcio's certificate extensions (1.3.6.1.4.1.57264.1.*), as UTF-8 strings. */
export const FULCIO_OIDS = {
  issuer: '1.3.6.1.4.1.57264.1.8',
  buildSignerUri: '1.3.6.1.4.1.57264.1.9',
  sourceRepositoryUri: '1.3.6.1.4.1.57264.1.12',
  sourceRepositoryRef: '1.3.6.1.4.1.57264.1.14',
  buildConfigUri: '1.3.6.1.4.1.57264.1.18',
  buildTrigger: '1.3.6.1.4.1.57264.1.20',
} as const;

/** The identity found in a certificate (fields absent from it are undefined). */
export interface FoundIdentity {
  san?: string;
  issuer?: string;
  sourceRepository?: string;
  sourceRef?: string;
  buildConfig?: string;
}

/** The identity a release's signatures must carry. */
export interface ExpectedIdentity {
  /** `https://github.com/OWNER/REPO/.github/workflows/release.yaml@` : the SAN starts with it. */
  sanPrefix: string;
  /** When the signer workflow lives in the released repository: the ref it must run at (`refs/tags/v0.5.0`). */
  sanRef?: string;
  issuer: string;
  sourceRepository: string;
  sourceRef: string;
}

export interface IdentityRequest {
  /** GITHUB_SERVER_URL: `https://github.com`, or a GitHub Enterprise Server. */
  serverUrl: string;
  /** `OWNER/REPO` released. */
  repository: string;
  /** The release tag, `v0.5.0`. */
  tag: string;
  /** `OWNER/REPO/.github/workflows/FILE` that signs (as `gh attestation verify --signer-workflow` takes it); default this repository's release.yaml. */
  signerWorkflow?: string;
  issuer?: string;
}

const SIGNER_WORKFLOW = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+\/\.github\/workflows\/[A-Za-z0-9_.-]+\.ya?ml$/;

/** Why a `signer-workflow` value cannot name a workflow, or undefined when it can. */
export function signerWorkflowProblem(value: string): string | undefined {
  return SIGNER_WORKFLOW.test(value) ? undefined : `expected OWNER/REPO/.github/workflows/FILE.yaml (the workflow that signs, as gh attestation verify --signer-workflow takes it), got ${JSON.stringify(value)}`;
}

export function expectedIdentity(req: IdentityRequest): ExpectedIdentity {
  const server = req.serverUrl.replace(/\/+$/, '');
  const workflow = req.signerWorkflow ?? `${req.repository}/.github/workflows/release.yaml`;
  const sourceRef = `refs/tags/${req.tag}`;
  const own = workflow.toLowerCase().startsWith(`${req.repository.toLowerCase()}/`);
  return {
    sanPrefix: `${server}/${workflow}@`,
    ...(own ? { sanRef: sourceRef } : {}),
    issuer: req.issuer ?? GITHUB_OIDC_ISSUER,
    sourceRepository: `${server}/${req.repository}`,
    sourceRef,
  };
}

/** Each field that differs, as `field: expected X, found Y`; empty when the identity is the expected one. */
export function identityMismatches(expected: ExpectedIdentity, found: FoundIdentity): string[] {
  const out: string[] = [];
  const san = found.san ?? '';
  const sanWanted = `${expected.sanPrefix}${expected.sanRef ?? '<ref>'}`;
  if (!san.startsWith(expected.sanPrefix) || (expected.sanRef !== undefined && san !== `${expected.sanPrefix}${expected.sanRef}`)) {
    out.push(`workflow (SAN): expected ${sanWanted}, found ${found.san ?? '(none)'}`);
  }
  if (found.issuer !== expected.issuer) out.push(`issuer: expected ${expected.issuer}, found ${found.issuer ?? '(none)'}`);
  if (found.sourceRepository?.toLowerCase() !== expected.sourceRepository.toLowerCase()) {
    out.push(`source repository: expected ${expected.sourceRepository}, found ${found.sourceRepository ?? '(none)'}`);
  }
  if (found.sourceRef !== expected.sourceRef) out.push(`source ref: expected ${expected.sourceRef}, found ${found.sourceRef ?? '(none)'}`);
  return out;
}

/** One line for a report: `…/release.yaml@refs/tags/v0.5.0 (source …@refs/tags/v0.5.0)`. */
export function describeIdentity(found: FoundIdentity): string {
  const source = found.sourceRepository ? ` (source ${found.sourceRepository}@${found.sourceRef ?? '?'})` : '';
  return `${found.san ?? '(no SAN)'}${source}`;
}

export function describeExpected(expected: ExpectedIdentity): string {
  return `${expected.sanPrefix}${expected.sanRef ?? '<ref>'} (source ${expected.sourceRepository}@${expected.sourceRef}, issuer ${expected.issuer})`;
}
