/**
 * The real registry for tests: CNCF Distribution (`docker-registry`, Debian package 2.8) started
 * as a child process on 127.0.0.1 with a generated config, filesystem storage in a temp dir and
 * no auth, htpasswd (bcrypt) basic auth, or token auth through the test token issuer.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import bcrypt from 'bcryptjs';
import { type TokenIssuer, type TokenRequestRecord, startTokenIssuer } from './token-issuer.js';

export type RegistryAuthKind = 'none' | 'basic' | 'token';

export interface StartRegistryOptions {
  auth: RegistryAuthKind;
  /** Token auth: anonymous callers may pull. Default false. */
  anonymousPull?: boolean;
  /** The registry binary; default RELEASE_ACTIONS_REGISTRY_BIN or /usr/bin/docker-registry. */
  bin?: string;
  /**
   * Keep the storage in this folder (created when missing, kept by stop()) instead of a temp
   * dir, so a registry started on it again serves what was pushed before. The process id is
   * kept in `registry.pid` there: a registry left running by a killed parent is stopped first.
   */
  dataDir?: string;
  /** Listen on this port (default any free one); with dataDir, what is pushed names it. */
  port?: number;
  /** The password of `release-bot` (default a random one): a secrets test plants a value it greps for. */
  password?: string;
}

const PID_FILE = 'registry.pid';

/** Stops a registry a killed parent left running on `dataDir`, if its pid file names one (and it is that registry). */
export async function stopStaleRegistry(dataDir: string): Promise<number | undefined> {
  const file = join(dataDir, PID_FILE);
  if (!existsSync(file)) return undefined;
  const pid = Number(readFileSync(file, 'utf8').trim());
  rmSync(file, { force: true });
  if (!Number.isInteger(pid) || pid <= 1) return undefined;
  let cmdline = '';
  try {
    cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return undefined;
  }
  // a recycled pid belongs to someone else: only the registry serving this folder's config is stopped
  if (!cmdline.split('\0').includes(join(dataDir, 'config.yml'))) return undefined;
  const alive = (): boolean => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  process.kill(pid, 'SIGTERM');
  for (let i = 0; i < 100 && alive(); i++) await new Promise((resolve) => setTimeout(resolve, 30));
  if (alive()) process.kill(pid, 'SIGKILL');
  for (let i = 0; i < 100 && alive(); i++) await new Promise((resolve) => setTimeout(resolve, 30));
  return pid;
}

export interface RunningRegistry {
  /** http://127.0.0.1:PORT */
  url: string;
  /** 127.0.0.1:PORT, the registry part of references. */
  host: string;
  auth: RegistryAuthKind;
  /** The accepted user (empty strings when auth is 'none'). */
  username: string;
  password: string;
  /** Temp dir with config.yml, storage/ and the auth files; removed by stop(). */
  dataDir: string;
  /** Token auth: what the token service was asked, in order (empty otherwise). */
  tokenRequests: TokenRequestRecord[];
  /** Everything the registry printed (stdout: access log; stderr: its own log). */
  output(): string;
  /** The registry's access log for /v2/ requests, in order (from its combined-format stdout lines). */
  accessLog(): AccessLogEntry[];
  stop(): Promise<void>;
}

export interface AccessLogEntry {
  method: string;
  /** Path without the query string. */
  path: string;
  status: number;
}

export const REGISTRY_BIN = process.env.RELEASE_ACTIONS_REGISTRY_BIN ?? '/usr/bin/docker-registry';
const INSTALL_HINT = 'install it with: apt-get install -y docker-registry (CNCF Distribution 2.8; .ci/run does this on CI)';
const SERVICE = 'release-actions-test-registry';
const ISSUER = 'release-actions-test-issuer';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function configYaml(dataDir: string, port: number, authBlock: string): string {
  return [
    'version: 0.1',
    'log:',
    '  level: warn',
    '  formatter: text',
    '  accesslog:',
    '    disabled: false',
    'storage:',
    '  filesystem:',
    `    rootdirectory: ${JSON.stringify(join(dataDir, 'storage'))}`,
    '  delete:',
    '    enabled: true',
    '  maintenance:',
    '    uploadpurging:',
    '      enabled: false',
    'http:',
    `  addr: 127.0.0.1:${port}`,
    `  secret: ${randomBytes(16).toString('hex')}`,
    'health:',
    '  storagedriver:',
    '    enabled: false',
    authBlock,
  ].join('\n');
}

