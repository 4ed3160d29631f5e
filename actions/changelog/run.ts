/**
 * changelog: validate → read → (history) → render → write / output.
 *
 * - update: the version's section from the history, merged with the hand-written
 *   `## [Unreleased]` lines, into CHANGELOG.md; written in one rename, only when it
 *   changes, and never after a refusal.
 * - extract: one version's section as an output.
 * - notes: GitHub release notes from the history (and the CHANGELOG's hand-written lines),
 *   as an output and a file under RUNNER_TEMP.
 * - lint: every finding as an annotation on its line; errors fail the step.
 *
 * The changelog library, yaml and Octokit are loaded after the inputs
 * are validated.
 */
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { loadConfig, type ReleaseConfig } from '../lib/config/config.js';
import { readContext, type RunContext } from '../lib/runner/context.js';
import type { Log } from '../lib/runner/core.js';
import { FileError, InputError } from '../lib/runner/errors.js';
import type { ChartInstall } from '../lib/changelog/notes.js';
import type { HandWritten } from './handwritten.js';
import type { StartedLog } from './log.js';
import type { ChangelogInputs } from './inputs.js';

type Outputs = Record<string, string>;
interface Done {
  outputs: Outputs;
  summary: string;
  /** Set the exit code to 1 after the outputs and summary are written (lint errors). */
  failed?: boolean;
}

interface Env {
  inputs: ChangelogInputs;
  ctx: RunContext;
  /** The range's `git log`, started once the inputs are read (modes update and notes). */
  gitLog: StartedLog | null;
  config: ReleaseConfig;
  /** Repository-relative path of the CHANGELOG, and its full path. */
  path: string;
  file: string;
  repoUrl: string;
  log: Log;
}

/** What index.ts started before this module loaded: the history's `git log` (update and notes; null otherwise). */
export interface Started {
  gitLog: StartedLog | null;
}

export async function main(inputs: ChangelogInputs, started: Started): Promise<void> {
  const ctx = readContext();
  const { gitLog } = started;
  const config = await loadConfig({ workspace: ctx.workspace, ...(inputs.config ? { path: inputs.config } : {}), repository: ctx.repository });
  const path = inputs.path || config.changelog;
  const file = inside(ctx.workspace, path, inputs.path ? 'path' : null, config);
  const { runnerLog, setOutputs, appendSummary } = await import('../lib/runner/core.js');
  const env: Env = { inputs, ctx, gitLog, config, path, file, repoUrl: `${ctx.serverUrl}/${ctx.repository}`, log: await runnerLog() };

  const done = await MODES[inputs.mode](env);
  await setOutputs(done.outputs);
  await appendSummary(done.summary);
  if (done.failed) process.exitCode = 1;
}

const MODES: Record<ChangelogInputs['mode'], (env: Env) => Promise<Done>> = { update, extract, notes, lint };

/** A repository-relative path as a full path that stays inside the workspace. */
function inside(workspace: string, path: string, input: string | null, config?: ReleaseConfig): string {
  const full = resolve(workspace, path);
  const rel = relative(resolve(workspace), full);
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
    const message = `expected a file inside the repository, got ${JSON.stringify(path)}`;
    throw input ? new InputError(input, message) : new FileError(config?.source ?? '.github/release-actions.yaml', `key 'changelog': ${message}`);
  }
  return full;
}

/** Today in UTC as YYYY-MM-DD; SOURCE_DATE_EPOCH (seconds) fixes it, as for reproducible builds. */
function today(env: NodeJS.ProcessEnv = process.env): string {
  const epoch = env['SOURCE_DATE_EPOCH'];
  const date = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
  return date.toISOString().slice(0, 10);
}

async function readChangelog(env: Env): Promise<string> {
  const { readText } = await import('./files.js');
  const text = await readText(env.file);
  if (text === undefined) throw new FileError(env.path, `not found${env.inputs.path ? '' : " (input path, or the configuration's 'changelog', names another file)"}`);
  return text;
}

