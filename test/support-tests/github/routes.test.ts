import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { createGitHubClient, statusOf } from '../../../actions/lib/github/client.js';
import type { GitHubEmulator } from '../../support/github/index.js';
import { startGitHubEmulator } from '../../support/github/index.js';

process.env.RELEASE_ACTIONS_RETRY_SCALE = '0.001';

let gh: GitHubEmulator;
const owner = 'acme';

beforeAll(async () => {
  gh = await startGitHubEmulator();
});
afterEach(() => gh.assertNoViolations());
afterAll(() => gh.stop());

const octokit = () => createGitHubClient({ token: 'test-token', baseUrl: gh.apiUrl, log: () => undefined });
const b64 = (s: string) => Buffer.from(s).toString('base64');

/** A branch with one new file on top of main, made through the contents API. */
async function branchWithChange(repo: string, branch: string, path: string, content: string) {
  const o = octokit();
  const { data: main } = await o.rest.git.getRef({ owner, repo, ref: 'heads/main' });
  await o.rest.git.createRef({ owner, repo, ref: `refs/heads/${branch}`, sha: main.object.sha });
  await o.rest.repos.createOrUpdateFileContents({ owner, repo, path, branch, message: `feat: ${path}`, content: b64(content) });
}

describe('releases', () => {
  const repo = 'releases';
  beforeAll(() => gh.createRepo(`${owner}/${repo}`));

  it('lists drafts, hides them from the tag lookup, and creates the tag only when publishing', async () => {
    const o = octokit();
    const { data: draft } = await o.rest.repos.createRelease({ owner, repo, tag_name: 'v1.0.0', draft: true, name: 'v1.0.0' });
    expect(draft.html_url).toMatch(/\/releases\/tag\/untagged-/);
    expect((await o.rest.repos.listReleases({ owner, repo })).data.map((r) => r.id)).toEqual([draft.id]);
    expect(statusOf(await o.rest.repos.getReleaseByTag({ owner, repo, tag: 'v1.0.0' }).catch((e: unknown) => e))).toBe(404);
    expect(statusOf(await o.rest.git.getRef({ owner, repo, ref: 'tags/v1.0.0' }).catch((e: unknown) => e))).toBe(404);

    const { data: published } = await o.rest.repos.updateRelease({ owner, repo, release_id: draft.id, draft: false });
    expect(published.published_at).not.toBeNull();
    expect((await o.rest.repos.getReleaseByTag({ owner, repo, tag: 'v1.0.0' })).data.id).toBe(draft.id);
    expect((await o.rest.git.getRef({ owner, repo, ref: 'tags/v1.0.0' })).data.ref).toBe('refs/tags/v1.0.0');
    expect((await o.rest.repos.getLatestRelease({ owner, repo })).data.id).toBe(draft.id);
  });

  it('refuses a second published release for a tag with GitHub’s validation error', async () => {
    const err = (await octokit()
      .rest.repos.createRelease({ owner, repo, tag_name: 'v1.0.0' })
      .catch((e: unknown) => e)) as { status: number; response: { data: unknown } };
    expect(err.status).toBe(422);
    expect(err.response.data).toEqual({
      message: 'Validation Failed',
      errors: [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }],
      documentation_url: 'https://docs.github.com/rest/releases/releases#create-a-release',
      status: '422',
    });
  });

  it('keeps "latest" on make_latest=true releases, ignoring prereleases and make_latest=false', async () => {
    const o = octokit();
    const { data: v2 } = await o.rest.repos.createRelease({ owner, repo, tag_name: 'v2.0.0' });
    await o.rest.repos.createRelease({ owner, repo, tag_name: 'v3.0.0-rc.1', prerelease: true });
    await o.rest.repos.createRelease({ owner, repo, tag_name: 'v1.0.1', make_latest: 'false' });
    expect((await o.rest.repos.getLatestRelease({ owner, repo })).data.id).toBe(v2.id);
  });

  it('paginates the release list with Link headers', async () => {
    const o = octokit();
    const first = await o.rest.repos.listReleases({ owner, repo, per_page: 2 });
    expect(first.data).toHaveLength(2);
    expect(first.headers.link).toMatch(/rel="next"/);
    expect(first.headers.link).toContain(gh.apiUrl);
    const all = await o.paginate(o.rest.repos.listReleases, { owner, repo, per_page: 2 });
    expect(all.map((r) => r.tag_name).sort()).toEqual(['v1.0.0', 'v1.0.1', 'v2.0.0', 'v3.0.0-rc.1']);
  });

  it('manages assets: duplicate names refused, renamed, deleted, downloaded through the API redirect', async () => {
    const o = octokit();
    const { data: rel } = await o.rest.repos.getReleaseByTag({ owner, repo, tag: 'v2.0.0' });
    const upload = (name: string) =>
      o.rest.repos.uploadReleaseAsset({ owner, repo, release_id: rel.id, url: rel.upload_url, name, data: 'digest\n' });
    const { data: asset } = await upload('checksums 2.0.0.txt');
    expect(asset.name).toBe('checksums.2.0.0.txt');
    expect(statusOf(await upload('checksums 2.0.0.txt').catch((e: unknown) => e))).toBe(422);
    const { data: bytes } = await o.rest.repos.getReleaseAsset({ owner, repo, asset_id: asset.id, headers: { accept: 'application/octet-stream' } });
    expect(Buffer.from(bytes as unknown as ArrayBuffer).toString('utf8')).toBe('digest\n');
    await o.rest.repos.deleteReleaseAsset({ owner, repo, asset_id: asset.id });
    expect((await o.rest.repos.listReleaseAssets({ owner, repo, release_id: rel.id })).data).toEqual([]);
  });

  it('with immutable releases, takes assets on a draft and seals them when it is published', async () => {
    const sealed = 'sealed';
    await gh.createRepo(`${owner}/${sealed}`, { immutableReleases: true });
    const o = octokit();
    const { data: draft } = await o.rest.repos.createRelease({ owner, repo: sealed, tag_name: 'chart-1.0.0', draft: true });
    const upload = (name: string) => o.rest.repos.uploadReleaseAsset({ owner, repo: sealed, release_id: draft.id, url: draft.upload_url, name, data: 'bytes\n' });
    const { data: asset } = await upload('chart-1.0.0.tgz');
    const { data: published } = await o.rest.repos.updateRelease({ owner, repo: sealed, release_id: draft.id, draft: false, make_latest: 'false' });
    expect([draft.immutable, published.immutable]).toEqual([false, true]);
    const refused = (await upload('chart-1.0.0.tgz.prov').catch((e: unknown) => e)) as { status: number; response: { data: { message: string } } };
    expect([refused.status, refused.response.data.message]).toEqual([422, 'Cannot upload assets to an immutable release.']);
    expect(statusOf(await o.rest.repos.deleteReleaseAsset({ owner, repo: sealed, asset_id: asset.id }).catch((e: unknown) => e))).toBe(422);
    expect(statusOf(await o.rest.repos.updateReleaseAsset({ owner, repo: sealed, asset_id: asset.id, name: 'other.tgz' }).catch((e: unknown) => e))).toBe(422);
    expect(gh.repo(`${owner}/${sealed}`).releases[0]!.assets.map((a) => a.name)).toEqual(['chart-1.0.0.tgz']);
    // a repository without the setting publishes releases that stay mutable
    expect((await o.rest.repos.getReleaseByTag({ owner, repo, tag: 'v2.0.0' })).data.immutable).toBe(false);
  });

  it('deletes a release but keeps its tag', async () => {
    const o = octokit();
    const { data: rel } = await o.rest.repos.getReleaseByTag({ owner, repo, tag: 'v1.0.1' });
    await o.rest.repos.deleteRelease({ owner, repo, release_id: rel.id });
    expect(statusOf(await o.rest.repos.getRelease({ owner, repo, release_id: rel.id }).catch((e: unknown) => e))).toBe(404);
    expect((await o.rest.git.getRef({ owner, repo, ref: 'tags/v1.0.1' })).data.object.type).toBe('commit');
  });

  it('records repository dispatches', async () => {
    await octokit().rest.repos.createDispatchEvent({ owner, repo, event_type: 'released', client_payload: { version: '2.0.0' } });
    expect(gh.repo(`${owner}/${repo}`).dispatches).toEqual([expect.objectContaining({ eventType: 'released', clientPayload: { version: '2.0.0' } })]);
  });

  it('creates a discussion for a release with a discussion category', async () => {
    const { data } = await octokit().rest.repos.createRelease({ owner, repo, tag_name: 'v4.0.0', discussion_category_name: 'Announcements' });
    expect(data.discussion_url).toMatch(new RegExp(`/${owner}/${repo}/discussions/\\d+$`));
    const bad = await octokit()
      .rest.repos.createRelease({ owner, repo, tag_name: 'v4.0.1', discussion_category_name: 'Nope' })
      .catch((e: unknown) => e);
    expect(statusOf(bad)).toBe(404);
  });
});

