import { describe, expect, it } from '@jest/globals';
import { parseWwwAuthenticate, repositoryScope } from '../../../actions/lib/oci/auth.js';

describe('parseWwwAuthenticate', () => {
  it('parses the ghcr.io bearer challenge, keeping the comma inside the quoted scope', () => {
    expect(parseWwwAuthenticate('Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:org/op:pull,push"')).toEqual([
      { scheme: 'bearer', params: { realm: 'https://ghcr.io/token', service: 'ghcr.io', scope: 'repository:org/op:pull,push' } },
    ]);
  });

  it('parses the Docker Hub challenge and the insufficient_scope error', () => {
    const header = 'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/nginx:pull",error="insufficient_scope"';
    const [challenge] = parseWwwAuthenticate(header);
    expect(challenge!.params).toEqual({
      realm: 'https://auth.docker.io/token',
      service: 'registry.docker.io',
      scope: 'repository:library/nginx:pull',
      error: 'insufficient_scope',
    });
  });

  it('parses basic challenges, case-insensitive schemes and parameter names, spaces and unquoted values', () => {
    expect(parseWwwAuthenticate('Basic realm="Registry Realm"')).toEqual([{ scheme: 'basic', params: { realm: 'Registry Realm' } }]);
    expect(parseWwwAuthenticate('BEARER  Realm = "http://127.0.0.1:1/token" , Service=svc')).toEqual([
      { scheme: 'bearer', params: { realm: 'http://127.0.0.1:1/token', service: 'svc' } },
    ]);
  });

  it('parses several challenges in one header and escaped quotes', () => {
    expect(parseWwwAuthenticate('Basic realm="a, \\"b\\"", Bearer realm="https://x/token",service="x"')).toEqual([
      { scheme: 'basic', params: { realm: 'a, "b"' } },
      { scheme: 'bearer', params: { realm: 'https://x/token', service: 'x' } },
    ]);
  });

  it('returns no challenge for an empty header', () => {
    expect(parseWwwAuthenticate('')).toEqual([]);
  });
});

describe('repositoryScope', () => {
  it('asks for pull, or pull and push', () => {
    expect(repositoryScope('org/op', false)).toBe('repository:org/op:pull');
    expect(repositoryScope('org/op', true)).toBe('repository:org/op:pull,push');
  });
});
