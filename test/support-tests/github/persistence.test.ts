/**
 * The emulator's opt-in state folder: every acknowledged write is on disk before its answer,
 * and an emulator started on the folder takes up where the last one stopped (or was killed),
 * on the same URL. Without the option nothing is written and stop() removes everything.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createGitHubClient } from '../../../actions/lib/github/client.js';
import { startGitHubEmulator, type GitHubEmulator } from '../../support/github/index.js';
import { gitOk, makeLocalRepo, tempDir } from './helpers.js';

process.env.RELEASE_ACTIONS_RETRY_SCALE = '0.001';

const owner = 'acme';
const repo = 'operator';
const octokit = (gh: GitHubEmulator) => createGitHubClient({ token: 'test-token', baseUrl: gh.apiUrl, log: () => undefined });

const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

async function folder(): Promise<string> {
  const t = await tempDir('gh-state-');
  cleanups.push(t.remove);
  return t.path;
}

describe('the state folder', () => {
  it('is not used unless asked for: nothing saved, and stop() removes the temp dir', async () => {
    const gh = await startGitHubEmulator();
    await gh.createRepo(`${owner}/${repo}`);
    await octokit(gh).rest.issues.create({ owner, repo, title: 'not saved' });
    expect(gh.saves).toBe(0);
    const root = gh.root;
    await gh.stop();
    expect(existsSync(root)).toBe(false);
  });

  it('holds every acknowledged write before the answer, and a new emulator on it takes everything up on the same URL', async () => {
    const dir = await folder();
    const work = await folder();
    const gh = await startGitHubEmulator({ stateDir: dir });
    const local = join(work, 'local');
    mkdirSync(local);
    await makeLocalRepo(local);
    await gh.createRepo(`${owner}/${repo}`, { fromDir: local });
    const o = octokit(gh);
    const { data: release } = await o.rest.repos.createRelease({ owner, repo, tag_name: 'v0.1.0', name: 'v0.1.0', body: 'first' });
    const bytes = Buffer.from('chart archive bytes\n'.repeat(50));
    await o.rest.repos.uploadReleaseAsset({ owner, repo, release_id: release.id, url: release.upload_url, name: 'operator-0.1.0.tgz', data: bytes as unknown as string, headers: { 'content-type': 'application/gzip', 'content-length': bytes.length } });
    const { data: milestone } = await o.rest.issues.createMilestone({ owner, repo, title: 'v0.2.0' });
    await o.rest.issues.create({ owner, repo, title: 'one issue', milestone: milestone.number });
    // a branch pushed over HTTP lands in the bare repository inside the folder
    await gitOk(local, ['checkout', '-q', '-b', 'release-v0.2.0']);
    await gitOk(local, ['push', '-q', `${gh.serverUrl}/${owner}/${repo}.git`, 'release-v0.2.0'], gh.gitAuthEnv());

    // on disk already, as a kill right now would leave it
    const saved = JSON.parse(readFileSync(join(dir, 'emulator-state.json'), 'utf8')) as { repos: Record<string, { releases: Array<{ assets: Array<{ name: string }> }>; issues: unknown[]; milestones: unknown[] }> };
    const savedRepo = saved.repos[`${owner}/${repo}`]!;
    expect([savedRepo.releases[0]!.assets.map((a) => a.name), savedRepo.issues.length, savedRepo.milestones.length]).toEqual([['operator-0.1.0.tgz'], 1, 1]);
    expect(gh.saves).toBeGreaterThanOrEqual(5);

    const before = await gh.snapshot();
    const url = gh.serverUrl;
    await gh.stop();
    expect(existsSync(join(dir, owner, `${repo}.git`))).toBe(true);

    const again = await startGitHubEmulator({ stateDir: dir });
    try {
      expect(again.serverUrl).toBe(url);
      expect(await again.snapshot()).toEqual(before);
      const o2 = octokit(again);
      const { data: found } = await o2.rest.repos.getReleaseByTag({ owner, repo, tag: 'v0.1.0' });
      const download = await fetch(found.assets[0]!.browser_download_url);
      expect(Buffer.from(await download.arrayBuffer())).toEqual(bytes);
      // numbers and ids go on from where they were, never reused
      const { data: issue } = await o2.rest.issues.create({ owner, repo, title: 'after the restart' });
      expect(issue.number).toBe(2);
      expect(issue.id).toBeGreaterThan(Math.max(release.id, milestone.id));
      const refs = await gitOk(local, ['ls-remote', `${again.serverUrl}/${owner}/${repo}.git`], again.gitAuthEnv());
      expect(refs).toContain('refs/heads/release-v0.2.0');
    } finally {
      await again.stop();
    }
  });

  it('creates a repository over a folder a killed run left without a record', async () => {
    const dir = await folder();
    mkdirSync(join(dir, owner, `${repo}.git`), { recursive: true });
    writeFileSync(join(dir, owner, `${repo}.git`, 'HEAD'), 'half-written\n');
    const gh = await startGitHubEmulator({ stateDir: dir });
    try {
      await gh.createRepo(`${owner}/${repo}`);
      const { data } = await octokit(gh).rest.repos.getBranch({ owner, repo, branch: 'main' });
      expect(data.commit.sha).toMatch(/^[0-9a-f]{40}$/);
    } finally {
      await gh.stop();
    }
  });

  it('says which port it needs when something else holds it', async () => {
    const dir = await folder();
    const first = await startGitHubEmulator({ stateDir: dir });
    const port = Number(new URL(first.serverUrl).port);
    await first.stop();
    const squatter = createServer();
    await new Promise<void>((resolve) => squatter.listen(port, '127.0.0.1', resolve));
    try {
      await expect(startGitHubEmulator({ stateDir: dir })).rejects.toThrow(`listens on 127.0.0.1:${port}, which something else holds now`);
    } finally {
      await new Promise<void>((resolve) => squatter.close(() => resolve()));
    }
  });
});
