/**
 * The one place announce's inputs are read and validated. Nothing heavy is loaded here:
 * a refusal costs about the start-up of bare node. Secrets (tokens, the webhook secret,
 * the Slack URL, an SMTP URL with a password, a webhook URL with credentials) are masked
 * as soon as they are read.
 */
import { mask } from '../lib/runner/commands.js';
import { InputError } from '../lib/runner/errors.js';
import { bool, list, oneOf, readInputs, secret, str, withCheck, type Env, type Field } from '../lib/runner/inputs.js';
import { versionInput } from '../lib/semver/input.js';
import { hasCredentials, secretParts, webhookUrlProblem } from '../lib/announce/urls.js';

export const MODES = ['release', 'rollback', 'channels-only'] as const;
export type Mode = (typeof MODES)[number];
/** `none`: the release (or rollback) only, no announcement and no milestone, even those the configuration names. */
export const CHANNELS = ['all', 'none'] as const;

const REPO = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
const EMAIL = /^[^\s@<>",;]+@[^\s@<>",;]+\.[^\s@<>",;]+$/;

/** `true`, `false`, or empty for "work it out". */
function auto(): Field<boolean | undefined> {
  const inner = bool(false);
  return { kind: 'auto-boolean', read: (name, raw) => (raw === '' || raw === 'auto' ? undefined : inner.read(name, raw)) };
}

function pathInRepo(): Field<string> {
  return withCheck(str(), (v) =>
    v !== '' && (v.startsWith('/') || v.split(/[\\/]/).includes('..') || /[\0\r\n]/.test(v)) ? `expected a path inside the repository, got ${JSON.stringify(v)}` : undefined,
  );
}

function maskUrl(raw: string): void {
  for (const part of secretParts(raw)) mask(part);
}

/** One webhook URL: https (http only to loopback); masked when it carries credentials. */
function webhookUrl(opts: { alwaysSecret: boolean }): Field<string> {
  return {
    kind: 'url',
    read(name, raw) {
      if (raw === '') return '';
      // mask first: a refusal must not print the URL either
      if (opts.alwaysSecret || hasCredentials(raw)) maskUrl(raw);
      const problem = webhookUrlProblem(raw);
      if (problem) throw new InputError(name, problem);
      return raw;
    },
  };
}

function webhookUrls(): Field<string[]> {
  const lines = list();
  return {
    kind: 'list',
    read(name, raw) {
      const items = lines.read(name, raw);
      // mask every line first: a refusal of line 1 must not leave line 2's secret printable later
      for (const item of items) if (hasCredentials(item)) maskUrl(item);
      items.forEach((item, i) => {
        const problem = webhookUrlProblem(item);
        if (problem) throw new InputError(name, `line ${i + 1}: ${problem}`);
      });
      if (new Set(items).size !== items.length) throw new InputError(name, 'lists the same URL twice');
      return items;
    },
  };
}

/** `smtp://user:password@host:587` (STARTTLS required) or `smtps://…:465` (TLS from the start). */
function smtpUrl(): Field<string> {
  return {
    kind: 'url',
    read(name, raw) {
      if (raw === '') return '';
      maskUrl(raw);
      let url: URL;
      try {
        url = new URL(raw);
      } catch {
        throw new InputError(name, 'expected a URL like smtp://user:password@smtp.example.org:587');
      }
      if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') throw new InputError(name, `expected an smtp:// (STARTTLS) or smtps:// URL, got a ${url.protocol.replace(/:$/, '')}: URL`);
      if (!url.hostname) throw new InputError(name, 'expected a host name');
      if (url.pathname && url.pathname !== '/' && url.pathname !== '') throw new InputError(name, 'expected no path after the host and port');
      return raw;
    },
  };
}

function repoLines(what: string, allowGlob: boolean): Field<string[]> {
  const inner = repoItems(what, allowGlob);
  return {
    kind: 'list',
    read(name, raw) {
      const items = inner.read(name, raw);
      const repos = items.map((i) => i.split(':')[0]!.toLowerCase());
      const twice = repos.find((r, i) => repos.indexOf(r) !== i);
      if (twice) throw new InputError(name, `lists ${twice} twice (one line a repository${allowGlob ? '; braces in the glob match several kinds of files' : ''})`);
      return items;
    },
  };
}

function repoItems(what: string, allowGlob: boolean): Field<string[]> {
  return list({
    item: (v) => {
      const [repo, ...glob] = v.split(':');
      if (!REPO.test(repo ?? '')) return `expected ${what}, got ${JSON.stringify(v)}`;
      if (!allowGlob && glob.length > 0) return `expected owner/repo, got ${JSON.stringify(v)}`;
      if (allowGlob && glob.length > 0 && glob.join(':').trim() === '') return `expected a path glob after ':', got ${JSON.stringify(v)}`;
      if (allowGlob && glob.join(':').split('/').includes('..')) return `expected a glob inside the repository, got ${JSON.stringify(v)}`;
      return undefined;
    },
  });
}

export const spec = {
  mode: oneOf(MODES, 'release'),
  version: versionInput({ fromTag: true }),
  notes: str(),
  'notes-file': pathInRepo(),
  assets: list({ item: (v) => (v.startsWith('/') || v.split('/').includes('..') ? `expected a glob inside the workspace, got ${JSON.stringify(v)}` : undefined) }),
  prerelease: auto(),
  'make-latest': auto(),
  'replace-assets': bool(false),
  reason: str(),
  force: bool(false),
  'discussion-category': str({ pattern: /^[^\n\r]{1,100}$/, expected: 'the name of a discussion category, like Announcements' }),
  'slack-webhook-url': webhookUrl({ alwaysSecret: true }),
  'webhook-urls': webhookUrls(),
  'webhook-secret': secret(),
  'dispatch-repos': repoLines('owner/repo', false),
  'dispatch-token': secret(),
  'update-repos': repoLines('owner/repo or owner/repo:path-glob', true),
  'smtp-url': smtpUrl(),
  'mail-to': list({ item: (v) => (EMAIL.test(v) ? undefined : `expected an e-mail address, got ${JSON.stringify(v)}`) }),
  'mail-from': str({ pattern: /^(?:[^<>\r\n]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/, expected: 'an e-mail address, or "Name <address>"' }),
  'next-milestone': bool(true),
  channels: oneOf(CHANNELS, 'all'),
  'message-template': str(),
  'dry-run': bool(false),
  token: secret(),
  config: pathInRepo(),
} as const;

export interface AnnounceInputs {
  mode: Mode;
  version: string;
  notes: string;
  notesFile: string;
  assets: string[];
  /** undefined: from the version. */
  prerelease: boolean | undefined;
  /** undefined: true for the newest stable version. */
  makeLatest: boolean | undefined;
  replaceAssets: boolean;
  reason: string;
  force: boolean;
  discussionCategory: string;
  slackWebhookUrl: string;
  webhookUrls: string[];
  webhookSecret: string;
  dispatchRepos: string[];
  dispatchToken: string;
  updateRepos: string[];
  smtpUrl: string;
  mailTo: string[];
  mailFrom: string;
  nextMilestone: boolean;
  /** false: `channels: none`. */
  announce: boolean;
  messageTemplate: string;
  dryRun: boolean;
  token: string;
  config: string;
}

/** Reads every input, then checks the ones that only make sense together. */
export function readAnnounceInputs(env: Env = process.env): AnnounceInputs {
  const v = readInputs(spec, env);
  const inputs: AnnounceInputs = {
    mode: v.mode,
    version: v.version,
    notes: v.notes,
    notesFile: v['notes-file'],
    assets: v.assets,
    prerelease: v.prerelease,
    makeLatest: v['make-latest'],
    replaceAssets: v['replace-assets'],
    reason: v.reason,
    force: v.force,
    discussionCategory: v['discussion-category'],
    slackWebhookUrl: v['slack-webhook-url'],
    webhookUrls: v['webhook-urls'],
    webhookSecret: v['webhook-secret'],
    dispatchRepos: v['dispatch-repos'],
    dispatchToken: v['dispatch-token'],
    updateRepos: v['update-repos'],
    smtpUrl: v['smtp-url'],
    mailTo: v['mail-to'],
    mailFrom: v['mail-from'],
    nextMilestone: v['next-milestone'],
    announce: v.channels === 'all',
    messageTemplate: v['message-template'],
    dryRun: v['dry-run'],
    token: v.token,
    config: v.config,
  };
  if (inputs.token === '') throw new InputError('token', 'required: a token that can write releases (contents: write), e.g. ${{ github.token }}');
  if (inputs.notes && inputs.notesFile) throw new InputError('notes-file', 'set either notes or notes-file, not both');
  const isPre = inputs.prerelease ?? inputs.version.includes('-');
  if (isPre && inputs.makeLatest === true) {
    throw new InputError('make-latest', `a prerelease cannot be the latest release (${inputs.prerelease === undefined ? `version ${inputs.version} has a prerelease part` : 'prerelease: true'})`);
  }
  if (inputs.mode !== 'release') {
    for (const [name, set] of [
      ['assets', inputs.assets.length > 0],
      ['notes', inputs.notes !== ''],
      ['notes-file', inputs.notesFile !== ''],
      ['replace-assets', inputs.replaceAssets],
      ['prerelease', inputs.prerelease !== undefined],
      ['make-latest', inputs.makeLatest !== undefined],
    ] as const) {
      if (set) throw new InputError(name, `only release mode publishes a release; mode ${inputs.mode} leaves the release's ${name} as it is`);
    }
  }
  if (inputs.mode === 'rollback') {
    if (inputs.reason === '') throw new InputError('reason', 'required for a rollback: the known issue, for the release notes and the announcement');
  } else {
    if (inputs.reason !== '') throw new InputError('reason', `only a rollback has a reason (mode is ${inputs.mode})`);
    if (inputs.force) throw new InputError('force', `only a rollback can be forced (mode is ${inputs.mode})`);
  }
  if (!inputs.announce) noChannels(inputs);
  if (inputs.mailTo.length > 0 && inputs.smtpUrl === '') throw new InputError('smtp-url', 'required to send to mail-to');
  if (inputs.mailFrom && inputs.smtpUrl === '') throw new InputError('smtp-url', 'required when mail-from is set');
  return inputs;
}

/** `channels: none` with a channel named as well is a contradiction: refused rather than guessed. */
function noChannels(inputs: AnnounceInputs): void {
  if (inputs.mode === 'channels-only') throw new InputError('channels', 'none contradicts mode channels-only: set channels: all, or mode release or rollback');
  for (const [name, set] of [
    ['slack-webhook-url', inputs.slackWebhookUrl !== ''],
    ['webhook-urls', inputs.webhookUrls.length > 0],
    ['discussion-category', inputs.discussionCategory !== ''],
    ['dispatch-repos', inputs.dispatchRepos.length > 0],
    ['update-repos', inputs.updateRepos.length > 0],
    ['mail-to', inputs.mailTo.length > 0],
  ] as const) {
    if (set) throw new InputError(name, `is set but channels is none (no announcement from this step): leave ${name} empty here, or set channels: all`);
  }
}
