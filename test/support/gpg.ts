import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface GpgKey {
  /** GNUPGHOME holding the secret key; pass it as env to git. */
  home: string;
  fingerprint: string;
  /** The armored public key, as a maintainer would list it in `allowed-signers`. */
  publicKey: string;
  email: string;
  cleanup(): void;
}

function gpg(home: string, args: string[], input?: string): string {
  return execFileSync('gpg', ['--batch', '--homedir', home, '--pinentry-mode', 'loopback', '--passphrase', '', ...args], {
    encoding: 'utf8',
    input,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

/** A throwaway GnuPG home with a fresh ed25519 signing key (no passphrase). */
export function makeGpgKey(name = 'Release Tester', email = 'release@example.com'): GpgKey {
  // GnuPG's socket path must stay short, so the home lives directly under the temp dir.
  const home = mkdtempSync(join(tmpdir(), 'gpg-'));
  gpg(home, ['--quick-gen-key', `${name} <${email}>`, 'ed25519', 'sign', 'never']);
  const colons = gpg(home, ['--with-colons', '--list-secret-keys', email]);
  const fingerprint = colons.split('\n').find((l) => l.startsWith('fpr:'))?.split(':')[9] ?? '';
  const publicKey = gpg(home, ['--armor', '--export', fingerprint]);
  return {
    home,
    fingerprint,
    publicKey,
    email,
    cleanup() {
      try {
        execFileSync('gpgconf', ['--homedir', home, '--kill', 'all'], { stdio: 'ignore' });
      } catch {
        // no agent was started
      }
      rmSync(home, { recursive: true, force: true });
    },
  };
}
