/**
 * The changelog library: pure functions over text and data (no git, no network, no
 * runner). Used by the changelog action (update / extract / notes / lint), bump-version
 * and announce.
 *
 * - commits: commit records → classified entries (Keep a Changelog section, breaking, PR).
 * - categories: GitHub's `.github/release.yml` label categories.
 * - document / update / extract / lint: CHANGELOG.md (Keep a Changelog) model and edits.
 * - notes: GitHub release notes and the announcement.
 * - templates: the default notes / announcement texts.
 */
export * from './types.js';
export { Classification, Classifier, classifyCommit, classifyCommits, cancelledByReverts, isSkipped, revertTarget, messageForParser, parseOneLine, PARSER_OPTIONS, MERGE_SUBJECT, NOISE_TYPES, TYPE_SECTIONS } from './commits.js';
export { sectionOfVerb, kindMarker } from './subjects.js';
export { pullRequestRecords, PULL_MERGE } from './pull-requests.js';
export type { PullRequestHistory } from './pull-requests.js';
export type { ClassifyOptions, ClassifyResult } from './commits.js';
export { parseReleaseConfig, sectionForTitle, categoryMatcher } from './categories.js';
export type { ReleaseCategories, ReleaseCategory, CategoryMatcher } from './categories.js';
export { parseChangelog, canonicalSection, parseHeadingText, sectionLines, versionSections } from './document.js';
export type { ChangelogDocument, ReleaseSection, Subsection, ChangelogItem, LinkDefinition, ParseOptions, HeadingParts } from './document.js';
export { updateChangelog } from './update.js';
export type { UpdateOptions, UpdateResult } from './update.js';
export { extractSection, sectionContent } from './extract.js';
export type { ExtractedSection } from './extract.js';
export { lintChangelog, inferRepoUrl } from './lint.js';
export type { LintOptions } from './lint.js';
export { renderNotes, renderAnnouncement, highlights, overviewOf, installCommands, installOneLiner, notesCategory, NOTES_ORDER, NOTES_MAX, RELEASE_BODY_MAX } from './notes.js';
export type { NotesOptions, ChartInstall, NotesCategory, AnnouncementValues, ExtraItem } from './notes.js';
export { escapeMarkdownInline, escapeChatText, creditAuthor } from './escape.js';
export { changelogLine, notesLine, entryText, sentenceCase, referenceOf, isIsoDate, normalizeRepoUrl, prNumbersIn } from './format.js';
export { NOTES_TEMPLATE, NOTES_HEADINGS, ANNOUNCEMENT_TEMPLATE, CHANGELOG_HEADER, fillTemplate } from './templates.js';
