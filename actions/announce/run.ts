/**
 * announce: validate everything → find or make the release → tell every channel once.
 *
 * - release: the release is found (drafts included) or created as a draft, the assets are
 *   uploaded, and it is published with notes, prerelease and make_latest in one step; then
 *   the announcement goes to every channel not yet in the release's marker, and the next
 *   milestone is created when missing.
 * - rollback: the release is marked prerelease and not latest with a known-issues notice, the
 *   previous stable release becomes latest again, and the channels get a rollback announcement.
 * - channels-only: the published release is left alone; only missing announcements are sent.
 *
 * Each channel succeeds or fails on its own; the run fails at the end when any failed, after
 * all were tried, and a re-run sends only what is missing. Heavy modules (Octokit, yaml,
 * nodemailer, the changelog library) are loaded after the inputs are validated.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ReleaseFacts } from '../lib/announce/message.js';
import type { ChartInstall } from '../lib/changelog/index.js';
import { loadConfig, type ReleaseConfig } from '../lib/config/config.js';
import { BOT_IDENTITY } from '../lib/git/git.js';
import type { GitHubClient } from '../lib/github/client.js';
import type { Log } from '../lib/runner/core.js';
import { readContext, type RunContext } from '../lib/runner/context.js';
import { ActionError } from '../lib/runner/errors.js';
import { isNewestStable, isVersion, previousTag, stripV, tagOf } from '../lib/semver/version.js';
import type { Channel, ChannelResult } from './announce.js';
import { readAnnounceInputs, type AnnounceInputs } from './inputs.js';
import type { AnnounceReport } from './summary.js';
import type * as ReleaseModuleNs from './release.js';
import type { AssetResult, Release, RepoRef } from './release.js';

type ReleaseModule = typeof ReleaseModuleNs;

interface Env {
  inputs: AnnounceInputs;
  ctx: RunContext;
  config: ReleaseConfig;
  log: Log;
  client: GitHubClient;
  /** For other repositories (dispatches, update-repos): dispatch-token, else token. */
  crossClient: GitHubClient;
  repo: RepoRef;
  tag: string;
  rel: ReleaseModule;
}

export async function main(): Promise<void> {
  const inputs = readAnnounceInputs();
  const ctx = readContext();
  const config = await loadConfig({ workspace: ctx.workspace, ...(inputs.config ? { path: inputs.config } : {}), repository: ctx.repository });
  const [{ runnerLog, setOutputs, appendSummary }, { createGitHubClient }, rel, { renderSummary }] = await Promise.all([
    import('../lib/runner/core.js'),
    import('../lib/github/client.js'),
    import('./release.js'),
    import('./summary.js'),
  ]);
  const log = await runnerLog();
  const client = createGitHubClient({ token: inputs.token, baseUrl: ctx.apiUrl, log: (m) => log.warning(m) });
  const crossClient = inputs.dispatchToken ? createGitHubClient({ token: inputs.dispatchToken, baseUrl: ctx.apiUrl, log: (m) => log.warning(m) }) : client;
  const env: Env = { inputs, ctx, config, log, client, crossClient, repo: { owner: ctx.owner, repo: ctx.repo }, tag: tagOf(inputs.version), rel };

  const report: AnnounceReport = { mode: inputs.mode, tag: env.tag, dryRun: inputs.dryRun, assets: [], channels: [] };
  let release: Release | undefined;
  let rolledBack = false;
  if (inputs.mode === 'release') release = await releaseMode(env, report);
  else if (inputs.mode === 'rollback') {
    release = await rollbackMode(env, report);
    rolledBack = true;
  } else release = await channelsOnly(env, report);

  await setOutputs({
    'release-id': release ? String(release.id) : '',
    'release-url': release?.html_url ?? '',
    announced: report.channels.map((c) => ({ channel: c.channel, status: c.status, id: c.id ?? null, ...(c.error ? { error: c.error } : {}) })),
    'rolled-back': String(rolledBack),
  });
  await appendSummary(renderSummary(report));

  const failed = report.channels.filter((c) => c.status === 'failed');
  if (failed.length > 0) {
    throw new ActionError(
      `${failed.length} of ${report.channels.length} announcement${report.channels.length === 1 ? '' : 's'} failed: ${failed.map((f) => `${f.channel} (${f.error})`).join('; ')}. ` +
        'The others went out and are remembered; re-run the job to send only the missing ones.',
    );
  }
}

// ---- release mode ------------------------------------------------------------------------

