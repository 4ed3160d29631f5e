/**
 * From git history to classified entries: the range, `git log`, pull request
 * enrichment (optional), `.github/release.yml` categories, classification.
 * Loaded with `await import()` after the inputs are validated.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Classification, cancelledByReverts, classifyCommits, parseReleaseConfig, pullRequestRecords, type ClassifyOptions, type ClassifyResult, type ReleaseCategories } from '../lib/changelog/index.js';
import { FileError } from '../lib/runner/errors.js';
import { commitRecord, type GitCommit } from './commit-record.js';
import type { PullSource } from './pulls.js';
import type { StartedLog } from './log.js';
import type { ResolvedRange } from './range.js';

export interface HistoryRequest {
  workspace: string;
  /** Explicit categories file ('' → `.github/release.yml` or `.yaml` when present). */
  categories: string;
  /** Conventional types to include although they are noise by default (configuration `changelog-include`). */
  include: readonly string[];
  /** null: no enrichment. */
  pulls: (() => Promise<PullSource>) | null;
  /** The range's `git log`, started as early as the action could (see log.ts). */
  log: StartedLog;
}

export interface History extends ClassifyResult {
  range: ResolvedRange;
  commits: number;
  /** The categories file read, if any. */
  categoriesFile: string | null;
  enrichment: { enriched: number; requests: number } | null;
  /** The one warning to print about the enrichment, or null. */
  warning: string | null;
}

const DEFAULT_CATEGORIES = ['.github/release.yml', '.github/release.yaml'];

async function readOptional(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

/** GitHub's release.yml categories: the explicit file (must exist), else the default one when present. */
export async function loadCategories(workspace: string, explicit: string): Promise<{ file: string; categories: ReleaseCategories } | null> {
  for (const file of explicit ? [explicit] : DEFAULT_CATEGORIES) {
    const text = await readOptional(join(workspace, file));
    if (text === undefined) continue;
    return { file, categories: parseReleaseConfig(text, file) };
  }
  if (explicit) throw new FileError(explicit, 'not found (input categories names it)');
  return null;
}

export async function collectHistory(req: HistoryRequest): Promise<History> {
  // the categories file is read while git answers; its error, if any, comes after the range's
  const categoriesRead = loadCategories(req.workspace, req.categories);
  categoriesRead.catch(() => undefined);
  const range = await req.log.range;
  const categories = await categoriesRead;
  const options: ClassifyOptions = { include: req.include, ...(categories ? { categories: categories.categories } : {}) };
  const base = { range, categoriesFile: categories?.file ?? null };

  if (!req.pulls) {
    // nothing to wait for but git: each commit is classified as git hands it over
    const classification = new Classification(options);
    await req.log.each((c) => classification.add(commitRecord(c)));
    return { ...classification.result(), ...base, commits: classification.size, enrichment: null, warning: null };
  }
  const commits: GitCommit[] = [];
  await req.log.each((c) => void commits.push(c));
  // the pull requests first: a merged one is one record (one request), its branch's commits none
  const grouped = pullRequestRecords(commits.map(commitRecord));
  let records = grouped.records.map(({ parents: _parents, ...r }) => r);
  let enrichment: History['enrichment'] = null;
  let warning: string | null = null;
  if (commits.length > 0) {
    const { enrichWithPulls } = await import('./pulls.js');
    const skip = cancelledByReverts(records);
    const result = await enrichWithPulls(records, await req.pulls(), { skip });
    records = result.records;
    enrichment = { enriched: result.enriched, requests: result.requests };
    warning = result.warning;
  }
  const classified = classifyCommits(records, options);
  return { entries: classified.entries, skipped: [...grouped.inPullRequests, ...classified.skipped], ...base, commits: commits.length, enrichment, warning };
}
