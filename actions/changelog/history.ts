/**
 * From git history to classified entries: the range, `git log`, pull request
 * enrichment (optional), `.github/release.yml` categories, classification.
 * Loaded with `await import()` after the inputs are validated.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { cancelledByReverts, classifyCommits, parseReleaseConfig, type ClassifyResult, type ReleaseCategories } from '../lib/changelog/index.js';
import type { Git } from '../lib/git/git.js';
import { ActionError, FileError } from '../lib/runner/errors.js';
import type { PullSource } from './pulls.js';
import { commitRecord, enrichWithPulls } from './pulls.js';
import { resolveRange, type ResolvedRange } from './range.js';

export interface HistoryRequest {
  workspace: string;
  version: string;
  from: string;
  to: string;
  /** Explicit categories file ('' → `.github/release.yml` or `.yaml` when present). */
  categories: string;
  /** Conventional types to include although they are noise by default (configuration `changelog-include`). */
  include: readonly string[];
  /** null: no enrichment. */
  pulls: (() => Promise<PullSource>) | null;
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

export async function collectHistory(git: Git, req: HistoryRequest): Promise<History> {
  if ((await git.out(['rev-parse', '--is-shallow-repository'])) === 'true') {
    throw new ActionError('the checkout is shallow, so the history and the tags of the range are incomplete: check out with actions/checkout and fetch-depth: 0');
  }
  const range = await resolveRange(git, { version: req.version, from: req.from, to: req.to });
  const categories = await loadCategories(req.workspace, req.categories);
  const commits = await git.log(range.logRange);

  let records = commits.map(commitRecord);
  let enrichment: History['enrichment'] = null;
  let warning: string | null = null;
  if (req.pulls && commits.length > 0) {
    const skip = cancelledByReverts(records);
    const result = await enrichWithPulls(commits, await req.pulls(), { skip });
    records = result.records;
    enrichment = { enriched: result.enriched, requests: result.requests };
    warning = result.warning;
  }
  const classified = classifyCommits(records, { include: req.include, ...(categories ? { categories: categories.categories } : {}) });
  return { ...classified, range, commits: commits.length, categoriesFile: categories?.file ?? null, enrichment, warning };
}
