import { ActionError } from '../runner/errors.js';
import { parseVersion } from '../semver/version.js';
import { escapeChatText, escapeMarkdownInline } from './escape.js';
import { entryText, normalizeRepoUrl, notesLine, prNumbersIn } from './format.js';
import { ANNOUNCEMENT_TEMPLATE, NOTES_HEADINGS, NOTES_TEMPLATE, fillTemplate } from './templates.js';
import type { Entry, EntrySection } from './types.js';

/** Where the chart is installed from; the values go into a shell snippet, so they are checked. */
export interface ChartInstall {
  /** `https://…` chart repository, or `oci://registry/path` (the chart name is appended). */
  repoUrl: string;
  /** `helm repo add <alias>` (unused for OCI). */
  repoAlias: string;
  chart: string;
  /** Helm release name. */
  release: string;
  namespace: string;
}

export type NotesCategory = Exclude<keyof typeof NOTES_HEADINGS, 'installation'>;

/** Rendering order of the categories (see NOTES_HEADINGS for why). */
/** GitHub refuses a release body over 125 000 characters. */
export const RELEASE_BODY_MAX = 125_000;
/** The longest notes announce publishes: the rest is room for a later rollback notice. */
export const NOTES_MAX = RELEASE_BODY_MAX - 2_000;

export const NOTES_ORDER: readonly NotesCategory[] = ['features', 'fixes', 'security', 'changed', 'deprecated', 'removed', 'docs', 'breaking'];

const CATEGORY_OF: Record<EntrySection, NotesCategory> = {
  Added: 'features',
  Fixed: 'fixes',
  Security: 'security',
  Changed: 'changed',
  Deprecated: 'deprecated',
  Removed: 'removed',
  Documentation: 'docs',
};

export function notesCategory(entry: Pick<Entry, 'breaking' | 'section'>): NotesCategory {
  return entry.breaking ? 'breaking' : CATEGORY_OF[entry.section];
}

export interface NotesOptions {
  /** `0.5.0` or `v0.5.0`. */
  version: string;
  /** `https://github.com/OWNER/REPO`. */
  repoUrl: string;
  /** The tag the Full Changelog compares from; none → the tag's commit list. */
  previousTag?: string | null;
  tagPrefix?: string;
  /** Trusted Markdown that replaces the generated overview. */
  overview?: string | null;
  /** How many highlights the generated overview lists (default 3). */
  highlightCount?: number;
  /** Without a chart there is no Installation block. */
  chart?: ChartInstall | null;
  /** A template with the placeholders of NOTES_TEMPLATE. */
  template?: string | null;
  /**
   * Hand-written items (e.g. from the CHANGELOG section), as text without a list marker.
   * Escaped like commit text; a generated entry for a pull request they name is dropped.
   */
  extra?: readonly ExtraItem[];
}

