/**
 * Channels on their own: channels-only mode on a published release, the mailing list
 * refusing to go on without STARTTLS (and a temporary SMTP failure, re-sent on the re-run),
 * the discussion (a wrong category; one that already exists is not posted twice),
 * update-repos resuming a branch an earlier run pushed and skipping a repository without a
 * reference, and a custom message template.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { commit, initRepo } from '../../support/git.js';
import { startMailServer } from '../../support/receivers/smtp.js';
import { announce, announced, client, emulatedInfra, emulatedWva, expectFailure, expectSuccess, INFRA, WVA, world, type World } from './helpers.js';

let w: World;
afterEach(async () => w?.stop());

describe('announce channels', () => {
  it('channels-only announces a published release to the channels it has not reached, and refuses a release that is not published', async () => {
    w = await world();
    const wva = w.sample('0.5.0');
    await emulatedWva(w.gh, wva);
    const refused = await announce(w.gh, wva, { mode: 'channels-only', 'slack-webhook-url': w.slack.url });
    expectFailure(refused, 'v0.5.0 has no release; channels-only announces a published release (run mode: release first)');

    expectSuccess(await announce(w.gh, wva, { 'next-milestone': 'false' }));
    const rel = w.gh.repo(WVA).releases.find((r) => r.tagName === 'v0.5.0')!;
    const published = { ...rel, assets: [] };
    const run = await announce(w.gh, wva, { mode: 'channels-only', 'slack-webhook-url': w.slack.url, 'smtp-url': w.mail.url(), 'mail-to': 'list@example.org', 'mail-from': 'rel@example.org' }, { env: w.tls });
    expectSuccess(run);
    expect(announced(run).map((a) => [a.channel.replace(/:[0-9a-f]{8}$/, ''), a.status])).toEqual([
      ['slack', 'sent'],
      ['mail', 'sent'],
      ['milestone', 'sent'],
    ]);
    expect([w.slack.requests.length, w.mail.messages.length]).toEqual([1, 1]);
    const after = w.gh.repo(WVA).releases.find((r) => r.tagName === 'v0.5.0')!;
    // the release itself is left as it was, only the marker was added
    expect({ ...after, assets: [], body: null, updatedAt: null }).toEqual({ ...published, body: null, updatedAt: null });
    expect(after.body!.startsWith(rel.body!)).toBe(true);
    expect(run.outputs['rolled-back']).toBe('false');
    // the reusable workflow publishes with next-milestone false and announces with channels-only: the milestone comes from here, once
    expect(w.gh.repo(WVA).milestones.map((m) => [m.title, m.state])).toEqual([['v0.6.0', 'open']]);
    expectSuccess(await announce(w.gh, wva, { mode: 'channels-only', 'slack-webhook-url': w.slack.url }));
    expect(w.gh.repo(WVA).milestones.map((m) => m.title)).toEqual(['v0.6.0']);
    expect(w.slack.requests).toHaveLength(1);
  });

  it('does not mail through a server without STARTTLS, and re-sends a mail that met a temporary failure', async () => {
    w = await world();
    const plain = await startMailServer(w.cert, { startTls: false });
    try {
      const wva = w.sample('0.5.0');
      await emulatedWva(w.gh, wva);
      const inputs = { 'smtp-url': plain.url(), 'mail-to': 'list@example.org', 'mail-from': 'rel@example.org', 'slack-webhook-url': w.slack.url, 'next-milestone': 'false' };
      const run = await announce(w.gh, wva, inputs, { env: w.tls });
      expectFailure(run, /1 of 2 announcements failed: mail:[0-9a-f]{8} \(mail to the list through 127\.0\.0\.1:\d+ failed \(ETLS 500\): Error upgrading connection with STARTTLS/);
      expect(plain.messages).toEqual([]);
      expect(plain.auths).toEqual([]); // the password never went over the clear connection
      expect(w.slack.requests).toHaveLength(1);

      // the real list, which offers STARTTLS, refuses the first message for a moment
      w.mail.refuse(1);
      const second = await announce(w.gh, wva, { ...inputs, 'smtp-url': w.mail.url() }, { env: w.tls });
      expectFailure(second, /1 of 2 announcements failed: mail:[0-9a-f]{8} \(mail to the list through 127\.0\.0\.1:\d+ failed \(EMESSAGE 451\): .*Temporary failure/);
      const third = await announce(w.gh, wva, { ...inputs, 'smtp-url': w.mail.url() }, { env: w.tls });
      expectSuccess(third);
      expect(w.mail.messages).toHaveLength(1);
      expect(w.mail.messages[0]!.secure).toBe(true);
      expect(w.mail.auths).toEqual([
        { user: 'announce', secure: true },
        { user: 'announce', secure: true },
      ]);
      expect(w.slack.requests).toHaveLength(1);
    } finally {
      await plain.stop();
    }
  });

  it('reports a discussion category that does not exist, and does not post a discussion that is already there', async () => {
    w = await world();
    const wva = w.sample('0.5.0');
    await emulatedWva(w.gh, wva, ['v0.4.0', 'v0.4.1'], { discussionCategories: ['Announcements', 'General'] });
    const wrong = await announce(w.gh, wva, { 'discussion-category': 'News', 'next-milestone': 'false' });
    expectFailure(wrong, '1 of 1 announcement failed: discussion (no discussion category named "News" in llm-d-incubation/workload-variant-autoscaler (it has: Announcements, General))');
    expect(w.gh.repo(WVA).discussions).toEqual([]);

    // someone posted the announcement by hand meanwhile
    const repo = w.gh.repo(WVA);
    const octokit = client(w.gh);
    const category = repo.discussionCategories.find((c) => c.name === 'Announcements')!;
    await octokit.graphql(`mutation($r: ID!, $c: ID!, $t: String!) { createDiscussion(input: {repositoryId: $r, categoryId: $c, title: $t, body: "by hand"}) { discussion { number } } }`, {
      r: repo.nodeId,
      c: category.id,
      t: '🎉 Workload-Variant-Autoscaler v0.5.0 is now available',
    });
    const run = await announce(w.gh, wva, { 'discussion-category': 'announcements', 'next-milestone': 'false' });
    expectSuccess(run);
    expect(repo.discussions).toHaveLength(1);
    expect(announced(run)).toEqual([{ channel: 'discussion', status: 'sent', id: `${w.gh.serverUrl}/${WVA}/discussions/1 (existing)` }]);
  });

  it('update-repos continues on a branch an earlier run pushed, and skips a repository that does not refer to the previous version', async () => {
    w = await world();
    const wva = w.sample('0.5.0');
    await emulatedWva(w.gh, wva);
    await emulatedInfra(w.gh, w.root);
    const unrelated = initRepo(join(w.root, 'examples'));
    commit(unrelated, 'docs: examples', { 'README.md': '# Examples\n\nNothing about the autoscaler here.\n' });
    await w.gh.createRepo('llm-d/examples', { fromDir: unrelated });
    // an earlier run pushed the branch (with the change) but died before opening the pull request
    const first = await announce(w.gh, wva, { 'update-repos': INFRA, 'next-milestone': 'false' });
    expectSuccess(first);
    const infra = w.gh.repo(INFRA);
    const branch = 'release-actions/workload-variant-autoscaler-v0.5.0';
    const tip = execFileSync('git', ['-C', w.gh.repoPath(INFRA), 'rev-parse', branch], { encoding: 'utf8' }).trim();
    // forget the pull request and the marker, as if the run had stopped before both
    infra.issues.splice(0);
    infra.pulls.splice(0);
    const rel = w.gh.repo(WVA).releases.find((r) => r.tagName === 'v0.5.0')!;
    rel.body = rel.body!.replace(/\n\n<!-- release-actions:announced [^>]*-->$/, '');

    const run = await announce(w.gh, wva, { 'update-repos': `${INFRA}\nllm-d/examples:**/*.md`, 'next-milestone': 'false' });
    expectSuccess(run);
    expect(infra.pulls.map((p) => [p.number, p.head])).toEqual([[infra.pulls[0]!.number, branch]]);
    expect(execFileSync('git', ['-C', w.gh.repoPath(INFRA), 'rev-parse', branch], { encoding: 'utf8' }).trim()).toBe(tip);
    expect(infra.issues[0]!.body).toContain('(the branch holds the change, pushed by an earlier run)');
    expect(announced(run)).toEqual([
      { channel: `update-repo:${INFRA}`, status: 'sent', id: `${w.gh.serverUrl}/${INFRA}/pull/${infra.pulls[0]!.number}` },
      { channel: 'update-repo:llm-d/examples', status: 'sent', id: 'nothing to update: no reference to 0.4.1 in **/*.md' },
    ]);
    expect(w.gh.repo('llm-d/examples').pulls).toEqual([]);

    // the marker lost again, the pull request open: it is reported, not opened twice
    const rel2 = w.gh.repo(WVA).releases.find((r) => r.tagName === 'v0.5.0')!;
    rel2.body = rel2.body!.replace(/\n\n<!-- release-actions:announced [^>]*-->$/, '');
    const third = await announce(w.gh, wva, { 'update-repos': INFRA, 'next-milestone': 'false' });
    expectSuccess(third);
    expect(infra.pulls).toHaveLength(1);
    expect(announced(third)).toEqual([{ channel: `update-repo:${INFRA}`, status: 'sent', id: `${w.gh.serverUrl}/${INFRA}/pull/${infra.pulls[0]!.number} (already open)` }]);
    expect(execFileSync('git', ['-C', w.gh.repoPath(INFRA), 'rev-parse', branch], { encoding: 'utf8' }).trim()).toBe(tip);
  });

  it('uses the message template for every text channel', async () => {
    w = await world();
    const wva = w.sample('0.5.0');
    await emulatedWva(w.gh, wva);
    const template = 'Hot off the press: {project} {tag} ({version})\n{highlights}\nNotes: {notes_url}\nRun: {install}\n';
    const run = await announce(w.gh, wva, { 'message-template': template, 'slack-webhook-url': w.slack.url, 'webhook-urls': w.hook.url, 'webhook-secret': 'webhook-secret-for-tests', 'next-milestone': 'false' });
    expectSuccess(run);
    const text = `Hot off the press: Workload-Variant-Autoscaler v0.5.0 (0.5.0)\n- scaler: queue-depth based scale-out for vLLM backends\n- controller: count the replicas of a variant once during a rollout\nNotes: ${w.gh.serverUrl}/${WVA}/releases/tag/v0.5.0\nRun: helm install workload-variant-autoscaler wva/workload-variant-autoscaler --version 0.5.0 --namespace workload-variant-autoscaler-system --create-namespace`;
    expect((w.slack.requests[0]!.json as { text: string }).text).toBe(text);
    expect((w.hook.requests[0]!.json as { text: string }).text).toBe(`${text}\n`);
  });
});
