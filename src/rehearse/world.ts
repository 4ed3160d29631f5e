/**
 * The local world a rehearsal runs in, started together and stopped together: the GitHub
 * emulator (REST, GraphQL, git over HTTP), the real `docker-registry` with token auth (as
 * ghcr.io), a pages server for the Helm repository, a Slack receiver and a mailing list
 * (SMTP with STARTTLS), and a throwaway GnuPG key for the signed tag. Everything listens on
 * 127.0.0.1; everything on disk lives below one folder.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGitHubEmulator, type GitHubEmulator } from '../../test/support/github/index.js';
import { createServerCertificate, type ServerCertificate } from '../../test/support/receivers/cert.js';
import { startSlackReceiver, type Receiver } from '../../test/support/receivers/http.js';
import { startMailServer, type MailServer } from '../../test/support/receivers/smtp.js';
import { startRegistry, type RunningRegistry } from '../../test/support/registry/registry.js';
import { startPagesServer, type PagesServer } from './pages.js';
import { proc } from './proc.js';
import type { RegistryAccess } from './types.js';

export const REGISTRY_INSTALL = 'apt-get install -y docker-registry';
export const MAIL_USER = 'releases@example.org';
const MAIL_PASSWORD = 'rehearsal-smtp-password';

export interface GpgKey {
  home: string;
  fingerprint: string;
  publicKey: string;
  name: string;
  email: string;
}

export interface World {
  root: string;
  /** HOME for every git and action process: no user configuration is read or written. */
  home: string;
  token: string;
  gh: GitHubEmulator;
  registry?: RunningRegistry;
  registryAccess?: RegistryAccess;
  registryMissing?: { reason: string; install: string };
  pages?: PagesServer;
  slack: Receiver;
  mail: MailServer;
  cert: ServerCertificate;
  key: GpgKey;
  /** The SMTP URL of the local mailing list (the sender is its user). */
  smtpUrl: string;
  /** Starts the pages server for `repository` (once the repository exists). */
  servePages(repository: string): Promise<PagesServer>;
  stop(): Promise<void>;
}

const gpgArgs = (home: string): string[] => ['--batch', '--homedir', home, '--pinentry-mode', 'loopback', '--passphrase', ''];

/** A throwaway GnuPG home with an ed25519 signing key (no passphrase). */
export async function makeKey(name = 'Rehearsal Maintainer', email = 'maintainer@example.org'): Promise<GpgKey> {
  // GnuPG's socket path must stay short: the home lives directly under the temp dir
  const home = mkdtempSync(join(tmpdir(), 'ra-gpg-'));
  const run = async (args: string[]): Promise<string> => {
    const r = await proc('gpg', [...gpgArgs(home), ...args]);
    if (r.code !== 0) throw new Error(`gpg ${args[0]} failed: ${r.stderr.trim().split('\n').slice(-1)[0] ?? ''}`);
    return r.stdout.toString('utf8');
  };
  await run(['--quick-gen-key', `${name} <${email}>`, 'ed25519', 'sign', 'never']);
  const colons = await run(['--with-colons', '--list-secret-keys', email]);
  const fingerprint = colons.split('\n').find((l) => l.startsWith('fpr:'))?.split(':')[9] ?? '';
  const publicKey = await run(['--armor', '--export', fingerprint]);
  return { home, fingerprint, publicKey, name, email };
}

export async function dropKey(key: GpgKey | undefined): Promise<void> {
  if (!key) return;
  await proc('gpgconf', ['--homedir', key.home, '--kill', 'all']).catch(() => undefined);
  rmSync(key.home, { recursive: true, force: true });
}

export interface WorldOptions {
  root: string;
  token?: string;
  /** Start the registry (default true); when the binary is missing the world has none, with the reason. */
  registry?: boolean;
  registryBin?: string;
}

/** Starts everything; on a failure, what was started is stopped again. */
export async function startWorld(opts: WorldOptions): Promise<World> {
  const token = opts.token ?? `rehearsal-${Math.random().toString(36).slice(2, 12)}`;
  const home = join(opts.root, 'home');
  mkdirSync(home, { recursive: true });
  const started: Array<() => Promise<void>> = [];
  const bin = opts.registryBin ?? process.env['RELEASE_ACTIONS_REGISTRY_BIN'] ?? '/usr/bin/docker-registry';
  const wantRegistry = opts.registry !== false;
  const registryMissing = wantRegistry && !existsSync(bin) ? { reason: `${bin} is missing: no local container registry for the image and the OCI chart`, install: REGISTRY_INSTALL } : undefined;
  try {
    const cert = createServerCertificate(opts.root);
    const settled = await Promise.allSettled([
      startGitHubEmulator({ token, login: 'maintainer' }),
      wantRegistry && !registryMissing ? startRegistry({ auth: 'token', bin }) : Promise.resolve(undefined),
      startSlackReceiver(),
      startMailServer(cert, { users: { [MAIL_USER]: MAIL_PASSWORD } }),
      makeKey(),
    ] as const);
    const [ghS, registryS, slackS, mailS, keyS] = settled;
    for (const s of [ghS, registryS, slackS, mailS]) if (s.status === 'fulfilled' && s.value) started.push(() => s.value!.stop());
    if (keyS.status === 'fulfilled') started.push(() => dropKey(keyS.value));
    const failed = settled.find((s) => s.status === 'rejected');
    if (failed) throw (failed as PromiseRejectedResult).reason;
    const gh = (ghS as PromiseFulfilledResult<GitHubEmulator>).value;
    const registry = (registryS as PromiseFulfilledResult<RunningRegistry | undefined>).value;
    const slack = (slackS as PromiseFulfilledResult<Receiver>).value;
    const mail = (mailS as PromiseFulfilledResult<MailServer>).value;
    const key = (keyS as PromiseFulfilledResult<GpgKey>).value;
    let pages: PagesServer | undefined;
    const world: World = {
      root: opts.root,
      home,
      token,
      gh,
      ...(registry ? { registry, registryAccess: { host: registry.host, username: registry.username, password: registry.password } } : {}),
      ...(registryMissing ? { registryMissing } : wantRegistry ? {} : { registryMissing: { reason: 'the registry was turned off', install: '' } }),
      slack,
      mail,
      cert,
      key,
      smtpUrl: mail.url(MAIL_USER, MAIL_PASSWORD),
      async servePages(repository: string) {
        pages ??= await startPagesServer({ barePath: () => gh.repoPath(repository), repo: repository.split('/')[1] ?? repository, env: { HOME: home, GIT_CONFIG_NOSYSTEM: '1' } });
        world.pages = pages;
        return pages;
      },
      async stop() {
        await pages?.stop().catch(() => undefined);
        for (const stop of started.reverse()) await stop().catch(() => undefined);
        started.length = 0;
      },
    };
    return world;
  } catch (err) {
    for (const stop of started.reverse()) await stop().catch(() => undefined);
    throw err;
  }
}