/** The history of the version, enriched with pull requests unless asked not to. */
async function history(env: Env) {
  const { inputs, ctx, config, log, gitLog } = env;
  // index.ts starts the log for the two modes that read the history
  if (!gitLog) throw new Error(`mode ${inputs.mode} reads no history`);
  const { collectHistory } = await import('./history.js');
  const pulls = inputs.usePullRequests
    ? async () => {
        const [{ createGitHubClient }, { githubPullSource }] = await Promise.all([import('../lib/github/client.js'), import('./pulls.js')]);
        const client = createGitHubClient({ token: inputs.token, baseUrl: ctx.apiUrl, log: (m) => log.info(m) });
        return githubPullSource(client, ctx.owner, ctx.repo);
      }
    : null;
  const h = await collectHistory({
    workspace: ctx.workspace,
    categories: inputs.categories,
    include: config.changelogInclude,
    pulls,
    log: gitLog,
  });
  log.info(`range: ${h.range.explanation}`);
  log.info(`${h.commits} commit(s) → ${h.entries.length} entr${h.entries.length === 1 ? 'y' : 'ies'}, ${h.skipped.length} left out`);
  if (h.enrichment) log.info(`pull requests: ${h.enrichment.enriched} commit(s) matched with ${h.enrichment.requests} request(s)`);
  if (h.categoriesFile) log.info(`categories: ${h.categoriesFile}`);
  if (h.warning) log.warning(h.warning);
  return h;
}

async function update(env: Env): Promise<Done> {
  const { inputs, path, file, log } = env;
  const [{ readText, writeAtomic }, lib, { updateSummary }] = await Promise.all([import('./files.js'), import('../lib/changelog/index.js'), import('./summary.js')]);
  const before = await readText(file);
  const h = await history(env);
  let date = inputs.date;
  if (!date && inputs.regenerate && before !== undefined) {
    // a regenerated section keeps its release date
    try {
      const existing = lib.extractSection(before, inputs.version, { file: path }).date;
      if (existing && lib.isIsoDate(existing)) date = existing;
    } catch {
      // no section yet (or the file cannot be read): updateChangelog says so, with the line
    }
  }
  const result = lib.updateChangelog(before ?? '', {
    version: inputs.version,
    date: date || today(),
    entries: h.entries,
    repoUrl: env.repoUrl,
    previousTag: h.range.previousTag,
    regenerate: inputs.regenerate,
    file: path,
  });
  if (result.changed) {
    await writeAtomic(file, result.text);
    log.info(`${before === undefined ? 'created' : 'updated'} ${path}`);
  } else {
    log.info(`${path} already has the section for ${inputs.version}: nothing to change${inputs.regenerate ? '' : ' (regenerate: true rebuilds it)'}`);
  }
  return {
    outputs: {
      version: inputs.version,
      'previous-version': h.range.previousVersion,
      changed: String(result.changed),
      section: result.section,
      entries: JSON.stringify(h.entries),
    },
    summary: updateSummary({
      path,
      version: inputs.version,
      history: h,
      usePulls: inputs.usePullRequests,
      changed: result.changed,
      created: before === undefined,
      regenerate: inputs.regenerate,
      section: result.section,
    }),
  };
}

async function extract(env: Env): Promise<Done> {
  const { inputs, path } = env;
  const [lib, { extractSummary }] = await Promise.all([import('../lib/changelog/index.js'), import('./summary.js')]);
  const text = await readChangelog(env);
  const section = lib.extractSection(text, inputs.version, { file: path });
  env.log.info(`${path}:${section.line}: ${section.heading}`);
  return {
    outputs: { version: section.version, section: section.text, 'section-body': section.body },
    summary: extractSummary({ path, version: section.version, line: section.line, section: section.text }),
  };
}