async function waitUntilUp(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`docker-registry exited (${child.exitCode ?? child.signalCode}) before answering:\n${output()}`);
    }
    try {
      const response = await fetch(`${url}/v2/`, { signal: AbortSignal.timeout(1000) });
      await response.arrayBuffer();
      if (response.status === 200 || response.status === 401) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`docker-registry did not answer ${url}/v2/ within 20 s:\n${output()}`);
}

const ACCESS_LINE = /"(GET|HEAD|POST|PUT|PATCH|DELETE) (\/v2\/[^ ?"]*)[^ "]* HTTP\/[0-9.]+" ([0-9]{3}) /;

export function parseAccessLog(output: string): AccessLogEntry[] {
  const entries: AccessLogEntry[] = [];
  for (const line of output.split('\n')) {
    const match = ACCESS_LINE.exec(line);
    if (match) entries.push({ method: match[1]!, path: match[2]!, status: Number(match[3]) });
  }
  return entries;
}

/** Starts a registry; fails loudly (with the install command) when docker-registry is missing. */
export async function startRegistry(options: StartRegistryOptions): Promise<RunningRegistry> {
  const bin = options.bin ?? REGISTRY_BIN;
  if (!existsSync(bin)) {
    throw new Error(`${bin} is missing: the registry tests need the real registry; ${INSTALL_HINT}`);
  }
  const keep = options.dataDir !== undefined;
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'release-actions-registry-')));
  if (keep) {
    mkdirSync(dataDir, { recursive: true });
    await stopStaleRegistry(dataDir);
  }
  const removeData = async (): Promise<void> => {
    if (keep) rmSync(join(dataDir, PID_FILE), { force: true });
    else await rm(dataDir, { recursive: true, force: true });
  };
  const username = options.auth === 'none' ? '' : 'release-bot';
  const password = options.auth === 'none' ? '' : (options.password ?? randomBytes(12).toString('base64url'));
  let issuer: TokenIssuer | undefined;
  let child: ChildProcess | undefined;
  try {
    let authBlock = '';
    if (options.auth === 'basic') {
      const htpasswd = join(dataDir, 'htpasswd');
      await writeFile(htpasswd, `${username}:${bcrypt.hashSync(password, 5)}\n`);
      authBlock = ['auth:', '  htpasswd:', '    realm: release-actions-test', `    path: ${JSON.stringify(htpasswd)}`].join('\n');
    } else if (options.auth === 'token') {
      issuer = await startTokenIssuer({ service: SERVICE, issuer: ISSUER, username, password, anonymousPull: options.anonymousPull });
      const bundle = join(dataDir, 'token-root.pem');
      await writeFile(bundle, issuer.identity.certificatePem);
      authBlock = [
        'auth:',
        '  token:',
        `    realm: ${JSON.stringify(issuer.realm)}`,
        `    service: ${SERVICE}`,
        `    issuer: ${ISSUER}`,
        `    rootcertbundle: ${JSON.stringify(bundle)}`,
      ].join('\n');
    }

    // A port picked free can be taken before the registry binds it: try a few.
    for (let attempt = 1; ; attempt++) {
      const port = options.port ?? (await freePort());
      const configFile = join(dataDir, 'config.yml');
      await writeFile(configFile, configYaml(dataDir, port, authBlock));
      let out = '';
      const current = spawn(bin, ['serve', configFile], { cwd: dataDir, stdio: ['ignore', 'pipe', 'pipe'] });
      child = current;
      current.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
      current.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
      current.once('error', (error) => (out += `\nspawn error: ${error.message}`));
      if (keep && current.pid) writeFileSync(join(dataDir, PID_FILE), `${current.pid}\n`);
      const url = `http://127.0.0.1:${port}`;
      try {
        await waitUntilUp(url, current, () => out);
      } catch (error) {
        current.kill('SIGKILL');
        if (attempt < 3 && options.port === undefined && /address already in use/.test(out)) continue;
        throw error;
      }
      const started = current;
      const stop = async (): Promise<void> => {
        if (started.exitCode === null && started.signalCode === null) {
          const exited = new Promise((resolve) => started.once('exit', resolve));
          started.kill('SIGTERM');
          const timer = setTimeout(() => started.kill('SIGKILL'), 3000);
          await exited;
          clearTimeout(timer);
        }
        await issuer?.stop();
        await removeData();
      };
      return {
        url,
        host: `127.0.0.1:${port}`,
        auth: options.auth,
        username,
        password,
        dataDir,
        tokenRequests: issuer?.requests ?? [],
        output: () => out,
        accessLog: () => parseAccessLog(out),
        stop,
      };
    }
  } catch (error) {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    await issuer?.stop();
    await removeData();
    throw error;
  }
}
