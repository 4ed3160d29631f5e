/**
 * The changelog part of a bump, behind one function: the `## [Unreleased]` content
 * moves into a new `## [X.Y.Z] - YYYY-MM-DD` section and the compare links follow
 * (the changelog library's `updateChangelog`, with no generated entries: writing
 * entries from commits is the changelog action's job). Loaded lazily.
 */
import { updateChangelog } from '../lib/changelog/index.js';
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

/** The edit of the changelog, or undefined when it already has the version's section. */
export function changelogEdit(req: ChangelogRequest): FileEdit | undefined {
  const result = updateChangelog(req.text, {
    version: req.version,
    date: req.date,
    entries: [],
    repoUrl: req.repoUrl,
    previousTag: req.previousTag ?? null,
    file: req.path,
  });
  if (!result.changed) return undefined;
  const heading = result.section.split('\n')[0] ?? `## [${req.version}] - ${req.date}`;
  const line = result.text.split('\n').findIndex((l) => l.replace(/\r$/, '') === heading) + 1;
  return {
    path: req.path,
    before: req.text,
    after: result.text,
    changes: [{ line, name: 'section', old: 'Unreleased', new: heading.replace(/^##\s+/, '') }],
  };
}
