import { LineCounter, isMap, isSeq, parseDocument } from 'yaml';
import { FileError } from '../runner/errors.js';
import type { EntrySection } from './types.js';

/**
 * GitHub's own release-notes configuration (`.github/release.yml`), the `changelog` part:
 *
 * ```yaml
 * changelog:
 *   exclude: { labels: [skip-changelog], authors: [renovate-bot] }
 *   categories:
 *     - title: Breaking Changes 🛠
 *       labels: [breaking-change]
 *     - title: New Features 🎉
 *       labels: [enhancement]
 *       exclude: { labels: [wip] }
 * ```
 *
 * A category's title is free text; {@link sectionForTitle} maps it to a Keep a Changelog
 * section. A label in a category overrides the commit type. The `*` wildcard is accepted
 * and ignored for classification: in GitHub it means "everything not matched before",
 * which would override every conventional type (a `feat` would land in "Other Changes").
 */
export interface ReleaseCategory {
  title: string;
  labels: string[];
  excludeLabels: string[];
  excludeAuthors: string[];
  /** Where entries with this category's labels go. */
  section: EntrySection;
  /** The title says "breaking": its entries are marked breaking. */
  breaking: boolean;
}

export interface ReleaseCategories {
  categories: ReleaseCategory[];
  excludeLabels: string[];
  excludeAuthors: string[];
}

/**
 * The section for a category title. Exact Keep a Changelog names first, then keywords;
 * anything else (e.g. "Other Changes", "Dependencies") is `Changed`.
 */
export function sectionForTitle(title: string): { section: EntrySection; breaking: boolean } {
  const t = title.toLowerCase();
  const breaking = /\bbreaking\b/.test(t);
  if (breaking) return { section: 'Changed', breaking };
  const exact = (['added', 'changed', 'deprecated', 'removed', 'fixed', 'security'] as const).find((s) => new RegExp(`\\b${s}\\b`).test(t));
  if (exact) return { section: (exact[0]!.toUpperCase() + exact.slice(1)) as EntrySection, breaking };
  if (/secur|vulnerab|\bcve\b/.test(t)) return { section: 'Security', breaking };
  if (/deprecat/.test(t)) return { section: 'Deprecated', breaking };
  if (/remov|delet|drop/.test(t)) return { section: 'Removed', breaking };
  if (/\bbugs?\b|\bfix/.test(t)) return { section: 'Fixed', breaking };
  if (/\bdocs?\b|documentation/.test(t)) return { section: 'Documentation', breaking };
  if (/feature|enhancement|\bnew\b|\badd/.test(t)) return { section: 'Added', breaking };
  return { section: 'Changed', breaking };
}

function strings(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value.filter((v) => v !== null && v !== undefined).map(String);
  return [String(value)];
}

/**
 * Parses `.github/release.yml`. A file without a `changelog` key yields no categories.
 * Refuses YAML errors and wrong shapes with a FileError that names the line.
 */
export function parseReleaseConfig(text: string, file = '.github/release.yml'): ReleaseCategories {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const first = doc.errors[0];
  if (first) {
    const at = first.linePos?.[0]?.line ?? lineCounter.linePos(first.pos[0]).line;
    throw new FileError(file, `not valid YAML: ${first.message.split('\n')[0]}`, at);
  }
  const lineOf = (path: (string | number)[]): number | undefined => {
    const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
    return node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
  };
  const result: ReleaseCategories = { categories: [], excludeLabels: [], excludeAuthors: [] };
  if (doc.contents === null) return result;
  if (!isMap(doc.contents)) throw new FileError(file, 'expected a mapping at the top level', lineOf([]) ?? 1);
  const changelog = doc.get('changelog', true);
  if (changelog === undefined || changelog === null) return result;
  if (!isMap(changelog)) throw new FileError(file, "expected 'changelog' to be a mapping", lineOf(['changelog']));
  const js = doc.toJS() as { changelog: { exclude?: unknown; categories?: unknown } };
  const exclude = js.changelog.exclude as { labels?: unknown; authors?: unknown } | null | undefined;
  if (exclude !== undefined && exclude !== null && (typeof exclude !== 'object' || Array.isArray(exclude))) {
    throw new FileError(file, "expected 'changelog.exclude' to be a mapping with 'labels' and 'authors'", lineOf(['changelog', 'exclude']));
  }
  result.excludeLabels = strings(exclude?.labels);
  result.excludeAuthors = strings(exclude?.authors);
  const categoriesNode = changelog.get('categories', true);
  if (categoriesNode === undefined || categoriesNode === null) return result;
  if (!isSeq(categoriesNode)) throw new FileError(file, "expected 'changelog.categories' to be a list", lineOf(['changelog', 'categories']));
  const categories = js.changelog.categories as unknown[];
  categories.forEach((raw, i) => {
    const at = lineOf(['changelog', 'categories', i]);
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      throw new FileError(file, `expected category ${i + 1} to be a mapping with 'title' and 'labels'`, at);
    }
    const c = raw as { title?: unknown; labels?: unknown; exclude?: { labels?: unknown; authors?: unknown } | null };
    if (typeof c.title !== 'string' || c.title.trim() === '') {
      throw new FileError(file, `category ${i + 1} has no 'title'`, at);
    }
    const labels = strings(c.labels);
    if (labels.length === 0) throw new FileError(file, `category '${c.title}' has no 'labels'`, at);
    const mapped = sectionForTitle(c.title);
    result.categories.push({
      title: c.title,
      labels,
      excludeLabels: strings(c.exclude?.labels),
      excludeAuthors: strings(c.exclude?.authors),
      section: mapped.section,
      breaking: mapped.breaking,
    });
  });
  return result;
}

const lower = (xs: readonly string[]): Set<string> => new Set(xs.map((x) => x.toLowerCase()));

/** A precomputed matcher over parsed categories (labels compare case-insensitively, as GitHub does). */
export interface CategoryMatcher {
  excluded(labels: readonly string[], author: string | null): boolean;
  match(labels: readonly string[], author: string | null): ReleaseCategory | null;
}

export function categoryMatcher(config: ReleaseCategories): CategoryMatcher {
  const exLabels = lower(config.excludeLabels);
  const exAuthors = new Set(config.excludeAuthors);
  const cats = config.categories.map((c) => ({
    c,
    labels: lower(c.labels.filter((l) => l !== '*')),
    exLabels: lower(c.excludeLabels),
    exAuthors: new Set(c.excludeAuthors),
  }));
  return {
    excluded(labels, author) {
      if (author !== null && (exAuthors.has(author) || exAuthors.has('*'))) return true;
      return labels.some((l) => exLabels.has(l.toLowerCase()) || exLabels.has('*'));
    },
    match(labels, author) {
      if (labels.length === 0) return null;
      for (const k of cats) {
        if (!labels.some((l) => k.labels.has(l.toLowerCase()))) continue;
        if (labels.some((l) => k.exLabels.has(l.toLowerCase()))) continue;
        if (author !== null && k.exAuthors.has(author)) continue;
        return k.c;
      }
      return null;
    },
  };
}