describe('pull requests, merges and release notes', () => {
  const repo = 'pulls';
  beforeAll(() => gh.createRepo(`${owner}/${repo}`));

  it('squash-merges a pull request into a single-parent commit on the base', async () => {
    const o = octokit();
    await branchWithChange(repo, 'feat/crd', 'crd.yaml', 'kind: CustomResourceDefinition\n');
    const { data: baseBefore } = await o.rest.git.getRef({ owner, repo, ref: 'heads/main' });
    const { data: pr } = await o.rest.pulls.create({ owner, repo, head: 'feat/crd', base: 'main', title: 'feat: add the CRD' });
    expect(pr).toEqual(expect.objectContaining({ number: 1, state: 'open', mergeable: true, commits: 1, changed_files: 1, additions: 1 }));
    await o.rest.issues.addLabels({ owner, repo, issue_number: pr.number, labels: ['release:minor'] });

    const dup = await o.rest.pulls.create({ owner, repo, head: 'feat/crd', base: 'main', title: 'again' }).catch((e: { status: number; message: string }) => e);
    expect(dup).toEqual(expect.objectContaining({ status: 422, message: expect.stringMatching(/A pull request already exists for acme:feat\/crd/) }));

    const { data: merged } = await o.rest.pulls.merge({ owner, repo, pull_number: pr.number, merge_method: 'squash' });
    expect(merged.merged).toBe(true);
    const { data: commit } = await o.rest.repos.getCommit({ owner, repo, ref: 'main' });
    expect(commit.sha).toBe(merged.sha);
    expect(commit.parents.map((p) => p.sha)).toEqual([baseBefore.object.sha]);
    expect(commit.commit.message).toMatch(/^feat: add the CRD \(#1\)\n\n\* feat: crd\.yaml/);

    const { data: after } = await o.rest.pulls.get({ owner, repo, pull_number: pr.number });
    expect(after).toEqual(expect.objectContaining({ state: 'closed', merged: true, merge_commit_sha: merged.sha }));
    expect(after.labels.map((l) => l.name)).toEqual(['release:minor']);
    const { data: associated } = await o.rest.repos.listPullRequestsAssociatedWithCommit({ owner, repo, commit_sha: merged.sha });
    expect(associated.map((p) => p.number)).toEqual([1]);
    const again = await o.rest.pulls.merge({ owner, repo, pull_number: pr.number }).catch((e: unknown) => e);
    expect(statusOf(again)).toBe(405);
  });

  it('compares commits and generates release notes from merged pull requests', async () => {
    const o = octokit();
    const { data: root } = await o.rest.repos.listCommits({ owner, repo, sha: 'main', per_page: 1, page: 2 });
    await o.rest.git.createRef({ owner, repo, ref: 'refs/tags/v0.1.0', sha: root[0]!.sha });
    const { data: cmp } = await o.rest.repos.compareCommitsWithBasehead({ owner, repo, basehead: 'v0.1.0...main' });
    expect(cmp).toEqual(expect.objectContaining({ status: 'ahead', ahead_by: 1, behind_by: 0, total_commits: 1 }));
    expect(cmp.files?.map((f) => f.filename)).toEqual(['crd.yaml']);
    const { data: notes } = await o.rest.repos.generateReleaseNotes({ owner, repo, tag_name: 'v0.2.0', previous_tag_name: 'v0.1.0' });
    expect(notes.name).toBe('v0.2.0');
    expect(notes.body).toContain(`* feat: add the CRD by @github-actions[bot] in ${gh.serverUrl}/${owner}/${repo}/pull/1`);
    expect(notes.body).toContain(`**Full Changelog**: ${gh.serverUrl}/${owner}/${repo}/compare/v0.1.0...v0.2.0`);
  });

  it('merges with a merge commit, and refuses a stale head sha', async () => {
    const o = octokit();
    await branchWithChange(repo, 'fix/values', 'values.yaml', 'replicas: 1\n');
    const { data: pr } = await o.rest.pulls.create({ owner, repo, head: 'fix/values', base: 'main', title: 'fix: values' });
    const stale = await o.rest.pulls.merge({ owner, repo, pull_number: pr.number, sha: '0'.repeat(40) }).catch((e: unknown) => e);
    expect(statusOf(stale)).toBe(409);
    const { data: merged } = await o.rest.pulls.merge({ owner, repo, pull_number: pr.number, sha: pr.head.sha });
    const { data: commit } = await o.rest.repos.getCommit({ owner, repo, ref: merged.sha });
    expect(commit.parents).toHaveLength(2);
    const { data: list } = await o.rest.pulls.list({ owner, repo, state: 'all' });
    expect(list.map((p) => p.number)).toEqual([pr.number, 1]);
  });
});

describe('contents, issues, labels and milestones', () => {
  const repo = 'misc';
  beforeAll(() => gh.createRepo(`${owner}/${repo}`));

  it('creates, reads and updates a file, refusing a stale blob sha', async () => {
    const o = octokit();
    const { data: put } = await o.rest.repos.createOrUpdateFileContents({ owner, repo, path: 'charts/op/Chart.yaml', message: 'chore: chart', content: b64('version: 1.0.0\n') });
    expect(put.content?.path).toBe('charts/op/Chart.yaml');
    const { data: raw } = await o.rest.repos.getContent({ owner, repo, path: 'charts/op/Chart.yaml', mediaType: { format: 'raw' } });
    expect(raw).toBe('version: 1.0.0\n');
    const stale = await o.rest.repos
      .createOrUpdateFileContents({ owner, repo, path: 'charts/op/Chart.yaml', message: 'x', content: b64('x'), sha: 'f'.repeat(40) })
      .catch((e: unknown) => e);
    expect(statusOf(stale)).toBe(409);
    const { data: updated } = await o.rest.repos.createOrUpdateFileContents({
      owner,
      repo,
      path: 'charts/op/Chart.yaml',
      message: 'chore: bump',
      content: b64('version: 1.1.0\n'),
      sha: put.content!.sha!,
    });
    expect(updated.commit.parents?.[0]?.sha).toBe(put.commit.sha);
    const { data: dir } = await o.rest.repos.getContent({ owner, repo, path: 'charts/op' });
    expect(Array.isArray(dir) && dir.map((e) => [e.name, e.type])).toEqual([['Chart.yaml', 'file']]);
  });

  it('handles issues with labels, milestones and comments', async () => {
    const o = octokit();
    await o.rest.issues.createLabel({ owner, repo, name: 'release', color: '0e8a16', description: 'Release tracking' });
    expect(statusOf(await o.rest.issues.createLabel({ owner, repo, name: 'Release' }).catch((e: unknown) => e))).toBe(422);
    const { data: ms } = await o.rest.issues.createMilestone({ owner, repo, title: 'v1.0.0' });
    const { data: issue } = await o.rest.issues.create({ owner, repo, title: 'Release v1.0.0', labels: ['release', 'new-label'], milestone: ms.number });
    expect(issue.labels.map((l) => (typeof l === 'string' ? l : l.name))).toEqual(['release', 'new-label']);
    await o.rest.issues.createComment({ owner, repo, issue_number: issue.number, body: 'Shipped.' });
    await o.rest.issues.update({ owner, repo, issue_number: issue.number, state: 'closed' });
    const { data: comments } = await o.rest.issues.listComments({ owner, repo, issue_number: issue.number });
    expect(comments.map((c) => c.body)).toEqual(['Shipped.']);
    const { data: closed } = await o.rest.issues.listForRepo({ owner, repo, state: 'closed', labels: 'release' });
    expect(closed.map((i) => [i.number, i.state_reason])).toEqual([[issue.number, 'completed']]);
    const { data: milestones } = await o.rest.issues.listMilestones({ owner, repo });
    expect(milestones.map((m) => [m.title, m.closed_issues])).toEqual([['v1.0.0', 1]]);
    expect((await o.rest.issues.getLabel({ owner, repo, name: 'new-label' })).data.color).toBe('ededed');
    expect((await o.rest.issues.listLabelsForRepo({ owner, repo })).data.map((l) => l.name)).toEqual(['release', 'new-label']);
  });

  it('refuses file updates on a branch protected with protectBranch()', async () => {
    gh.protectBranch(`${owner}/${repo}`, 'main');
    try {
      const err = await octokit()
        .rest.repos.createOrUpdateFileContents({ owner, repo, path: 'x.txt', message: 'x', content: b64('x') })
        .catch((e: unknown) => e);
      expect(statusOf(err)).toBe(409);
      expect(String(err)).toMatch(/Protected branch update failed for refs\/heads\/main/);
    } finally {
      gh.repo(`${owner}/${repo}`).protectedBranches.length = 0;
    }
  });

  it('snapshot() proves that a refused request changed nothing', async () => {
    const before = await gh.snapshot();
    await octokit().rest.pulls.create({ owner, repo, head: 'nope', base: 'main', title: 'x' }).catch(() => undefined);
    await octokit().rest.git.deleteRef({ owner, repo, ref: 'heads/main' }).catch(() => undefined);
    expect(await gh.snapshot()).toEqual(before);
    await octokit().rest.issues.create({ owner, repo, title: 'changes things' });
    expect(await gh.snapshot()).not.toEqual(before);
  });
});

describe('the token owner', () => {
  it('refuses /user to GITHUB_TOKEN (an installation token) and answers it for a personal token', async () => {
    expect(statusOf(await octokit().rest.users.getAuthenticated().catch((e: unknown) => e))).toBe(403);
    const personal = await startGitHubEmulator({ token: 'personal-token', login: 'release-manager' });
    try {
      const client = createGitHubClient({ token: 'personal-token', baseUrl: personal.apiUrl, log: () => undefined });
      const { data } = await client.rest.users.getAuthenticated();
      expect([data.login, data.type]).toEqual(['release-manager', 'User']);
      personal.assertNoViolations();
    } finally {
      await personal.stop();
    }
  });
});
