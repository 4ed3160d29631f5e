/**
 * Holds (`gh.hold`): a matching request waits until the test releases it, so a race between
 * clients runs in an order the test chooses. Proven here with REST creates (two clients that
 * both looked before either wrote) and with git pushes (one push forced to meet a branch that
 * moved after its clone).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createGitHubClient } from '../../../actions/lib/github/client.js';
import type { GitHubEmulator } from '../../support/github/index.js';
import { startGitHubEmulator } from '../../support/github/index.js';
import { git, gitOk, tempDir } from './helpers.js';

let gh: GitHubEmulator;
let work: { path: string; remove: () => Promise<void> };
const owner = 'acme';
const repo = 'operator';
const RELEASES = `/repos/${owner}/${repo}/releases`;

beforeAll(async () => {
  gh = await startGitHubEmulator();
  await gh.createRepo(`${owner}/${repo}`);
  work = await tempDir('holds-');
});
afterAll(async () => {
  gh.assertNoViolations();
  await gh.stop();
  await work.remove();
});

const client = () => createGitHubClient({ token: 'test-token', baseUrl: gh.apiUrl, log: () => undefined });

describe('holds', () => {
  it('keeps matching requests waiting until released, in arrival order, and lets others pass', async () => {
    const from = gh.requests.length;
    const hold = gh.hold({ method: 'POST', path: RELEASES, times: 2 });
    let settled = 0;
    const first = client().rest.repos.createRelease({ owner, repo, tag_name: 'v1.0.0', draft: true }).finally(() => (settled += 1));
    await hold.waiting(1);
    const second = client().rest.repos.createRelease({ owner, repo, tag_name: 'v1.0.0', draft: true }).finally(() => (settled += 1));
    await hold.waiting(2);

    // a request the hold does not match is served while the two wait
    const listed = await client().rest.repos.listReleases({ owner, repo });
    expect(listed.data).toEqual([]);
    expect(settled).toBe(0);
    expect(hold.waitingEntries.map((e) => [e.method, e.status, e.held])).toEqual([
      ['POST', 0, true],
      ['POST', 0, true],
    ]);

    const a = await hold.release();
    expect(a.status).toBe(201);
    expect((await first).status).toBe(201);
    expect(settled).toBe(1);
    const b = await hold.release();
    expect(b.status).toBe(201);
    const [ra, rb] = [await first, await second];
    expect(ra.data.id).toBeLessThan(rb.data.id);

    // `times` used up: the next create is not held
    const third = await client().rest.repos.createRelease({ owner, repo, tag_name: 'v1.0.1', draft: true });
    expect(third.status).toBe(201);
    expect(hold.held).toBe(2);
    expect(
      gh.requests
        .slice(from)
        .filter((r) => r.method === 'POST')
        .map((r) => r.held ?? false),
    ).toEqual([true, true, false]);
    await expect(hold.release()).rejects.toThrow(/no request is waiting/);
  });

  it('holds a push at its ref advertisement, so it meets the branch as another push left it', async () => {
    const auth = gh.gitAuthEnv();
    const remote = `${gh.serverUrl}/${owner}/${repo}.git`;
    const a = join(work.path, 'a');
    const b = join(work.path, 'b');
    await gitOk(work.path, ['clone', '--quiet', remote, a], auth);
    await gitOk(work.path, ['clone', '--quiet', remote, b], auth);
    await writeFile(join(a, 'a.txt'), 'a\n');
    await writeFile(join(b, 'b.txt'), 'b\n');
    await gitOk(a, ['add', 'a.txt']);
    await gitOk(a, ['commit', '--quiet', '-m', 'a']);
    await gitOk(b, ['add', 'b.txt']);
    await gitOk(b, ['commit', '--quiet', '-m', 'b']);

    const adverts = gh.hold({ method: 'GET', area: 'git', path: /\/info\/refs$/, query: '?service=git-receive-pack' });
    const pushA = git(a, ['push', 'origin', 'HEAD:main'], auth);
    const pushB = git(b, ['push', 'origin', 'HEAD:main'], auth);
    await adverts.waiting(2);
    const from = gh.requests.length;
    await adverts.release();
    // only the released pusher can finish: the other still waits for its advertisement
    const first = await Promise.race([pushA.then(() => 'a'), pushB.then(() => 'b')]);
    expect(adverts.waitingEntries).toHaveLength(1);
    adverts.close();
    const [ra, rb] = [await pushA, await pushB];
    const winner = first === 'a' ? ra : rb;
    const loser = first === 'a' ? rb : ra;
    expect(winner.code).toBe(0);
    expect(loser.code).not.toBe(0);
    expect(loser.stderr).toMatch(/\[rejected\].*\(fetch first\)/);
    // one pack was received, and it came after the first advertisement was let through
    expect(gh.requests.slice(from).filter((r) => r.method === 'POST' && r.path.endsWith('/git-receive-pack')).map((r) => r.status)).toEqual([200]);
  });
});
