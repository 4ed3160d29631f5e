/**
 * Rollback mode (workflow_dispatch): the release is marked prerelease and not latest, its
 * notes get the known-issues notice with the reason and a link to the previous stable
 * release, the previous stable release is latest again, and the channels get a rollback
 * announcement. A second rollback changes nothing and sends nothing. Refused for a version
 * without a release, and for the only stable release unless forced.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { workflowDispatchEvent } from '../../support/events.js';
import { startWebhookReceiver } from '../../support/receivers/http.js';
import { blockKitProblems, notifyingSequences, type SlackPayload } from '../../support/receivers/slack.js';
import { announce, announced, client, emulatedInfra, emulatedWva, expectFailure, expectSuccess, INFRA, WVA, world, type Wva, type World } from './helpers.js';

let w: World;
afterEach(async () => w?.stop());

const [OWNER, REPO] = WVA.split('/') as [string, string];

/** As a maintainer starts it: workflow_dispatch on main, the version as an input. */
function rollback(wva: Wva, inputs: Record<string, string>) {
  return announce(w.gh, wva, { mode: 'rollback', ...inputs }, {
    ref: 'refs/heads/main',
    eventName: 'workflow_dispatch',
    event: workflowDispatchEvent({ owner: OWNER, repo: REPO, serverUrl: w.gh.serverUrl }, 'refs/heads/main', inputs),
    env: w.tls,
  });
}

function release(tag: string) {
  const r = w.gh.repo(WVA).releases.filter((x) => x.tagName === tag);
  expect(r).toHaveLength(1);
  return r[0]!;
}

function latestTag(): string | undefined {
  const repo = w.gh.repo(WVA);
  return repo.releases.find((r) => r.id === repo.latestReleaseId)?.tagName;
}

