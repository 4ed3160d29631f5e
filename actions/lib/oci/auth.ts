import { RemoteError } from '../runner/errors.js';
import { type TransportOptions, assertSafeUrl, describeErrorBody, send } from './transport.js';

export interface Credentials {
  username: string;
  password: string;
}

/** One challenge of a `WWW-Authenticate` header; scheme lowercased, parameter names lowercased. */
export interface Challenge {
  scheme: string;
  params: Record<string, string>;
}

/**
 * Parses `WWW-Authenticate` (RFC 7235): one or more challenges, each a scheme followed by
 * comma-separated `name=value` or `name="quoted, value"` parameters. Commas inside quotes
 * (`scope="repository:x:pull,push"`) belong to the value.
 */
export function parseWwwAuthenticate(header: string): Challenge[] {
  const challenges: Challenge[] = [];
  let i = 0;
  const n = header.length;
  const skip = (chars: string): void => {
    while (i < n && chars.includes(header[i]!)) i++;
  };
  const token = (): string => {
    const start = i;
    while (i < n && /[!#$%&'*+\-.^_`|~0-9A-Za-z]/.test(header[i]!)) i++;
    return header.slice(start, i);
  };
  let current: Challenge | undefined;
  while (i < n) {
    skip(' \t,');
    if (i >= n) break;
    const start = i;
    const name = token();
    if (name.length === 0) {
      i++; // stray character: skip it
      continue;
    }
    skip(' \t');
    if (header[i] === '=' && current) {
      i++;
      skip(' \t');
      let value = '';
      if (header[i] === '"') {
        i++;
        while (i < n && header[i] !== '"') {
          if (header[i] === '\\' && i + 1 < n) i++;
          value += header[i];
          i++;
        }
        i++; // closing quote
      } else {
        const valueStart = i;
        while (i < n && header[i] !== ',' && header[i] !== ' ' && header[i] !== '\t') i++;
        value = header.slice(valueStart, i);
      }
      current.params[name.toLowerCase()] = value;
    } else {
      // a scheme name starts a new challenge (token68 credentials after it are ignored)
      i = start + name.length;
      current = { scheme: name.toLowerCase(), params: {} };
      challenges.push(current);
    }
  }
  return challenges;
}

/** `repository:<name>:pull` or `repository:<name>:pull,push`. */
export function repositoryScope(repository: string, push: boolean): string {
  return `repository:${repository}:${push ? 'pull,push' : 'pull'}`;
}

interface CachedToken {
  header: string;
  expiresAt: number;
}

/**
 * Answers a registry's 401 challenges: basic credentials, or the bearer token flow that
 * ghcr.io and Docker Hub use (GET the realm with service and scope, with basic credentials when
 * given, take `token` or `access_token`). Tokens are cached per scope until shortly before
 * they expire. The password only ever leaves in an Authorization header.
 */
export class RegistryAuth {
  private readonly tokens = new Map<string, CachedToken>();
  private basic = false;

  constructor(
    private readonly registry: string,
    private readonly credentials: Credentials | undefined,
    private readonly transport: TransportOptions,
    private readonly now: () => number = Date.now,
  ) {}

  /** The Authorization header to send before any challenge, if one is known for the scope. */
  cached(scope: string): string | undefined {
    if (this.basic) return this.basicHeader();
    const token = this.tokens.get(scope);
    if (token && token.expiresAt > this.now()) return token.header;
    this.tokens.delete(scope);
    return undefined;
  }

  /** Drops what was cached for the scope after the registry refused it. */
  forget(scope: string): void {
    this.tokens.delete(scope);
  }

  /** The Authorization header that answers the response's challenge, or a RemoteError that says why there is none. */
  async answer(challengeHeader: string | null, scope: string): Promise<string> {
    const challenges = parseWwwAuthenticate(challengeHeader ?? '');
    const bearer = challenges.find((c) => c.scheme === 'bearer');
    if (bearer) return this.fetchToken(bearer, scope);
    if (challenges.some((c) => c.scheme === 'basic')) {
      if (!this.credentials) throw this.needsCredentials();
      this.basic = true;
      return this.basicHeader();
    }
    throw new RemoteError(
      `registry ${this.registry} asked for authentication with an unsupported challenge '${challengeHeader ?? '(none)'}'`,
      401,
    );
  }

  /** The error for a 401 that persists after authenticating. */
  async refused(response: Response, scope: string): Promise<RemoteError> {
    const challenge = parseWwwAuthenticate(response.headers.get('www-authenticate') ?? '').find((c) => c.scheme === 'bearer');
    const detail = await describeErrorBody(response);
    if (!this.credentials) {
      return new RemoteError(`registry ${this.registry} refused anonymous access to ${scope}: credentials are needed${detail ? ` (${detail})` : ''}`, 401);
    }
    if (challenge?.params.error === 'insufficient_scope') {
      return new RemoteError(
        `registry ${this.registry} denied ${scope} to user '${this.credentials.username}'` +
          ` (insufficient scope${detail ? `: ${detail}` : ''})`,
        401,
      );
    }
    return this.refusedCredentials(`HTTP 401${detail ? `: ${detail}` : ''}`);
  }

  private basicHeader(): string {
    const { username, password } = this.credentials!;
    return `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`;
  }

  private needsCredentials(): RemoteError {
    return new RemoteError(`registry ${this.registry} requires credentials (HTTP 401) and none were given`, 401);
  }

  private refusedCredentials(detail: string): RemoteError {
    return new RemoteError(`registry ${this.registry} refused the credentials of user '${this.credentials!.username}' (${detail})`, 401);
  }

  private async fetchToken(challenge: Challenge, scope: string): Promise<string> {
    const realm = challenge.params.realm;
    if (!realm) throw new RemoteError(`registry ${this.registry} sent a Bearer challenge without a realm`, 401);
    let url: URL;
    try {
      url = new URL(realm);
    } catch {
      throw new RemoteError(`registry ${this.registry} sent a Bearer challenge with an invalid realm '${realm}'`, 401);
    }
    assertSafeUrl(url, 'token realm');
    if (challenge.params.service) url.searchParams.set('service', challenge.params.service);
    url.searchParams.append('scope', scope);
    const asked = challenge.params.scope;
    if (asked && asked !== scope) url.searchParams.append('scope', asked);

    const headers: Record<string, string> = { accept: 'application/json' };
    if (this.credentials) headers.authorization = this.basicHeader();
    const response = await send(url, { method: 'GET', headers }, this.transport);
    const where = `token service ${url.origin}${url.pathname}`;
    if (response.status === 401 || response.status === 403) {
      const detail = await describeErrorBody(response);
      if (!this.credentials) throw this.needsCredentials();
      throw this.refusedCredentials(`${where} answered HTTP ${response.status}${detail ? `: ${detail}` : ''}`);
    }
    if (!response.ok) {
      const detail = await describeErrorBody(response);
      throw new RemoteError(`${where} answered HTTP ${response.status} for ${scope}${detail ? `: ${detail}` : ''}`, response.status);
    }
    let body: { token?: unknown; access_token?: unknown; expires_in?: unknown };
    try {
      body = (await response.json()) as typeof body;
    } catch {
      throw new RemoteError(`${where} answered with a body that is not JSON`, response.status);
    }
    const token = typeof body.token === 'string' && body.token ? body.token : body.access_token;
    if (typeof token !== 'string' || token.length === 0) {
      throw new RemoteError(`${where} answered without a token`, response.status);
    }
    // The spec's default lifetime is 60 s; renew 10 s early.
    const lifetime = typeof body.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : 60;
    const header = `Bearer ${token}`;
    this.tokens.set(scope, { header, expiresAt: this.now() + Math.max(lifetime - 10, 1) * 1000 });
    return header;
  }
}