/**
 * Why a step with `channels: none` sends nothing: the channels (and the configuration's) are
 * a later step's, whose token holds what they need (discussions, issues for the milestone).
 */
const CHANNELS_NONE = 'No announcement from this step (channels: none): a channels-only step sends them, each once.';

async function releaseMode(env: Env, report: AnnounceReport): Promise<Release | undefined> {
  const { inputs, ctx, config, log, client, repo, tag, rel } = env;
  const [{ expandAssets }, { releaseNotes }, { keepPublishedProvenance }] = await Promise.all([import('./assets.js'), import('./notes.js'), import('./provenance.js')]);
  const found = await expandAssets(ctx.workspace, inputs.assets);
  // a re-run's provenance bundle differs in bytes from the published one even for the same chart
  const ownAssets = (r: Release) => keepPublishedProvenance(client, repo, r, found, { log, tempDir: ctx.runnerTemp });
  const local = found;
  const releases = await rel.listReleases(client, repo);
  const picked = rel.pickRelease(releases, tag);
  const chart = await chartOf(env);

  const prerelease = inputs.prerelease ?? inputs.version.includes('-');
  const stableTags = releases.filter((r) => !r.draft && !r.prerelease && r.tag_name !== tag).map((r) => r.tag_name);
  const makeLatest = inputs.makeLatest ?? (!prerelease && isNewestStable(stableTags, inputs.version));

  let release: Release | undefined = picked.release;
  let how: string;
  let notesSource: string | undefined;
  let assetsDone = false;
  if (release && !release.draft) {
    how = 'already published (re-run): notes, prerelease and latest left as they are';
    log.info(`release ${tag} is already published (id ${release.id}); checking its assets and announcements`);
  } else {
    const notes = await releaseNotes({
      workspace: ctx.workspace,
      version: inputs.version,
      tag,
      notes: inputs.notes,
      notesFile: inputs.notesFile,
      config,
      repoUrl: `${ctx.serverUrl}/${ctx.repository}`,
      ...(chart ? { chart: chart.install } : {}),
      releaseTags: releases.filter((r) => !r.draft).map((r) => r.tag_name),
      log,
    });
    notesSource = notes.source;
    if (inputs.dryRun) {
      how = release ? 'a draft exists; would be published (dry run)' : 'would be created (dry run)';
      log.info(`dry run: the notes would be:\n${notes.text}`);
      if (release) {
        report.assets = await rel.syncAssets(client, repo, release, await ownAssets(release), { replace: inputs.replaceAssets, dryRun: true, log });
        assetsDone = true;
      }
    } else {
      const found = await rel.findOrCreateDraft(
        client,
        repo,
        { tag, ...(/^[0-9a-f]{40}$/.test(ctx.sha) ? { target: ctx.sha } : {}), name: tag, body: notes.text, prerelease },
        log,
      );
      release = found.release;
      if (found.how === 'lost-race') {
        // the run that made the release uploads, publishes and announces; doing it here too would send everything twice
        report.release = { id: release.id, url: release.html_url, how: 'created at the same time by another run, which publishes and announces it: this run deleted its own draft', prerelease: release.prerelease };
        report.channels = [];
        report.channelsNote = 'No announcement from this run: the run that created the release sends them, each once.';
        return release;
      }
      how = { created: 'created', 'adopted-draft': 'a draft left by an earlier run, adopted', 'adopted-published': 'already published', 'adopted-after-error': 'adopted after a lost answer (not created twice)' }[found.how];
      if (release.draft) {
        report.assets = await rel.syncAssets(client, repo, release, await ownAssets(release), { replace: inputs.replaceAssets, dryRun: false, log });
        assetsDone = true;
        const { parseMarkers, withMarkers } = await import('../lib/announce/markers.js');
        release = await rel.updateRelease(
          client,
          repo,
          release.id,
          { draft: false, name: tag, body: withMarkers(notes.text, parseMarkers(release.body)), prerelease, make_latest: makeLatest ? 'true' : 'false' },
          `publishing release ${tag}`,
        );
        how += ', assets uploaded, published';
        log.info(`published ${tag}: ${release.html_url} (prerelease: ${prerelease}, latest: ${makeLatest})`);
      }
    }
  }
  if (release && !release.draft && !assetsDone && local.length > 0) {
    report.assets = await rel.syncAssets(client, repo, release, await ownAssets(release), { replace: inputs.replaceAssets, dryRun: inputs.dryRun, log });
  } else if (!release && local.length > 0) {
    report.assets = local.map((a) => ({ name: rel.assetName(a.name), size: a.size, sha256: a.sha256, status: 'dry-run' as const }));
  }
  const publishedHere = notesSource !== undefined;
  report.release = release
    ? { id: release.id, url: release.html_url, how, prerelease: publishedHere ? prerelease : release.prerelease, ...(publishedHere ? { latest: makeLatest } : {}) }
    : { id: 0, url: '', how, prerelease, latest: makeLatest };
  if (notesSource) report.notesSource = notesSource;

  const body = release?.body ?? '';
  const facts = await factsOf(env, 'release', release, body, chart, { prerelease: release && !release.draft ? release.prerelease : prerelease });
  const allTags = [...new Set([...releases.filter((r) => !r.draft).map((r) => r.tag_name), ...(await gitTags(ctx.workspace))])];
  const previous = previousTag(allTags.filter((t) => t !== tag), inputs.version);
  if (!inputs.announce) {
    report.channelsNote = CHANNELS_NONE;
    return release;
  }
  const channels = await channelsFor(env, facts, {
    updateSkip: facts.prerelease ? 'a prerelease: related repositories follow stable releases' : undefined,
    previous,
    chart,
  });
  report.channels = await runChannels(env, channels, 'release', release);

  await nextMilestone(env, report, { prerelease: facts.prerelease, newestStable: makeLatest });
  return release;
}