const DNS_LABEL = /^[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?$/;
const CHART_NAME = /^[a-z0-9](?:[-a-z0-9._]{0,62}[a-z0-9])?$/;
const SAFE_URL = /^(?:https?|oci):\/\/[A-Za-z0-9._~:/%+-]+$/;

function checkChart(chart: ChartInstall): void {
  const bad = (what: string, value: string, expect: string): never => {
    throw new ActionError(`chart ${what} ${JSON.stringify(value)} is not ${expect}`);
  };
  if (!SAFE_URL.test(chart.repoUrl)) bad('repository URL', chart.repoUrl, 'an https:// or oci:// URL without spaces or shell characters');
  if (!chart.repoUrl.startsWith('oci://') && !CHART_NAME.test(chart.repoAlias)) bad('repository alias', chart.repoAlias, 'a name like wva');
  if (!CHART_NAME.test(chart.chart)) bad('name', chart.chart, 'a chart name (lower case, digits, -)');
  if (!DNS_LABEL.test(chart.release) || chart.release.length > 53) bad('release name', chart.release, 'a DNS label of at most 53 characters');
  if (!DNS_LABEL.test(chart.namespace)) bad('namespace', chart.namespace, 'a DNS label');
}

/**
 * The helm commands that install `version` of the chart. Helm chart versions carry no
 * `v` (`--version 0.5.0`): the process document writes `--version v0.x.0`, which only
 * works because Helm retries with the prefix stripped; the suite writes the chart's real
 * version. `helm repo update <alias>` is added so that a machine that already has the
 * repository sees the new version.
 */
export function installCommands(chart: ChartInstall, version: string): string[] {
  checkChart(chart);
  const v = parseVersion(version).version;
  const repo = normalizeRepoUrl(chart.repoUrl);
  const tail = [`  --version ${v} \\`, `  --namespace ${chart.namespace} \\`, '  --create-namespace'];
  if (repo.startsWith('oci://')) return [`helm install ${chart.release} ${repo}/${chart.chart} \\`, ...tail];
  return [
    `helm repo add ${chart.repoAlias} ${repo}`,
    `helm repo update ${chart.repoAlias}`,
    `helm install ${chart.release} ${chart.repoAlias}/${chart.chart} \\`,
    ...tail,
  ];
}

/** One line for an announcement: `helm install wva wva/chart --version 0.5.0`. */
export function installOneLiner(chart: ChartInstall, version: string): string {
  checkChart(chart);
  const v = parseVersion(version).version;
  const repo = normalizeRepoUrl(chart.repoUrl);
  const ref = repo.startsWith('oci://') ? `${repo}/${chart.chart}` : `${chart.repoAlias}/${chart.chart}`;
  return `helm install ${chart.release} ${ref} --version ${v} --namespace ${chart.namespace} --create-namespace`;
}

const PRIORITY: Record<NotesCategory, number> = { breaking: 0, features: 1, security: 2, fixes: 3, changed: 4, deprecated: 5, removed: 6, docs: 7 };

/** The `n` entries worth announcing: breaking changes, then features, security, fixes, other changes; never docs. */
export function highlights(entries: readonly Entry[], n: number): Entry[] {
  return entries
    .map((e, i) => ({ e, i, p: PRIORITY[notesCategory(e)] }))
    .filter((x) => x.p < PRIORITY.docs)
    .sort((a, b) => a.p - b.p || a.i - b.i)
    .slice(0, Math.max(0, n))
    .map((x) => x.e);
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

function joinWords(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** A hand-written notes item (see `NotesOptions.extra`). */
export interface ExtraItem {
  category: NotesCategory;
  text: string;
}

const LIST_MARKER = /^\s*(?:[-*+]|\d+[.)])\s+/;

/**
 * The generated overview: what the release brings, then its highlights. Hand-written
 * `extra` items count like entries (and come first among equals in the highlights), so the
 * overview agrees with the sections below it.
 */
export function overviewOf(entries: readonly Entry[], n = 3, extra: readonly ExtraItem[] = []): string {
  // one pass: the category of each entry is computed once, for the counts and the ranking
  const priorities: number[] = [];
  const counts = new Map<NotesCategory, number>();
  const tally = (c: NotesCategory): void => void counts.set(c, (counts.get(c) ?? 0) + 1);
  for (const e of entries) {
    const c = notesCategory(e);
    priorities.push(PRIORITY[c]);
    tally(c);
  }
  for (const x of extra) tally(x.category);
  const count = (c: NotesCategory): number => counts.get(c) ?? 0;
  const breaking = count('breaking');
  const parts: string[] = [];
  const features = count('features');
  const fixes = count('fixes');
  const security = count('security');
  const other = count('changed') + count('deprecated') + count('removed');
  const docs = count('docs');
  if (features) parts.push(plural(features, 'new feature', 'new features'));
  if (fixes) parts.push(plural(fixes, 'bug fix', 'bug fixes'));
  if (security) parts.push(plural(security, 'security fix', 'security fixes'));
  if (other) parts.push(plural(other, 'other change', 'other changes'));
  if (docs) parts.push(plural(docs, 'documentation update', 'documentation updates'));
  if (breaking) parts.unshift(plural(breaking, 'breaking change', 'breaking changes'));
  if (parts.length === 0) return 'This release contains no user-facing changes.';
  const lines = [`This release brings ${joinWords(parts)}.`];
  // the first n by priority, then by position (hand-written first); only those n are rendered
  const ranked: string[] = [];
  for (let p = 0; p < PRIORITY.docs && ranked.length < n; p++) {
    for (const x of extra) {
      if (ranked.length >= n) break;
      if (PRIORITY[x.category] === p) ranked.push(`${x.category === 'breaking' ? '⚠️ ' : ''}${escapeMarkdownInline(x.text.replace(LIST_MARKER, ''))}`);
    }
    for (let i = 0; i < entries.length && ranked.length < n; i++) {
      const e = entries[i]!;
      if (priorities[i] === p) ranked.push(`${e.breaking ? '⚠️ ' : ''}${entryText(e)}`);
    }
  }
  if (ranked.length > 0) {
    lines.push('', 'Highlights:');
    for (const text of ranked) lines.push(`- ${text}`);
  }
  return lines.join('\n');
}

/**
 * GitHub release notes in the process's shape: What's New, overview, the categories
 * present (empty ones left out), Installation, Full Changelog.
 */
export function renderNotes(entries: readonly Entry[], options: NotesOptions): string {
  const version = parseVersion(options.version).version;
  const tag = `${options.tagPrefix ?? 'v'}${version}`;
  const repo = normalizeRepoUrl(options.repoUrl);

  const extra = options.extra ?? [];
  const extraPrs = new Set(extra.flatMap((x) => prNumbersIn(x.text)));
  const seen = new Set<number>();
  const kept: Entry[] = [];
  for (const e of entries) {
    if (e.pr !== null) {
      if (seen.has(e.pr) || extraPrs.has(e.pr)) continue;
      seen.add(e.pr);
    }
    kept.push(e);
  }

  const byCategory = new Map<NotesCategory, string[]>();
  const push = (c: NotesCategory, line: string): void => {
    const list = byCategory.get(c) ?? [];
    list.push(line);
    byCategory.set(c, list);
  };
  for (const x of extra) push(x.category, `- ${escapeMarkdownInline(x.text.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, ''))}`);
  for (const e of kept) {
    let line = notesLine(e, repo);
    if (e.breaking && e.breakingNote) line += `\n  ${escapeMarkdownInline(e.breakingNote)}`;
    push(notesCategory(e), line);
  }
  const sections = NOTES_ORDER.filter((c) => byCategory.has(c))
    .map((c) => `### ${NOTES_HEADINGS[c]}\n${byCategory.get(c)!.join('\n')}`)
    .join('\n\n');

  const install = options.chart ? installCommands(options.chart, version).join('\n') : '';
  const installation = options.chart ? [`### ${NOTES_HEADINGS.installation}`, '', '**Helm:**', '```bash', install, '```'].join('\n') : '';
  const previousTag = options.previousTag ?? '';
  const compareUrl = previousTag ? `${repo}/compare/${previousTag}...${tag}` : `${repo}/commits/${tag}`;
  const overview = options.overview?.trim() ? options.overview.trim() : overviewOf(kept, options.highlightCount ?? 3, extra);

  const filled = fillTemplate(options.template ?? NOTES_TEMPLATE, {
    tag,
    version,
    previous_tag: previousTag,
    overview,
    sections,
    installation,
    install,
    compare_url: compareUrl,
  });
  return tidy(filled);
}

/** No runs of blank lines (left by empty placeholders), no leading blank lines, one final newline. */
function tidy(text: string): string {
  return `${text.replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n').replace(/^\n+/, '').replace(/\n+$/, '')}\n`;
}

export interface AnnouncementValues {
  /** `0.5.0` or `v0.5.0`. */
  version: string;
  tagPrefix?: string;
  /** The project's display name; without it the `{project} ` placeholder is dropped. */
  project?: string;
  /** Entries (rendered `scope: subject`) or plain lines; both escaped for chat. */
  highlights: readonly Entry[] | readonly string[];
  notes_url: string;
  /** One line; see installOneLiner. */
  install: string;
}

/**
 * The announcement text. Placeholders: `{project}`, `{version}` (0.5.0), `{tag}` (v0.5.0),
 * `{highlights}`, `{notes_url}`, `{install}`. Highlights are escaped for chat (`<!here>`,
 * `<@U123>` and `@mentions` neutralised).
 */
export function renderAnnouncement(template: string | null | undefined, values: AnnouncementValues): string {
  const version = parseVersion(values.version).version;
  const lines = (values.highlights as readonly (Entry | string)[]).map((h) => {
    if (typeof h === 'string') return `- ${escapeChatText(h.replace(/^\s*[-*]\s+/, ''))}`;
    const scope = h.scope ? `${h.scope}: ` : '';
    return `- ${h.breaking ? '⚠️ ' : ''}${escapeChatText(scope + h.subject)}`;
  });
  let t = template ?? ANNOUNCEMENT_TEMPLATE;
  if (!values.project) t = t.replace(/\{project\}[ \t]*/g, '');
  return tidy(
    fillTemplate(t, {
      project: values.project ?? '',
      version,
      tag: `${values.tagPrefix ?? 'v'}${version}`,
      highlights: lines.length > 0 ? lines.join('\n') : '- No user-facing changes',
      notes_url: values.notes_url,
      install: values.install,
    }),
  );
}
