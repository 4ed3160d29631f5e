/**
 * What a subject that is not a conventional commit says of itself: a pull request title in a
 * merge-commit workflow ("Add metrics validation", "Fixing tolerance function") or a
 * Kubernetes project's marked title ("✨ Add governance workflows").
 */
import type { EntrySection } from './types.js';

/**
 * A subject that is not conventional (a merge-commit workflow's pull request title, "Add
 * metrics validation", "Fixing tolerance function") says what it is by its first word.
 */
const VERB_SECTIONS: ReadonlyArray<readonly [RegExp, EntrySection]> = [
  [/^(?:add|adds|added|adding|introduce|introduces|introduced|introducing)\b/i, 'Added'],
  [/^(?:fix|fixes|fixed|fixing)\b/i, 'Fixed'],
  [/^(?:remove|removes|removed|removing|drop|drops|dropped|dropping|delete|deletes|deleted|deleting)\b/i, 'Removed'],
  [/^(?:deprecate|deprecates|deprecated|deprecating)\b/i, 'Deprecated'],
];

/**
 * The PR title markers of the Kubernetes operator projects (kubebuilder-release-tools'
 * VERSIONING.md, used by controller-runtime, cluster-api and llm-d-infra): ⚠ breaking,
 * ✨ feature, 🐛 fix, 📖 docs, 🌱 (and the older 🏃) infra/tests/other — as an emoji or its
 * `:shortcode:`.
 */
const KIND_MARKER = /^(?:(⚠\uFE0F?|:warning:)|(✨|:sparkles:)|(🐛|:bug:)|(📖|:book:)|(🌱|:seedling:|🏃|:running:))\s*/u;

/** The conventional type a marker stands for (🌱: none, so the title's verb decides), and the title without it. */
export function kindMarker(subject: string): { type: string | null; breaking: boolean; rest: string } | null {
  const m = KIND_MARKER.exec(subject);
  if (!m || m[0].length === subject.length) return null;
  const type = m[2] ? 'feat' : m[3] ? 'fix' : m[4] ? 'docs' : null;
  return { type, breaking: m[1] !== undefined, rest: subject.slice(m[0].length) };
}

/** The section of a non-conventional subject: by its verb, else Changed. */
export function sectionOfVerb(subject: string): EntrySection {
  const text = subject.trim();
  return VERB_SECTIONS.find(([re]) => re.test(text))?.[1] ?? 'Changed';
}
