import semver from 'semver';
import { canonicalSection, parseChangelog, type ReleaseSection } from './document.js';
import { isIsoDate, normalizeRepoUrl } from './format.js';
import type { Finding } from './types.js';

export interface LintOptions {
  /** `https://github.com/OWNER/REPO`; otherwise inferred from the file's own compare links. */
  repoUrl?: string | null;
  /** Tag prefix; otherwise inferred from the links, else `v`. */
  tagPrefix?: string;
  file?: string;
}

const REPO_OF_LINK = /^(https?:\/\/[^/\s]+\/[^/\s]+\/[^/\s]+?)\/(?:compare|releases\/tag|tree|commits?)\//;

/** The repository URL most of the file's links point into, or null. */
export function inferRepoUrl(urls: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const url of urls) {
    const m = REPO_OF_LINK.exec(url);
    if (m) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  }
  let best: string | null = null;
  let n = 0;
  for (const [k, c] of counts) if (c > n) [best, n] = [k, c];
  return best;
}

function inferPrefix(links: readonly { label: string; url: string }[]): string | null {
  for (const l of links) {
    const v = l.label.replace(/^v/, '');
    if (!semver.valid(v)) continue;
    for (const p of ['v', '']) if (l.url.endsWith(`...${p}${v}`) || l.url.endsWith(`/${p}${v}`)) return p;
  }
  return null;
}

/** The version released just before `v` among `versions`: prereleases only count for a prerelease. */
function previousOf(versions: readonly string[], v: string): string | null {
  const pre = semver.prerelease(v) !== null;
  const older = versions.filter((x) => semver.lt(x, v) && (pre || semver.prerelease(x) === null)).sort(semver.rcompare);
  return older[0] ?? null;
}

/**
 * Checks a Keep a Changelog document. Errors: a file it cannot parse, a version that is
 * not SemVer, a date that is not an ISO calendar date, a section type outside the six,
 * versions out of order (newest first, Unreleased on top), a duplicate version, a missing
 * or wrong compare link (when the repository URL is known or inferable). Warnings: a
 * released section with nothing in it (or an empty `###`), a version without a date, a
 * section type in the wrong case.
 */
