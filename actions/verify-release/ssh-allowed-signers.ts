/**
 * One line of an SSH allowed-signers file, read as OpenSSH's sshsig.c reads it
 * (`check_allowed_keys_line`, `sshsigopt_parse`; `man ssh-keygen`, ALLOWED SIGNERS):
 *
 *     principals [option,option…] key-type base64-key [comment]
 *
 * The options are ONE field, comma-separated, with no blank outside quotes; names are
 * case-insensitive: `cert-authority`, `namespaces="…"`, `valid-after="…"`, `valid-before="…"`.
 * Verification itself is left to `ssh-keygen -Y`: this reading exists to refuse a line
 * ssh-keygen would skip (naming what to write instead) and to explain a refusal.
 */
import { createHash } from 'node:crypto';

export interface SshSignerOptions {
  certAuthority: boolean;
  /** The pattern list as written (`git,file`), when the line restricts namespaces. */
  namespaces?: string;
  /** As written (`20260101`, `20260101120000Z`). */
  validAfter?: string;
  validBefore?: string;
}

export interface SshSigner {
  /** Principals (comma-separated patterns) as written. */
  principals: string;
  options: SshSignerOptions;
  keyType: string;
  /** `SHA256:…` as ssh-keygen prints it. */
  fingerprint: string;
  /** The line as given (trimmed); this is what the allowed-signers file holds. */
  line: string;
  /** 1-based line number in the input. */
  lineNo: number;
}

export const SSH_KEY_TYPES = [
  'ssh-ed25519',
  'ssh-rsa',
  'ssh-dss',
  'ecdsa-sha2-nistp256',
  'ecdsa-sha2-nistp384',
  'ecdsa-sha2-nistp521',
  'sk-ssh-ed25519@openssh.com',
  'sk-ecdsa-sha2-nistp256@openssh.com',
];

const EXAMPLE = 'alice@example.com namespaces="git",valid-before="20270101" ssh-ed25519 AAAA…';

/** `SHA256:<base64 without padding>` of an SSH public key blob. */
export function sshFingerprint(keyBase64: string): string {
  const digest = createHash('sha256').update(Buffer.from(keyBase64, 'base64')).digest('base64');
  return `SHA256:${digest.replace(/=+$/, '')}`;
}

/** The first length-prefixed string of an SSH wire-format blob (a key's own type name). */
export function blobKeyType(blob: Buffer): string | undefined {
  if (blob.length < 4) return undefined;
  const n = blob.readUInt32BE(0);
  return n > 0 && 4 + n <= blob.length ? blob.subarray(4, 4 + n).toString('latin1') : undefined;
}

/** Splits off the first field; a field may hold `"quoted"` parts (with blanks) anywhere. */
function field(text: string): [string, string] {
  const m = /^(?:[^\s"]+|"[^"]*")+/.exec(text);
  const head = m ? m[0] : '';
  return [head, text.slice(head.length).trimStart()];
}

/** `YYYYMMDD[HHMM[SS]]`, optionally with `Z` or `UTC`: what OpenSSH's parse_absolute_time accepts. */
export function sshTime(value: string): { iso: string; utc: boolean } | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2})?)?(Z|UTC)?$/i.exec(value);
  if (!m) return undefined;
  const [, y, mo, d, h = '00', mi = '00', s = '00', zone] = m;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)));
  const iso = `${y}-${mo}-${d}T${h}:${mi}:${s}`;
  if (date.toISOString().slice(0, 19) !== iso) return undefined;
  return { iso, utc: zone !== undefined };
}

const TIME_FIX = 'write YYYYMMDD, YYYYMMDDHHMM or YYYYMMDDHHMMSS, with a Z suffix for UTC (ssh-keygen reads it as local time otherwise)';

/** Reads the options field; returns the options or what is wrong with them. */
export function parseSshOptions(text: string): SshSignerOptions | string {
  const out: SshSignerOptions = { certAuthority: false };
  const parts = [...text.matchAll(/(?:[^,"]+|"[^"]*")+/g)].map((m) => m[0]);
  if (parts.join(',') !== text) return `the options ${JSON.stringify(text)} have an empty entry: separate options with single commas`;
  for (const part of parts) {
    const m = /^([A-Za-z-]+)(?:="([^"]*)")?$/.exec(part);
    const name = m?.[1]?.toLowerCase();
    const value = m?.[2];
    if (name === 'cert-authority' && value === undefined) {
      out.certAuthority = true;
      continue;
    }
    if ((name === 'namespaces' || name === 'valid-after' || name === 'valid-before') && value !== undefined) {
      const key = name === 'namespaces' ? 'namespaces' : name === 'valid-after' ? 'validAfter' : 'validBefore';
      if (out[key] !== undefined) return `the option ${name} is given twice: keep one`;
      if (key !== 'namespaces' && !sshTime(value)) return `${name}="${value}" is not a time ssh-keygen reads: ${TIME_FIX}`;
      out[key] = value;
      continue;
    }
    return `unknown option ${JSON.stringify(part)}: ssh-keygen knows cert-authority, namespaces="…", valid-after="…" and valid-before="…" (with the value in double quotes)`;
  }
  const after = out.validAfter ? sshTime(out.validAfter)?.iso : undefined;
  const before = out.validBefore ? sshTime(out.validBefore)?.iso : undefined;
  if (after && before && before <= after) return `valid-before="${out.validBefore}" is not after valid-after="${out.validAfter}"`;
  return out;
}

/** Reads one non-comment line; returns the signer, or what is wrong and how to write it. */
export function parseSshSignerLine(line: string, lineNo: number): SshSigner | string {
  const words = line.split(/\s+/);
  if (!words.some((w) => SSH_KEY_TYPES.includes(w))) {
    return `expected an armored GPG public key block or an SSH allowed-signers line (principals [options] key-type base64-key, e.g. ${EXAMPLE}), got ${JSON.stringify(line.slice(0, 60))}`;
  }
  if (SSH_KEY_TYPES.includes(words[0] ?? '')) return `the line starts with the key type: put the signer's principal (e.g. the email of the maintainer) first, as in ${EXAMPLE}`;
  const [principals, afterPrincipals] = field(line);
  let rest = afterPrincipals;
  let options: SshSignerOptions = { certAuthority: false };
  const [second, afterSecond] = field(rest);
  if (!SSH_KEY_TYPES.includes(second)) {
    if (second === '') return `a principal alone: expected "principals [options] key-type base64-key", e.g. ${EXAMPLE}`;
    const parsed = parseSshOptions(second);
    if (typeof parsed === 'string') return parsed;
    options = parsed;
    rest = afterSecond;
  }
  const [keyType, afterType] = field(rest);
  const [key] = field(afterType);
  if (!SSH_KEY_TYPES.includes(keyType)) {
    if (/^(?:cert-authority|namespaces=|valid-after=|valid-before=)/i.test(keyType)) {
      return `options are one field, comma-separated, with no blank between them: write ${second},${keyType.split('"')[0]}… before the key type`;
    }
    return `expected an SSH key type (${SSH_KEY_TYPES.slice(0, 3).join(', ')}, …) after ${second === keyType ? 'the principals' : 'the options'}, got ${JSON.stringify(keyType.slice(0, 40))}; a line reads ${EXAMPLE}`;
  }
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(key) || blobKeyType(Buffer.from(key, 'base64')) !== keyType) {
    return `the ${keyType} key is not the base64 of a ${keyType} public key: copy the line of the .pub file (ssh-keygen -y -f KEY prints it)`;
  }
  return { principals, options, keyType, fingerprint: sshFingerprint(key), line, lineNo };
}
