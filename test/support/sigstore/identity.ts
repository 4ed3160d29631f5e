/**
 * The certificate fields Fulcio writes for a GitHub Actions OIDC token
 * (sigstore/fulcio docs/oid-info.md; GitHub's "OpenID Connect" reference for the claims):
 * the SAN is `job_workflow_ref`, the source repository and ref are the run's.
 */
export interface WorkflowIdentity {
  /** GITHUB_SERVER_URL (the emulator's in tests). */
  serverUrl: string;
  /** The repository whose run signs, `acme/operator`. */
  repository: string;
  /** The ref of the run, `refs/tags/v0.5.0`. */
  ref: string;
  /** The workflow that signs, `OWNER/REPO/.github/workflows/FILE@REF` (default: the repository's release.yaml at `ref`). */
  workflow?: string;
  issuer?: string;
}

export function githubIdentity(id: WorkflowIdentity): { san: string; extensions: Array<{ oid: string; value: string; legacy?: boolean }> } {
  const server = id.serverUrl.replace(/\/+$/, '');
  const workflow = id.workflow ?? `${id.repository}/.github/workflows/release.yaml@${id.ref}`;
  const issuer = id.issuer ?? 'https://token.actions.githubusercontent.com';
  return {
    san: `${server}/${workflow}`,
    extensions: [
      { oid: '1.3.6.1.4.1.57264.1.1', value: issuer, legacy: true },
      { oid: '1.3.6.1.4.1.57264.1.8', value: issuer },
      { oid: '1.3.6.1.4.1.57264.1.9', value: `${server}/${workflow}` },
      { oid: '1.3.6.1.4.1.57264.1.12', value: `${server}/${id.repository}` },
      { oid: '1.3.6.1.4.1.57264.1.14', value: id.ref },
      { oid: '1.3.6.1.4.1.57264.1.18', value: `${server}/${id.repository}/.github/workflows/ci-release.yaml@${id.ref}` },
      { oid: '1.3.6.1.4.1.57264.1.20', value: 'push' },
    ],
  };
}
