/**
 * Release mode end to end against the GitHub emulator, local Slack and webhook receivers,
 * a local SMTP server (STARTTLS) and a second emulated repository for update-repos: the
 * release is published once with its notes, assets and latest mark; every channel gets
 * exactly one announcement; a re-run changes nothing and sends nothing.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { createHmac } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { blockKitProblems, notifyingSequences, type SlackPayload } from '../../support/receivers/slack.js';
import { startWebhookReceiver } from '../../support/receivers/http.js';
import { announce, announced, client, emulatedInfra, emulatedWva, expectFailure, expectSuccess, IMAGE, INFRA, INFRA_FILES, SECRET, WVA, world, writeArtifacts, type World } from './helpers.js';

let w: World;
afterEach(async () => w?.stop());

const INSTALL = 'helm install workload-variant-autoscaler wva/workload-variant-autoscaler --version 0.5.0 --namespace workload-variant-autoscaler-system --create-namespace';

function git(dir: string, args: string[]): string {
  return execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8' }).trimEnd();
}

/** Every Slack payload within Block Kit's limits and free of mention sequences. */
function expectSlackPayloadsValid(payloads: unknown[]): void {
  expect(payloads.length).toBeGreaterThan(0);
  for (const p of payloads) {
    expect(blockKitProblems(p)).toEqual([]);
    expect(notifyingSequences(p)).toEqual([]);
  }
}

