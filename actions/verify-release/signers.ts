/**
 * The `allowed-signers` input and what `git verify-tag --raw` says, as pure
 * functions: armored GPG public key blocks and SSH allowed-signers lines
 * (`principal [options] key-type base64 [comment]`, as `ssh-keygen -Y` reads them)
 * can be mixed in one value.
 */
import { createHash } from 'node:crypto';

export interface SshSigner {
  principals: string;
  keyType: string;
  /** `SHA256:…` as ssh-keygen prints it. */
  fingerprint: string;
  line: string;
}

export interface AllowedSigners {
  /** Armored public key blocks, as given. */
  gpgBlocks: string[];
  ssh: SshSigner[];
  /** Lines that are neither (1-based line numbers of the input). */
  problems: string[];
}

const PGP_BLOCK = /-----BEGIN PGP PUBLIC KEY BLOCK-----[\s\S]*?-----END PGP PUBLIC KEY BLOCK-----/g;
const KEY_TYPE = /^(?:ssh-ed25519|ssh-rsa|ssh-dss|ecdsa-sha2-nistp(?:256|384|521)|sk-ssh-ed25519@openssh\.com|sk-ecdsa-sha2-nistp256@openssh\.com)$/;

/** `SHA256:<base64 without padding>` of an SSH public key blob. */
export function sshFingerprint(keyBase64: string): string {
  const digest = createHash('sha256').update(Buffer.from(keyBase64, 'base64')).digest('base64');
  return `SHA256:${digest.replace(/=+$/, '')}`;
}

/** Splits a line on blanks, keeping `"quoted values"` (option values may hold spaces) together. */
function tokens(line: string): string[] {
  return [...line.matchAll(/(?:[^\s"]+|"[^"]*")+/g)].map((m) => m[0]);
}

export function parseAllowedSigners(text: string): AllowedSigners {
  const gpgBlocks = [...text.matchAll(PGP_BLOCK)].map((m) => m[0]);
  const rest = text.replace(PGP_BLOCK, (block) => block.replace(/[^\n]/g, ''));
  const ssh: SshSigner[] = [];
  const problems: string[] = [];
  rest.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const parts = tokens(line);
    const at = parts.findIndex((p, j) => j > 0 && KEY_TYPE.test(p));
    const key = at > 0 ? parts[at + 1] : undefined;
    if (at < 0 || !key || !/^[A-Za-z0-9+/]+={0,2}$/.test(key)) {
      problems.push(`line ${i + 1}: expected an armored GPG public key block or an SSH allowed-signers line (principal key-type base64-key), got ${JSON.stringify(line.slice(0, 60))}`);
      return;
    }
    ssh.push({ principals: parts[0] as string, keyType: parts[at] as string, fingerprint: sshFingerprint(key), line });
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

export interface SshVerdict {
  good: boolean;
  principal?: string;
  fingerprint?: string;
  problem?: string;
}

/** Reads `ssh-keygen -Y verify` output as git relays it. */
export function readSshStatus(output: string, exitCode: number): SshVerdict {
  const m = /Good "git" signature for (\S+) with \S+ key (SHA256:[A-Za-z0-9+/]+)/.exec(output);
  if (exitCode === 0 && m) return { good: true, principal: m[1] as string, fingerprint: m[2] as string };
  const any = /Good "git" signature with \S+ key (SHA256:[A-Za-z0-9+/]+)/.exec(output);
  if (/No principal matched/.test(output) || any) {
    return { good: false, problem: `signed by SSH key ${any?.[1] ?? '(unknown)'}, which is not in allowed-signers`, ...(any ? { fingerprint: any[1] as string } : {}) };
  }
  const tail = output.trim().split('\n').slice(-3).join(' ');
  return { good: false, problem: `the SSH signature does not verify${tail ? `: ${tail}` : ''}` };
}

/** The kind of signature a tag object carries, from its text. */
export function signatureKind(tagObject: string): 'gpg' | 'ssh' | 'x509' | undefined {
  if (tagObject.includes('-----BEGIN PGP SIGNATURE-----')) return 'gpg';
  if (tagObject.includes('-----BEGIN SSH SIGNATURE-----')) return 'ssh';
  if (tagObject.includes('-----BEGIN SIGNED MESSAGE-----')) return 'x509';
  return undefined;
}