/**
 * The next milestone, after the announcements of a stable release that is the newest: in
 * release mode, and in channels-only mode (the reusable workflow's announce job), so the
 * milestone follows whichever mode announces.
 */
async function nextMilestone(env: Env, report: AnnounceReport, release: { prerelease: boolean; newestStable: boolean }): Promise<void> {
  const { inputs, config, client, repo, log } = env;
  if (!(inputs.nextMilestone && config.announce.nextMilestone)) return;
  if (release.prerelease || !release.newestStable) {
    report.channels.push({ channel: 'milestone', status: 'skipped', id: release.prerelease ? 'a prerelease' : 'not the newest stable release (a hotfix of an older line)' });
    return;
  }
  const { ensureMilestone } = await import('./milestone.js');
  const m = await ensureMilestone(client, repo, inputs.version, { dryRun: inputs.dryRun });
  if (m.status === 'failed') log.warning(`milestone: ${m.error}`);
  report.channels.push(m);
}

// ---- rollback mode -----------------------------------------------------------------------

async function rollbackMode(env: Env, report: AnnounceReport): Promise<Release> {
  const { inputs, client, repo, tag, rel, log } = env;
  const { planRollback, applyRollback } = await import('./rollback.js');
  const releases = await rel.listReleases(client, repo);
  const plan = planRollback(releases, tag, inputs.force);
  const outcome = await applyRollback(client, repo, plan, inputs.reason, { dryRun: inputs.dryRun, log });
  report.rollback = outcome.changes;
  const release = outcome.release;
  report.release = { id: release.id, url: release.html_url, how: plan.alreadyRolledBack ? 'already rolled back' : inputs.dryRun ? 'would be rolled back (dry run)' : 'rolled back', prerelease: true, latest: false };
  const chart = await chartOf(env);
  const facts = await factsOf(env, 'rollback', release, release.body ?? '', chart, {
    prerelease: true,
    reason: inputs.reason,
    ...(plan.previous ? { previous: { tag: plan.previous.tag_name, url: plan.previous.html_url } } : {}),
  });
  if (!inputs.announce) {
    report.channelsNote = CHANNELS_NONE;
    return release;
  }
  const channels = await channelsFor(env, facts, { updateSkip: 'a rollback: related repositories are not moved back automatically', chart });
  report.channels = await runChannels(env, channels, 'rollback', release);
  return release;
}

// ---- channels-only mode ------------------------------------------------------------------

