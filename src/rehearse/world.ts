/**
 * The local world a rehearsal runs in, started together and stopped together: the GitHub
 * emulator (REST, GraphQL, git over HTTP), the real `docker-registry` with token auth (as
 * ghcr.io), a pages server for the Helm repository, a Slack receiver and a mailing list
 * (SMTP with STARTTLS), and a throwaway GnuPG key for the signed tag. Everything listens on
 * 127.0.0.1; everything on disk lives below one folder.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apiPermission, startGitHubEmulator, type GitHubEmulator, type PermissionSet } from '../../test/support/github/index.js';
import { createServerCertificate, type ServerCertificate } from '../../test/support/receivers/cert.js';
import { startSlackReceiver, type Receiver } from '../../test/support/receivers/http.js';
import { startMailServer, type MailServer } from '../../test/support/receivers/smtp.js';
import { startRegistry, type RunningRegistry } from '../../test/support/registry/registry.js';
import { startPagesServer, type PagesServer } from './pages.js';
import type { JobTokens } from './engine.js';
import { showPermissions, type PermissionMap } from './permissions.js';
import { proc } from './proc.js';
import type { RegistryAccess, RehearsalSigstore } from './types.js';

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
  /**
   * The local Sigstore (a Fulcio-like CA and a Rekor-like log on 127.0.0.1) the attest stand-ins
   * sign with, and its trusted root for postflight's signature checks. Absent in a resumable
   * world (`persistent`): its CA is made anew each start, so a resumed run could not verify what
   * an earlier one signed (`sigstoreMissing` says so).
   */
  sigstore?: { signer: RehearsalSigstore; trustedRootPath: string };
  sigstoreMissing?: string;
  /** The SMTP URL of the local mailing list (the sender is its user). */
  smtpUrl: string;
  /** Starts the pages server for `repository` (once the repository exists). */
  servePages(repository: string): Promise<PagesServer>;
  stop(): Promise<void>;
}

const gpgArgs = (home: string): string[] => ['--batch', '--homedir', home, '--pinentry-mode', 'loopback', '--passphrase', ''];

/**
 * A throwaway GnuPG home with an ed25519 signing key (no passphrase); with `secretKey` (an
 * armored export) that key is imported instead of a new one made.
 */
export async function makeKey(name = 'Rehearsal Maintainer', email = 'maintainer@example.org', secretKey?: string, gpgHome?: string): Promise<GpgKey> {
  // GnuPG's socket path must stay short: the home lives directly under the temp dir
  const home = gpgHome ?? mkdtempSync(join(tmpdir(), 'ra-gpg-'));
  const run = async (args: string[], input?: string): Promise<string> => {
    const r = await proc('gpg', [...gpgArgs(home), ...args], input !== undefined ? { input } : {});
    if (r.code !== 0) throw new Error(`gpg ${args[0]} failed: ${r.stderr.trim().split('\n').slice(-1)[0] ?? ''}`);
    return r.stdout.toString('utf8');
  };
  if (secretKey) await run(['--import'], secretKey);
  else await run(['--quick-gen-key', `${name} <${email}>`, 'ed25519', 'sign', 'never']);
  const colons = await run(['--with-colons', '--list-secret-keys', email]);
  const fingerprint = colons.split('\n').find((l) => l.startsWith('fpr:'))?.split(':')[9] ?? '';
  const publicKey = await run(['--armor', '--export', fingerprint]);
  return { home, fingerprint, publicKey, name, email };
}

export async function dropKey(key: Pick<GpgKey, 'home'> | undefined): Promise<void> {
  if (!key) return;
  await proc('gpgconf', ['--homedir', key.home, '--kill', 'all']).catch(() => undefined);
  rmSync(key.home, { recursive: true, force: true });
}

async function exportSecretKey(key: GpgKey): Promise<string> {
  const r = await proc('gpg', [...gpgArgs(key.home), '--armor', '--export-secret-keys', key.fingerprint]);
  if (r.code !== 0) throw new Error(`gpg --export-secret-keys failed: ${r.stderr.trim()}`);
  return r.stdout.toString('utf8');
}

/**
 * What a persistent world keeps besides the services' own data: the token, the ports (the
 * release's history, records and image references name them, so a re-run listens where the
 * first run did), the signing key (the tag the first run pushed is signed by it), and the
 * GnuPG home of the run in progress (a killed run leaves its agent behind; the next one stops it).
 */
interface SavedWorld {
  version: 1;
  token: string;
  ports: { registry?: number; slack?: number; mail?: number; pages?: number };
  signingKey?: string;
  gpgHome?: string;
}

