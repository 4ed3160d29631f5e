/** The pure readers: SHA256SUMS as sha256sum reads it, Helm's provenance body, the expected identity. */
import { describe, expect, it } from '@jest/globals';
import { compareSums, formatSha256Sums, parseSha256Sums } from '../../../actions/lib/signing/checksums.js';
import { chartCommands, checksumCommands, commandBlock, imageCommands } from '../../../actions/lib/signing/commands.js';
import { parseProvenanceBody, provenanceMismatch } from '../../../actions/lib/signing/helm-provenance.js';
import { expectedIdentity, identityMismatches, signerWorkflowProblem } from '../../../actions/lib/signing/identity.js';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);

describe('SHA256SUMS', () => {
  it('reads text and binary mode lines, and names each line sha256sum would not read', () => {
    const sums = parseSha256Sums(`${A}  chart-0.5.0.tgz\n${B} *chart-0.5.0.tgz.prov\nnot a line\n\n`);
    expect(sums.entries).toEqual([
      { sha256: A, name: 'chart-0.5.0.tgz', line: 1 },
      { sha256: B, name: 'chart-0.5.0.tgz.prov', line: 2 },
    ]);
    expect(sums.problems).toEqual(['SHA256SUMS:3: expected "<64 hex digits>  <file name>", got "not a line"']);
  });

  it('writes what it reads back, sorted by name', () => {
    const text = formatSha256Sums([{ name: 'z.tgz', sha256: B }, { name: 'a.tgz', sha256: A }]);
    expect(text).toBe(`${A}  a.tgz\n${B}  z.tgz\n`);
    expect(parseSha256Sums(text).entries.map((e) => e.name)).toEqual(['a.tgz', 'z.tgz']);
  });

  it('names a changed asset, a listed file the release lacks, and an asset left out', () => {
    const assets = new Map([['a.tgz', B], ['extra.tgz', A], ['SHA256SUMS', A]]);
    const c = compareSums(parseSha256Sums(`${A}  a.tgz\n${A}  gone.tgz\n`), assets, new Set(['SHA256SUMS']));
    expect(c.problems).toEqual([
      `a.tgz: sha256 is ${B}, SHA256SUMS:1 says ${A} (the asset was changed after it was summed)`,
      'SHA256SUMS:2 lists gone.tgz, which the release does not carry',
      'extra.tgz is a release asset that SHA256SUMS does not list',
    ]);
    expect(c.matched).toEqual([]);
  });
});

describe('Helm provenance body', () => {
  const body = 'apiVersion: v1\nname: hashtest\nversion: 1.2.3\n\n...\nfiles:\n  hashtest-1.2.3.tgz: sha256:' + A + '\n';

  it('reads the chart and the signed file digests as Helm ParseMessageBlock does', () => {
    expect(parseProvenanceBody(body)).toEqual({ name: 'hashtest', version: '1.2.3', files: { 'hashtest-1.2.3.tgz': `sha256:${A}` } });
    expect(parseProvenanceBody('name: x\n')).toMatch(/no "\.\.\." line/);
  });

  it('vouches only for the named file with that digest', () => {
    const parsed = parseProvenanceBody(body);
    if (typeof parsed === 'string') throw new Error(parsed);
    expect(provenanceMismatch(parsed, 'hashtest-1.2.3.tgz', A)).toBeUndefined();
    expect(provenanceMismatch(parsed, 'hashtest-1.2.3.tgz', B)).toBe(`it signs hashtest-1.2.3.tgz as sha256:${A}, the served package is sha256:${B}`);
    expect(provenanceMismatch(parsed, 'other-1.0.0.tgz', A)).toBe('it signs hashtest-1.2.3.tgz, not other-1.0.0.tgz');
  });
});