/** Where the chart is installed from, for the notes' Installation block; null without a chart. */
async function chartInstall(env: Env): Promise<ChartInstall | null> {
  const { config, ctx, log } = env;
  if (!config.chart) {
    log.info(
      config.chartCandidates.length > 1
        ? `several charts (${config.chartCandidates.join(', ')}) and no 'chart' in the configuration: the notes have no Installation block`
        : 'no chart in charts/: the notes have no Installation block',
    );
    return null;
  }
  const { readText } = await import('./files.js');
  const chartYaml = `${config.chart}/Chart.yaml`;
  const text = await readText(join(ctx.workspace, chartYaml));
  let name = config.chart.split('/').pop() ?? config.chart;
  if (text !== undefined) {
    const { parseDocument } = await import('yaml');
    const doc = parseDocument(text);
    const value = doc.errors.length === 0 ? (doc.toJS() as { name?: unknown } | null)?.name : undefined;
    if (typeof value === 'string' && value.trim() !== '') name = value.trim();
  }
  return { repoUrl: config.helmRepoUrl, repoAlias: config.helmRepoName, chart: name, release: name, namespace: config.namespace ?? `${name}-system` };
}

async function notes(env: Env): Promise<Done> {
  const { inputs, ctx, path, file, log } = env;
  const [{ readText, writeAtomic }, lib, { handWrittenItems }, { notesSummary }] = await Promise.all([
    import('./files.js'),
    import('../lib/changelog/index.js'),
    import('./handwritten.js'),
    import('./summary.js'),
  ]);
  let template: string | null = null;
  if (inputs.notesTemplate) {
    template = (await readText(inside(ctx.workspace, inputs.notesTemplate, 'notes-template'))) ?? null;
    if (template === null) throw new FileError(inputs.notesTemplate, 'not found (input notes-template names it)');
  }
  // the chart is read (and yaml loaded) while git reads the history
  const [chart, h] = await Promise.all([chartInstall(env), history(env)]);

  let hand: HandWritten = { items: [], from: null };
  const changelog = await readText(file);
  if (changelog !== undefined) {
    try {
      hand = handWrittenItems(changelog, { version: inputs.version, entries: h.entries, repoUrl: env.repoUrl, file: path });
    } catch (err) {
      if (!(err instanceof FileError)) throw err;
      log.warning(`the hand-written lines of ${path} are left out of the notes: ${err.message}`, { file: err.file, ...(err.line ? { line: err.line } : {}) });
    }
  }
  const text = lib.renderNotes(h.entries, {
    version: inputs.version,
    repoUrl: env.repoUrl,
    previousTag: h.range.previousTag,
    chart,
    template,
    extra: hand.items,
  });
  const notesFile = join(ctx.runnerTemp, `release-notes-v${inputs.version}.md`);
  await writeAtomic(notesFile, text);
  log.info(`release notes: ${notesFile}`);
  if (text.length > lib.NOTES_MAX) {
    log.warning(
      `the release notes are ${text.length} characters and GitHub keeps at most ${lib.RELEASE_BODY_MAX} in a release body, so announce will refuse them: leave categories out (changelog.exclude in .github/release.yml) or give a shorter notes-template`,
    );
  }
  return {
    outputs: {
      version: inputs.version,
      'previous-version': h.range.previousVersion,
      notes: text,
      'notes-file': notesFile,
      entries: JSON.stringify(h.entries),
    },
    summary: notesSummary({ version: inputs.version, history: h, usePulls: inputs.usePullRequests, notes: text, handWritten: hand.items.length, handFrom: hand.from }),
  };
}

async function lint(env: Env): Promise<Done> {
  const { path, log } = env;
  const [lib, { lintSummary }, { stepLog }] = await Promise.all([import('../lib/changelog/index.js'), import('./summary.js'), import('../lib/runner/core.js')]);
  const text = await readChangelog(env);
  // the file's own links say which repository it is about (a fork keeps its upstream's); else this one
  const own = lib.inferRepoUrl(lib.parseChangelog(text, { file: path, lenient: true }).links.map((l) => l.url));
  const findings = lib.lintChangelog(text, { repoUrl: own ?? env.repoUrl, file: path });
  const annotations = stepLog();
  for (const f of findings) {
    const where = { title: `changelog ${f.rule}`, file: path, ...(f.line > 0 ? { line: f.line } : {}) };
    if (f.severity === 'error') annotations.error(f.message, where);
    else annotations.warning(f.message, where);
  }
  const errors = findings.filter((f) => f.severity === 'error').length;
  log.info(`${path}: ${errors} error(s), ${findings.length - errors} warning(s)`);
  return { outputs: {}, summary: lintSummary({ path, findings }), failed: errors > 0 };
}
