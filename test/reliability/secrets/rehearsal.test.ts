/**
 * The whole rehearsal never writes a planted secret unmasked. One run of the built command, as a
 * maintainer starts it (`node bin/release-actions.js rehearse --json --state DIR`), with secret
 * values the test knows: the emulator's GitHub token (which every workflow gets as `github.token`,
 * `RELEASE_PR_TOKEN` and `RELEASE_DISPATCH_TOKEN`), the registry password (planted through
 * RELEASE_ACTIONS_REHEARSAL_REGISTRY_PASSWORD; the `registry-token` secret), the Slack webhook's
 * secret path (`SLACK_WEBHOOK_URL`) and the SMTP password (inside the `smtp-url` secret).
 *
 * Grepped, for each value as is, URL-encoded, and in base64 (every alignment, and the carriers
 * git, the registry and SMTP would use): the command's stdout and stderr; every file under the
 * state folder — the actions' logs (stdout and stderr), their output/env/state files and job
 * summaries, the produced files in out/, the workspaces, the journal, the registry's storage,
 * the received messages — with gzip files also read unpacked and every git repository's objects
 * read through `git cat-file`; and whatever the command left in its own temp folder. The only
 * lines a value may stand on are the `::add-mask::` commands of an action's log; the only files
 * not grepped are the few that hold a secret by design for the stand-ins (EXCLUDED below).
 *
 * So that the grep cannot pass for want of secrets, the test also holds the run to having used
 * them (a Slack post through the secret path, mail sent after an AUTH that only the password
 * passes, image and chart pushed to the token-auth registry, each action masking every secret
 * it was handed) and to having grepped the files that matter.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { RehearsalResult } from '../../../src/rehearse/rehearse.js';
import { parseCommands, projectRoot } from '../../support/harness.js';
import { tempDir } from '../../support/tmp.js';

/** `+`, `/` and `=` change under URL-encoding and base64, so the encoded forms are not the value itself. */
const REGISTRY_PASSWORD = 'planted-Registry+Pass/word=7731';
/** The Slack receiver's webhook path: its last segment is the secret, as in a real incoming-webhook URL. */
const SLACK_PATH = '/services/T0001/B0002/secretSlackToken42';
const SLACK_SECRET = 'secretSlackToken42';
/** The local mailing list's sender and password (the rehearsal's world hands them to announce as `smtp-url`). */
const MAIL_USER = 'releases@example.org';
const SMTP_PASSWORD = 'rehearsal-smtp-password';
const REGISTRY_USER = 'release-bot';

/**
 * Files under the state folder that hold a secret by design, for the stand-ins themselves and not
 * written by the suite: not grepped at all (whole file) or grepped without the named JSON field
 * (one JSON object a line).
 */
const EXCLUDED: Record<string, string> = {
  'world/world.json': "the world's own record of the emulator token, kept so that a re-run serves the same token",
};
const REDACTED_FIELDS: Record<string, { field: string; why: string }> = {
  'world/github/emulator-state.json': { field: 'tokens', why: "the emulator's record of the job tokens it minted, kept so that a token handed out before a kill is taken after it; the rest of the records (releases, pull requests, discussions) is grepped" },
  'world/receivers/slack.jsonl': { field: 'path', why: 'the Slack receiver records the path each post came to, which is the secret webhook path; the rest of the record (headers, body) is grepped' },
};

/**
 * The suite actions the rehearsal runs, by job and kept log, and the secrets each is handed:
 * `token` is the world's all-permission token (the RELEASE_PR_TOKEN secret), `job token` the
 * GITHUB_TOKEN the emulator minted for that job alone. A step without an id is logged under the
 * id GitHub's parser gives it: `__llm-d_release-actions` for `llm-d/release-actions/actions/<name>@v1`
 * (the template prepare-release.yaml), `__self` for `$/actions/<name>` (release.yaml).
 */
type SecretName = 'token' | 'job token' | 'registry password' | 'Slack webhook URL' | 'SMTP URL' | 'SMTP password';
const ACTION_STEPS: Array<{ job: string; log: string; action: string; handed: SecretName[] }> = [
  { job: 'prepare', log: '__llm-d_release-actions.log', action: 'bump-version', handed: ['token'] },
  { job: 'preflight', log: 'resolve.log', action: 'verify-release', handed: [] },
  { job: 'preflight', log: 'order.log', action: 'verify-release', handed: [] },
  { job: 'preflight', log: '__self.log', action: 'verify-release', handed: ['job token'] },
  { job: 'preflight', log: 'notes.log', action: 'changelog', handed: ['job token'] },
  { job: 'chart', log: 'publish.log', action: 'publish-helm', handed: ['job token', 'registry password'] },
  { job: 'release', log: 'publish.log', action: 'announce', handed: ['job token'] },
  { job: 'verify', log: '__self.log', action: 'verify-release', handed: ['job token', 'registry password'] },
  { job: 'announce', log: '__self.log', action: 'announce', handed: ['job token', 'Slack webhook URL', 'SMTP URL', 'SMTP password'] },
];

