/**
 * The `allowed-signers` input and what GnuPG says through `git verify-tag --raw`, as pure
 * functions: armored GPG public key blocks and SSH allowed-signers lines
 * (`principals [options] key-type base64 [comment]`, read in ssh-allowed-signers.ts)
 * can be mixed in one value.
 */
import { parseSshSignerLine, sshFingerprint, type SshSigner } from './ssh-allowed-signers.js';

export { sshFingerprint, type SshSigner };

export interface AllowedSigners {
  /** Armored public key blocks, as given. */
  gpgBlocks: string[];
  ssh: SshSigner[];
  /** `line N: what is wrong, and the fix` for each line that is neither (N 1-based in the input). */
  problems: string[];
}

const PGP_BLOCK = /-----BEGIN PGP PUBLIC KEY BLOCK-----[\s\S]*?-----END PGP PUBLIC KEY BLOCK-----/g;

export function parseAllowedSigners(text: string): AllowedSigners {
  const gpgBlocks = [...text.matchAll(PGP_BLOCK)].map((m) => m[0]);
  // the blocks are blanked, not removed, so that line numbers stay those of the input
  const rest = text.replace(PGP_BLOCK, (block) => block.replace(/[^\n]/g, ''));
  const ssh: SshSigner[] = [];
  const problems: string[] = [];
  rest.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const signer = parseSshSignerLine(line, i + 1);
    if (typeof signer === 'string') problems.push(`line ${i + 1}: ${signer}`);
    else ssh.push(signer);
  });
  return { gpgBlocks, ssh, problems };
}

/** Primary key fingerprints from `gpg --with-colons --list-keys --fingerprint`. */
export function primaryFingerprints(colons: string): string[] {
  const out: string[] = [];
  // The first `fpr` record after a `pub` record is the primary key's; later ones belong to subkeys.
  let primaryNext = false;
  for (const line of colons.split('\n')) {
    const fields = line.split(':');
    if (fields[0] === 'pub') primaryNext = true;
    else if (fields[0] === 'fpr') {
      if (primaryNext && fields[9]) out.push(fields[9].toUpperCase());
      primaryNext = false;
    } else if (fields[0] === 'sub') primaryNext = false;
  }
  return out;
}

export interface GpgVerdict {
  good: boolean;
  /** The primary key fingerprint of the signer (VALIDSIG's last field), upper case. */
  primary?: string;
  /** The signing (sub)key fingerprint. */
  signingKey?: string;
  /** User id from GOODSIG (or EXPKEYSIG, REVKEYSIG). */
  uid?: string;
  /** REVKEYSIG: the caller may add when and why (revocationOf). */
  revoked?: boolean;
  /** Why it is not good, and the fix: BADSIG, EXPKEYSIG, REVKEYSIG, a missing public key… */
  problem?: string;
}

/** `2026-12-07T10:35:48Z` from GnuPG's seconds (or an ISO date it printed as is). */
function when(value: string | undefined): string {
  if (!value) return 'an unknown time';
  return /^\d+$/.test(value) ? new Date(Number(value) * 1000).toISOString().replace('.000Z', 'Z') : value;
}

type Status = (word: string) => string[] | undefined;

/** The signer named by a bad-signature status line and VALIDSIG (present for expired and revoked keys). */
function signerOf(line: string[], find: Status): { who: string; primary?: string; signedAt: string } {
  const valid = find('VALIDSIG');
  const primary = (valid && valid.length > 10 ? valid[valid.length - 1] : valid?.[1])?.toUpperCase();
  const uid = line.slice(2).join(' ');
  return { who: `${uid || 'key'} (${primary ?? line[1] ?? '?'})`, ...(primary ? { primary } : {}), signedAt: when(valid?.[3]) };
}