describe('announce release mode', () => {
  it('publishes v0.5.0 with notes, assets and latest, announces it once on every channel, and a re-run changes nothing', async () => {
    w = await world();
    const { gh, slack, hook, mail } = w;
    const wva = w.sample('0.5.0');
    await emulatedWva(gh, wva);
    await emulatedInfra(gh, w.root);
    const artifacts = writeArtifacts(wva.repo.dir, '0.5.0');
    const inputs = { assets: artifacts.globs, ...w.channelInputs() };

    const run = await announce(gh, wva, inputs, { env: w.tls });
    expectSuccess(run);

    // ---- the release: one, published, latest, at the tag, with the notes and the assets
    const repo = gh.repo(WVA);
    const releases = repo.releases.filter((r) => r.tagName === 'v0.5.0');
    expect(releases).toHaveLength(1);
    const rel = releases[0]!;
    expect([rel.draft, rel.prerelease, rel.name, repo.latestReleaseId]).toEqual([false, false, 'v0.5.0', rel.id]);
    const body = rel.body!;
    expect(body.startsWith("## What's New in v0.5.0\n\nThis release brings 1 new feature, 1 bug fix and 1 documentation update.\n\nHighlights:\n- **scaler:** queue-depth based scale-out for vLLM backends\n")).toBe(true);
    expect(body).toContain('### 🎉 New Features\n- Queue-depth based scale-out for vLLM backends (#210)\n');
    expect(body).toContain('### 🐛 Bug Fixes\n- Reconcile no longer double counts replicas of a variant during a rollout (#215)\n');
    expect(body).toContain('helm repo add wva https://llm-d-incubation.github.io/workload-variant-autoscaler\nhelm repo update wva\nhelm install workload-variant-autoscaler wva/workload-variant-autoscaler \\\n  --version 0.5.0 \\');
    expect(body).toContain(`**Full Changelog**: ${gh.serverUrl}/${WVA}/compare/v0.4.1...v0.5.0`);
    // the marker lists every channel that was told
    const marker = /<!-- release-actions:announced release=([^ ]+) -->$/.exec(body)?.[1]?.split(',');
    expect(marker).toEqual(announced(run).filter((a) => a.channel !== 'milestone').map((a) => a.channel));
    expect(marker).toHaveLength(6);
    // assets: every file, byte for byte
    expect(Object.fromEntries(rel.assets.map((a) => [a.name, a.sha256]))).toEqual(
      Object.fromEntries(Object.entries(artifacts.files).map(([path, sha]) => [path.split('/').pop()!, sha])),
    );
    expect(rel.assets.find((a) => a.name.endsWith('.tgz'))!.contentType).toBe('application/gzip');
    // the tag was not moved: it is still the bump commit
    expect(git(gh.repoPath(WVA), ['rev-parse', 'v0.5.0^{commit}'])).toBe(wva.sha);

    // ---- outputs
    expect(run.outputs['release-id']).toBe(String(rel.id));
    expect(run.outputs['release-url']).toBe(`${gh.serverUrl}/${WVA}/releases/tag/v0.5.0`);
    expect(run.outputs['rolled-back']).toBe('false');
    expect(announced(run).map((a) => [a.channel.replace(/:[0-9a-f]{8}$/, ''), a.status])).toEqual([
      ['slack', 'sent'],
      ['webhook', 'sent'],
      ['discussion', 'sent'],
      [`dispatch:${INFRA}`, 'sent'],
      ['mail', 'sent'],
      [`update-repo:${INFRA}`, 'sent'],
      ['milestone', 'sent'],
    ]);

    // ---- Slack: Block Kit within limits, header, highlights, install snippet, button
    expect(slack.requests).toHaveLength(1);
    expectSlackPayloadsValid(slack.requests.map((r) => r.json));
    const sl = slack.requests[0]!.json as SlackPayload;
    expect(sl.blocks.map((b) => b.type)).toEqual(['header', 'section', 'section', 'actions', 'context']);
    expect(sl.blocks[0]!.text!.text).toBe('🎉 Workload-Variant-Autoscaler v0.5.0 is now available');
    expect(sl.blocks[1]!.text!.text).toBe('*Highlights*\n• scaler: queue-depth based scale-out for vLLM backends\n• controller: count the replicas of a variant once during a rollout');
    expect(sl.blocks[2]!.text!.text).toBe(`*Install*\n\`\`\`${INSTALL}\`\`\``);
    expect(sl.blocks[3]!.elements![0]!.url).toBe(`${gh.serverUrl}/${WVA}/releases/tag/v0.5.0`);
    // the text: the process's example announcement
    expect(sl.text).toBe(
      `🎉 Workload-Variant-Autoscaler v0.5.0 is now available!\n\nHighlights:\n- scaler: queue-depth based scale-out for vLLM backends\n- controller: count the replicas of a variant once during a rollout\n\n📖 Full release notes: ${gh.serverUrl}/${WVA}/releases/tag/v0.5.0\n\n📦 Install: ${INSTALL}`,
    );

    // ---- generic webhook: JSON, signed with HMAC-SHA256 over the exact bytes
    expect(hook.requests).toHaveLength(1);
    const h = hook.requests[0]!;
    expect(h.signatureValid).toBe(true);
    expect(h.headers['x-release-actions-signature']).toBe(`sha256=${createHmac('sha256', SECRET).update(h.body).digest('hex')}`);
    expect(h.headers['x-release-actions-event']).toBe('release-published');
    expect(h.json).toMatchObject({ event: 'release-published', repository: WVA, version: '0.5.0', tag: 'v0.5.0', prerelease: false, image: `${IMAGE}:v0.5.0`, install: INSTALL });

    // ---- discussion, dispatch, milestone
    expect(repo.discussions.map((d) => [d.title, repo.discussionCategories.find((c) => c.id === d.categoryId)!.name])).toEqual([
      ['🎉 Workload-Variant-Autoscaler v0.5.0 is now available', 'Announcements'],
    ]);
    expect(repo.discussions[0]!.body).toBe(sl.text);
    expect(gh.repo(INFRA).dispatches.map((d) => [d.eventType, d.clientPayload])).toEqual([
      [
        'release-published',
        {
          repository: WVA,
          version: '0.5.0',
          tag: 'v0.5.0',
          image: `${IMAGE}:v0.5.0`,
          chart: { name: 'workload-variant-autoscaler', version: '0.5.0', repository: 'https://llm-d-incubation.github.io/workload-variant-autoscaler' },
          notes_url: `${gh.serverUrl}/${WVA}/releases/tag/v0.5.0`,
          prerelease: false,
        },
      ],
    ]);
    expect(repo.milestones.map((m) => [m.title, m.state])).toEqual([['v0.6.0', 'open']]);

    // ---- mail: over STARTTLS, authenticated, plain text and HTML
    expect(mail.messages).toHaveLength(1);
    const m = mail.messages[0]!;
    expect([m.secure, m.user, m.from, m.to]).toEqual([true, 'announce', 'releases@example.org', ['llm-d-announce@example.org']]);
    expect(m.headers['subject']).toBe('[ANN] Workload-Variant-Autoscaler v0.5.0 is now available');
    expect(m.text).toBe(`${sl.text}\n`);
    expect(m.html).toContain('<li>scaler: queue-depth based scale-out for vLLM backends</li>');
    expect(m.html).toContain(`<pre><code>${INSTALL}</code></pre>`);

    // ---- update-repos: one pull request moving exactly WVA's references
    const infra = gh.repo(INFRA);
    expect(infra.pulls.map((p) => [p.head, p.base])).toEqual([['release-actions/workload-variant-autoscaler-v0.5.0', 'main']]);
    const branch = 'release-actions/workload-variant-autoscaler-v0.5.0';
    const show = (ref: string, path: string) => git(gh.repoPath(INFRA), ['show', `${ref}:${path}`]) + '\n';
    expect(show(branch, 'README.md')).toBe(
      INFRA_FILES['README.md']!.replace('wva/workload-variant-autoscaler --version 0.4.1', 'wva/workload-variant-autoscaler --version 0.5.0').replace(`${IMAGE}:v0.4.1`, `${IMAGE}:v0.5.0`),
    );
    expect(show(branch, 'charts/llm-d/Chart.yaml')).toBe(INFRA_FILES['charts/llm-d/Chart.yaml']!.replace('version: "0.4.1"', 'version: "0.5.0"'));
    expect(show(branch, 'charts/llm-d/values.yaml')).toBe(INFRA_FILES['charts/llm-d/values.yaml']!.replace('tag: v0.4.1 # keep', 'tag: v0.5.0 # keep'));
    expect(show(branch, 'docs/notes.txt')).toBe(INFRA_FILES['docs/notes.txt']);
    expect(git(gh.repoPath(INFRA), ['log', '--format=%s|%an', `main..${branch}`])).toBe('chore: update Workload-Variant-Autoscaler to v0.5.0|github-actions[bot]');
    const pr = infra.issues.find((i) => i.isPullRequest)!;
    expect(pr.title).toBe('chore: update Workload-Variant-Autoscaler to v0.5.0');
    expect(pr.body).toContain('| `charts/llm-d/values.yaml` | 4 | image tag | `v0.4.1` | `v0.5.0` |');

    // ---- secrets never printed
    for (const secret of ['secretSlackToken42', 'smtp-pass-123', SECRET]) {
      expect(run.stdout.split('\n').filter((l) => l.includes(secret) && !l.startsWith('::add-mask::'))).toEqual([]);
      expect(run.summary).not.toContain(secret);
    }

    // ---- the re-run: nothing written, nothing sent
    const before = await gh.snapshot();
    const writes = () => gh.requests.filter((r) => r.method !== 'GET' && r.area !== 'git' && !(r.area === 'graphql'));
    const writesBefore = writes().length;
    const again = await announce(gh, wva, inputs, { env: w.tls });
    expectSuccess(again);
    expect(await gh.snapshot()).toEqual(before);
    expect(writes().length).toBe(writesBefore);
    expect([slack.requests.length, hook.requests.length, mail.messages.length]).toEqual([1, 1, 1]);
    expect(announced(again).map((a) => a.status)).toEqual(['already-sent', 'already-sent', 'already-sent', 'already-sent', 'already-sent', 'already-sent', 'already-sent']);
    expect(again.outputs['release-id']).toBe(String(rel.id));
    expect(again.summary).toContain('already published (re-run)');
    expect(again.summary).toContain('| `workload-variant-autoscaler-0.5.0.tgz` | 14104 |');
  });

  it('sends to every channel although one receiver fails, exits 1 naming it, and a re-run sends only that one', async () => {
    w = await world();
    const { gh, slack, hook } = w;
    const broken = await startWebhookReceiver(SECRET);
    try {
      broken.fail({ status: 500, body: 'receiver down' });
      const wva = w.sample('0.5.0');
      await emulatedWva(gh, wva);
      const inputs = {
        'slack-webhook-url': slack.url,
        'webhook-urls': `${broken.url}\n${hook.url}`,
        'webhook-secret': SECRET,
        'discussion-category': 'Announcements',
        'next-milestone': 'false',
      };
      const run = await announce(gh, wva, inputs);
      expectFailure(run, /1 of 4 announcements failed: webhook:[0-9a-f]{8} \(webhook 127\.0\.0\.1:\d+#[0-9a-f]{8} failed after 3 attempts: HTTP 500: receiver down\)/);
      // the failing receiver was tried three times (retried), the others once each
      expect([broken.requests.length, hook.delivered.length, slack.delivered.length, gh.repo(WVA).discussions.length]).toEqual([3, 1, 1, 1]);
      expect(announced(run).map((a) => a.status)).toEqual(['sent', 'failed', 'sent', 'sent']);
      // the release is published and remembers the three that went out
      const rel = gh.repo(WVA).releases.find((r) => r.tagName === 'v0.5.0')!;
      expect(rel.draft).toBe(false);
      const brokenId = announced(run)[1]!.channel;
      expect(rel.body).not.toContain(brokenId);
      expect(run.outputs['release-id']).toBe(String(rel.id));
      expectSlackPayloadsValid(slack.requests.map((r) => r.json));

      broken.heal();
      const again = await announce(gh, wva, inputs);
      expectSuccess(again);
      expect([broken.delivered.length, hook.delivered.length, slack.delivered.length, gh.repo(WVA).discussions.length]).toEqual([1, 1, 1, 1]);
      expect(broken.delivered[0]!.signatureValid).toBe(true);
      expect(announced(again).map((a) => a.status)).toEqual(['already-sent', 'sent', 'already-sent', 'already-sent']);
      expect(gh.repo(WVA).releases.find((r) => r.tagName === 'v0.5.0')!.body).toContain(brokenId);

      // a third run: nothing at all
      const third = await announce(gh, wva, inputs);
      expectSuccess(third);
      expect([broken.requests.length, hook.requests.length, slack.requests.length]).toEqual([4, 1, 1]);
    } finally {
      await broken.stop();
    }
  });

  it('publishes a release candidate as a prerelease, not latest, without a milestone or related pull requests', async () => {
    w = await world();
    const { gh } = w;
    const wva = w.sample('0.5.0-rc.1');
    await emulatedWva(gh, wva);
    await emulatedInfra(gh, w.root);
    const run = await announce(gh, wva, { ...w.channelInputs(), notes: '## What\'s New in v0.5.0-rc.1\n\n- try the queue-depth scaler\n' }, { env: w.tls });
    expectSuccess(run);
    const repo = gh.repo(WVA);
    const rel = repo.releases.find((r) => r.tagName === 'v0.5.0-rc.1')!;
    expect([rel.draft, rel.prerelease]).toEqual([false, true]);
    expect(repo.releases.find((r) => r.id === repo.latestReleaseId)!.tagName).toBe('v0.4.1');
    expect(repo.milestones).toEqual([]);
    expect(gh.repo(INFRA).pulls).toEqual([]);
    const statuses = Object.fromEntries(announced(run).map((a) => [a.channel.replace(/:[0-9a-f]{8}$/, ''), [a.status, a.id]]));
    expect(statuses[`update-repo:${INFRA}`]).toEqual(['skipped', 'a prerelease: related repositories follow stable releases']);
    expect(statuses['milestone']).toEqual(['skipped', 'a prerelease']);
    expect(statuses['slack']![0]).toBe('sent');
    expect(w.slack.requests[0]!.json).toMatchObject({ blocks: expect.arrayContaining([{ type: 'context', elements: [{ type: 'mrkdwn', text: `${WVA} · prerelease` }] }]) });
    expect(w.hook.requests[0]!.json).toMatchObject({ prerelease: true, highlights: ['try the queue-depth scaler'] });
  });

  it('does not make a hotfix of an older line latest, and creates no milestone for it', async () => {
    w = await world();
    const { gh } = w;
    const wva = w.sample('0.4.2');
    await emulatedWva(gh, wva, ['v0.4.0', 'v0.4.1']);
    // v0.5.0 is already out (released from another line)
    await client(gh).rest.repos.createRelease({ owner: 'llm-d-incubation', repo: 'workload-variant-autoscaler', tag_name: 'v0.5.0', target_commitish: 'main', name: 'v0.5.0', body: 'five' });
    const run = await announce(gh, wva, { notes: '- fix a panic' });
    expectSuccess(run);
    const repo = gh.repo(WVA);
    const rel = repo.releases.find((r) => r.tagName === 'v0.4.2')!;
    expect([rel.draft, rel.prerelease, rel.makeLatest]).toEqual([false, false, 'false']);
    expect(repo.releases.find((r) => r.id === repo.latestReleaseId)!.tagName).toBe('v0.5.0');
    expect(repo.milestones).toEqual([]);
    expect(announced(run)).toEqual([{ channel: 'milestone', status: 'skipped', id: 'not the newest stable release (a hotfix of an older line)' }]);
    expect(run.summary).toContain('stable, not latest');
  });

  it('neutralises mentions and Slack control sequences from commit text and keeps every Slack block within its limits', async () => {
    w = await world();
    const { gh, slack, hook } = w;
    const wva = w.sample('0.5.0', [
      { message: 'feat(api): page <!channel> and <!here> about <@U024BE7LH> & ping @alice (#301)' },
      { message: `fix: ${'a very long subject that goes on '.repeat(40)}(#302)` },
    ]);
    await emulatedWva(gh, wva);
    const run = await announce(gh, wva, { 'slack-webhook-url': slack.url, 'webhook-urls': hook.url, 'webhook-secret': SECRET, 'next-milestone': 'false' });
    expectSuccess(run);
    expectSlackPayloadsValid(slack.requests.map((r) => r.json));
    const payload = JSON.stringify(slack.requests[0]!.json);
    expect(payload).toContain('• api: page &lt;!channel&gt; and &lt;!here&gt; about &lt;`@U024BE7LH`&gt; &amp; ping `@alice`');
    // the release notes do not mention either
    const body = gh.repo(WVA).releases.find((r) => r.tagName === 'v0.5.0')!.body!;
    expect(body).not.toMatch(/<!channel>|<!here>|(^|[^`])@alice/);
    // the generic webhook's text and highlights are escaped the same way (a receiver may forward them to chat)
    const hj = hook.requests[0]!.json as { text: string; highlights: string[] };
    expect(hj.text).toContain('- api: page &lt;!channel&gt; and &lt;!here&gt;');
    expect(hj.highlights[0]).toBe('api: page &lt;!channel&gt; and &lt;!here&gt; about &lt;`@U024BE7LH`&gt; &amp; ping `@alice`');
    expect(notifyingSequences(hj)).toEqual([]);

    // notes given by hand with enormous highlights: every text is cut to Slack's limits
    const huge = `## What's New\n\nHighlights:\n${[1, 2, 3].map((i) => `- ${`item ${i} <b>&amp; `.repeat(300)}`).join('\n')}\n`;
    const wva2 = w.sample('0.6.0');
    const gh2 = gh;
    await gh2.createRepo('llm-d-incubation/other', { fromDir: wva2.repo.dir });
    const run2 = await announce(gh2, wva2, { notes: huge, 'slack-webhook-url': slack.url, 'next-milestone': 'false' }, { repository: 'llm-d-incubation/other' });
    expectSuccess(run2);
    const last = slack.requests[slack.requests.length - 1]!.json as SlackPayload;
    expect(blockKitProblems(last)).toEqual([]);
    const section = last.blocks[1]!.text!.text;
    expect(section.length).toBeLessThanOrEqual(3000);
    expect(section.endsWith('…')).toBe(true);
    expect(section).not.toMatch(/&[a-z]*…$/);
    expect(last.text.length).toBeLessThanOrEqual(3000);
    expect(notifyingSequences(last)).toEqual([]);
  });

  it('dry run: reads everything, reports what it would do, writes and sends nothing', async () => {
    w = await world();
    const { gh, slack, hook, mail } = w;
    const wva = w.sample('0.5.0');
    await emulatedWva(gh, wva);
    await emulatedInfra(gh, w.root);
    const artifacts = writeArtifacts(wva.repo.dir, '0.5.0');
    const before = await gh.snapshot();
    const run = await announce(gh, wva, { ...w.channelInputs(), assets: artifacts.globs, 'dry-run': 'true' }, { env: w.tls });
    expectSuccess(run);
    expect(await gh.snapshot()).toEqual(before);
    expect([slack.requests.length, hook.requests.length, mail.messages.length]).toEqual([0, 0, 0]);
    expect(announced(run).every((a) => a.status === 'dry-run')).toBe(true);
    expect(announced(run)).toHaveLength(7);
    expect(run.outputs['release-id']).toBe('');
    expect(run.summary).toContain('dry run, nothing written');
    expect(run.summary).toContain('| `workload-variant-autoscaler-0.5.0.tgz` | 14104 |');
    expect(run.stdout).toContain("dry run: the notes would be:\n## What's New in v0.5.0");
  });
});

