/**
 * The verdict on an SSH-signed tag. ssh-keygen (through `git verify-tag`) decides; this
 * says why, in the terms of the allowed-signers input: which line, which date, which fix.
 * A key past `valid-before` is *expired*, not "not listed".
 */
import type { SshSigner } from './ssh-allowed-signers.js';
import type { Certificate, SshOutput } from './ssh-signature.js';

export interface SshEvidence {
  tag: string;
  /** The signers, in the order of the allowed-signers file given to git (line i+1 = signers[i]). */
  signers: SshSigner[];
  exitCode: number;
  output: SshOutput;
  /** The signing key's fingerprint, read from the signature itself. */
  fingerprint?: string;
  /** When the tag is signed with a certificate. */
  certificate?: Certificate;
  /** The tag's time, `YYYY-MM-DDTHH:MM:SS` UTC. */
  tagTime?: string;
}

export type SshVerdict = { good: true; detail: string } | { good: false; problem: string };

const at = (s: SshSigner): string => `allowed-signers line ${s.lineNo} (${s.principals})`;
const resign = (tag: string): string => `sign the tag again with a current key of a maintainer (git tag -s -f ${tag}, then push it)`;

export function sshVerdict(e: SshEvidence): SshVerdict {
  if (e.exitCode === 0 && e.output.principal) {
    const good = goodDetail(e);
    if (good) return { good: true, detail: good };
  }
  return { good: false, problem: e.certificate ? certificateProblem(e, e.certificate) : keyProblem(e) };
}

/** The signer line that accepted the signature; undefined if none does (then it is not good). */
function goodDetail(e: SshEvidence): string | undefined {
  const cert = e.certificate;
  if (cert) {
    const ca = e.signers.find((s) => s.options.certAuthority && s.fingerprint === cert.ca);
    if (!ca) return undefined;
    return `signed by ${e.output.principal} (SSH certificate "${cert.keyId}" for key ${cert.fingerprint}, issued by CA ${cert.ca} of allowed-signers line ${ca.lineNo})`;
  }
  const line = e.signers.find((s) => !s.options.certAuthority && s.fingerprint === e.fingerprint);
  return line ? `signed by ${e.output.principal} (SSH ${line.fingerprint}, allowed-signers line ${line.lineNo})` : undefined;
}

/** ssh-keygen's reason about a line, in the input's terms. */
function lineProblem(e: SshEvidence, s: SshSigner, reason: string, what: string): string {
  const expired = /key has expired: verify time (\S+) > valid-before (\S+)/.exec(reason);
  if (expired) {
    return `${what} is listed on ${at(s)} with valid-before="${s.options.validBefore}": the key expired on ${expired[2]} UTC, and the tag was made ${expired[1]} UTC: ${resign(e.tag)}`;
  }
  const early = /key is not yet valid: verify time (\S+) < valid-after (\S+)/.exec(reason);
  if (early) {
    return `${what} is listed on ${at(s)} with valid-after="${s.options.validAfter}": the key is not yet valid (from ${early[2]} UTC), and the tag was made ${early[1]} UTC: make the tag again once the key is valid, or fix valid-after`;
  }
  if (/not permitted for use in signature namespace/.test(reason)) {
    return `${what} is listed on ${at(s)} with namespaces="${s.options.namespaces}", which excludes "git" (tags are signed in the git namespace): add git (namespaces="${s.options.namespaces},git")`;
  }
  return `${what} is refused by ${at(s)}: ssh-keygen says ${JSON.stringify(reason)}`;
}

function keyProblem(e: SshEvidence): string {
  const fp = e.fingerprint ?? e.output.fingerprint;
  const what = `tag ${e.tag} is signed by SSH key ${fp ?? '(unknown)'}, which`;
  for (const r of e.output.reasons) {
    const s = e.signers[r.line - 1];
    if (s && (s.fingerprint === fp || !fp)) return lineProblem(e, s, r.reason, `tag ${e.tag}: its SSH key ${s.fingerprint}`);
  }
  const listed = e.signers.filter((s) => s.fingerprint === fp);
  if (listed.length > 0 && listed.every((s) => s.options.certAuthority)) {
    return `${what} ${at(listed[0] as SshSigner)} lists as a cert-authority: such a line accepts the certificates that key issues, not signatures by the key itself; sign with a certificate (ssh-keygen -s CA -I ID -n PRINCIPAL key.pub) or list the key without cert-authority`;
  }
  if (!e.output.fingerprint && !e.output.principal) return `tag ${e.tag}: the SSH signature does not verify${e.output.tail ? ` (${e.output.tail})` : ''}: make the tag again with git tag -s`;
  const cas = e.signers.filter((s) => s.options.certAuthority);
  const note = cas.length > 0 ? ` (line${cas.length > 1 ? 's' : ''} ${cas.map((s) => s.lineNo).join(', ')}: cert-authority, which accept${cas.length > 1 ? '' : 's'} only certificates signed by that CA, not a plain key)` : '';
  return `${what} is not in allowed-signers${note}: add its line (principal ssh-ed25519 AAAA…) or sign with a listed key`;
}

function certificateProblem(e: SshEvidence, cert: Certificate): string {
  const what = `tag ${e.tag} is signed with SSH certificate "${cert.keyId}" (key ${cert.fingerprint}, CA ${cert.ca})`;
  const ca = e.signers.find((s) => s.fingerprint === cert.ca);
  if (!ca) {
    const own = e.signers.find((s) => s.fingerprint === cert.fingerprint);
    if (own) return `${what}: ${at(own)} lists the certified key itself, and ssh-keygen matches a certificate only to a cert-authority line of its CA: add "PRINCIPALS cert-authority <the CA's public key>"`;
    return `${what}, whose CA is not in allowed-signers: add a cert-authority line for the CA, or sign with a listed key`;
  }
  if (!ca.options.certAuthority) return `${what}: ${at(ca)} lists the CA's key without cert-authority, so it does not accept the certificates it issues: write cert-authority before the key type`;
  const time = e.tagTime;
  if (time && cert.validTo && time >= cert.validTo) {
    return `${what}: the certificate expired on ${cert.validTo} UTC (valid from ${cert.validFrom ? `${cert.validFrom} UTC` : 'always'}), and the tag was made ${time} UTC: ${resign(e.tag)}`;
  }
  if (time && cert.validFrom && time < cert.validFrom) {
    return `${what}: the certificate is not yet valid (from ${cert.validFrom} UTC), and the tag was made ${time} UTC: make the tag again once the certificate is valid`;
  }
  const reason = e.output.reasons.find((r) => r.line === e.signers.indexOf(ca) + 1)?.reason;
  if (reason && /no valid principals/.test(reason)) {
    return `${what}: its principals (${cert.principals.join(', ') || 'none'}) match none of ${at(ca)}: issue the certificate for a listed principal (-n), or list its principal`;
  }
  return reason ? lineProblem(e, ca, reason, `tag ${e.tag}: the CA ${cert.ca} of its SSH certificate "${cert.keyId}"`) : `${what}, and ssh-keygen refuses it${e.output.tail ? `: ${e.output.tail}` : ''}`;
}