function readSavedWorld(file: string): SavedWorld | undefined {
  if (!existsSync(file)) return undefined;
  const saved = JSON.parse(readFileSync(file, 'utf8')) as SavedWorld;
  if (saved.version !== 1) throw new Error(`${file}: not a state this rehearsal can read`);
  return saved;
}

function writeSavedWorld(file: string, saved: SavedWorld): void {
  writeFileSync(`${file}.new`, `${JSON.stringify(saved, null, 2)}\n`, { mode: 0o600 });
  renameSync(`${file}.new`, file);
}

export interface WorldOptions {
  root: string;
  token?: string;
  /** Start the registry (default true); when the binary is missing the world has none, with the reason. */
  registry?: boolean;
  registryBin?: string;
  /**
   * Keep the world in `root` across runs: the emulator's repositories and records, the
   * registry's storage, the messages received, the ports, the token and the signing key. A
   * world started on a root that holds them takes them up again, after stopping what a killed
   * run left running there (its registry, its GnuPG agent).
   */
  persistent?: boolean;
}

interface LocalSigning {
  signer: RehearsalSigstore;
  trustedRootPath: string;
  stop(): Promise<void>;
}

/**
 * Set to 1, the world starts no local Sigstore: the attest stand-ins write unsigned bundles and
 * postflight's signature checks are off, as in a resumable rehearsal (the signing's cost is the
 * difference: bench/figures/signing.mjs).
 */
export const NO_SIGNING_ENV = 'RELEASE_ACTIONS_NO_SIGNING';

/** The local Sigstore of test/support/sigstore, its trusted root written where postflight reads it. */
async function startLocalSigstore(root: string): Promise<LocalSigning> {
  const { startSigstore } = await import('../../test/support/sigstore/index.js');
  const local = await startSigstore();
  const trustedRootPath = join(root, 'sigstore', 'trusted_root.json');
  mkdirSync(join(root, 'sigstore'), { recursive: true });
  writeFileSync(trustedRootPath, `${JSON.stringify(local.trustedRoot, null, 2)}\n`);
  return { signer: { attest: (statement, identity) => local.attest(statement, identity) }, trustedRootPath, stop: () => local.stop() };
}

