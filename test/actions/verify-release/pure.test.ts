/** The pure parts of verify-release: allowed-signers and verify-tag output, CRD comparison, version references, check selection, the report. */
import { describe, expect, it } from '@jest/globals';
import { chartTag } from '../../../actions/verify-release/checks/oci-chart.js';
import { compareCrds, firstDifference, readCrds } from '../../../actions/verify-release/crds.js';
import { selectChecks } from '../../../actions/verify-release/names.js';
import { renderSummary, reportJson } from '../../../actions/verify-release/report.js';
import { parseAllowedSigners, primaryFingerprints, readGpgStatus, revocationOf, signatureKind, sshFingerprint } from '../../../actions/verify-release/signers.js';
import { releaseReferences } from '../../../actions/lib/version-files/references.js';
import { checkVersionReferences, describeProblems } from '../../../actions/verify-release/versions.js';

const PGP = '-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmDMEZ\n=abcd\n-----END PGP PUBLIC KEY BLOCK-----';
// A real ed25519 public key blob; its fingerprint as `ssh-keygen -lf` prints it.
const ED25519 = 'AAAAC3NzaC1lZDI1NTE5AAAAIJ6WfP3R4Vkm6Xa5r7v0wB3S4OjQKcnO0l0Kq8pY7Zy1';