describe('expected identity', () => {
  it('pins the SAN to the tag when the signer workflow is the repository own, and leaves the reusable one at any ref', () => {
    const own = expectedIdentity({ serverUrl: 'https://github.com/', repository: 'acme/op', tag: 'v1.0.0' });
    expect(own).toEqual({ sanPrefix: 'https://github.com/acme/op/.github/workflows/release.yaml@', sanRef: 'refs/tags/v1.0.0', issuer: 'https://token.actions.githubusercontent.com', sourceRepository: 'https://github.com/acme/op', sourceRef: 'refs/tags/v1.0.0' });
    const found = { san: 'https://github.com/acme/op/.github/workflows/release.yaml@refs/heads/main', issuer: own.issuer, sourceRepository: own.sourceRepository, sourceRef: 'refs/tags/v1.0.0' };
    expect(identityMismatches(own, found)).toEqual(['workflow (SAN): expected https://github.com/acme/op/.github/workflows/release.yaml@refs/tags/v1.0.0, found https://github.com/acme/op/.github/workflows/release.yaml@refs/heads/main']);
    const reusable = expectedIdentity({ serverUrl: 'https://github.com', repository: 'acme/op', tag: 'v1.0.0', signerWorkflow: 'llm-d/release-actions/.github/workflows/release.yaml' });
    expect(identityMismatches(reusable, { ...found, san: 'https://github.com/llm-d/release-actions/.github/workflows/release.yaml@refs/tags/v1' })).toEqual([]);
  });

  it('refuses a signer workflow that names no workflow file', () => {
    expect(signerWorkflowProblem('llm-d/release-actions/.github/workflows/release.yaml')).toBeUndefined();
    expect(signerWorkflowProblem('llm-d/release-actions')).toMatch(/^expected OWNER\/REPO\/\.github\/workflows\/FILE\.yaml/);
  });
});

describe('the user verification commands', () => {
  const signer = { repository: 'llm-d-incubation/workload-variant-autoscaler', tag: 'v0.5.0', signerWorkflow: 'llm-d/release-actions/.github/workflows/release.yaml' };
  const tail = "--repo 'llm-d-incubation/workload-variant-autoscaler' --signer-workflow 'llm-d/release-actions/.github/workflows/release.yaml' --source-ref 'refs/tags/v0.5.0'";

  it('name the image by digest, with the provenance then the SBOM', () => {
    expect(imageCommands(signer, 'ghcr.io/llm-d-incubation/workload-variant-autoscaler', `sha256:${A}`)).toEqual([
      `gh attestation verify 'oci://ghcr.io/llm-d-incubation/workload-variant-autoscaler@sha256:${A}' ${tail}`,
      `gh attestation verify 'oci://ghcr.io/llm-d-incubation/workload-variant-autoscaler@sha256:${A}' ${tail} --predicate-type https://spdx.dev/Document/v2.3`,
    ]);
  });

  it('check the chart as downloaded and as pulled, and SHA256SUMS, quoting every value for the shell', () => {
    const chart = chartCommands(signer, { packageFile: "wva-0.5.0.tgz", packageUrl: "https://llm-d.github.io/it's/wva-0.5.0.tgz", ociName: 'ghcr.io/llm-d/charts/wva', version: '0.5.0', prov: true });
    expect(chart).toEqual([
      `curl -fsSLO 'https://llm-d.github.io/it'\\''s/wva-0.5.0.tgz'`,
      `gh attestation verify 'wva-0.5.0.tgz' ${tail}`,
      "helm pull 'oci://ghcr.io/llm-d/charts/wva' --version '0.5.0'",
      `gh attestation verify 'wva-0.5.0.tgz' ${tail}`,
      `curl -fsSLO 'https://llm-d.github.io/it'\\''s/wva-0.5.0.tgz.prov'`,
      "helm verify --keyring ~/.gnupg/pubring.gpg 'wva-0.5.0.tgz'",
    ]);
    expect(checksumCommands(signer)).toEqual(["gh release download 'v0.5.0' --repo 'llm-d-incubation/workload-variant-autoscaler'", 'sha256sum -c SHA256SUMS', `gh attestation verify 'SHA256SUMS' ${tail}`]);
    expect(commandBlock('Check', ['a', 'b'])).toBe('**Check**\n\n```sh\na\nb\n```\n');
  });
});