/** Starts everything; on a failure, what was started is stopped again. */
export async function startWorld(opts: WorldOptions): Promise<World> {
  const home = join(opts.root, 'home');
  mkdirSync(home, { recursive: true });
  const savedFile = join(opts.root, 'world.json');
  const saved = opts.persistent ? readSavedWorld(savedFile) : undefined;
  if (saved?.gpgHome) await dropKey({ home: saved.gpgHome });
  const token = saved?.token ?? opts.token ?? `rehearsal-${Math.random().toString(36).slice(2, 12)}`;
  const keep = (dir: string, file?: string): string | undefined => (opts.persistent ? join(opts.root, dir, ...(file ? [file] : [])) : undefined);
  const ports = saved?.ports ?? {};
  // written down before gpg starts its agent, so that a run killed at any point can be cleaned up after
  const gpgHome = mkdtempSync(join(tmpdir(), 'ra-gpg-'));
  if (opts.persistent) writeSavedWorld(savedFile, { version: 1, token, ports, ...(saved?.signingKey ? { signingKey: saved.signingKey } : {}), gpgHome });
  const started: Array<() => Promise<void>> = [];
  const bin = opts.registryBin ?? process.env['RELEASE_ACTIONS_REGISTRY_BIN'] ?? '/usr/bin/docker-registry';
  const wantRegistry = opts.registry !== false;
  // a secrets test plants the registry password it then greps every file of the rehearsal for
  const registryPassword = process.env['RELEASE_ACTIONS_REHEARSAL_REGISTRY_PASSWORD'];
  const noSigning = process.env[NO_SIGNING_ENV] === '1';
  const registryMissing = wantRegistry && !existsSync(bin) ? { reason: `${bin} is missing: no local container registry for the image and the OCI chart`, install: REGISTRY_INSTALL } : undefined;
  try {
    const cert = createServerCertificate(opts.root);
    const settled = await Promise.allSettled([
      // strict: a call that breaks GitHub's contract or a token's permissions fails the stage that made it
      startGitHubEmulator({ token, login: 'maintainer', strict: true, ...(opts.persistent ? { stateDir: keep('github') } : {}) }),
      wantRegistry && !registryMissing ? startRegistry({ auth: 'token', bin, ...(registryPassword ? { password: registryPassword } : {}), ...(opts.persistent ? { dataDir: keep('registry'), ...(ports.registry ? { port: ports.registry } : {}) } : {}) }) : Promise.resolve(undefined),
      startSlackReceiver(opts.persistent ? { logFile: keep('receivers', 'slack.jsonl'), ...(ports.slack ? { port: ports.slack } : {}) } : {}),
      startMailServer(cert, { users: { [MAIL_USER]: MAIL_PASSWORD }, ...(opts.persistent ? { logFile: keep('receivers', 'mail.jsonl'), ...(ports.mail ? { port: ports.mail } : {}) } : {}) }),
      makeKey(undefined, undefined, saved?.signingKey, gpgHome),
      opts.persistent || noSigning ? Promise.resolve(undefined) : startLocalSigstore(opts.root),
    ] as const);
    const [ghS, registryS, slackS, mailS, keyS, sigstoreS] = settled;
    for (const s of [ghS, registryS, slackS, mailS, sigstoreS]) if (s.status === 'fulfilled' && s.value) started.push(() => s.value!.stop());
    if (keyS.status === 'fulfilled') started.push(() => dropKey(keyS.value));
    const failed = settled.find((s) => s.status === 'rejected');
    if (failed) throw (failed as PromiseRejectedResult).reason;
    const gh = (ghS as PromiseFulfilledResult<GitHubEmulator>).value;
    const registry = (registryS as PromiseFulfilledResult<RunningRegistry | undefined>).value;
    const slack = (slackS as PromiseFulfilledResult<Receiver>).value;
    const mail = (mailS as PromiseFulfilledResult<MailServer>).value;
    const key = (keyS as PromiseFulfilledResult<GpgKey>).value;
    const sigstore = (sigstoreS as PromiseFulfilledResult<LocalSigning | undefined>).value;
    let pages: PagesServer | undefined;
    const remember = opts.persistent
      ? async (): Promise<void> => {
          const now: SavedWorld = {
            version: 1,
            token,
            ports: { registry: registry ? Number(registry.host.split(':')[1]) : ports.registry, slack: Number(new URL(slack.url).port), mail: mail.port, pages: pages ? Number(new URL(pages.url).port) : ports.pages },
            signingKey: saved?.signingKey ?? (await exportSecretKey(key)),
            gpgHome: key.home,
          };
          writeSavedWorld(savedFile, now);
        }
      : async (): Promise<void> => undefined;
    await remember();
    // the normal end stops the agent itself: nothing for the next run to clean up
    if (opts.persistent) started.push(async () => writeSavedWorld(savedFile, { ...(readSavedWorld(savedFile) as SavedWorld), gpgHome: undefined }));
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
      ...(sigstore ? { sigstore: { signer: sigstore.signer, trustedRootPath: sigstore.trustedRootPath } } : { sigstoreMissing: noSigning ? `${NO_SIGNING_ENV}=1: no local Sigstore, nothing signed` : 'a resumable rehearsal (--state) starts a new local Sigstore CA on each run, so what an earlier run signed could not be verified' }),
      async servePages(repository: string) {
        if (!pages) {
          pages = await startPagesServer({ barePath: () => gh.repoPath(repository), repo: repository.split('/')[1] ?? repository, env: { HOME: home, GIT_CONFIG_NOSYSTEM: '1' }, ...(ports.pages ? { port: ports.pages } : {}) });
          await remember();
        }
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

/**
 * A GITHUB_TOKEN per job from the emulator, reaching only `repository`, and what the emulator
 * refused or found wrong in that job's calls, as sentences naming the job's permissions.
 */
export function jobTokens(gh: GitHubEmulator, repository: string): JobTokens {
  const held = new Map<string, PermissionMap>();
  return {
    mint(job, permissions) {
      held.set(job, permissions);
      const api: PermissionSet = {};
      for (const [name, level] of Object.entries(permissions)) {
        const p = apiPermission(name);
        if (p) api[p] = level;
      }
      return gh.issueToken({ name: job, permissions: api, repositories: [repository] });
    },
    problems(job) {
      const perms = showPermissions(held.get(job) ?? {});
      const out: string[] = [];
      for (let i = gh.denials.length - 1; i >= 0; i--) {
        const d = gh.denials[i]!;
        if (d.token !== job) continue;
        gh.denials.splice(i, 1);
        const call = `${d.method} ${d.path}${d.operationId ? ` (${d.operationId})` : ''}`;
        out.unshift(d.needed.startsWith('does not reach') ? `its GITHUB_TOKEN ${d.needed}: ${call} was refused` : `its GITHUB_TOKEN (${perms}) lacks ${d.needed}: ${call} was refused (${d.message})`);
      }
      for (let i = gh.violations.length - 1; i >= 0; i--) {
        const v = gh.violations[i]!;
        if (v.token !== job) continue;
        gh.violations.splice(i, 1);
        // a refusal is already told above, from its denial
        if (!v.message.startsWith('permission: ')) out.push(`GitHub's contract broken by ${v.method} ${v.path} (${v.operationId ?? 'no operation'}): ${v.where} ${v.pointer} ${v.message}`);
      }
      return out;
    },
  };
}