export function lintChangelog(text: string, options: LintOptions = {}): Finding[] {
  const findings: Finding[] = [];
  const add = (severity: Finding['severity'], line: number, rule: Finding['rule'], message: string): void => {
    findings.push({ severity, line, rule, message });
  };
  if (text.trim() === '') {
    add('error', 1, 'structure', "is empty: expected a '# Changelog' title and '## [X.Y.Z] - YYYY-MM-DD' sections");
    return findings;
  }
  const doc = parseChangelog(text, { file: options.file ?? 'CHANGELOG.md', lenient: true });
  for (const p of doc.problems) add('error', p.line, 'structure', p.message);

  const seen = new Map<string, ReleaseSection>();
  let previous: { version: string; section: ReleaseSection } | null = null;
  let sawVersion: ReleaseSection | null = null;
  let unreleased: ReleaseSection | null = null;
  const versions: { version: string; section: ReleaseSection }[] = [];

  for (const s of doc.sections) {
    if (s.kind === 'unreleased') {
      if (unreleased) add('error', s.line, 'duplicate-version', `a second [Unreleased] section (the first is at line ${unreleased.line})`);
      else unreleased = s;
      if (sawVersion) add('error', s.line, 'version-order', `[Unreleased] comes after ${sawVersion.label} (line ${sawVersion.line}): it belongs on top`);
    }
    if (s.kind !== 'version') continue;
    sawVersion ??= s;
    const v = s.version!;
    const valid = semver.valid(v) !== null;
    if (!valid) add('error', s.line, 'version-semver', `'${s.label}' is not a SemVer version (X.Y.Z)`);
    if (s.date === null) add('warning', s.line, 'date-missing', `${s.label} has no release date ('## [${s.label}] - YYYY-MM-DD')`);
    else if (!/^\d{4}-\d{2}-\d{2}$/.test(s.date)) add('error', s.line, 'date-format', `date '${s.date}' of ${s.label} is not ISO 8601 YYYY-MM-DD`);
    else if (!isIsoDate(s.date)) add('error', s.line, 'date-format', `date '${s.date}' of ${s.label} is not a calendar date`);
    if (valid) {
      const key = semver.clean(v)!;
      const first = seen.get(key);
      if (first) add('error', s.line, 'duplicate-version', `${s.label} already has a section at line ${first.line}`);
      else {
        seen.set(key, s);
        versions.push({ version: key, section: s });
      }
      if (previous && semver.gte(v, previous.version) && !first) {
        add('error', s.line, 'version-order', `${s.label} comes after ${previous.section.label} (line ${previous.section.line}): sections go newest first`);
      }
      if (!first) previous = { version: v, section: s };
    }
    for (const sub of s.subsections) {
      const canonical = canonicalSection(sub.title);
      if (!canonical) {
        add('error', sub.line, 'section-type', `'### ${sub.title}' is not a Keep a Changelog type (Added, Changed, Deprecated, Removed, Fixed, Security)`);
      } else if (canonical !== sub.title) {
        add('warning', sub.line, 'section-type', `write '### ${canonical}', not '### ${sub.title}'`);
      }
      if (sub.items.length === 0) add('warning', sub.line, 'empty-section', `'### ${sub.title}' of ${s.label} is empty`);
    }
    if (s.intro.length === 0 && s.subsections.length === 0) {
      add('warning', s.line, 'empty-section', `${s.label} is released with no changes listed`);
    }
  }

  // compare links
  const repo = options.repoUrl ? normalizeRepoUrl(options.repoUrl) : inferRepoUrl(doc.links.map((l) => l.url));
  if (repo) {
    const prefix = options.tagPrefix ?? inferPrefix(doc.links) ?? 'v';
    const byLabel = new Map<string, (typeof doc.links)[number]>();
    for (const l of doc.links) if (!byLabel.has(l.label.toLowerCase())) byLabel.set(l.label.toLowerCase(), l);
    const all = versions.map((x) => x.version);
    const tag = (v: string): string => `${prefix}${v}`;
    for (const { version, section } of versions) {
      if (!section.bracketed) continue;
      const link = byLabel.get(section.label.toLowerCase());
      const prev = previousOf(all, version);
      const expected = prev ? `${repo}/compare/${tag(prev)}...${tag(version)}` : `${repo}/releases/tag/${tag(version)}`;
      if (!link) {
        add('error', section.line, 'compare-link', `[${section.label}] has no link definition; expected '[${section.label}]: ${expected}'`);
        continue;
      }
      const url = link.url.replace(/\/+$/, '');
      // the base is the previous version by SemVer, or an older one: after a backport
      // (0.3.2 released after 0.4.0), 0.4.0 still rightly compares from v0.3.1
      const compare = url.startsWith(`${repo}/compare/`) ? /^(.+)\.\.\.(.+)$/.exec(url.slice(repo.length + 9)) : null;
      const base = compare && compare[1]!.startsWith(prefix) ? semver.valid(compare[1]!.slice(prefix.length)) : null;
      const ok =
        (compare !== null && compare[2] === tag(version) && base !== null && semver.lt(base, version)) ||
        (!prev && [`${repo}/releases/tag/${tag(version)}`, `${repo}/tree/${tag(version)}`, `${repo}/commits/${tag(version)}`].includes(url));
      if (!ok) add('error', link.line, 'compare-link', `[${link.label}] points to ${link.url}; expected ${expected}`);
    }
    if (unreleased && unreleased.bracketed && all.length > 0) {
      const newest = [...all].sort(semver.rcompare)[0]!;
      const expected = `${repo}/compare/${tag(newest)}...HEAD`;
      const link = byLabel.get('unreleased');
      if (!link) add('error', unreleased.line, 'compare-link', `[${unreleased.label}] has no link definition; expected '[${unreleased.label}]: ${expected}'`);
      else if (!link.url.startsWith(`${repo}/compare/${tag(newest)}...`)) {
        add('error', link.line, 'compare-link', `[${link.label}] points to ${link.url}; expected ${expected}`);
      }
    }
  }
  return findings.sort((a, b) => a.line - b.line);
}