async function channelsOnly(env: Env, report: AnnounceReport): Promise<Release> {
  const { client, repo, tag, rel, ctx, inputs } = env;
  const releases = await rel.listReleases(client, repo);
  const { release } = rel.pickRelease(releases, tag);
  if (!release || release.draft) {
    throw new ActionError(`${tag} has ${release ? 'only a draft release' : 'no release'}; channels-only announces a published release (run mode: release first)`);
  }
  const [{ hasRollbackNotice }, { markdownToPlain }] = await Promise.all([import('../lib/announce/markers.js'), import('../lib/announce/message.js')]);
  const kind = hasRollbackNotice(release.body) ? 'rollback' : 'release';
  report.release = { id: release.id, url: release.html_url, how: `published; ${kind === 'rollback' ? 'rolled back, so the rollback announcement is sent' : 'left as it is'}`, prerelease: release.prerelease };
  const chart = await chartOf(env);
  const facts = await factsOf(env, kind, release, release.body ?? '', chart, { prerelease: release.prerelease, ...(kind === 'rollback' ? rollbackFactsFrom(release, markdownToPlain) : {}) });
  const allTags = [...new Set([...releases.filter((r) => !r.draft).map((r) => r.tag_name), ...(await gitTags(ctx.workspace))])];
  const channels = await channelsFor(env, facts, {
    updateSkip: kind === 'rollback' ? 'a rollback: related repositories are not moved back automatically' : facts.prerelease ? 'a prerelease: related repositories follow stable releases' : undefined,
    previous: previousTag(allTags.filter((t) => t !== tag), inputs.version),
    chart,
  });
  report.channels = await runChannels(env, channels, kind, release);
  if (kind === 'release') {
    const stableTags = releases.filter((r) => !r.draft && !r.prerelease && r.tag_name !== tag).map((r) => r.tag_name);
    await nextMilestone(env, report, { prerelease: release.prerelease, newestStable: isNewestStable(stableTags, inputs.version) });
  }
  return release;
}

/** For channels-only on a rolled-back release: the reason and the release the notice points to, read back from the notes. */
function rollbackFactsFrom(release: Release, markdownToPlain: (line: string) => string): Pick<ReleaseFacts, 'reason' | 'previous'> {
  const body = release.body ?? '';
  const reason = markdownToPlain(/^> Reason: (.*)$/m.exec(body)?.[1]?.trim() ?? '');
  const link = /previous stable release \[([^\]]+)\]\(([^)\s]+)\)/.exec(body);
  const previous = link ? { tag: link[1]!, url: link[2]! } : undefined;
  return { reason, ...(previous ? { previous } : {}) };
}

// ---- shared ------------------------------------------------------------------------------

interface ChartInfo {
  name: string;
  install: ChartInstall;
}

/** The chart of the project, from the configuration and its Chart.yaml (its `name`). */
async function chartOf(env: Env): Promise<ChartInfo | undefined> {
  const { config, ctx } = env;
  if (!config.chart) return undefined;
  let name = config.chart.split('/').filter(Boolean).pop() ?? '';
  const text = await readFile(join(ctx.workspace, config.chart, 'Chart.yaml'), 'utf8').catch(() => undefined);
  if (text !== undefined) {
    try {
      const { readChartYaml } = await import('../lib/version-files/chart-yaml.js');
      name = readChartYaml(text, `${config.chart}/Chart.yaml`).chartName ?? name;
    } catch (err) {
      env.log.warning(`cannot read the chart name from ${config.chart}/Chart.yaml: ${(err as Error).message}`);
    }
  }
  if (!name) return undefined;
  return {
    name,
    install: { repoUrl: config.helmRepoUrl, repoAlias: config.helmRepoName, chart: name, release: name, namespace: config.namespace ?? `${name}-system` },
  };
}

async function gitTags(workspace: string): Promise<string[]> {
  const { Git } = await import('../lib/git/git.js');
  const git = new Git(workspace);
  const r = await git.git(['for-each-ref', '--format=%(refname:strip=2)', 'refs/tags'], { allowFailure: true });
  return r.exitCode === 0 ? r.stdout.split('\n').filter((t) => t && isVersion(t)) : [];
}

async function factsOf(
  env: Env,
  kind: ReleaseFacts['kind'],
  release: Release | undefined,
  body: string,
  chart: ChartInfo | undefined,
  extra: Partial<ReleaseFacts> & { prerelease: boolean },
): Promise<ReleaseFacts> {
  const { inputs, ctx, config, tag } = env;
  const [{ highlightsFromNotes, projectName }, { notesOf }, { installOneLiner }] = await Promise.all([
    import('../lib/announce/message.js'),
    import('../lib/announce/markers.js'),
    import('../lib/changelog/index.js'),
  ]);
  const image = config.images[0] ? `${config.images[0]}:${tag}` : undefined;
  let install = '';
  if (chart) {
    try {
      install = installOneLiner(chart.install, inputs.version);
    } catch (err) {
      env.log.warning(`no install line in the announcement: ${(err as Error).message}`);
    }
  }
  if (!install && image) install = `docker pull ${image}`;
  const notesUrl = release && !release.draft ? release.html_url : `${ctx.serverUrl}/${ctx.repository}/releases/tag/${encodeURIComponent(tag)}`;
  return {
    kind,
    repository: ctx.repository,
    project: projectName(ctx.repo),
    version: stripV(inputs.version),
    tag,
    releaseId: release?.id ?? 0,
    notesUrl,
    highlights: highlightsFromNotes(notesOf(body), 3),
    install,
    ...(image ? { image } : {}),
    ...(chart ? { chart: { name: chart.name, version: stripV(inputs.version), repository: config.helmRepoUrl } } : {}),
    ...extra,
  };
}