describe('allowed-signers', () => {
  it('splits armored GPG blocks and SSH allowed-signers lines (with options), and names unreadable lines', () => {
    const text = `${PGP}\n# maintainers\nalice@example.com namespaces="git,file" ssh-ed25519 ${ED25519} alice\n\nbob@example.com,carol@example.com ssh-ed25519 ${ED25519}\nnonsense here\n`;
    const parsed = parseAllowedSigners(text);
    expect(parsed.gpgBlocks).toEqual([PGP]);
    expect(parsed.ssh.map((s) => [s.principals, s.keyType, s.fingerprint])).toEqual([
      ['alice@example.com', 'ssh-ed25519', sshFingerprint(ED25519)],
      ['bob@example.com,carol@example.com', 'ssh-ed25519', sshFingerprint(ED25519)],
    ]);
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]).toMatch(/^line 10: expected an armored GPG public key block or an SSH allowed-signers line \(principals \[options\] key-type base64-key, e\.g\. .*\), got "nonsense here"$/);
    expect(sshFingerprint(ED25519)).toMatch(/^SHA256:[A-Za-z0-9+/]{43}$/);
  });

  it('takes the primary fingerprint of each key from gpg --with-colons, not its subkeys', () => {
    const colons = ['tru::1:0:0:3:1:5', 'pub:-:255:22:AAAA:1::::::scSC:::::ed25519:::0:', 'fpr:::::::::PRIMARYONE:', 'uid:-::::1::X::A <a@x>::::::::::0:', 'sub:-:255:18:BBBB:1::::::e:::::cv25519::', 'fpr:::::::::SUBKEY:', 'pub:-:255:22:CCCC:1::::::scSC:::::ed25519:::0:', 'fpr:::::::::primarytwo:'].join('\n');
    expect(primaryFingerprints(colons)).toEqual(['PRIMARYONE', 'PRIMARYTWO']);
  });

  it('reads GnuPG status: a good signature names the primary key (VALIDSIG last field); bad, expired and unknown keys say why', () => {
    const good = '[GNUPG:] NEWSIG\n[GNUPG:] GOODSIG 1434B55679536688 T <t@e.com>\n[GNUPG:] VALIDSIG SUBKEYFPR 2026-11-24 1795493446 0 4 0 22 8 00 PRIMARYFPR\n[GNUPG:] TRUST_UNDEFINED 0 pgp';
    expect(readGpgStatus(good)).toEqual({ good: true, primary: 'PRIMARYFPR', signingKey: 'SUBKEYFPR', uid: 'T <t@e.com>' });
    expect(readGpgStatus('[GNUPG:] ERRSIG 1434B55679536688 22 8 00 1795493446 9 -\n[GNUPG:] NO_PUBKEY 1434B55679536688')).toEqual({
      good: false,
      problem: "signed by key 1434B55679536688 on 2026-11-24T04:10:46Z, which is not in allowed-signers: add the signer's armored public key (gpg --armor --export 1434B55679536688), or sign with a listed key",
    });
    expect(readGpgStatus('[GNUPG:] BADSIG 1434B55679536688 T <t@e.com>').problem).toBe('the signature does not match the tag (BADSIG, key 1434B55679536688): the tag was changed after it was signed; make it again with git tag -s');
    // GnuPG 2.2's own status for a key that expired after signing, and for a revoked one
    const expired = ['NEWSIG exp@x', 'KEY_CONSIDERED 4E418A0BFCC66B695BCEE87BF68B6257D48460C4 0', 'KEYEXPIRED 1796639748', 'SIG_ID roJEFCAphT2cauIGg1GUPu3I400 2026-12-07 1796639746', 'EXPKEYSIG F68B6257D48460C4 Exp <exp@x>', 'VALIDSIG 4E418A0BFCC66B695BCEE87BF68B6257D48460C4 2026-12-07 1796639746 0 4 0 22 8 00 4E418A0BFCC66B695BCEE87BF68B6257D48460C4'];
    expect(readGpgStatus(expired.map((l) => `[GNUPG:] ${l}`).join('\n')).problem).toBe(
      'the signing key Exp <exp@x> (4E418A0BFCC66B695BCEE87BF68B6257D48460C4) expired on 2026-12-07T10:35:48Z, and the tag was signed 2026-12-07T10:35:46Z: git verify-tag refuses a signature by an expired key — extend it (gpg --quick-set-expire 4E418A0BFCC66B695BCEE87BF68B6257D48460C4 1y) and give its new export in allowed-signers, or sign with a current key',
    );
    const revoked = ['NEWSIG rev@x', 'REVKEYSIG 394298405720677A Rev <rev@x>', 'VALIDSIG 04884521222B2F98CFD5AC35394298405720677A 2026-12-07 1796639746 0 4 0 22 8 00 04884521222B2F98CFD5AC35394298405720677A', 'KEYREVOKED'].map((l) => `[GNUPG:] ${l}`).join('\n');
    expect(readGpgStatus(revoked)).toMatchObject({ good: false, revoked: true, primary: '04884521222B2F98CFD5AC35394298405720677A' });
    const listSigs = ['pub:r:255:22:394298405720677A:1796639745:::-:::sc:::::ed25519:::0:', 'fpr:::::::::04884521222B2F98CFD5AC35394298405720677A:', 'rev:::22:394298405720677A:1796639745::::Rev <rev@x>:20x,02::04884521222B2F98CFD5AC35394298405720677A:::8:', 'uid:r::::1796639745::FB96::Rev <rev@x>::::::::::0:'].join('\n');
    expect(revocationOf(listSigs)).toBe('on 2026-12-07T10:35:45Z, compromised');
    expect(readGpgStatus(revoked, revocationOf(listSigs)).problem).toBe(
      'the signing key Rev <rev@x> (04884521222B2F98CFD5AC35394298405720677A) is revoked (on 2026-12-07T10:35:45Z, compromised), and the tag was signed 2026-12-07T10:35:46Z: sign the tag again with a current key of a maintainer, and take the revoked key out of allowed-signers',
    );
    expect(readGpgStatus('').good).toBe(false);
  });

  it('tells the kind of signature from the tag object', () => {
    expect(signatureKind('object x\n\nmsg\n-----BEGIN SSH SIGNATURE-----\n')).toBe('ssh');
    expect(signatureKind('object x\n\nmsg\n')).toBeUndefined();
  });
});

