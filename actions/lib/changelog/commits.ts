import { CommitParser, type Commit, type ParserOptions } from 'conventional-commits-parser';
import { isReleaseCommit } from '../semver/release-commit.js';
import { categoryMatcher, type CategoryMatcher, type ReleaseCategories } from './categories.js';
import { HistoryIndex, pullRequestRecords } from './pull-requests.js';
import { kindMarker, sectionOfVerb } from './subjects.js';
import type { CommitRecord, Entry, EntrySection, Skipped, SkipReason } from './types.js';

/** `type(scope): subject`, `type!: subject`; scope without parentheses so `a (b): c` cannot swallow. */
const HEADER = /^(\w+)(?:\(([^()\r\n]*)\))?!?: (.*)$/;
const BREAKING_HEADER = /^(\w+)(?:\(([^()\r\n]*)\))?!: (.*)$/;
/**
 * HEADER and BREAKING_HEADER in one pass: a line BREAKING_HEADER matches is matched here with
 * `!` captured (the type is a whole word, so the only way on is `(scope)` or `!`), any other
 * line as HEADER matches it.
 */
const ANY_HEADER = /^(\w+)(?:\(([^()\r\n]*)\))?(!)?: (.*)$/;

/**
 * How `conventional-commits-parser` is configured here, and why.
 *
 * With its defaults it builds the issue-reference regex
 * `(?:.*?)??\s*([\w-\.\/]*?)??(#)([\w-]+)(?=…)` and runs it on every line of every
 * message; on lines without a reference it backtracks through every split of the line,
 * which is where ~90% of its time goes (about 1 600–5 000 commits/s). The library's
 * references are not used here: the pull request comes from the API or from the squash
 * subject `... (#123)`, which one anchored regex reads. So `issuePrefixes` and
 * `referenceActions` are unset (the parser then uses a no-match regex for references),
 * and `fieldPattern` is unset too (the `-hash-` meta lines are a git-raw-commits format,
 * not something a commit body carries). The result is ~70 000 commits/s on real-shaped
 * messages (with {@link messageForParser}, more). Type, scope, subject, notes and revert
 * are unaffected; the differential test in
 * `test/unit/changelog/commits.test.ts` compares them with a default-configured parser.
 *
 * The default header pattern does not know `type!:`; the conventional-commits preset's
 * breaking pattern is added, with a scope that cannot contain parentheses.
 */
export const PARSER_OPTIONS: ParserOptions = {
  headerPattern: HEADER,
  breakingHeaderPattern: BREAKING_HEADER,
  headerCorrespondence: ['type', 'scope', 'subject'],
  noteKeywords: ['BREAKING CHANGE', 'BREAKING-CHANGE', 'DEPRECATED'],
  issuePrefixes: undefined,
  referenceActions: undefined,
  fieldPattern: undefined,
  mergePattern: undefined,
  revertPattern: /^Revert\s"([\s\S]*)"\s*This reverts commit (\w*)\.?/,
  revertCorrespondence: ['header', 'hash'],
};

const BODY_MATTERS = /breaking|deprecated|reverts commit/i;

/**
 * The text handed to the parser. The classifier reads the header (first line only: no
 * merge pattern is configured), the notes (a line must start with a note keyword, matched
 * case-insensitively) and the git revert (`This reverts commit`). A body that contains none
 * of those words cannot change any of them, so the parser gets the subject alone: most
 * commits are then one line, and the per-line cost of the parser's reference scan (a
 * no-match regex that is still O(line²)) is paid only where it can matter.
 */
export function messageForParser(subject: string, body: string): string {
  return body && BODY_MATTERS.test(body) ? `${subject}\n\n${body}` : subject;
}

/** What the classifier reads of a parsed commit. */
export interface ParsedMessage {
  header: string | null;
  type: string | null;
  scope: string | null;
  subject: string | null;
  notes: readonly { title: string; text: string }[];
  revert: Record<string, string | null> | null;
}

function parsed(c: Commit): ParsedMessage {
  return { header: c.header, type: c['type'] ?? null, scope: c['scope'] ?? null, subject: c['subject'] ?? null, notes: c.notes, revert: c.revert };
}

const NO_NOTES: ParsedMessage['notes'] = Object.freeze([]);

/** Lines the parser drops (`gpg:` output), line breaks, and what its revert pattern could match. */
const NOT_A_PLAIN_HEADER = /^\s*gpg:|[\r\n]|reverts commit/i;