async function channelsFor(env: Env, facts: ReleaseFacts, opts: { updateSkip?: string; previous?: string; chart?: ChartInfo }): Promise<Channel[]> {
  const { inputs, config, ctx, client, crossClient, repo, log } = env;
  const { announcementText } = await import('../lib/announce/message.js');
  const template = inputs.messageTemplate || config.announce.messageTemplate || null;
  const text = announcementText(facts, template);
  const channels: Channel[] = [];
  if (inputs.slackWebhookUrl) channels.push((await import('./channels/slack.js')).slackChannel(inputs.slackWebhookUrl, facts, text));
  if (inputs.webhookUrls.length > 0) {
    const { webhookChannel } = await import('./channels/webhook.js');
    for (const url of inputs.webhookUrls) channels.push(webhookChannel(url, inputs.webhookSecret, facts, text));
  }
  const category = inputs.discussionCategory || config.announce.discussionCategory;
  if (category) channels.push((await import('./channels/discussion.js')).discussionChannel(client, repo, category, facts, text));
  const dispatchRepos = inputs.dispatchRepos.length > 0 ? inputs.dispatchRepos : config.announce.dispatchRepos;
  if (dispatchRepos.length > 0) {
    const { dispatchChannel } = await import('./channels/dispatch.js');
    for (const target of dispatchRepos) channels.push(dispatchChannel(crossClient, target, facts));
  }
  const mailTo = inputs.mailTo.length > 0 ? inputs.mailTo : config.announce.mailTo;
  if (mailTo.length > 0) {
    if (inputs.smtpUrl) channels.push(...(await import('./channels/mail.js')).mailChannels(inputs.smtpUrl, inputs.mailFrom, mailTo, facts, text));
    else channels.push({ id: 'mail', skip: `the configuration names mail-to (${mailTo.length} address${mailTo.length === 1 ? '' : 'es'}) but smtp-url is not set`, send: async () => '' });
  }
  const updateRepos = inputs.updateRepos.length > 0 ? inputs.updateRepos : config.announce.updateRepos;
  if (updateRepos.length > 0) {
    const { updateRepoChannel } = await import('./channels/update-repos.js');
    const charts = [...new Set([opts.chart?.name, config.helmRepoName].filter((c): c is string => Boolean(c)))];
    const rules = opts.previous ? { previous: stripV(opts.previous), next: facts.version, images: config.images, charts } : undefined;
    for (const line of updateRepos) {
      channels.push(
        updateRepoChannel(line, {
          client: crossClient,
          token: inputs.dispatchToken || inputs.token,
          serverUrl: ctx.serverUrl,
          runnerTemp: ctx.runnerTemp,
          identity: config.gitIdentity ?? BOT_IDENTITY,
          facts,
          ...(rules ? { rules } : {}),
          ...(opts.updateSkip ? { skip: opts.updateSkip } : {}),
          log,
        }),
      );
    }
  }
  return channels;
}

async function runChannels(env: Env, channels: readonly Channel[], kind: ReleaseFacts['kind'], release: Release | undefined): Promise<ChannelResult[]> {
  const { announceAll } = await import('./announce.js');
  const { client, repo, rel, inputs, log } = env;
  if (!release) {
    // dry run of a release that does not exist yet: nothing can be remembered
    return channels.map((c) => (c.skip ? { channel: c.id, status: 'skipped' as const, id: c.skip } : { channel: c.id, status: 'dry-run' as const }));
  }
  let body = release.body ?? '';
  return announceAll(channels, {
    kind,
    dryRun: inputs.dryRun,
    log,
    readBody: async () => {
      body = (await rel.getRelease(client, repo, release.id)).body ?? '';
      return body;
    },
    writeBody: async (next) => {
      if (next === body) return;
      body = (await rel.updateRelease(client, repo, release.id, { body: next }, `recording the announcement in release ${release.tag_name}`)).body ?? next;
    },
  });
}

export type { AssetResult };