describe('CRDs as YAML', () => {
  const crd = (name: string, extra = ''): string => `apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: ${name}\nspec:\n  group: llmd.ai\n  scope: Namespaced${extra}\n`;

  it('matches by name across files and documents, ignoring formatting, and names the first difference', () => {
    const generated = readCrds(new Map([['gen/a.yaml', `---\n${crd('a.llmd.ai')}---\n${crd('b.llmd.ai')}`]]));
    const chart = readCrds(
      new Map([
        ['chart/crds/b.yaml', crd('b.llmd.ai', '\n  names: {plural: bs}')],
        ['chart/crds/a.yaml', `# comment\nkind: "CustomResourceDefinition"\napiVersion: 'apiextensions.k8s.io/v1'\nmetadata: {name: a.llmd.ai}\nspec: {scope: Namespaced, group: llmd.ai}\n`],
        ['chart/crds/c.yaml', crd('c.llmd.ai')],
      ]),
    );
    expect(generated.problems).toEqual([]);
    const c = compareCrds(generated.docs, chart.docs);
    expect(c.same).toEqual(['a.llmd.ai']);
    expect(c.different).toEqual([{ name: 'b.llmd.ai', expectedFile: 'gen/a.yaml', actualFile: 'chart/crds/b.yaml', difference: { path: 'spec.names', expected: '(missing)', actual: '{"plural":"bs"}' } }]);
    expect(c.extra).toEqual(['c.llmd.ai']);
    expect(firstDifference({ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] })).toEqual({ path: 'a[1].b', expected: '2', actual: '3' });
  });

  it('reports files that are not YAML or not a CRD', () => {
    const r = readCrds(new Map([['x.yaml', 'a: [1'], ['y.yaml', 'kind: ConfigMap\nmetadata: {name: y}\n']]));
    expect(r.docs).toEqual([]);
    expect(r.problems).toHaveLength(2);
    expect(r.problems[1]).toBe('y.yaml: not a CustomResourceDefinition with metadata.name');
  });
});

describe('version references', () => {
  const files = releaseReferences({ paths: ['charts/op/Chart.yaml', 'charts/op/values.yaml', 'Makefile', 'README.md'], contents: {}, config: {}, repository: 'acme/op' }).files;
  const contents = (over: Record<string, string> = {}) =>
    new Map(
      Object.entries({
        'charts/op/Chart.yaml': 'apiVersion: v2\nname: op\nversion: 1.2.0\nappVersion: v1.2.0\n',
        'charts/op/values.yaml': 'image:\n  repository: ghcr.io/acme/op\n  tag: v1.2.0\nsidecar:\n  image:\n    repository: quay.io/x/proxy\n    tag: v0.9.0\n',
        Makefile: 'VERSION ?= 1.2.0\nIMG_TAG ?= latest\n',
        'README.md': 'helm install op acme/op --version 1.2.0\ndocker pull ghcr.io/acme/op:v1.1.0\n',
        ...over,
      }),
    );

  it('lists every reference: agreeing ones, stale examples of our image, and other images or `latest` as not checked', () => {
    const r = checkVersionReferences(files, contents(), 'v1.2.0', { images: ['ghcr.io/acme/op'] });
    expect(r.rows.map((x) => [x.file, x.line, x.name, x.value, x.status])).toEqual([
      ['charts/op/Chart.yaml', 3, 'version', '1.2.0', 'agrees'],
      ['charts/op/Chart.yaml', 4, 'appVersion', 'v1.2.0', 'agrees'],
      ['charts/op/values.yaml', 3, 'image.tag', 'v1.2.0', 'agrees'],
      ['charts/op/values.yaml', 7, 'sidecar.image.tag', 'v0.9.0', 'not checked'],
      ['Makefile', 1, 'VERSION', '1.2.0', 'agrees'],
      ['Makefile', 2, 'IMG_TAG', 'latest', 'not checked'],
      ['README.md', 1, 'helm --version', '1.2.0', 'agrees'],
      ['README.md', 2, 'image ghcr.io/acme/op', 'v1.1.0', 'differs'],
    ]);
    expect(r.problems.map((p) => `${p.file}:${p.line} ${p.note}`)).toEqual(['README.md:2 expected 1.2.0']);
  });

  it('reports a file that cannot be read as an error row; a v chart version agrees; a missing Makefile VERSION is not checked', () => {
    const r = checkVersionReferences(files, contents({ 'charts/op/Chart.yaml': 'name: op\nversion: v1.2.0\n', 'charts/op/values.yaml': 'image: [\n', Makefile: 'OTHER ?= 1\n' }), '1.2.0', { images: ['ghcr.io/acme/op'] });
    expect(r.problems.map((p) => [p.file, p.line, p.status])).toEqual([
      ['charts/op/values.yaml', 2, 'error'],
      ['README.md', 2, 'differs'],
    ]);
    expect(r.problems[0]!.note).toMatch(/^charts\/op\/values\.yaml:2: expected valid YAML/);
    expect(r.rows.filter((x) => x.file === 'Makefile').map((x) => [x.name, x.status, x.note])).toEqual([
      ['VERSION', 'not checked', 'not defined'],
      ['IMG_TAG', 'not checked', 'not defined'],
    ]);
    expect(describeProblems(r.problems, '1.2.0')).toBe(
      `${r.problems[0]!.note}; README.md:2 image ghcr.io/acme/op = v1.1.0, expected 1.2.0`,
    );
  });
});