/**
 * The base64 text of `value` wherever it stands in an encoded stream: for each of the three
 * alignments, the groups made of the value's bytes alone (the partial groups at either end
 * depend on the neighbouring bytes).
 */
function base64Forms(value: string): string[] {
  const bytes = Buffer.from(value, 'utf8');
  const forms: string[] = [];
  for (let lead = 0; lead < 3; lead++) {
    const skip = (3 - lead) % 3;
    const body = bytes.subarray(skip, skip + Math.floor((bytes.length - skip) / 3) * 3);
    if (body.length >= 9) forms.push(body.toString('base64'), body.toString('base64url'));
  }
  return forms;
}

/** What to grep for: each planted value, its encodings, and the credentials built from it (`tokens`: git's basic auth). */
function needles(secrets: Record<string, string>, tokens: Record<string, string>): Array<{ secret: string; form: string; text: string }> {
  const out: Array<{ secret: string; form: string; text: string }> = [];
  for (const [secret, value] of Object.entries(secrets)) {
    out.push({ secret, form: 'as is', text: value });
    out.push({ secret, form: 'URL-encoded', text: encodeURIComponent(value) });
    out.push({ secret, form: 'form-encoded', text: new URLSearchParams({ v: value }).toString().slice(2) });
    for (const b of base64Forms(value)) out.push({ secret, form: 'base64', text: b });
  }
  const carriers: Array<[string, string, string]> = [
    ...Object.entries(tokens).map(([name, t]): [string, string, string] => [name, "git's http.extraheader (basic x-access-token)", `x-access-token:${t}`]),
    ['registry password', 'registry basic auth', `${REGISTRY_USER}:${REGISTRY_PASSWORD}`],
    ['SMTP password', 'SMTP AUTH PLAIN', `\0${MAIL_USER}\0${SMTP_PASSWORD}`],
  ];
  for (const [secret, form, text] of carriers) out.push({ secret, form, text: Buffer.from(text, 'utf8').toString('base64') });
  const seen = new Set<string>();
  return out.filter((n) => !seen.has(n.text) && seen.add(n.text));
}

interface Grepped {
  /** Where the text came from, relative to the state folder (or `cli stdout`, `tmp/…`). */
  where: string;
  data: Buffer;
  /** An action's log: its `::add-mask::` lines are the one place a secret may stand. */
  actionLog: boolean;
}

interface Leak {
  where: string;
  line: number;
  secret: string;
  form: string;
  text: string;
}

function grep(texts: Grepped[], list: ReturnType<typeof needles>): Leak[] {
  const leaks: Leak[] = [];
  for (const t of texts) {
    for (const n of list) {
      const needle = Buffer.from(n.text, 'utf8');
      for (let at = t.data.indexOf(needle); at >= 0; at = t.data.indexOf(needle, at + 1)) {
        const start = t.data.lastIndexOf(10, at) + 1;
        const nl = t.data.indexOf(10, at);
        const line = t.data.subarray(start, nl < 0 ? t.data.length : nl).toString('utf8');
        if (t.actionLog && line.startsWith('::add-mask::')) continue;
        const lineNo = t.data.subarray(0, start).filter((b) => b === 10).length + 1;
        leaks.push({ where: t.where, line: lineNo, secret: n.secret, form: n.form, text: line.slice(0, 300) });
      }
    }
  }
  return leaks;
}

/** Every regular file below `root` (symlinks are not followed), as paths relative to it. */
function walk(root: string, dir = root): string[] {
  const files: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory()) files.push(...walk(root, path));
    else if (e.isFile()) files.push(relative(root, path).split(sep).join('/'));
  }
  return files;
}

