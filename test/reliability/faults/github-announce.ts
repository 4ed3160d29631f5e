/**
 * announce's world for the fault matrix: one emulator and one WVA sample at v0.5.0 per test
 * file, and a repository of its own per cell (so cells never see each other's release,
 * milestone or discussion). Every run is the whole release: assets, publish, the discussion
 * and the next milestone — so each cell's end state is checked for all of them.
 */
import { expect } from '@jest/globals';
import { startGitHubEmulator, type GitHubEmulator } from '../../support/github/index.js';
import { runAction, type ActionRun } from '../../support/harness.js';
import { client, wvaAt, writeArtifacts, type Artifacts, type Wva } from '../../actions/announce/helpers.js';
import { FAST_FAULTS } from './github-cells.js';

export const OWNER = 'llm-d-incubation';
const VERSION = '0.5.0';
const TAG = `v${VERSION}`;

export interface AnnounceWorld {
  gh: GitHubEmulator;
  wva: Wva;
  artifacts: Artifacts;
  /** A fresh repository holding the sample with v0.4.0 and v0.4.1 published; its owner/name. */
  repo(): Promise<string>;
  run(repo: string): Promise<ActionRun>;
  /** One release for the tag, published, each asset once with its bytes; one discussion; one milestone; nothing lost. */
  expectEndState(repo: string): void;
  stop(): Promise<void>;
}

export async function announceWorld(): Promise<AnnounceWorld> {
  const gh = await startGitHubEmulator();
  const wva = wvaAt(VERSION);
  const artifacts = writeArtifacts(wva.repo.dir, VERSION);
  let count = 0;
  return {
    gh,
    wva,
    artifacts,
    async repo() {
      count += 1;
      const full = `${OWNER}/cell-${count}`;
      await gh.createRepo(full, { fromDir: wva.repo.dir });
      const octokit = client(gh);
      for (const t of ['v0.4.0', 'v0.4.1']) {
        await octokit.rest.repos.createRelease({ owner: OWNER, repo: full.split('/')[1]!, tag_name: t, name: t, body: `## What's New in ${t}\n\n- earlier release\n` });
      }
      return full;
    },
    run(repo) {
      return runAction({
        action: 'announce',
        workspace: wva.repo.dir,
        repository: repo,
        ref: `refs/tags/${TAG}`,
        sha: wva.sha,
        apiUrl: gh.apiUrl,
        serverUrl: gh.serverUrl,
        graphqlUrl: gh.graphqlUrl,
        inputs: { assets: artifacts.globs, 'discussion-category': 'Announcements', 'next-milestone': 'true' },
        env: FAST_FAULTS,
      });
    },
    expectEndState(repo) {
      const state = gh.repo(repo);
      const releases = state.releases.filter((r) => r.tagName === TAG);
      expect(releases).toHaveLength(1);
      const rel = releases[0]!;
      expect(rel.draft).toBe(false);
      const expected = Object.fromEntries(Object.entries(artifacts.files).map(([path, sha]) => [path.split('/').pop()!, sha]));
      expect(Object.fromEntries(rel.assets.map((a) => [a.name, a.sha256]))).toEqual(expected);
      expect(rel.assets).toHaveLength(Object.keys(expected).length);
      // the earlier releases are still there, untouched
      expect(state.releases.map((r) => r.tagName).sort()).toEqual(['v0.4.0', 'v0.4.1', TAG]);
      expect(state.discussions.filter((d) => d.title.includes(TAG))).toHaveLength(1);
      expect(state.milestones.filter((m) => m.title === 'v0.6.0')).toHaveLength(1);
      expect(state.milestones).toHaveLength(1);
    },
    async stop() {
      try {
        gh.assertNoViolations();
      } finally {
        await gh.stop();
        await wva.repo.cleanup();
      }
    },
  };
}