describe('check selection and the report', () => {
  it('defaults to the phase, keeps the documented order, and separates unknown names', () => {
    expect(selectChecks('postflight', [])).toEqual({ checks: ['image', 'helm-repo', 'oci-chart', 'github-release', 'cluster'], unknown: [] });
    expect(selectChecks('preflight', ['tag-on-branch', 'image', 'tag-sigend'])).toEqual({ checks: ['tag-on-branch', 'image'], unknown: ['tag-sigend'] });
  });

  it('adds the signature checks to the postflight default only with signatures, and runs a named one either way', () => {
    expect(selectChecks('postflight', [], true).checks).toEqual(['image', 'helm-repo', 'oci-chart', 'github-release', 'image-signature', 'chart-signature', 'sbom', 'checksums', 'chart-provenance', 'cluster']);
    expect(selectChecks('preflight', [], true).checks).not.toContain('sbom');
    expect(selectChecks('postflight', ['SBOM', 'checksums'])).toEqual({ checks: ['sbom', 'checksums'], unknown: [] });
  });

  it('renders a table with ✅ ❌ ⏭ and escapes cells; the JSON has check, status, detail, duration', () => {
    const report = {
      phase: 'postflight',
      version: '0.5.0',
      tag: 'v0.5.0',
      checks: [
        { check: 'image', status: 'passed' as const, detail: 'a | b', duration: 1500 },
        { check: 'helm-repo', status: 'failed' as const, detail: 'no\nway', duration: 10, summary: '**extra**' },
        { check: 'cluster', status: 'skipped' as const, detail: 'no kubeconfig', duration: 0 },
      ],
    };
    const md = renderSummary(report);
    expect(md).toContain('## verify-release postflight: v0.5.0 ❌');
    expect(md).toContain('1 passed, 1 failed, 1 skipped.');
    expect(md).toContain('| ✅ | image | a \\| b | 1.5 s |');
    expect(md).toContain('| ❌ | helm-repo | no<br>way | 10 ms |');
    expect(md).toContain('| ⏭ | cluster | no kubeconfig | 0 ms |');
    expect(md).toContain('**extra**');
    expect(JSON.parse(reportJson(report))).toEqual([
      { check: 'image', status: 'passed', detail: 'a | b', duration: 1500 },
      { check: 'helm-repo', status: 'failed', detail: 'no\nway', duration: 10 },
      { check: 'cluster', status: 'skipped', detail: 'no kubeconfig', duration: 0 },
    ]);
  });
});

describe('the OCI tag of the chart', () => {
  it("is Chart.yaml's version as written when it is the release's (llm-d-infra's v1.4.1), with + written _", () => {
    expect(chartTag('v1.4.1', '1.4.1')).toBe('v1.4.1');
    expect(chartTag('0.5.0', '0.5.0')).toBe('0.5.0');
    expect(chartTag('1.0.0+build.1', '1.0.0+build.1')).toBe('1.0.0_build.1');
    // a chart left at another version is not the release's: the release version is looked for, and fails
    expect(chartTag('v1.4.0', '1.4.1')).toBe('1.4.1');
    expect(chartTag(undefined, '1.4.1')).toBe('1.4.1');
  });
});
