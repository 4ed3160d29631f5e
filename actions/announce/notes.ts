/**
 * The release notes: the `notes` input, the `notes-file` input, or — by default — the
 * changelog library's rendering for the version: the CHANGELOG section's items plus the
 * conventional commits since the previous release tag (`git log prev..tag`), in the
 * process's "What's New" shape with the Helm install block and the compare link.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ReleaseConfig } from '../lib/config/config.js';
import type { ChartInstall, Entry, NotesCategory } from '../lib/changelog/index.js';
import { NOTES_MAX, RELEASE_BODY_MAX } from '../lib/changelog/notes.js';
import { Git } from '../lib/git/git.js';
import type { Log } from '../lib/runner/core.js';
import { ActionError, FileError } from '../lib/runner/errors.js';
import { previousTag } from '../lib/semver/version.js';

export { RELEASE_BODY_MAX as MAX_BODY };

export interface NotesRequest {
  workspace: string;
  version: string;
  tag: string;
  notes: string;
  notesFile: string;
  config: ReleaseConfig;
  repoUrl: string;
  chart?: ChartInstall;
  /** Tags of the repository's releases (the git tags are added when the workspace has them). */
  releaseTags: readonly string[];
  log: Log;
}

export interface Notes {
  text: string;
  source: string;
}

export async function releaseNotes(req: NotesRequest): Promise<Notes> {
  let notes: Notes;
  if (req.notes) notes = { text: req.notes, source: 'the notes input' };
  else if (req.notesFile) {
    const text = await readFile(join(req.workspace, req.notesFile), 'utf8').catch(() => {
      throw new FileError(req.notesFile, 'not found (named by the notes-file input)');
    });
    notes = { text, source: req.notesFile };
  } else {
    notes = await defaultNotes(req);
  }
  if (notes.text.trim() === '') throw new ActionError(`the release notes from ${notes.source} are empty`);
  if (notes.text.length > NOTES_MAX) throw new ActionError(`the release notes from ${notes.source} are ${notes.text.length} characters; GitHub keeps at most ${RELEASE_BODY_MAX}`);
  return notes;
}

async function isWorkTree(git: Git): Promise<boolean> {
  const r = await git.git(['rev-parse', '--is-inside-work-tree'], { allowFailure: true });
  return r.exitCode === 0 && r.stdout.trim() === 'true';
}

/** The history and tags the notes need, fetched when the checkout is shallow or lacks the tag. */
async function completeHistory(git: Git, tag: string, log: Log): Promise<void> {
  const shallow = (await git.out(['rev-parse', '--is-shallow-repository']).catch(() => 'false')) === 'true';
  if (!shallow && (await git.resolve(`refs/tags/${tag}`))) return;
  const remotes = (await git.out(['remote'])).split('\n').filter(Boolean);
  if (!remotes.includes('origin')) return;
  const r = await git.git(['fetch', '-q', '--tags', ...(shallow ? ['--unshallow'] : []), '--', 'origin'], { allowFailure: true });
  if (r.exitCode !== 0) log.warning(`could not fetch the history for the release notes: ${(r.stderr || r.stdout).trim().split('\n').pop()}`);
}

async function defaultNotes(req: NotesRequest): Promise<Notes> {
  const lib = await import('../lib/changelog/index.js');
  const git = new Git(req.workspace);
  const sources: string[] = [];

  // ---- the CHANGELOG section ---------------------------------------------------------
  const extra: Array<{ category: NotesCategory; text: string }> = [];
  const changelogText = await readFile(join(req.workspace, req.config.changelog), 'utf8').catch(() => undefined);
  if (changelogText !== undefined) {
    const doc = lib.parseChangelog(changelogText, { file: req.config.changelog, lenient: true });
    const section = doc.sections.find((s) => s.kind === 'version' && s.version === req.version);
    if (section) {
      sources.push(`${req.config.changelog} [${req.version}]`);
      for (const sub of section.subsections) {
        const { section: entrySection, breaking } = lib.sectionForTitle(sub.title);
        for (const item of sub.items) {
          const text = item.lines.map((l) => l.trim()).join(' ').replace(/^(?:[-*+]|\d+[.)])\s+/, '');
          if (!text) continue;
          const isBreaking = breaking || /^\*\*BREAKING\*\*/.test(text);
          extra.push({ category: lib.notesCategory({ breaking: isBreaking, section: entrySection }), text: text.replace(/^\*\*BREAKING\*\*\s*/, '') });
        }
      }
    } else {
      req.log.warning(`${req.config.changelog} has no section for ${req.version}; the notes come from the commits only`);
    }
  }

  // ---- the commits since the previous release -----------------------------------------
  let entries: Entry[] = [];
  let prev: string | undefined;
  if (await isWorkTree(git)) {
    await completeHistory(git, req.tag, req.log);
    const tags = [...new Set([...(await git.tags()), ...req.releaseTags])];
    prev = previousTag(tags, req.version);
    const head = (await git.resolve(`refs/tags/${req.tag}`)) ?? undefined;
    if (head) {
      const from = prev ? await git.resolve(`refs/tags/${prev}`) : undefined;
      const records = await git.log(from ? `${from}..${head}` : head);
      let categories;
      const releaseYml = await readFile(join(req.workspace, '.github', 'release.yml'), 'utf8').catch(() => undefined);
      if (releaseYml !== undefined) categories = lib.parseReleaseConfig(releaseYml);
      entries = lib.classifyCommits(
        records.map((r) => ({ sha: r.sha, subject: r.subject, body: r.body, merge: r.parents.length > 1 })),
        { include: req.config.changelogInclude, ...(categories ? { categories } : {}) },
      ).entries;
      sources.push(`${records.length} commit(s) ${prev ? `${prev}..${req.tag}` : `up to ${req.tag}`}`);
    } else {
      req.log.warning(`the tag ${req.tag} is not in the workspace; the notes leave out the commits`);
    }
  } else {
    prev = previousTag(req.releaseTags, req.version);
    req.log.warning('the workspace is not a git checkout; the notes leave out the commits (check the repository out with fetch-depth: 0)');
  }

  if (entries.length === 0 && extra.length === 0) {
    throw new ActionError(`nothing to write release notes from: ${req.config.changelog} has no section for ${req.version} and there are no commits for ${req.tag}; set notes or notes-file`);
  }
  const overview =
    entries.length > 0
      ? lib.overviewOf(entries, 3)
      : ['Highlights:', ...extra.filter((x) => x.category !== 'docs').slice(0, 3).map((x) => `- ${lib.escapeMarkdownInline(x.text)}`)].join('\n');
  let chart = req.chart;
  if (chart) {
    try {
      lib.installCommands(chart, req.version);
    } catch (err) {
      req.log.warning(`the release notes have no install block: ${(err as Error).message}`);
      chart = undefined;
    }
  }
  const text = lib.renderNotes(entries, {
    version: req.version,
    repoUrl: req.repoUrl,
    previousTag: prev ?? null,
    overview,
    chart: chart ?? null,
    extra,
  });
  return { text, source: sources.join(' and ') };
}