/**
 * The parser's result for a one-line message, without running it: with
 * {@link PARSER_OPTIONS} a single line can only be a header (breaking pattern first, then
 * the plain one; `type!:` adds a BREAKING CHANGE note with the subject), so this is the
 * same result at a fraction of the cost (most messages are one line once
 * {@link messageForParser} has dropped a body that cannot matter). Null when the line is
 * not such a plain header; then the parser runs. The differential test in
 * `test/unit/changelog/commits.test.ts` holds the two equal.
 */
export function parseOneLine(line: string): ParsedMessage | null {
  if (line.trim() === '' || NOT_A_PLAIN_HEADER.test(line)) return null;
  const m = ANY_HEADER.exec(line);
  return {
    header: line,
    // the parser reads an empty group as null
    type: m?.[1] || null,
    scope: m?.[2] || null,
    subject: m?.[4] || null,
    notes: m?.[3] ? [{ title: 'BREAKING CHANGE', text: m[4]! }] : NO_NOTES,
    revert: null,
  };
}

/** The merge subjects git and GitHub write. */
export const MERGE_SUBJECT = /^Merge (?:pull request #\d+ |(?:remote-tracking )?branch(?:es)? |tag |commit |'|")/;
const SQUASH_PR = /\s*\(#(\d+)\)\s*$/;
const REVERT_SUBJECT = /^(?:revert(?:\([^()]*\))?!?:\s|Revert ")/i;
/** What every subject REVERT_SUBJECT accepts starts with, spaces first allowed. */
const MAYBE_REVERT = /^\s*revert/i;
const REVERTS_COMMIT = /This reverts commit ([0-9a-f]{7,40})/i;

/** A git trailer or a reference footer: where the text of a note ends. */
const TRAILER = /^[A-Za-z][\w-]*(?::[ \t]|[ \t]+#\d|[ \t]+[\w.-]+\/[\w.-]+#\d)/;

/** The parser runs a note on to the next note; the text here stops at the first trailer (`Signed-off-by:`, `Fixes #1`). */
function noteText(text: string): string {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    if (TRAILER.test(line)) break;
    out.push(line);
  }
  return out.join('\n').trim();
}

/** Types that are left out unless `include` names them. */
export const NOISE_TYPES = new Set(['chore', 'ci', 'test', 'tests', 'build', 'style']);

/** The section of each conventional type; an unknown type (e.g. `update:`) goes to Changed. */
export const TYPE_SECTIONS: Readonly<Record<string, EntrySection>> = {
  feat: 'Added',
  feature: 'Added',
  fix: 'Fixed',
  perf: 'Changed',
  refactor: 'Changed',
  revert: 'Removed',
  deprecate: 'Deprecated',
  deprecated: 'Deprecated',
  security: 'Security',
  docs: 'Documentation',
  doc: 'Documentation',
};

export interface ClassifyOptions {
  /** Types to include although they are noise by default (`chore`, `ci`, …); they go to Changed. */
  include?: readonly string[];
  /** Parsed `.github/release.yml` categories (see `parseReleaseConfig`). */
  categories?: ReleaseCategories;
  /** Per-type sections that win over the defaults and over `include`, e.g. `{ deps: 'Security', chore: 'Changed' }`. */
  typeSections?: Readonly<Record<string, EntrySection>>;
}

export interface ClassifyResult {
  entries: Entry[];
  skipped: Skipped[];
}

/** Reusable classifier: one configured parser and one category matcher for many commits. */
export class Classifier {
  private readonly parser = new CommitParser(PARSER_OPTIONS);
  private readonly include: Set<string>;
  private readonly matcher: CategoryMatcher | null;
  private readonly overrides: Readonly<Record<string, EntrySection>>;

  constructor(options: ClassifyOptions = {}) {
    this.include = new Set((options.include ?? []).map((t) => t.toLowerCase()));
    this.matcher = options.categories ? categoryMatcher(options.categories) : null;
    this.overrides = Object.fromEntries(Object.entries(options.typeSections ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  }

  /**
   * One commit to an entry, or the reason it is left out. Precedence, first match wins:
   * merge → skipped; the suite's own release commit (the release pull request's squash
   * subject, the bump commit) → skipped; `changelog.exclude` label/author → skipped; breaking (`!`,
   * `BREAKING CHANGE:`/`BREAKING-CHANGE:` footer, or a "breaking" category) → Changed;
   * `security` type/scope/label → Security; `DEPRECATED:` footer → Deprecated; a label
   * in a category → that category's section; the type; a non-conventional subject → Changed.
   */
  classify(record: CommitRecord): Entry | Skipped {
    const { sha } = record;
    const subjectLine = record.subject.trim();
    if (record.merge || MERGE_SUBJECT.test(subjectLine)) return { sha, reason: 'merge' };
    // the previous release is not a change of this one, whatever `include` says about chore
    if (isReleaseCommit(subjectLine)) return { sha, reason: 'release' };
    const body = record.body?.trim() ?? '';
    if (subjectLine === '' && body === '') return { sha, reason: 'empty' };
    const labels = record.labels ?? [];
    const author = record.author ?? null;
    if (this.matcher?.excluded(labels, author)) return { sha, reason: 'excluded' };

    const message = messageForParser(subjectLine, body);
    const commit = (message === subjectLine ? parseOneLine(message) : null) ?? parsed(this.parser.parse(message));
    const header = commit.header ?? subjectLine;
    const type = commit.type ? commit.type.toLowerCase() : null;
    const scope = commit.scope ? commit.scope : null;
    let subject = (type !== null ? commit.subject : header) ?? header;
    let pr = record.pr ?? null;
    const squash = SQUASH_PR.exec(subject);
    if (squash) {
      subject = subject.slice(0, squash.index);
      pr ??= Number(squash[1]);
    }
    subject = subject.trim();
    // a kubebuilder-style title (`✨ Add X`): its marker is the type
    const marker = type === null ? kindMarker(subject) : null;
    if (marker) subject = marker.rest;
    const kind = marker ? marker.type : type;

    let breakingNote: string | null = null;
    let deprecated = false;
    for (const note of commit.notes) {
      if (note.title === 'BREAKING CHANGE' || note.title === 'BREAKING-CHANGE') breakingNote ??= noteText(note.text);
      else if (note.title === 'DEPRECATED') deprecated = true;
    }
    // most headers have no `!`: the regex runs only where it can match
    const bang = type !== null && header.includes('!') && BREAKING_HEADER.test(header);
    // the parser copies the subject into a note for `type!:`; that is not a footer text
    if (bang && breakingNote !== null && commit.subject && breakingNote === commit.subject) breakingNote = null;
    const category = this.matcher?.match(labels, author) ?? null;
    const breaking = bang || (marker?.breaking ?? false) || breakingNote !== null || (category?.breaking ?? false);
    const isRevert = type === 'revert' || commit.revert !== null || subjectLine.startsWith('Revert "');
    const hasSecurityLabel = labels.length > 0 && labels.some((l) => l.toLowerCase() === 'security');

    let section: EntrySection;
    if (breaking) section = 'Changed';
    else if (type === 'security' || scope?.toLowerCase() === 'security' || hasSecurityLabel) section = 'Security';
    else if (deprecated) section = 'Deprecated';
    else if (category) section = category.section;
    else if (kind === null) section = isRevert ? 'Removed' : sectionOfVerb(subject);
    else if (Object.hasOwn(this.overrides, kind)) section = this.overrides[kind]!;
    else if (this.include.has(kind)) section = 'Changed';
    else if (NOISE_TYPES.has(kind)) return { sha, reason: 'type' };
    else section = Object.hasOwn(TYPE_SECTIONS, kind) ? TYPE_SECTIONS[kind]! : 'Changed';

    return {
      sha,
      type: kind,
      scope,
      subject: subject || header,
      breaking,
      breakingNote: breakingNote || null,
      pr,
      author,
      labels: [...labels],
      section,
    };
  }
}

/** Classifies one commit; see {@link Classifier.classify}. */
export function classifyCommit(record: CommitRecord, options: ClassifyOptions = {}): Entry | Skipped {
  return new Classifier(options).classify(record);
}

export function isSkipped(x: Entry | Skipped): x is Skipped {
  return 'reason' in x;
}

/** MAYBE_REVERT, run only on a subject that starts with `r`, `R` or what might be a space (most start otherwise). */
function mayBeRevert(subject: string): boolean {
  const first = subject.charCodeAt(0);
  return (first === 0x72 || first === 0x52 || first <= 0x20 || first >= 0xa0) && MAYBE_REVERT.test(subject);
}

/** The commit a revert reverts (`This reverts commit <sha>`), or null if it is not a revert. */
export function revertTarget(record: CommitRecord): string | null {
  // most subjects are no revert: looked at without trimming (a copy) first
  if (!mayBeRevert(record.subject) || !REVERT_SUBJECT.test(record.subject.trim())) return null;
  const m = REVERTS_COMMIT.exec(record.body ?? '');
  return m ? m[1]!.toLowerCase() : null;
}

/**
 * The SHAs of revert pairs that cancel out inside `records`. A revert whose target is
 * in the range cancels it; chains pair from the newest revert down, so a revert of a
 * revert brings the original back: A ← revert A ← revert "revert A" leaves A.
 */
export function cancelledByReverts(records: readonly CommitRecord[]): Set<string> {
  const cancelled = new Set<string>();
  const reverts: [sha: string, target: string][] = [];
  for (const r of records) {
    const t = revertTarget(r);
    if (t) reverts.push([r.sha, t]);
  }
  if (reverts.length === 0) return cancelled;
  // only the SHAs some revert names are looked up (the last record wins, as in a Map of all)
  const wanted = new Set(reverts.map(([, t]) => t));
  const bySha = new Map<string, string>();
  for (const x of records) {
    const low = x.sha.toLowerCase();
    if (wanted.has(low)) bySha.set(low, x.sha);
  }
  const targets = new Map<string, string>(); // revert sha → full target sha in range
  let shas: string[] | null = null;
  for (const [sha, t] of reverts) {
    let full = bySha.get(t);
    if (!full && t.length < 40) {
      shas ??= records.map((x) => x.sha);
      full = shas.find((s) => s.toLowerCase().startsWith(t));
    }
    if (full && full !== sha) targets.set(sha, full);
  }
  if (targets.size === 0) return cancelled;
  const revertedBy = new Set(targets.values());
  // tips: reverts that nothing in range reverts; walk each chain downwards in pairs
  for (const tip of targets.keys()) {
    if (revertedBy.has(tip)) continue;
    let cur: string | undefined = tip;
    const seen = new Set<string>();
    while (cur !== undefined && !seen.has(cur)) {
      seen.add(cur);
      const target: string | undefined = targets.get(cur);
      if (target === undefined || cancelled.has(target)) break;
      cancelled.add(cur);
      cancelled.add(target);
      cur = targets.get(target);
    }
  }
  return cancelled;
}

/**
 * Classifies a range of commits (any order; `git log` gives newest first and the
 * entries keep the input order). Records with `parents` are read as pull requests first
 * (`pullRequestRecords`: a merged pull request is one entry, its branch's commits are left
 * out). Merges and release commits are skipped, revert pairs inside the range cancel out,
 * noise types and excluded labels/authors are left out.
 */
export function classifyCommits(records: readonly CommitRecord[], options: ClassifyOptions = {}): ClassifyResult {
  const classification = new Classification(options);
  for (const record of records) classification.add(record);
  return classification.result();
}

/**
 * {@link classifyCommits} one commit at a time, so a long history is classified while
 * git is still reading it; pull requests and revert pairs are settled in {@link result},
 * once every commit is in (a history without pull request merges costs nothing more).
 */
export class Classification {
  private readonly classifier: Classifier;
  private readonly records: CommitRecord[] = [];
  private readonly classified: (Entry | Skipped)[] = [];
  private readonly index = new HistoryIndex();

  constructor(options: ClassifyOptions = {}) {
    this.classifier = new Classifier(options);
  }

  add(record: CommitRecord): void {
    this.records.push(record);
    this.classified.push(this.classifier.classify(record));
    this.index.add(record);
  }

  get size(): number {
    return this.records.length;
  }

  result(): ClassifyResult {
    const grouped = pullRequestRecords(this.records, this.index);
    const skipped: Skipped[] = [...grouped.inPullRequests];
    let classified = this.classified;
    if (grouped.records !== this.records) {
      // grouped.records is this.records in the same order, less the branch commits, with
      // each pull request merge replaced by a record of the same SHA
      classified = [];
      let j = 0;
      for (let i = 0; i < this.records.length; i++) {
        const record = this.records[i]!;
        const kept = grouped.records[j];
        if (kept === undefined || kept.sha !== record.sha) continue;
        classified.push(kept === record ? this.classified[i]! : this.classifier.classify(kept));
        j++;
      }
    }
    const cancelled = cancelledByReverts(grouped.records);
    const entries: Entry[] = [];
    for (const x of classified) {
      if (cancelled.has(x.sha)) skipped.push({ sha: x.sha, reason: 'revert-pair' satisfies SkipReason });
      else if (isSkipped(x)) skipped.push(x);
      else entries.push(x);
    }
    return { entries, skipped };
  }
}
