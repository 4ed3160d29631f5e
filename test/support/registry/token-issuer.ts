/**
 * A token service as ghcr.io and Docker Hub run one, for the real `docker-registry` configured
 * with `auth.token`: GET /token?service=...&scope=repository:<name>:pull,push with optional basic
 * credentials answers `{ token, access_token, expires_in, issued_at }`, an ES256 JWT whose header
 * carries the self-signed certificate in `x5c` and whose `access` claim grants what was asked and
 * is allowed (everything to the known user; pull to anonymous callers when `anonymousPull`).
 */
import { randomBytes, sign } from 'node:crypto';
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type SigningIdentity, createSigningIdentity } from './cert.js';

export interface TokenIssuerOptions {
  service: string;
  issuer: string;
  username: string;
  password: string;
  anonymousPull?: boolean;
  /** Token lifetime in seconds; default 300. */
  expiresIn?: number;
}

export interface TokenRequestRecord {
  user: string | null;
  scopes: string[];
  status: number;
}

export interface TokenIssuer {
  /** http://127.0.0.1:PORT/token */
  realm: string;
  identity: SigningIdentity;
  /** Every token request, in order. */
  requests: TokenRequestRecord[];
  stop(): Promise<void>;
}

interface Access {
  type: string;
  name: string;
  actions: string[];
}

const b64url = (data: Buffer | string): string => Buffer.from(data).toString('base64url');

export function signToken(identity: SigningIdentity, claims: Record<string, unknown>): string {
  const header = { typ: 'JWT', alg: 'ES256', x5c: [identity.certificateDer.toString('base64')] };
  const input = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}`;
  const signature = sign('sha256', Buffer.from(input), { key: identity.privateKey, dsaEncoding: 'ieee-p1363' });
  return `${input}.${b64url(signature)}`;
}

/** `repository:org/name:pull,push` → access entry; other resource types pass through. */
function parseScope(scope: string): Access | undefined {
  const first = scope.indexOf(':');
  const last = scope.lastIndexOf(':');
  if (first < 0 || last <= first) return undefined;
  return { type: scope.slice(0, first), name: scope.slice(first + 1, last), actions: scope.slice(last + 1).split(',').filter(Boolean) };
}

function basicUser(request: IncomingMessage): { user: string; password: string } | null | 'malformed' {
  const header = request.headers.authorization;
  if (!header) return null;
  const match = /^Basic\s+(\S+)$/i.exec(header);
  if (!match) return 'malformed';
  const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return 'malformed';
  return { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

export async function startTokenIssuer(options: TokenIssuerOptions): Promise<TokenIssuer> {
  const identity = createSigningIdentity();
  const requests: TokenRequestRecord[] = [];
  const expiresIn = options.expiresIn ?? 300;

  const handle = (request: IncomingMessage, response: ServerResponse): void => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const scopes = url.searchParams.getAll('scope').flatMap((s) => s.split(' ')).filter(Boolean);
    const reply = (status: number, body: unknown, user: string | null): void => {
      requests.push({ user, scopes, status });
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    if (request.method !== 'GET' || url.pathname !== '/token') return reply(404, { errors: [{ code: 'NOT_FOUND' }] }, null);
    if (url.searchParams.get('service') !== options.service) {
      return reply(400, { errors: [{ code: 'INVALID_REQUEST', message: 'unknown service' }] }, null);
    }
    const caller = basicUser(request);
    if (caller === 'malformed' || (caller && (caller.user !== options.username || caller.password !== options.password))) {
      response.setHeader('www-authenticate', 'Basic realm="token"');
      return reply(401, { errors: [{ code: 'UNAUTHORIZED', message: 'authentication required' }] }, caller === 'malformed' ? null : caller!.user);
    }
    const access: Access[] = [];
    for (const scope of scopes) {
      const asked = parseScope(scope);
      if (!asked || asked.type !== 'repository') continue;
      const allowed = caller ? asked.actions : options.anonymousPull ? asked.actions.filter((a) => a === 'pull') : [];
      if (allowed.length > 0) access.push({ ...asked, actions: allowed });
    }
    const now = Math.floor(Date.now() / 1000);
    const token = signToken(identity, {
      iss: options.issuer,
      sub: caller ? caller.user : '',
      aud: options.service,
      exp: now + expiresIn,
      nbf: now - 10,
      iat: now,
      jti: randomBytes(12).toString('hex'),
      access,
    });
    reply(200, { token, access_token: token, expires_in: expiresIn, issued_at: new Date(now * 1000).toISOString() }, caller ? caller.user : null);
  };

  const server = createServer(handle);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    realm: `http://127.0.0.1:${port}/token`,
    identity,
    requests,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