function badSignature(find: Status, revocation?: string): GpgVerdict | undefined {
  const bad = find('BADSIG');
  if (bad) return { good: false, problem: `the signature does not match the tag (BADSIG, key ${bad[1] ?? '?'}): the tag was changed after it was signed; make it again with git tag -s` };
  const expired = find('EXPKEYSIG');
  if (expired) {
    const s = signerOf(expired, find);
    return {
      good: false,
      ...(s.primary ? { primary: s.primary } : {}),
      problem: `the signing key ${s.who} expired on ${when(find('KEYEXPIRED')?.[1])}, and the tag was signed ${s.signedAt}: git verify-tag refuses a signature by an expired key — extend it (gpg --quick-set-expire ${s.primary ?? 'KEY'} 1y) and give its new export in allowed-signers, or sign with a current key`,
    };
  }
  const revoked = find('REVKEYSIG');
  if (revoked) {
    const s = signerOf(revoked, find);
    return { good: false, revoked: true, ...(s.primary ? { primary: s.primary } : {}), problem: `the signing key ${s.who} is revoked${revocation ? ` (${revocation})` : ''}, and the tag was signed ${s.signedAt}: sign the tag again with a current key of a maintainer, and take the revoked key out of allowed-signers` };
  }
  const sigExpired = find('EXPSIG');
  if (sigExpired) return { good: false, problem: `the signature has expired (EXPSIG, key ${sigExpired[1] ?? '?'}): sign the tag again` };
  return undefined;
}

/** Reads GnuPG's `[GNUPG:]` status lines; `revocation` (revocationOf) tells when and why a revoked signer was. */
export function readGpgStatus(status: string, revocation?: string): GpgVerdict {
  const lines = status.split('\n').filter((l) => l.startsWith('[GNUPG:] ')).map((l) => l.slice('[GNUPG:] '.length).trim());
  const find: Status = (word) => lines.find((l) => l.split(' ')[0] === word)?.split(' ');
  const bad = badSignature(find, revocation);
  if (bad) return bad;
  const err = find('ERRSIG');
  if (err) {
    // ERRSIG <keyid> <pkalgo> <hashalgo> <class> <time> <rc> [<fpr>]
    const key = err[7] && err[7] !== '-' ? err[7].toUpperCase() : (err[1] ?? '?');
    if (find('NO_PUBKEY')) {
      return { good: false, problem: `signed by key ${key} on ${when(err[5])}, which is not in allowed-signers: add the signer's armored public key (gpg --armor --export ${key}), or sign with a listed key` };
    }
    return { good: false, problem: `the signature cannot be checked (ERRSIG, key ${key}, GnuPG error code ${err[6] ?? '?'})` };
  }
  const good = find('GOODSIG');
  const valid = find('VALIDSIG');
  if (!good || !valid) return { good: false, problem: 'GnuPG reported no good signature' };
  const signingKey = valid[1]?.toUpperCase();
  const primary = (valid.length > 10 ? valid[valid.length - 1] : valid[1])?.toUpperCase();
  return { good: true, ...(primary ? { primary } : {}), ...(signingKey ? { signingKey } : {}), uid: good.slice(2).join(' ') };
}

const REVOCATION_REASONS: Record<string, string> = { '00': 'no reason given', '01': 'superseded', '02': 'compromised', '03': 'no longer used' };

/** When and why a key was revoked, from `gpg --with-colons --list-sigs KEY` (its `rev` record on the primary key). */
export function revocationOf(colons: string): string | undefined {
  for (const line of colons.split('\n')) {
    const f = line.split(':');
    if (f[0] === 'uid' || f[0] === 'sub') return undefined;
    if (f[0] !== 'rev' || !/^20x/.test(f[10] ?? '')) continue;
    const code = (f[10] ?? '').split(',')[1];
    return `on ${when(f[5])}${code ? `, ${REVOCATION_REASONS[code] ?? `reason ${code}`}` : ''}`;
  }
  return undefined;
}

/** The kind of signature a tag object carries, from its text. */
export function signatureKind(tagObject: string): 'gpg' | 'ssh' | 'x509' | undefined {
  if (tagObject.includes('-----BEGIN PGP SIGNATURE-----')) return 'gpg';
  if (tagObject.includes('-----BEGIN SSH SIGNATURE-----')) return 'ssh';
  if (tagObject.includes('-----BEGIN SIGNED MESSAGE-----')) return 'x509';
  return undefined;
}
