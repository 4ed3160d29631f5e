/**
 * The default texts the suite ships. They are TypeScript constants rather than files
 * because `ncc` bundles code, not arbitrary text files.
 *
 * A repository overrides them through the actions' inputs (the changelog action's
 * `notes-template` and the announce action's `announcement-template`: a path to a file in
 * the repository, read by the action and passed here as `template`; wired in those
 * actions). Placeholders are `{name}`; an unknown `{name}` is left as written.
 */

/**
 * GitHub release notes, in the shape of WVA's release process ("Example release notes
 * structure"). Placeholders: `{tag}` (v0.5.0), `{version}` (0.5.0), `{previous_tag}`,
 * `{overview}`, `{sections}` (the category sections, empty ones left out),
 * `{installation}` (the whole 📦 Installation block; empty without a chart),
 * `{install}` (just the helm commands), `{compare_url}`.
 */
export const NOTES_TEMPLATE = `## What's New in {tag}

{overview}

{sections}

{installation}

**Full Changelog**: {compare_url}
`;

/**
 * Category headings of the release notes, in the order they are rendered. The four the
 * process documents keep its order (features, fixes, documentation, breaking changes);
 * the other Keep a Changelog types sit after the fixes, where a reader still looks:
 * security first among them. Breaking changes also lead the overview.
 */
export const NOTES_HEADINGS = {
  features: '🎉 New Features',
  fixes: '🐛 Bug Fixes',
  security: '🔒 Security',
  changed: '🔧 Changes',
  deprecated: '⏳ Deprecations',
  removed: '🗑️ Removed',
  docs: '📖 Documentation',
  breaking: '⚠️ Breaking Changes',
  installation: '📦 Installation',
} as const;

/**
 * The announcement, as the process's "Example announcement". Placeholders: `{project}`,
 * `{tag}`, `{version}`, `{highlights}` (a `- ` list), `{notes_url}`, `{install}` (one line).
 */
export const ANNOUNCEMENT_TEMPLATE = `🎉 {project} {tag} is now available!

Highlights:
{highlights}

📖 Full release notes: {notes_url}

📦 Install: {install}
`;

/** The head of a new CHANGELOG.md (used when the file is empty). */
export const CHANGELOG_HEADER = `# Changelog

All notable changes to this project will be documented in this file.

The format is based on [Keep a Changelog](https://keepachangelog.com/en/1.1.0/),
and this project adheres to [Semantic Versioning](https://semver.org/spec/v2.0.0.html).

## [Unreleased]
`;

/** Fills `{name}` placeholders; names without a value stay as written. */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{([a-z_]+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? values[name]! : whole));
}
