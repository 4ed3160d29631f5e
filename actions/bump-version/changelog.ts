/**
 * The changelog part of a bump, behind one function: the `## [Unreleased]` content
 * moves into a new `## [X.Y.Z] - YYYY-MM-DD` section and the compare links follow
 * (the changelog library's `updateChangelog`, with no generated entries: writing
 * entries from commits is the changelog action's job). Loaded lazily.
 */
import { updateChangelog } from '../lib/changelog/index.js';
import { FileError } from '../lib/runner/errors.js';
import type { FileEdit } from '../lib/versioning/types.js';

export interface ChangelogRequest {
  path: string;
  text: string;
  version: string;
  date: string;
  /** `https://github.com/OWNER/REPO`, for the compare links. */
  repoUrl: string;
  /** The tag the compare link starts from, e.g. `v0.4.1`. */
  previousTag?: string;
}

/**
 * The edit of the changelog. A changelog that already has the version's section is
 * refused: the version was released before, or the section was written by hand, and
 * either way a bump would publish notes nobody reviewed in this pull request.
 */
export function changelogEdit(req: ChangelogRequest): FileEdit {
  const result = updateChangelog(req.text, {
    version: req.version,
    date: req.date,
    entries: [],
    repoUrl: req.repoUrl,
    previousTag: req.previousTag ?? null,
    file: req.path,
  });
  if (!result.changed) {
    const heading = result.section.split('\n')[0] ?? '';
    const line = req.text.split('\n').findIndex((l) => l.replace(/\r$/, '') === heading) + 1;
    throw new FileError(req.path, `already has a section for ${req.version} (${heading.replace(/^##\s+/, '')}): pick the next version, or remove that section and move its lines under ## [Unreleased]`, line || undefined);
  }
  const heading = result.section.split('\n')[0] ?? `## [${req.version}] - ${req.date}`;
  const line = result.text.split('\n').findIndex((l) => l.replace(/\r$/, '') === heading) + 1;
  return {
    path: req.path,
    before: req.text,
    after: result.text,
    changes: [{ line, name: 'section', old: 'Unreleased', new: heading.replace(/^##\s+/, '') }],
  };
}
