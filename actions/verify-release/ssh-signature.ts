/**
 * What an SSH-signed tag and ssh-keygen say, as plain data: the key (or certificate) inside
 * the signature, the tag's time, `ssh-keygen -Y` output as git relays it, and a certificate
 * as `ssh-keygen -L` prints it. Nothing here decides; ssh-verdict.ts explains.
 */
import { blobKeyType, sshFingerprint } from './ssh-allowed-signers.js';

export interface SignatureKey {
  keyType: string;
  /** The public key (or certificate) blob, base64. */
  blob: string;
  certificate: boolean;
}

const ARMOR = /-----BEGIN SSH SIGNATURE-----([\s\S]*?)-----END SSH SIGNATURE-----/;

/**
 * The public key an armored SSH signature carries (PROTOCOL.sshsig: "SSHSIG", uint32
 * version, string publickey, …). For a certificate the blob is the whole certificate.
 */
export function signatureKey(tagObject: string): SignatureKey | undefined {
  const armored = ARMOR.exec(tagObject)?.[1];
  if (!armored) return undefined;
  const sig = Buffer.from(armored.replace(/\s+/g, ''), 'base64');
  if (sig.length < 14 || sig.subarray(0, 6).toString('latin1') !== 'SSHSIG') return undefined;
  const n = sig.readUInt32BE(10);
  const blob = sig.subarray(14, 14 + n);
  const keyType = blob.length === n ? blobKeyType(blob) : undefined;
  if (!keyType) return undefined;
  return { keyType, blob: blob.toString('base64'), certificate: keyType.endsWith('-cert-v01@openssh.com') };
}

/** The fingerprint of a plain key in a signature (a certificate's comes from `ssh-keygen -L`). */
export function plainKeyFingerprint(key: SignatureKey): string {
  return sshFingerprint(key.blob);
}

/** The tagger's time (the time git verifies at, `-Overify-time`) as `YYYY-MM-DDTHH:MM:SS` UTC. */
export function tagTime(tagObject: string): string | undefined {
  const m = /^tagger .* (\d+) [+-]\d{4}$/m.exec(tagObject.split('\n\n')[0] ?? '');
  return m ? new Date(Number(m[1]) * 1000).toISOString().slice(0, 19) : undefined;
}

export interface SshOutput {
  /** ssh-keygen said `Good "git" signature for PRINCIPAL`: the signature verifies for an allowed principal. */
  principal?: string;
  /** The fingerprint ssh-keygen printed (a certificate's key, not its CA). */
  fingerprint?: string;
  /** `FILE:LINE: reason` lines about the allowed-signers file, by its 1-based line. */
  reasons: Array<{ line: number; reason: string }>;
  /** The rest, for a failure nothing else explains. */
  tail: string;
}

/** `ssh-keygen -Y find-principals` / `verify` / `check-novalidate` output as `git verify-tag --raw` relays it. */
export function readSshOutput(output: string, allowedFile: string): SshOutput {
  const good = /Good "git" signature for (.+?) with \S+ key (SHA256:[A-Za-z0-9+/]+)/.exec(output);
  const unmatched = /Good "git" signature with \S+ key (SHA256:[A-Za-z0-9+/]+)/.exec(output);
  const reasons: SshOutput['reasons'] = [];
  const rest: string[] = [];
  for (const line of output.split('\n').map((l) => l.trim()).filter(Boolean)) {
    const at = line.startsWith(`${allowedFile}:`) ? /^:(\d+): (.*)$/.exec(line.slice(allowedFile.length)) : null;
    if (at) reasons.push({ line: Number(at[1]), reason: at[2] as string });
    else if (!/^Good "git" signature/.test(line)) rest.push(line);
  }
  const fingerprint = good?.[2] ?? unmatched?.[1];
  return { ...(good ? { principal: good[1] as string } : {}), ...(fingerprint ? { fingerprint } : {}), reasons, tail: rest.slice(-3).join(' ') };
}

export interface Certificate {
  keyId: string;
  /** The certified key's fingerprint. */
  fingerprint: string;
  /** The signing CA's fingerprint. */
  ca: string;
  /** `YYYY-MM-DDTHH:MM:SS`, in the time zone ssh-keygen ran in (the check runs it in UTC). */
  validFrom?: string;
  validTo?: string;
  principals: string[];
}

/** A certificate as `ssh-keygen -L -f CERT` prints it. */
export function readCertificate(text: string): Certificate | undefined {
  const value = (label: string): string | undefined => new RegExp(`^\\s*${label}: (.*)$`, 'm').exec(text)?.[1]?.trim();
  const fingerprint = /(SHA256:[A-Za-z0-9+/]+)/.exec(value('Public key') ?? '')?.[1];
  const ca = /(SHA256:[A-Za-z0-9+/]+)/.exec(value('Signing CA') ?? '')?.[1];
  if (!fingerprint || !ca) return undefined;
  const valid = value('Valid') ?? '';
  const from = /(?:from|after) (\S+)/.exec(valid)?.[1];
  const to = /(?:to|before) (\S+)/.exec(valid)?.[1];
  const principals: string[] = [];
  const block = /^\s*Principals:\s*\n((?:[ \t]{9,}\S.*\n?)*)/m.exec(text)?.[1] ?? '';
  for (const l of block.split('\n')) if (l.trim() && l.trim() !== '(none)') principals.push(l.trim());
  return { keyId: (value('Key ID') ?? '').replace(/^"|"$/g, ''), fingerprint, ca, ...(from ? { validFrom: from } : {}), ...(to ? { validTo: to } : {}), principals };
}
