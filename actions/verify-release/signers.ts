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
  /** User id from GOODSIG. */
  uid?: string;
  /** Why it is not good: BADSIG, EXPKEYSIG, REVKEYSIG, a missing public key… */
  problem?: string;
}

/** Reads GnuPG's `[GNUPG:]` status lines. */
export function readGpgStatus(status: string): GpgVerdict {
  const lines = status.split('\n').filter((l) => l.startsWith('[GNUPG:] ')).map((l) => l.slice('[GNUPG:] '.length).trim());
  const find = (word: string): string[] | undefined => lines.find((l) => l.split(' ')[0] === word)?.split(' ');
  const bad = ['BADSIG', 'EXPKEYSIG', 'REVKEYSIG', 'EXPSIG'].map((w) => [w, find(w)] as const).find(([, f]) => f);
  if (bad) {
    const reasons: Record<string, string> = {
      BADSIG: 'the signature does not match the tag (BADSIG)',
      EXPKEYSIG: 'the signing key has expired (EXPKEYSIG)',
      REVKEYSIG: 'the signing key is revoked (REVKEYSIG)',
      EXPSIG: 'the signature has expired (EXPSIG)',
    };
    return { good: false, problem: `${reasons[bad[0]]}, key ${bad[1]?.[1] ?? '?'}` };
  }
  const err = find('ERRSIG');
  if (err) {
    const noKey = find('NO_PUBKEY');
    return {
      good: false,
      problem: noKey ? `signed by key ${noKey[1]}, which is not in allowed-signers` : `the signature cannot be checked (ERRSIG, key ${err[1] ?? '?'})`,
    };
  }
  const good = find('GOODSIG');
  const valid = find('VALIDSIG');
  if (!good || !valid) return { good: false, problem: 'GnuPG reported no good signature' };
  const signingKey = valid[1]?.toUpperCase();
  const primary = (valid.length > 10 ? valid[valid.length - 1] : valid[1])?.toUpperCase();
  return { good: true, ...(primary ? { primary } : {}), ...(signingKey ? { signingKey } : {}), uid: good.slice(2).join(' ') };
}

/** The kind of signature a tag object carries, from its text. */
export function signatureKind(tagObject: string): 'gpg' | 'ssh' | 'x509' | undefined {
  if (tagObject.includes('-----BEGIN PGP SIGNATURE-----')) return 'gpg';
  if (tagObject.includes('-----BEGIN SSH SIGNATURE-----')) return 'ssh';
  if (tagObject.includes('-----BEGIN SIGNED MESSAGE-----')) return 'x509';
  return undefined;
}