/** Folders below `root` that are git repositories' own folders (a bare repository or a `.git`). */
function gitDirs(root: string, dir = root): string[] {
  const found: string[] = [];
  if (existsSync(join(dir, 'HEAD')) && existsSync(join(dir, 'objects')) && lstatSync(join(dir, 'objects')).isDirectory()) found.push(dir);
  for (const e of readdirSync(dir, { withFileTypes: true })) if (e.isDirectory() && e.name !== 'objects') found.push(...gitDirs(root, join(dir, e.name)));
  return found;
}

/** Every object of a repository, unpacked: a secret committed, tagged or stored in a note is found here, not in the compressed files. */
function gitObjects(gitDir: string, home: string): Buffer {
  const r = spawnSync('git', ['--git-dir', gitDir, 'cat-file', '--batch-all-objects', '--batch'], { env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: home, GIT_CONFIG_NOSYSTEM: '1' }, maxBuffer: 512 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`git cat-file in ${gitDir} failed: ${r.stderr.toString('utf8')}`);
  return r.stdout;
}

function readJsonLines(file: string): Array<Record<string, unknown>> {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** The kept log of each step of ACTION_STEPS, relative to the state folder (one job folder per job: the rehearsal runs each once). */
function stepLogs(state: string): string[] {
  const runs = join(state, 'world', 'runs');
  const jobDirs = readdirSync(runs).flatMap((r) => readdirSync(join(runs, r, 'jobs')).map((j) => ({ job: j.replace(/^\d+-/, ''), rel: `world/runs/${r}/jobs/${j}` })));
  return ACTION_STEPS.map((step) => {
    const dirs = jobDirs.filter((j) => j.job === step.job);
    if (dirs.length !== 1) throw new Error(`job ${step.job}: ${dirs.length} job folders, expected one`);
    return `${dirs[0]!.rel}/temp/${step.log}`;
  });
}

function explain(r: RehearsalResult): string {
  return r.stages.map((s) => `${s.name}: ${s.status}${s.reason ? ` — ${s.reason}` : ''}${s.errors?.length ? ` [${s.errors.join(' | ')}]` : ''}`).join('\n');
}

describe('the rehearsal never writes a planted secret', () => {
  let tmp: { path: string; cleanup: () => Promise<void> };
  let state: string;
  let cliTmp: string;
  let child: ChildProcess | undefined;
  let run: { code: number | null; stdout: string; stderr: string };
  let result: RehearsalResult;
  let token: string;
  /** The GITHUB_TOKENs the emulator minted, by the job they were minted for (`release / chart`). */
  let jobTokens: Record<string, string[]>;
  let ports: { slack?: number; mail?: number; registry?: number };

  beforeAll(async () => {
    tmp = await tempDir('secrets-rehearsal-');
    state = join(tmp.path, 'state');
    // the command's own temp folder (GnuPG home, the runner's file-command folders) is grepped too
    cliTmp = join(tmp.path, 'tmp');
    mkdirSync(cliTmp);
    run = await new Promise((resolve, reject) => {
      let stdout = '';
      let stderr = '';
      child = spawn(process.execPath, [join(projectRoot, 'bin', 'release-actions.js'), 'rehearse', '--json', '--state', state], {
        cwd: tmp.path,
        env: { ...process.env, TMPDIR: cliTmp, RELEASE_ACTIONS_REHEARSAL_REGISTRY_PASSWORD: REGISTRY_PASSWORD },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout!.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
      child.stderr!.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
      child.on('error', reject);
      child.on('close', (code) => {
        child = undefined;
        resolve({ code, stdout, stderr });
      });
    });
    try {
      result = JSON.parse(run.stdout) as RehearsalResult;
    } catch {
      throw new Error(`the rehearsal printed no JSON (exit ${run.code}):\n${run.stdout}\n${run.stderr}`);
    }
    if (run.code !== 0) throw new Error(`the rehearsal exited ${run.code}:\n${explain(result)}\n${run.stderr}`);
    const world = JSON.parse(readFileSync(join(state, 'world', 'world.json'), 'utf8')) as { token: string; ports: typeof ports };
    token = world.token;
    ports = world.ports;
    const records = JSON.parse(readFileSync(join(state, 'world', 'github', 'emulator-state.json'), 'utf8')) as { tokens?: Record<string, { name: string }> };
    jobTokens = {};
    for (const [t, grant] of Object.entries(records.tokens ?? {})) (jobTokens[grant.name] ??= []).push(t);
  }, 600_000);

  afterAll(async () => {
    child?.kill('SIGINT');
    await tmp?.cleanup();
  });

  it('used every planted secret: Slack through the secret path, mail after AUTH, pushes to the token-auth registry', () => {
    expect(result.status).toBe('passed');
    expect(token.length).toBeGreaterThanOrEqual(16);

    const posts = readJsonLines(join(state, 'world', 'receivers', 'slack.jsonl'));
    expect(posts.filter((p) => p['method'] === 'POST' && p['path'] === SLACK_PATH).length).toBeGreaterThan(0);

    // the receiver sets `user` only after an AUTH it accepted, and it accepts only the password
    const mails = readJsonLines(join(state, 'world', 'receivers', 'mail.jsonl'));
    expect(mails.length).toBeGreaterThan(0);
    for (const m of mails) expect({ user: m['user'], secure: m['secure'] }).toEqual({ user: MAIL_USER, secure: true });

    // the registry takes a push only with a token its issuer gave for release-bot and the password
    const repos = join(state, 'world', 'registry', 'storage', 'docker', 'registry', 'v2', 'repositories');
    const tag = result.tag ?? '';
    expect(tag).toMatch(/^v\d+\.\d+\.\d+$/);
    expect(existsSync(join(repos, 'example-org', 'example-operator', '_manifests', 'tags', tag, 'current', 'link'))).toBe(true);
    expect(existsSync(join(repos, 'charts', 'example-operator', '_manifests', 'tags', tag.slice(1), 'current', 'link'))).toBe(true);

    // the token wrote the release the notes were read back from
    expect(result.outputs['release.release-url']).toMatch(new RegExp(`/releases/tag/${tag.replace(/\./g, '\\.')}$`));
    expect(result.artifacts.releaseNotes).toBeDefined();
  });

  it('each action asked the runner to mask every secret it was handed', () => {
    // one token per job of the one run (a job of release.yaml is `release / <job>`)
    expect(Object.keys(jobTokens).sort()).toEqual(['prepare', ...['announce', 'chart', 'guard', 'image', 'image (linux/amd64)', 'image (linux/arm64)', 'preflight', 'release', 'verify'].map((j) => `release / ${j}`)]);
    for (const list of Object.values(jobTokens)) expect(list).toHaveLength(1);
    const values: Record<Exclude<SecretName, 'job token'>, string> = {
      token,
      'registry password': REGISTRY_PASSWORD,
      'Slack webhook URL': `http://127.0.0.1:${ports.slack}${SLACK_PATH}`,
      'SMTP URL': `smtp://${encodeURIComponent(MAIL_USER)}:${SMTP_PASSWORD}@127.0.0.1:${ports.mail}`,
      'SMTP password': SMTP_PASSWORD,
    };
    // every suite action that ran has its row in the table, so none is left unchecked
    const ran = result.stages.flatMap((s) => (s.steps ?? []).filter((st) => st.kind === 'suite-action' && st.status === 'passed').map((st) => `${s.name}: ${(st.uses ?? '').replace(/^.*actions\/([a-z0-9-]+)(@.*)?$/, '$1')}`));
    expect(ran.sort()).toEqual(ACTION_STEPS.map((a) => `${a.job}: ${a.action}`).sort());

    const logs = stepLogs(state);
    const missing: string[] = [];
    ACTION_STEPS.forEach((step, i) => {
      const { masks } = parseCommands(readFileSync(join(state, logs[i]!), 'utf8'));
      const jobToken = jobTokens[step.job === 'prepare' ? 'prepare' : `release / ${step.job}`]![0]!;
      for (const name of step.handed) if (!masks.includes(name === 'job token' ? jobToken : values[name])) missing.push(`${step.job} ${step.action} (${step.log}): no ::add-mask:: for the ${name}`);
    });
    expect(missing).toEqual([]);
  });

  it('no log, output, summary or file of the run holds a planted value outside an ::add-mask:: line', () => {
    const minted = Object.fromEntries(Object.entries(jobTokens).map(([job, list]) => [`job token of ${job}`, list[0]!]));
    const secrets = { token, ...minted, 'registry password': REGISTRY_PASSWORD, 'Slack webhook path': SLACK_SECRET, 'SMTP password': SMTP_PASSWORD };
    const list = needles(secrets, { token, ...minted });
    // short needles could match by chance and hide nothing more than the long ones
    for (const n of list) expect(n.text.length).toBeGreaterThanOrEqual(12);

    const texts: Grepped[] = [
      { where: 'cli stdout', data: Buffer.from(run.stdout, 'utf8'), actionLog: false },
      { where: 'cli stderr', data: Buffer.from(run.stderr, 'utf8'), actionLog: false },
    ];
    const stateFiles = walk(state);
    for (const rel of Object.keys({ ...EXCLUDED, ...REDACTED_FIELDS })) expect(stateFiles).toContain(rel);
    const addFile = (where: string, file: string): void => {
      let data = readFileSync(file);
      const redact = REDACTED_FIELDS[where];
      if (redact) {
        data = Buffer.from(
          readJsonLines(file)
            .map((rec) => JSON.stringify({ ...rec, [redact.field]: undefined }))
            .join('\n'),
          'utf8',
        );
      }
      const actionLog = /^world\/runs\/[^/]+\/jobs\/[^/]+\/temp\/[^/]+\.log$/.test(where);
      texts.push({ where, data, actionLog });
      if (data.length > 2 && data[0] === 0x1f && data[1] === 0x8b) {
        try {
          texts.push({ where: `${where} (unpacked)`, data: gunzipSync(data), actionLog: false });
        } catch {
          // not gzip after all: its bytes were grepped as they are
        }
      }
    };
    for (const rel of stateFiles) if (!(rel in EXCLUDED)) addFile(rel, join(state, rel));
    const leftInTmp = walk(cliTmp);
    for (const rel of leftInTmp) addFile(`tmp/${rel}`, join(cliTmp, rel));
    const repos = gitDirs(state);
    for (const dir of repos) texts.push({ where: `${relative(state, dir)} (git objects)`, data: gitObjects(dir, tmp.path), actionLog: false });

    // the grep saw what the run wrote: logs, file commands, summaries, the produced files, the repositories
    const seen = texts.map((t) => t.where);
    // each action's stdout and stderr, and the outputs it wrote (the env and state files when it wrote them)
    for (const log of stepLogs(state)) expect(seen).toEqual(expect.arrayContaining([log, log.replace(/\.log$/, '.output')]));
    expect(seen.filter((w) => w.endsWith('/temp/step-summary.md')).length).toBeGreaterThanOrEqual(5);
    expect(seen).toEqual(expect.arrayContaining(['journal.json', 'out/release-notes.md', 'out/index.yaml', 'out/release-pr.diff', 'out/announcements/slack-1.json', 'out/announcements/mail-1.txt', 'world/receivers/mail.jsonl', 'world/receivers/slack.jsonl']));
    expect(seen.some((w) => w.startsWith('world/github/') && w.endsWith('.git (git objects)'))).toBe(true);
    expect(seen.some((w) => w.endsWith('.tgz (unpacked)'))).toBe(true);
    const bytes = texts.reduce((n, t) => n + t.data.length, 0);
    const lines = texts.reduce((n, t) => n + t.data.filter((b) => b === 10).length, 0);
    expect(stateFiles.length).toBeGreaterThan(300);
    expect(bytes).toBeGreaterThan(500_000);

    const leaks = grep(texts, list);
    process.stdout.write(
      `secrets grep: ${Object.keys(secrets).length} planted values, ${list.length} forms; ${stateFiles.length - Object.keys(EXCLUDED).length} state files + ${leftInTmp.length} left in the command's temp folder + ${repos.length} git repositories + cli stdout/stderr = ${texts.length} texts, ${lines} lines, ${bytes} bytes; ${leaks.length} leak(s)\n`,
    );
    expect(leaks).toEqual([]);
  });

  it('the grep finds a planted value where one is written (the check can fail)', () => {
    const list = needles({ 'registry password': REGISTRY_PASSWORD }, { token });
    const planted = [
      { where: 'plain', data: Buffer.from(`login with ${REGISTRY_PASSWORD}\n`), actionLog: false },
      { where: 'url', data: Buffer.from(`oci://${REGISTRY_USER}:${encodeURIComponent(REGISTRY_PASSWORD)}@127.0.0.1\n`), actionLog: false },
      { where: 'basic', data: Buffer.from(`authorization: Basic ${Buffer.from(`someone:${REGISTRY_PASSWORD}`).toString('base64')}\n`), actionLog: false },
      { where: 'mask outside a log', data: Buffer.from(`::add-mask::${REGISTRY_PASSWORD}\n`), actionLog: false },
    ];
    expect([...new Set(grep(planted, list).map((l) => l.where))]).toEqual(['plain', 'url', 'basic', 'mask outside a log']);
    expect(grep([{ where: 'log', data: Buffer.from(`::add-mask::${REGISTRY_PASSWORD}\nok\n`), actionLog: true }], list)).toEqual([]);
  });
});
