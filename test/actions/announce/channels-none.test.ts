/**
 * `channels: none`: release mode publishes the release with a token that holds contents write
 * alone — the reusable workflow's release job — and sends nothing, although the configuration
 * names a discussion category, dispatch targets and related repositories. Without it the same
 * token is refused each of those channels after the release went public.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { announce, announced, emulatedInfra, emulatedWva, expectSuccess, INFRA, WVA, world, writeArtifacts, type World } from './helpers.js';

let w: World;
afterEach(async () => w?.stop());

const CONFIG = `helm-repo-name: wva
announce:
  discussion-category: Announcements
  dispatch-repos:
    - ${INFRA}
  update-repos:
    - ${INFRA}
`;

async function releaseJob(channels: 'none' | 'all') {
  w = await world();
  const wva = w.sample('0.5.0');
  writeFileSync(join(wva.repo.dir, '.github', 'release-actions.yaml'), CONFIG);
  await emulatedWva(w.gh, wva);
  await emulatedInfra(w.gh, w.root);
  // the release job's token: contents write on this repository, nothing else
  const token = w.gh.issueToken({ name: 'release / release', permissions: { contents: 'write' }, repositories: [WVA] });
  const artifacts = writeArtifacts(wva.repo.dir, '0.5.0');
  const run = await announce(w.gh, wva, { assets: artifacts.globs, channels, token }, { token });
  return { run, gh: w.gh };
}

describe('announce channels: none', () => {
  it('publishes the release with contents write alone and posts to none of the configuration’s channels', async () => {
    const { run, gh } = await releaseJob('none');
    expectSuccess(run);
    const rel = gh.repo(WVA).releases.find((r) => r.tagName === 'v0.5.0')!;
    expect([rel.draft, rel.assets.length > 0]).toEqual([false, true]);
    expect(announced(run)).toEqual([]);
    expect(run.summary).toContain('No announcement from this step (channels: none)');
    expect(gh.denials).toEqual([]);
    expect([gh.repo(WVA).discussions, gh.repo(INFRA).dispatches, gh.repo(INFRA).pulls, gh.repo(WVA).milestones]).toEqual([[], [], [], []]);
  });

  it('without it, the same token is refused every channel the configuration adds, after the release is public', async () => {
    const { run, gh } = await releaseJob('all');
    expect(run.exitCode).toBe(1);
    expect(gh.repo(WVA).releases.find((r) => r.tagName === 'v0.5.0')?.draft).toBe(false);
    expect(new Set(gh.denials.map((d) => d.needed))).toEqual(new Set(['discussions: read', `does not reach ${INFRA}`, 'issues: read or pull-requests: read']));
    gh.denials.length = 0;
  });
});
