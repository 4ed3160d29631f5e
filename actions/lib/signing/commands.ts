/**
 * The commands a user runs to check a release for themselves, filled in with this release's
 * repository, tag, signer workflow and digests. Pure text; verify-release puts them in the job
 * summary, docs/security.md explains them.
 */

export interface SignerOf {
  /** `OWNER/REPO` released. */
  repository: string;
  tag: string;
  /** `OWNER/REPO/.github/workflows/FILE.yaml`. */
  signerWorkflow: string;
}

const SPDX = 'https://spdx.dev/Document/v2.3';

/** `'…'` for a POSIX shell: the values come from names and digests, quoted all the same. */
function q(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

function ghVerify(subject: string, s: SignerOf, extra: string[] = []): string {
  return ['gh attestation verify', q(subject), '--repo', q(s.repository), '--signer-workflow', q(s.signerWorkflow), '--source-ref', q(`refs/tags/${s.tag}`), ...extra].join(' ');
}

/** Provenance and SBOM of an image index, by digest (a tag could move). */
export function imageCommands(s: SignerOf, image: string, digest: string): string[] {
  return [ghVerify(`oci://${image}@${digest}`, s), ghVerify(`oci://${image}@${digest}`, s, ['--predicate-type', SPDX])];
}

/** The chart: the package as downloaded, or pulled from the OCI registry (whose chart layer is that package); `helm verify` when a `.prov` is served. */
export function chartCommands(s: SignerOf, chart: { ociName?: string; version?: string; packageFile: string; packageUrl: string; prov?: boolean }): string[] {
  const out = [`curl -fsSLO ${q(chart.packageUrl)}`, ghVerify(chart.packageFile, s)];
  if (chart.ociName && chart.version) out.push(`helm pull ${q(`oci://${chart.ociName}`)} --version ${q(chart.version)}`, ghVerify(chart.packageFile, s));
  if (chart.prov) out.push(`curl -fsSLO ${q(`${chart.packageUrl}.prov`)}`, `helm verify --keyring ~/.gnupg/pubring.gpg ${q(chart.packageFile)}`);
  return out;
}

/** The release assets against SHA256SUMS, and SHA256SUMS against its signature. */
export function checksumCommands(s: SignerOf): string[] {
  return [`gh release download ${q(s.tag)} --repo ${q(s.repository)}`, 'sha256sum -c SHA256SUMS', ghVerify('SHA256SUMS', s)];
}

/** A fenced block for a job summary or release notes. */
export function commandBlock(title: string, lines: readonly string[]): string {
  return `**${title}**\n\n\`\`\`sh\n${lines.join('\n')}\n\`\`\`\n`;
}
