/**
 * The fault proxy's faults really happen: the client sees exactly the injected answer, a
 * stall never answers, a reset breaks the connection, and after-write applies the write on
 * the server before the client gets the error. The server behind is a webhook receiver,
 * which records what reached it.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { startFaultProxy, type FaultProxy } from '../../support/faults/http-proxy.js';
import { startWebhookReceiver, type Receiver } from '../../support/receivers/http.js';

let hook: Receiver;
let proxy: FaultProxy;
let path: string;

beforeAll(async () => {
  hook = await startWebhookReceiver();
  proxy = await startFaultProxy(new URL(hook.url).origin);
  path = new URL(hook.url).pathname;
});
afterAll(async () => {
  await proxy?.stop();
  await hook?.stop();
});
beforeEach(() => proxy.heal());

const post = (body = '{"n":1}', signal?: AbortSignal) => fetch(`${proxy.url}${path}?q=1`, { method: 'POST', body, headers: { 'content-type': 'application/json', 'x-release-actions-delivery': 'd-1' }, ...(signal ? { signal } : {}) });

describe('fault proxy', () => {
  it('forwards a request unchanged (method, path with query, headers, body) and the answer back', async () => {
    const before = hook.requests.length;
    const res = await post('{"hello":"world"}');
    expect(res.status).toBe(204);
    const got = hook.requests.slice(before);
    expect(got.map((r) => [r.method, r.path, r.text, r.headers['x-release-actions-delivery'], r.headers.host])).toEqual([['POST', `${path}?q=1`, '{"hello":"world"}', 'd-1', proxy.host]]);
    expect(proxy.log.at(-1)).toEqual({ method: 'POST', path, forwarded: true, status: 204 });
  });

  it.each([500, 502, 503])('answers an injected %i without reaching the server, for `times` requests only', async (status) => {
    const before = hook.requests.length;
    const fault = proxy.inject({ kind: 'status', status, method: 'POST', path, times: 2 });
    expect([(await post()).status, (await post()).status, (await post()).status]).toEqual([status, status, 204]);
    expect(fault.hits).toBe(2);
    expect(hook.requests.length - before).toBe(1);
  });

  it('late: forwards the request after its delay and answers what the server answered', async () => {
    const before = hook.requests.length;
    const fault = proxy.inject({ kind: 'late', method: 'POST', path, delayMs: 300 });
    const started = Date.now();
    expect((await post()).status).toBe(204);
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    expect(fault.hits).toBe(1);
    expect(hook.requests.length - before).toBe(1);
    expect(proxy.log.at(-1)).toEqual({ method: 'POST', path, fault: 'late', forwarded: true, status: 204 });
  });

  it('answers 429 with retry-after, and the rate-limit 403s with their headers', async () => {
    proxy.inject({ kind: '429', retryAfter: 7 });
    const limited = await post();
    expect([limited.status, limited.headers.get('retry-after')]).toEqual([429, '7']);

    proxy.inject({ kind: 'secondary-rate-limit', retryAfter: null });
    const secondary = await post();
    expect([secondary.status, secondary.headers.get('retry-after')]).toEqual([403, null]);
    expect(await secondary.text()).toContain('secondary rate limit');

    proxy.inject({ kind: 'rate-limit-exhausted', resetIn: 30 });
    const exhausted = await post();
    expect([exhausted.status, exhausted.headers.get('x-ratelimit-remaining')]).toEqual([403, '0']);
    expect(Number(exhausted.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000);
  });

  it('stalls: the request is never answered and never reaches the server, only the client deadline ends it', async () => {
    const before = hook.requests.length;
    proxy.inject({ kind: 'stall' });
    const err = await post('{}', AbortSignal.timeout(300)).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(err?.name).toBe('TimeoutError');
    expect(hook.requests.length).toBe(before);
    expect(proxy.log.at(-1)).toEqual({ method: 'POST', path, fault: 'stall', forwarded: false, status: 0 });
  });

  it('resets the connection without an answer and without reaching the server', async () => {
    const before = hook.requests.length;
    proxy.inject({ kind: 'reset' });
    const err = await post().then(
      () => undefined,
      (e: unknown) => e as Error & { cause?: { code?: string } },
    );
    expect(err?.message).toBe('fetch failed');
    expect(err?.cause?.code).toBe('ECONNRESET');
    expect(hook.requests.length).toBe(before);
  });

  it('after-write: the server takes the request, the client is told 500', async () => {
    const before = hook.requests.length;
    proxy.inject({ kind: 'after-write' });
    const res = await post('{"applied":true}');
    expect(res.status).toBe(500);
    const got = hook.requests.slice(before);
    expect(got.map((r) => [r.text, r.status])).toEqual([['{"applied":true}', 204]]);
    expect(proxy.log.at(-1)).toEqual({ method: 'POST', path, fault: 'after-write', forwarded: true, status: 500 });
  });

  it('matches faults by method and path', async () => {
    const fault = proxy.inject({ kind: 'status', method: 'PUT', path });
    const other = proxy.inject({ kind: 'status', method: 'POST', path: /^\/elsewhere/ });
    expect((await post()).status).toBe(204);
    expect([fault.hits, other.hits]).toEqual([0, 0]);
  });
});

describe('webhook receiver deduplication by delivery id', () => {
  it('takes a delivery once and marks a repeat of the same id as a dropped repeat', async () => {
    const receiver = await startWebhookReceiver();
    try {
      const send = (id: string) => fetch(receiver.url, { method: 'POST', body: '{}', headers: { 'x-release-actions-delivery': id } });
      receiver.fail({ status: 500 }, 1);
      expect([(await send('a')).status, (await send('a')).status, (await send('a')).status, (await send('b')).status]).toEqual([500, 204, 204, 204]);
      expect(receiver.requests.map((r) => [r.deliveryId, r.status, r.repeat])).toEqual([
        ['a', 500, undefined],
        ['a', 204, false],
        ['a', 204, true],
        ['b', 204, false],
      ]);
      expect(receiver.processed.map((r) => r.deliveryId)).toEqual(['a', 'b']);
    } finally {
      await receiver.stop();
    }
  });
});