describe('announce rollback mode', () => {
  it('rolls back the latest release: prerelease, notice, v0.4.1 latest again, one rollback announcement; a second rollback changes nothing', async () => {
    w = await world();
    const wva = w.sample('0.5.0');
    await emulatedWva(w.gh, wva);
    await emulatedInfra(w.gh, w.root);
    // v0.5.0 was released and announced on every channel
    expectSuccess(await announce(w.gh, wva, w.channelInputs(), { env: w.tls }));
    expect(latestTag()).toBe('v0.5.0');
    const notesBefore = release('v0.5.0').body!;
    const counts = () => [w.slack.requests.length, w.hook.requests.length, w.mail.messages.length, w.gh.repo(WVA).discussions.length, w.gh.repo(INFRA).dispatches.length, w.gh.repo(INFRA).pulls.length];
    expect(counts()).toEqual([1, 1, 1, 1, 1, 1]);

    const reason = 'the controller crash-loops on clusters without @metrics-server <!here>';
    const run = await rollback(wva, { ...w.channelInputs(), version: 'v0.5.0', reason });
    expectSuccess(run);
    const rel = release('v0.5.0');
    expect([rel.draft, rel.prerelease, rel.makeLatest]).toEqual([false, true, 'false']);
    expect(latestTag()).toBe('v0.4.1');
    const v041 = `${w.gh.serverUrl}/${WVA}/releases/tag/v0.4.1`;
    expect(rel.body!.startsWith(
      `<!-- release-actions:rollback -->\n> [!WARNING]\n> ⚠️ **Known issues: this release was rolled back.**\n>\n> Reason: the controller crash-loops on clusters without \`@metrics-server\` &lt;!here&gt;\n>\n> Use the previous stable release [v0.4.1](${v041}) instead.\n<!-- /release-actions:rollback -->\n\n## What's New in v0.5.0`,
    )).toBe(true);
    // the notes themselves are kept below the notice, and the marker now remembers both announcements
    expect(rel.body).toContain(notesBefore.replace(/\n\n<!-- release-actions:announced [^>]*-->$/, ''));
    expect(rel.body).toMatch(/<!-- release-actions:announced release=[^ ]+ rollback=slack:[0-9a-f]{8},webhook:[0-9a-f]{8},discussion,dispatch:llm-d\/llm-d-infra,mail:[0-9a-f]{8} -->$/);
    expect(run.outputs['rolled-back']).toBe('true');
    expect(run.outputs['release-id']).toBe(String(rel.id));
    expect(announced(run).map((a) => [a.channel.replace(/:[0-9a-f]{8}$/, ''), a.status])).toEqual([
      ['slack', 'sent'],
      ['webhook', 'sent'],
      ['discussion', 'sent'],
      [`dispatch:${INFRA}`, 'sent'],
      ['mail', 'sent'],
      [`update-repo:${INFRA}`, 'skipped'],
    ]);
    expect(counts()).toEqual([2, 2, 2, 2, 2, 1]);

    // every channel says it was rolled back, why, and what to use
    const slack = w.slack.requests[1]!.json as SlackPayload;
    expect(blockKitProblems(slack)).toEqual([]);
    expect(notifyingSequences(slack)).toEqual([]);
    expect(slack.blocks[0]!.text!.text).toBe('⚠️ Workload-Variant-Autoscaler v0.5.0 has been rolled back');
    expect(slack.blocks[1]!.text!.text).toBe('*Reason:* the controller crash-loops on clusters without `@metrics-server` &lt;!here&gt;');
    expect(slack.blocks[2]!.text!.text).toBe('Please use *v0.4.1* instead.');
    expect(slack.blocks[3]!.elements!.map((e) => e.url)).toEqual([`${w.gh.serverUrl}/${WVA}/releases/tag/v0.5.0`, v041]);
    const hook = w.hook.requests[1]!;
    expect(hook.signatureValid).toBe(true);
    expect(hook.headers['x-release-actions-event']).toBe('release-rolled-back');
    expect(hook.json).toMatchObject({ event: 'release-rolled-back', tag: 'v0.5.0', previous: { tag: 'v0.4.1', url: v041 } });
    expect(w.gh.repo(INFRA).dispatches[1]).toMatchObject({ eventType: 'release-rolled-back', clientPayload: { tag: 'v0.5.0', previous_tag: 'v0.4.1' } });
    expect(w.gh.repo(WVA).discussions[1]!.title).toBe('⚠️ Workload-Variant-Autoscaler v0.5.0 has been rolled back');
    const mail = w.mail.messages[1]!;
    expect(mail.headers['subject']).toBe('[ANN] Workload-Variant-Autoscaler v0.5.0 has been rolled back');
    expect(mail.text).toContain(`Please use v0.4.1 instead: ${v041}`);
    expect(mail.html).toContain(`<p>Please use <a href="${v041}">v0.4.1</a> instead.</p>`);
    expect(run.summary).toContain('Rollback: marked prerelease and not latest; known-issues notice added to the notes; latest → v0.4.1.');

    // ---- the second rollback: nothing changes, nothing is sent
    const before = await w.gh.snapshot();
    const again = await rollback(wva, { ...w.channelInputs(), version: '0.5.0', reason });
    expectSuccess(again);
    expect(await w.gh.snapshot()).toEqual(before);
    expect(counts()).toEqual([2, 2, 2, 2, 2, 1]);
    expect(announced(again).map((a) => a.status)).toEqual(['already-sent', 'already-sent', 'already-sent', 'already-sent', 'already-sent', 'skipped']);
    expect(again.summary).toContain('Rollback: already rolled back, nothing changed.');

    // ---- channels-only on the rolled-back release: still the rollback announcement, already sent
    const only = await announce(w.gh, wva, { mode: 'channels-only', 'slack-webhook-url': w.slack.url }, { env: w.tls });
    expectSuccess(only);
    expect(announced(only)).toEqual([{ channel: announced(run)[0]!.channel, status: 'already-sent', id: null }]);
    expect(await w.gh.snapshot()).toEqual(before);

    // a receiver added later gets the rollback announcement, with the reason and the release to use read back from the notes
    const late = await startWebhookReceiver();
    try {
      const added = await announce(w.gh, wva, { mode: 'channels-only', 'webhook-urls': late.url }, { env: w.tls });
      expectSuccess(added);
      expect(late.requests).toHaveLength(1);
      expect(late.requests[0]!.json).toMatchObject({
        event: 'release-rolled-back',
        reason: (w.hook.requests[1]!.json as { reason: string }).reason,
        previous: { tag: 'v0.4.1', url: v041 },
      });
      expect((late.requests[0]!.json as { reason: string }).reason).toBe('the controller crash-loops on clusters without `@metrics-server` &lt;!here&gt;');
      expect(release('v0.5.0').prerelease).toBe(true);
    } finally {
      await late.stop();
    }
  });

  it('rolls back an older release without moving latest', async () => {
    w = await world();
    const wva = w.sample('0.5.0');
    await emulatedWva(w.gh, wva, ['v0.4.0', 'v0.4.1', 'v0.5.0']);
    expect(latestTag()).toBe('v0.5.0');
    const run = await rollback(wva, { version: '0.4.1', reason: 'wrong CRD shipped', 'slack-webhook-url': w.slack.url });
    expectSuccess(run);
    expect(release('v0.4.1').prerelease).toBe(true);
    expect(latestTag()).toBe('v0.5.0');
    expect(release('v0.5.0').prerelease).toBe(false);
    expect(release('v0.4.1').body).toContain(`> Use the previous stable release [v0.4.0](${w.gh.serverUrl}/${WVA}/releases/tag/v0.4.0) instead.`);
    expect(run.summary).toContain('Rollback: marked prerelease and not latest; known-issues notice added to the notes.');
    const slack = w.slack.requests[0]!.json as SlackPayload;
    expect(slack.blocks[0]!.text!.text).toBe('⚠️ Workload-Variant-Autoscaler v0.4.1 has been rolled back');
    expect(blockKitProblems(slack)).toEqual([]);
  });

  it('refuses to roll back the only stable release unless forced', async () => {
    w = await world();
    const wva = w.sample('0.5.0');
    await emulatedWva(w.gh, wva, ['v0.4.0']);
    const before = await w.gh.snapshot();
    const refused = await rollback(wva, { version: '0.4.0', reason: 'broken', 'slack-webhook-url': w.slack.url });
    expectFailure(refused, 'v0.4.0 is the only stable release: rolling it back leaves no stable release to install and none marked latest. Set force: true to roll it back all the same');
    expect(await w.gh.snapshot()).toEqual(before);
    expect(w.slack.requests).toEqual([]);
    expect(refused.outputs).toEqual({});

    const forced = await rollback(wva, { version: '0.4.0', reason: 'broken', force: 'true', 'slack-webhook-url': w.slack.url });
    expectSuccess(forced);
    expect(release('v0.4.0').prerelease).toBe(true);
    expect(latestTag()).toBeUndefined();
    expect(release('v0.4.0').body).toContain('> There is no earlier stable release to go back to.');
    const slack = w.slack.requests[0]!.json as SlackPayload;
    expect(slack.blocks[2]!.text!.text).toBe('There is no earlier stable release to go back to.');
    expect(forced.summary).toContain('no release is latest now (there is no other stable release)');
    await expect(client(w.gh).rest.repos.getLatestRelease({ owner: OWNER, repo: REPO })).rejects.toMatchObject({ status: 404 });
  });

  it('refuses a version without a release, and one with only a draft', async () => {
    w = await world();
    const wva = w.sample('0.5.0');
    await emulatedWva(w.gh, wva);
    const none = await rollback(wva, { version: '0.9.0', reason: 'x' });
    expectFailure(none, 'v0.9.0 has no release; there is nothing to roll back (releases: v0.4.1, v0.4.0)');
    await client(w.gh).rest.repos.createRelease({ owner: OWNER, repo: REPO, tag_name: 'v0.5.0', name: 'v0.5.0', body: 'draft', draft: true });
    const before = await w.gh.snapshot();
    const draft = await rollback(wva, { version: '0.5.0', reason: 'x' });
    expectFailure(draft, /v0\.5\.0 has only a draft release \(id \d+\); there is nothing published to roll back/);
    expect(await w.gh.snapshot()).toEqual(before);
  });
});
