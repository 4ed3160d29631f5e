export const id = 398;
export const ids = [398];
export const modules = {

/***/ 5398:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  extractSection: () => (/* reexport */ extractSection),
  lintChangelog: () => (/* reexport */ lintChangelog),
  sectionContent: () => (/* reexport */ sectionContent)
});

// UNUSED EXPORTS: ANNOUNCEMENT_TEMPLATE, CHANGELOG_HEADER, CHANGE_SECTIONS, Classification, Classifier, MERGE_SUBJECT, NOISE_TYPES, NOTES_HEADINGS, NOTES_MAX, NOTES_ORDER, NOTES_TEMPLATE, PARSER_OPTIONS, PULL_MERGE, RELEASE_BODY_MAX, TYPE_SECTIONS, cancelledByReverts, canonicalSection, categoryMatcher, changelogLine, classifyCommit, classifyCommits, creditAuthor, entryText, escapeChatText, escapeMarkdownInline, fillTemplate, highlights, inferRepoUrl, installCommands, installOneLiner, isIsoDate, isSkipped, kindMarker, messageForParser, normalizeRepoUrl, notesCategory, notesLine, overviewOf, parseChangelog, parseHeadingText, parseOneLine, parseReleaseConfig, prNumbersIn, pullRequestRecords, referenceOf, renderAnnouncement, renderNotes, revertTarget, sectionForTitle, sectionLines, sectionOfVerb, sentenceCase, updateChangelog, versionSections

// EXTERNAL MODULE: ./node_modules/conventional-commits-parser/dist/index.js + 3 modules
var dist = __webpack_require__(1067);
// EXTERNAL MODULE: ./actions/lib/semver/version.ts
var version = __webpack_require__(15731);
;// CONCATENATED MODULE: ./actions/lib/semver/release-commit.ts
/**
 * The texts of the suite's own release commits, built and recognised in one place:
 * the release pull request's title (what a squash merge makes the commit's subject,
 * with ` (#N)` after it) and the bump commit's message. bump-version builds them with
 * the functions below and the changelog leaves out what {@link isReleaseCommit}
 * recognises, so a release never lists the previous release as a change.
 */

/** The word of each mode's pull request title, as the release process writes them ("Release v0.x.0", "Hotfix v0.x.1"). */
const TITLE_WORDS = { release: 'Release', hotfix: 'Hotfix', backport: 'Backport' };
const BUMP_PREFIX = 'chore: bump version to ';
/** `Release v0.5.0`, `Hotfix v0.4.2`, `Backport v0.3.2`. */
function releasePullTitle(mode, version) {
    return `${TITLE_WORDS[mode]} v${stripV(version)}`;
}
/** `chore: bump version to v0.5.0`, the subject of the commit that moves every version reference. */
function bumpCommitMessage(version) {
    return `${BUMP_PREFIX}v${stripV(version)}`;
}
const PULL_TITLE = new RegExp(`^(?:${Object.values(TITLE_WORDS).join('|')}) v(\\S+)$`);
const SQUASH_SUFFIX = /\s+\(#\d+\)$/;
const RELEASE_START = new RegExp(`^(?:${Object.values(TITLE_WORDS).join('|')}|${BUMP_PREFIX.trimEnd()}) v`);
/**
 * Whether a commit subject (or a pull request title) is one of the texts above, for a
 * valid version, optionally followed by the ` (#N)` of a squash merge. Exact on
 * purpose: `Release v0.5.0 notes draft` or `fix: release v0.5.0 tag` are changes.
 */
function release_commit_isReleaseCommit(subject) {
    const trimmed = subject.trim();
    // every text above starts so (a squash suffix is only ever cut from the end): the rest of a long history is passed over
    if (!RELEASE_START.test(trimmed))
        return false;
    const text = trimmed.replace(SQUASH_SUFFIX, '');
    const version = PULL_TITLE.exec(text)?.[1] ?? (text.startsWith(`${BUMP_PREFIX}v`) ? text.slice(BUMP_PREFIX.length + 1) : undefined);
    return version !== undefined && isVersion(version) && !version.startsWith('v');
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./actions/lib/runner/errors.ts
var errors = __webpack_require__(27378);
;// CONCATENATED MODULE: ./actions/lib/changelog/categories.ts


/**
 * The section for a category title. Exact Keep a Changelog names first, then keywords;
 * anything else (e.g. "Other Changes", "Dependencies") is `Changed`.
 */
function sectionForTitle(title) {
    const t = title.toLowerCase();
    const breaking = /\bbreaking\b/.test(t);
    if (breaking)
        return { section: 'Changed', breaking };
    const exact = ['added', 'changed', 'deprecated', 'removed', 'fixed', 'security'].find((s) => new RegExp(`\\b${s}\\b`).test(t));
    if (exact)
        return { section: (exact[0].toUpperCase() + exact.slice(1)), breaking };
    if (/secur|vulnerab|\bcve\b/.test(t))
        return { section: 'Security', breaking };
    if (/deprecat/.test(t))
        return { section: 'Deprecated', breaking };
    if (/remov|delet|drop/.test(t))
        return { section: 'Removed', breaking };
    if (/\bbugs?\b|\bfix/.test(t))
        return { section: 'Fixed', breaking };
    if (/\bdocs?\b|documentation/.test(t))
        return { section: 'Documentation', breaking };
    if (/feature|enhancement|\bnew\b|\badd/.test(t))
        return { section: 'Added', breaking };
    return { section: 'Changed', breaking };
}
function strings(value) {
    if (value === undefined || value === null)
        return [];
    if (Array.isArray(value))
        return value.filter((v) => v !== null && v !== undefined).map(String);
    return [String(value)];
}
/**
 * Parses `.github/release.yml`. A file without a `changelog` key yields no categories.
 * Refuses YAML errors and wrong shapes with a FileError that names the line.
 */
function parseReleaseConfig(text, file = '.github/release.yml') {
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter, prettyErrors: false });
    const first = doc.errors[0];
    if (first) {
        const at = first.linePos?.[0]?.line ?? lineCounter.linePos(first.pos[0]).line;
        throw new FileError(file, `not valid YAML: ${first.message.split('\n')[0]}`, at);
    }
    const lineOf = (path) => {
        const node = doc.getIn(path, true);
        return node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
    };
    const result = { categories: [], excludeLabels: [], excludeAuthors: [] };
    if (doc.contents === null)
        return result;
    if (!isMap(doc.contents))
        throw new FileError(file, 'expected a mapping at the top level', lineOf([]) ?? 1);
    const changelog = doc.get('changelog', true);
    if (changelog === undefined || changelog === null)
        return result;
    if (!isMap(changelog))
        throw new FileError(file, "expected 'changelog' to be a mapping", lineOf(['changelog']));
    const js = doc.toJS();
    const exclude = js.changelog.exclude;
    if (exclude !== undefined && exclude !== null && (typeof exclude !== 'object' || Array.isArray(exclude))) {
        throw new FileError(file, "expected 'changelog.exclude' to be a mapping with 'labels' and 'authors'", lineOf(['changelog', 'exclude']));
    }
    result.excludeLabels = strings(exclude?.labels);
    result.excludeAuthors = strings(exclude?.authors);
    const categoriesNode = changelog.get('categories', true);
    if (categoriesNode === undefined || categoriesNode === null)
        return result;
    if (!isSeq(categoriesNode))
        throw new FileError(file, "expected 'changelog.categories' to be a list", lineOf(['changelog', 'categories']));
    const categories = js.changelog.categories;
    categories.forEach((raw, i) => {
        const at = lineOf(['changelog', 'categories', i]);
        if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
            throw new FileError(file, `expected category ${i + 1} to be a mapping with 'title' and 'labels'`, at);
        }
        const c = raw;
        if (typeof c.title !== 'string' || c.title.trim() === '') {
            throw new FileError(file, `category ${i + 1} has no 'title'`, at);
        }
        const labels = strings(c.labels);
        if (labels.length === 0)
            throw new FileError(file, `category '${c.title}' has no 'labels'`, at);
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
const lower = (xs) => new Set(xs.map((x) => x.toLowerCase()));
function categories_categoryMatcher(config) {
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
            if (author !== null && (exAuthors.has(author) || exAuthors.has('*')))
                return true;
            return labels.some((l) => exLabels.has(l.toLowerCase()) || exLabels.has('*'));
        },
        match(labels, author) {
            if (labels.length === 0)
                return null;
            for (const k of cats) {
                if (!labels.some((l) => k.labels.has(l.toLowerCase())))
                    continue;
                if (labels.some((l) => k.exLabels.has(l.toLowerCase())))
                    continue;
                if (author !== null && k.exAuthors.has(author))
                    continue;
                return k.c;
            }
            return null;
        },
    };
}

;// CONCATENATED MODULE: ./actions/lib/changelog/pull-requests.ts
/**
 * A history as the pull requests that made it. In a merge-commit workflow (WVA's) the
 * mainline holds one `Merge pull request #N from owner/branch` commit per pull request,
 * with the pull request's title as the first line of its body, and the branch's own
 * commits ("wip", "address review", "Merge branch 'main' into …") beside it: the
 * changelog entry is the pull request, not each of those commits.
 *
 * The mainline is the first-parent chain from the range's tip. Walked oldest first, each
 * pull request merge claims the commits its other parents reach that neither the mainline
 * nor an older merge claimed — exactly `git log M^1..M^2` inside the range, in one pass.
 * Squash merges and direct pushes are mainline commits and stay as they are. A merge
 * that is not a pull request's (`Merge branch 'x'`) keeps its branch's commits as entries
 * of their own, and so does a release pull request (its title is left out; a cherry-picked
 * fix in it is a change).
 */

/** `Merge pull request #12 from owner/branch` — GitHub's merge commit subject. */
const PULL_MERGE = /^Merge pull request #(\d+) from (\S+)/;
const BANG = /^\w+(?:\([^()\r\n]*\))?!: (.*)$/;
/** A footer whose text must survive the grouping: it marks the pull request breaking or deprecating. */
const FOOTER = /^(?:BREAKING[ -]CHANGE|DEPRECATED): /;
const REVERTS = /^This reverts commit [0-9a-f]{7,40}/i;
/**
 * The pull request's title and the rest of the message: the body's first line (GitHub writes
 * the title there); with no body, the branch's only commit's subject, else the branch name.
 */
function titleOf(body, branch, side) {
    const lines = body.split('\n');
    const at = lines.findIndex((l) => l.trim() !== '');
    if (at >= 0)
        return { title: lines[at].trim(), rest: lines.slice(at + 1).join('\n').trim() };
    const own = side.filter((c) => !(c.parents && c.parents.length > 1));
    if (own.length === 1)
        return { title: own[0].subject.trim(), rest: '' };
    const name = branch.includes('/') ? branch.slice(branch.indexOf('/') + 1) : branch;
    return { title: name.replace(/[-_]+/g, ' ').trim() || branch, rest: '' };
}
/**
 * What the branch's commits say that the pull request must keep: a `type!:` or a
 * `BREAKING CHANGE:` / `DEPRECATED:` footer (as footers), and `This reverts commit …`
 * (so a reverted pull request and its revert cancel out).
 */
function carriedFooters(side) {
    const out = [];
    for (const c of side) {
        const bang = BANG.exec(c.subject.trim());
        if (bang)
            out.push(`BREAKING CHANGE: ${bang[1].trim()}`);
        const lines = (c.body ?? '').split('\n');
        for (let i = 0; i < lines.length; i++) {
            const line = lines[i];
            if (REVERTS.test(line.trim()))
                out.push(line.trim());
            if (!FOOTER.test(line))
                continue;
            const text = [line];
            while (i + 1 < lines.length && lines[i + 1].trim() !== '' && !FOOTER.test(lines[i + 1]))
                text.push(lines[++i]);
            out.push(text.join('\n'));
        }
    }
    return [...new Set(out)];
}
/**
 * What grouping needs to know of a range, gathered one commit at a time (while git is still
 * reading the history, see `Classification`) or all at once by {@link indexHistory}.
 */
class pull_requests_HistoryIndex {
    /** Each SHA's position in the commits, in the order they were added. */
    position = new Map();
    pullMerges = 0;
    added = 0;
    first;
    /** Whether some commit names the first one added as a parent (then it is not the range's tip). */
    firstIsParent = false;
    /**
     * The first-parent chain from the first commit, as far as it came in order: `git log` lists a
     * commit before its parents, so on a range read from git this is the whole mainline, found
     * while git streams instead of walked again after the last commit. Positions, tip first.
     */
    chain = [];
    next;
    add(c) {
        const at = this.added++;
        this.position.set(c.sha, at);
        const parents = c.parents;
        if (at === 0) {
            this.first = c.sha;
            this.chain.push(0);
            this.next = parents?.[0];
        }
        else if (c.sha === this.next) {
            this.chain.push(at);
            this.next = parents?.[0];
        }
        if (parents) {
            for (const p of parents)
                if (p === this.first)
                    this.firstIsParent = true;
            if (parents.length > 1 && PULL_MERGE.test(c.subject))
                this.pullMerges++;
        }
    }
    /** Whether the first commit added is the tip, which no commit of the range has as a parent. */
    get firstIsTip() {
        return this.added > 0 && !this.firstIsParent;
    }
    /** Whether the index was built from exactly `n` commits with no SHA twice (positions are exact). */
    covers(n) {
        return this.added === n && this.position.size === n;
    }
}
function indexHistory(commits) {
    const index = new pull_requests_HistoryIndex();
    for (const c of commits)
        index.add(c);
    return index;
}
/** Whether some commit of `commits` names `sha` as a parent. */
function isParent(sha, commits) {
    for (const c of commits)
        if (c.parents?.includes(sha))
            return true;
    return false;
}
/** The position of the commit no other commit of the range has as a parent: where the mainline starts (git log lists it first). */
function tipOf(commits) {
    const first = commits[0];
    // git log's first commit is the tip: one scan proves it, without a set of every parent
    if (first === undefined || !isParent(first.sha, commits))
        return first === undefined ? -1 : 0;
    const parents = new Set(commits.flatMap((c) => c.parents ?? []));
    return commits.findIndex((c) => !parents.has(c.sha));
}
/**
 * Groups `commits` (a `git log` range with parents, any order) into pull requests; see the
 * module comment. A range with no pull request merge comes back as it was. `index`: the
 * same commits' {@link HistoryIndex} (added in this order), when the caller already has it.
 * The commits are marked by position, not collected in sets of SHAs: a long history is walked
 * with one lookup a commit.
 */
function pull_requests_pullRequestRecords(commits, index = indexHistory(commits)) {
    if (index.pullMerges === 0)
        return { records: commits, inPullRequests: [] };
    const { position } = index;
    const onMainline = new Uint8Array(commits.length);
    const mainline = [];
    let from = -1;
    if (index.covers(commits.length) && index.firstIsTip) {
        // the chain the index followed while the commits came in; the walk goes on where it stopped
        // (a parent listed before its child, in a range not in git's order)
        for (const i of index.chain) {
            mainline.push(i);
            onMainline[i] = 1;
        }
        const last = commits[mainline[mainline.length - 1]];
        from = position.get(last.parents?.[0] ?? '') ?? -1;
    }
    else {
        from = tipOf(commits);
    }
    for (let i = from; i >= 0 && !onMainline[i]; i = position.get(commits[i].parents?.[0] ?? '') ?? -1) {
        mainline.push(i);
        onMainline[i] = 1;
    }
    const claimed = new Uint8Array(commits.length);
    const absorbed = new Uint8Array(commits.length);
    const replaced = new Map();
    for (let k = mainline.length - 1; k >= 0; k--) {
        const merge = commits[mainline[k]];
        const parents = merge.parents ?? [];
        if (parents.length < 2)
            continue;
        const side = [];
        const stack = parents.slice(1);
        while (stack.length > 0) {
            const i = position.get(stack.pop());
            if (i === undefined || onMainline[i] || claimed[i])
                continue;
            claimed[i] = 1;
            side.push(i);
            stack.push(...(commits[i].parents ?? []));
        }
        const m = PULL_MERGE.exec(merge.subject.trim());
        if (!m)
            continue;
        const sideCommits = side.map((i) => commits[i]);
        const { title, rest } = titleOf(merge.body ?? '', m[2], sideCommits);
        // a release pull request's commits are judged one by one (the bump is left out, a picked fix is not)
        if (!isReleaseCommit(title))
            for (const i of side)
                absorbed[i] = 1;
        const body = [rest, ...carriedFooters(sideCommits)].filter((p) => p !== '').join('\n\n');
        replaced.set(mainline[k], { sha: merge.sha, subject: title, ...(body ? { body } : {}), pr: Number(m[1]) });
    }
    const records = [];
    const inPullRequests = [];
    for (let i = 0; i < commits.length; i++) {
        const c = commits[i];
        if (absorbed[i])
            inPullRequests.push({ sha: c.sha, reason: 'pull-request' });
        else
            records.push(replaced.get(i) ?? c);
    }
    return { records, inPullRequests };
}

;// CONCATENATED MODULE: ./actions/lib/changelog/commits.ts





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
const PARSER_OPTIONS = {
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
function messageForParser(subject, body) {
    return body && BODY_MATTERS.test(body) ? `${subject}\n\n${body}` : subject;
}
function parsed(c) {
    return { header: c.header, type: c['type'] ?? null, scope: c['scope'] ?? null, subject: c['subject'] ?? null, notes: c.notes, revert: c.revert };
}
const NO_NOTES = Object.freeze([]);
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
function parseOneLine(line) {
    if (line.trim() === '' || NOT_A_PLAIN_HEADER.test(line))
        return null;
    const m = ANY_HEADER.exec(line);
    return {
        header: line,
        // the parser reads an empty group as null
        type: m?.[1] || null,
        scope: m?.[2] || null,
        subject: m?.[4] || null,
        notes: m?.[3] ? [{ title: 'BREAKING CHANGE', text: m[4] }] : NO_NOTES,
        revert: null,
    };
}
/** The merge subjects git and GitHub write. */
const MERGE_SUBJECT = /^Merge (?:pull request #\d+ |(?:remote-tracking )?branch(?:es)? |tag |commit |'|")/;
const SQUASH_PR = /\s*\(#(\d+)\)\s*$/;
const REVERT_SUBJECT = /^(?:revert(?:\([^()]*\))?!?:\s|Revert ")/i;
/** What every subject REVERT_SUBJECT accepts starts with, spaces first allowed. */
const MAYBE_REVERT = /^\s*revert/i;
const REVERTS_COMMIT = /This reverts commit ([0-9a-f]{7,40})/i;
/** A git trailer or a reference footer: where the text of a note ends. */
const TRAILER = /^[A-Za-z][\w-]*(?::[ \t]|[ \t]+#\d|[ \t]+[\w.-]+\/[\w.-]+#\d)/;
/** The parser runs a note on to the next note; the text here stops at the first trailer (`Signed-off-by:`, `Fixes #1`). */
function noteText(text) {
    const out = [];
    for (const line of text.split('\n')) {
        if (TRAILER.test(line))
            break;
        out.push(line);
    }
    return out.join('\n').trim();
}
/** Types that are left out unless `include` names them. */
const NOISE_TYPES = new Set(['chore', 'ci', 'test', 'tests', 'build', 'style']);
/** The section of each conventional type; an unknown type (e.g. `update:`) goes to Changed. */
const TYPE_SECTIONS = {
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
/** Reusable classifier: one configured parser and one category matcher for many commits. */
class Classifier {
    parser = new CommitParser(PARSER_OPTIONS);
    include;
    matcher;
    overrides;
    constructor(options = {}) {
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
    classify(record) {
        const { sha } = record;
        const subjectLine = record.subject.trim();
        if (record.merge || MERGE_SUBJECT.test(subjectLine))
            return { sha, reason: 'merge' };
        // the previous release is not a change of this one, whatever `include` says about chore
        if (isReleaseCommit(subjectLine))
            return { sha, reason: 'release' };
        const body = record.body?.trim() ?? '';
        if (subjectLine === '' && body === '')
            return { sha, reason: 'empty' };
        const labels = record.labels ?? [];
        const author = record.author ?? null;
        if (this.matcher?.excluded(labels, author))
            return { sha, reason: 'excluded' };
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
        if (marker)
            subject = marker.rest;
        const kind = marker ? marker.type : type;
        let breakingNote = null;
        let deprecated = false;
        for (const note of commit.notes) {
            if (note.title === 'BREAKING CHANGE' || note.title === 'BREAKING-CHANGE')
                breakingNote ??= noteText(note.text);
            else if (note.title === 'DEPRECATED')
                deprecated = true;
        }
        // most headers have no `!`: the regex runs only where it can match
        const bang = type !== null && header.includes('!') && BREAKING_HEADER.test(header);
        // the parser copies the subject into a note for `type!:`; that is not a footer text
        if (bang && breakingNote !== null && commit.subject && breakingNote === commit.subject)
            breakingNote = null;
        const category = this.matcher?.match(labels, author) ?? null;
        const breaking = bang || (marker?.breaking ?? false) || breakingNote !== null || (category?.breaking ?? false);
        const isRevert = type === 'revert' || commit.revert !== null || subjectLine.startsWith('Revert "');
        const hasSecurityLabel = labels.length > 0 && labels.some((l) => l.toLowerCase() === 'security');
        let section;
        if (breaking)
            section = 'Changed';
        else if (type === 'security' || scope?.toLowerCase() === 'security' || hasSecurityLabel)
            section = 'Security';
        else if (deprecated)
            section = 'Deprecated';
        else if (category)
            section = category.section;
        else if (kind === null)
            section = isRevert ? 'Removed' : sectionOfVerb(subject);
        else if (Object.hasOwn(this.overrides, kind))
            section = this.overrides[kind];
        else if (this.include.has(kind))
            section = 'Changed';
        else if (NOISE_TYPES.has(kind))
            return { sha, reason: 'type' };
        else
            section = Object.hasOwn(TYPE_SECTIONS, kind) ? TYPE_SECTIONS[kind] : 'Changed';
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
function classifyCommit(record, options = {}) {
    return new Classifier(options).classify(record);
}
function isSkipped(x) {
    return 'reason' in x;
}
/** MAYBE_REVERT, run only on a subject that starts with `r`, `R` or what might be a space (most start otherwise). */
function mayBeRevert(subject) {
    const first = subject.charCodeAt(0);
    return (first === 0x72 || first === 0x52 || first <= 0x20 || first >= 0xa0) && MAYBE_REVERT.test(subject);
}
/** The commit a revert reverts (`This reverts commit <sha>`), or null if it is not a revert. */
function revertTarget(record) {
    // most subjects are no revert: looked at without trimming (a copy) first
    if (!mayBeRevert(record.subject) || !REVERT_SUBJECT.test(record.subject.trim()))
        return null;
    const m = REVERTS_COMMIT.exec(record.body ?? '');
    return m ? m[1].toLowerCase() : null;
}
/**
 * The SHAs of revert pairs that cancel out inside `records`. A revert whose target is
 * in the range cancels it; chains pair from the newest revert down, so a revert of a
 * revert brings the original back: A ← revert A ← revert "revert A" leaves A.
 */
function cancelledByReverts(records) {
    const cancelled = new Set();
    const reverts = [];
    for (const r of records) {
        const t = revertTarget(r);
        if (t)
            reverts.push([r.sha, t]);
    }
    if (reverts.length === 0)
        return cancelled;
    // only the SHAs some revert names are looked up (the last record wins, as in a Map of all)
    const wanted = new Set(reverts.map(([, t]) => t));
    const bySha = new Map();
    for (const x of records) {
        const low = x.sha.toLowerCase();
        if (wanted.has(low))
            bySha.set(low, x.sha);
    }
    const targets = new Map(); // revert sha → full target sha in range
    let shas = null;
    for (const [sha, t] of reverts) {
        let full = bySha.get(t);
        if (!full && t.length < 40) {
            shas ??= records.map((x) => x.sha);
            full = shas.find((s) => s.toLowerCase().startsWith(t));
        }
        if (full && full !== sha)
            targets.set(sha, full);
    }
    if (targets.size === 0)
        return cancelled;
    const revertedBy = new Set(targets.values());
    // tips: reverts that nothing in range reverts; walk each chain downwards in pairs
    for (const tip of targets.keys()) {
        if (revertedBy.has(tip))
            continue;
        let cur = tip;
        const seen = new Set();
        while (cur !== undefined && !seen.has(cur)) {
            seen.add(cur);
            const target = targets.get(cur);
            if (target === undefined || cancelled.has(target))
                break;
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
function classifyCommits(records, options = {}) {
    const classification = new Classification(options);
    for (const record of records)
        classification.add(record);
    return classification.result();
}
/**
 * {@link classifyCommits} one commit at a time, so a long history is classified while
 * git is still reading it; pull requests and revert pairs are settled in {@link result},
 * once every commit is in (a history without pull request merges costs nothing more).
 */
class Classification {
    classifier;
    records = [];
    classified = [];
    index = new HistoryIndex();
    constructor(options = {}) {
        this.classifier = new Classifier(options);
    }
    add(record) {
        this.records.push(record);
        this.classified.push(this.classifier.classify(record));
        this.index.add(record);
    }
    get size() {
        return this.records.length;
    }
    result() {
        const grouped = pullRequestRecords(this.records, this.index);
        const skipped = [...grouped.inPullRequests];
        let classified = this.classified;
        if (grouped.records !== this.records) {
            // grouped.records is this.records in the same order, less the branch commits, with
            // each pull request merge replaced by a record of the same SHA
            classified = [];
            let j = 0;
            for (let i = 0; i < this.records.length; i++) {
                const record = this.records[i];
                const kept = grouped.records[j];
                if (kept === undefined || kept.sha !== record.sha)
                    continue;
                classified.push(kept === record ? this.classified[i] : this.classifier.classify(kept));
                j++;
            }
        }
        const cancelled = cancelledByReverts(grouped.records);
        const entries = [];
        for (const x of classified) {
            if (cancelled.has(x.sha))
                skipped.push({ sha: x.sha, reason: 'revert-pair' });
            else if (isSkipped(x))
                skipped.push(x);
            else
                entries.push(x);
        }
        return { entries, skipped };
    }
}

;// CONCATENATED MODULE: ./actions/lib/changelog/types.ts
/**
 * Data shapes shared by the changelog library. Everything here is plain data so that
 * the action can print it as JSON (`entries` output) and tests can compare it whole.
 */
/** The six Keep a Changelog section types, in the order the format lists them. */
const types_CHANGE_SECTIONS = ['Added', 'Changed', 'Deprecated', 'Removed', 'Fixed', 'Security'];

;// CONCATENATED MODULE: ./actions/lib/changelog/document.ts



const H2 = /^ {0,3}##[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const H3 = /^ {0,3}###[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const ANY_HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const LINK_DEF = /^ {0,3}\[([^\]]+)\]:[ \t]*<?([^\s>]+)>?(?:[ \t]+.*)?$/;
const LIST_ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;
const clean = (line) => (line.endsWith('\r') ? line.slice(0, -1) : line);
const isBlank = (line) => line.trim() === '';
/** The canonical Keep a Changelog name of a subsection title (case-insensitive), or null. */
function document_canonicalSection(title) {
    const t = title.trim().toLowerCase();
    return types_CHANGE_SECTIONS.find((s) => s.toLowerCase() === t) ?? null;
}
/** Splits the text of a `## ` heading: `[0.5.0] - 2024-05-01`, `0.5.0 - 2024-05-01`, `[0.5.0]`, `[0.5.0](url) (2024-05-01)`. */
function parseHeadingText(text) {
    let label;
    let rest;
    let bracketed = false;
    const b = /^\[([^\]]*)\](?:\([^)]*\))?(.*)$/.exec(text);
    if (b) {
        label = b[1].trim();
        rest = b[2];
        bracketed = true;
    }
    else {
        const w = /^(\S+)(.*)$/.exec(text);
        label = w ? w[1] : text;
        rest = w ? w[2] : '';
    }
    let yanked = false;
    rest = rest.replace(/\[YANKED\]/i, () => {
        yanked = true;
        return '';
    });
    rest = rest.trim().replace(/^[-–—:]\s*/, '').trim();
    let date = null;
    if (rest !== '') {
        const token = rest.split(/\s+/)[0];
        date = token.replace(/^\((.*)\)$/, '$1');
    }
    return { label, bracketed, date, yanked };
}
function groupItems(lines, from, to, fenced) {
    const items = [];
    let current = null;
    let blankRun = [];
    for (let i = from; i < to; i++) {
        const text = clean(lines[i]);
        if (isBlank(text) && !fenced[i]) {
            if (current)
                blankRun.push(text);
            continue;
        }
        const indented = /^(?: {2,}|\t)/.test(text) || fenced[i];
        const startsItem = !fenced[i] && LIST_ITEM.test(text);
        if (current && (indented || (!startsItem && blankRun.length === 0))) {
            current.lines.push(...blankRun, text);
        }
        else {
            current = { line: i + 1, lines: [text] };
            items.push(current);
        }
        blankRun = [];
    }
    return items;
}
/**
 * Parses a Keep a Changelog document. Refuses (FileError with the line) a file that has
 * no heading at all, and a `## ` heading that is neither `[Unreleased]` nor a version.
 */
function document_parseChangelog(text, options = {}) {
    const file = options.file ?? 'CHANGELOG.md';
    const lines = text.split('\n');
    const eol = lines.length > 1 && lines[0].endsWith('\r') ? '\r\n' : '\n';
    const problems = [];
    const problem = (line, message) => {
        if (!options.lenient)
            throw new errors/* FileError */.f6(file, message, line);
        problems.push({ line, message });
    };
    // code fences: headings and link definitions inside them are text
    const fenced = new Array(lines.length).fill(false);
    let fence = null;
    let anyHeading = false;
    for (let i = 0; i < lines.length; i++) {
        const t = clean(lines[i]);
        const f = FENCE.exec(t);
        if (fence) {
            fenced[i] = true;
            if (f && f[1][0] === fence[0] && f[1].length >= fence.length && t.trim() === f[1])
                fence = null;
        }
        else if (f) {
            fenced[i] = true;
            fence = f[1];
        }
        else if (ANY_HEADING.test(t))
            anyHeading = true;
    }
    if (!anyHeading) {
        problem(1, "has no headings: expected a '# Changelog' title and '## [X.Y.Z] - YYYY-MM-DD' sections (Keep a Changelog)");
    }
    const links = [];
    const isLink = (i) => (fenced[i] ? null : LINK_DEF.exec(clean(lines[i])));
    for (let i = 0; i < lines.length; i++) {
        const m = isLink(i);
        if (m)
            links.push({ label: m[1], url: m[2], line: i + 1, index: i });
    }
    let linkBlock = null;
    {
        let j = lines.length - 1;
        while (j >= 0 && isBlank(lines[j]))
            j--;
        const end = j + 1;
        let start = end;
        while (j >= 0 && (isBlank(lines[j]) || isLink(j))) {
            if (!isBlank(lines[j]))
                start = j;
            j--;
        }
        if (start < end)
            linkBlock = { start, end };
    }
    const bodyEnd = linkBlock ? linkBlock.start : lines.length;
    const sections = [];
    let preambleEnd = bodyEnd;
    let section = null;
    let sub = null;
    let introStart = 0;
    const closeSub = (at) => {
        if (sub && section) {
            sub.end = at;
            sub.items = groupItems(lines, sub.start + 1, at, fenced);
        }
        sub = null;
    };
    const closeSection = (at) => {
        if (!section)
            return;
        if (section.subsections.length === 0)
            section.intro = groupItems(lines, introStart, at, fenced);
        closeSub(at);
        section.end = at;
        let c = at;
        while (c > section.start + 1 && isBlank(lines[c - 1]))
            c--;
        section.contentEnd = c;
        section = null;
    };
    for (let i = 0; i < bodyEnd; i++) {
        if (fenced[i])
            continue;
        const t = clean(lines[i]);
        const h2 = H2.exec(t);
        if (h2) {
            closeSection(i);
            if (sections.length === 0)
                preambleEnd = i;
            const parts = parseHeadingText(h2[1]);
            let kind;
            if (/^unreleased$/i.test(parts.label))
                kind = 'unreleased';
            else if (/^v?\d/.test(parts.label))
                kind = 'version';
            else {
                kind = 'unknown';
                problem(i + 1, `cannot place the heading '${t.trim()}': expected '## [Unreleased]' or '## [X.Y.Z] - YYYY-MM-DD'`);
            }
            section = {
                kind,
                line: i + 1,
                start: i,
                end: bodyEnd,
                contentEnd: bodyEnd,
                heading: t,
                label: parts.label,
                bracketed: parts.bracketed,
                version: kind === 'version' ? (0,version.stripV)(parts.label) : null,
                date: parts.date,
                yanked: parts.yanked,
                intro: [],
                subsections: [],
            };
            sections.push(section);
            introStart = i + 1;
            continue;
        }
        if (!section)
            continue;
        const h3 = H3.exec(t);
        if (h3) {
            const current = section;
            if (current.subsections.length === 0)
                current.intro = groupItems(lines, introStart, i, fenced);
            closeSub(i);
            sub = { title: h3[1].trim(), line: i + 1, start: i, end: i + 1, items: [] };
            current.subsections.push(sub);
        }
    }
    closeSection(bodyEnd);
    return { file, lines, eol, preambleEnd, sections, links, linkBlock, problems };
}
/** The lines of a section without trailing blank lines or line endings. */
function document_sectionLines(doc, section) {
    return doc.lines.slice(section.start, section.contentEnd).map(clean);
}
/** The version sections (kind `version`). */
function versionSections(doc) {
    return doc.sections.filter((s) => s.kind === 'version');
}


// EXTERNAL MODULE: ./node_modules/semver/index.js
var node_modules_semver = __webpack_require__(62088);
var semver_default = /*#__PURE__*/__webpack_require__.n(node_modules_semver);
;// CONCATENATED MODULE: ./actions/lib/changelog/format.ts

/** `https://github.com/OWNER/REPO` without a trailing slash or `.git`. */
function format_normalizeRepoUrl(url) {
    // a release's thousands of lines all name the same repository: the last answer is kept
    if (url === lastUrl.url)
        return lastUrl.normal;
    const normal = url.trim().replace(/\/+$/, '').replace(/\.git$/, '');
    lastUrl = { url, normal };
    return normal;
}
let lastUrl = { url: '', normal: '' };
/** `YYYY-MM-DD` and a real calendar date. */
function format_isIsoDate(text) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (!m)
        return false;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(y, mo - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}
/** `([#123](…/pull/123))`, or `([abc1234](…/commit/sha))` when there is no pull request; plain without a repo URL. */
function referenceOf(entry, repoUrl) {
    const repo = repoUrl ? format_normalizeRepoUrl(repoUrl) : null;
    if (entry.pr !== null)
        return repo ? `([#${entry.pr}](${repo}/pull/${entry.pr}))` : `(#${entry.pr})`;
    if (/^[0-9a-f]{7,40}$/i.test(entry.sha)) {
        const short = entry.sha.slice(0, 7);
        return repo ? `([${short}](${repo}/commit/${entry.sha}))` : `(${short})`;
    }
    return '';
}
/** The text of an entry: `**scope:** subject`, escaped. */
function format_entryText(entry) {
    const scope = entry.scope ? `**${escapeMarkdownInline(entry.scope)}:** ` : '';
    return scope + escapeMarkdownInline(entry.subject);
}
/**
 * A subject as the start of a sentence: `add X` → `Add X`. Only a first word in plain lower
 * case changes: `gRPC`, `e2e`, `x/net`, `` `kubectl` `` are names and stay as written.
 */
function sentenceCase(subject) {
    return /^[a-z]+(?:-[a-z]+)*(?=[\s,:;.!?]|$)/.test(subject) ? subject[0].toUpperCase() + subject.slice(1) : subject;
}
/**
 * A CHANGELOG list item (no author credit: the file is not a place for @-handles), a
 * sentence (`feat: add X (#12)` → `- Add X ([#12](…))`). A breaking change carries its
 * `BREAKING CHANGE:` text on a continuation line.
 */
function format_changelogLine(entry, repoUrl, marker = '-') {
    const mark = entry.breaking ? '**BREAKING** ' : '';
    const ref = referenceOf(entry, repoUrl);
    const note = entry.breaking && entry.breakingNote ? `\n  ${escapeMarkdownInline(entry.breakingNote)}` : '';
    return `${marker} ${mark}${format_entryText({ scope: entry.scope, subject: sentenceCase(entry.subject) })}${ref ? ` ${ref}` : ''}${note}`;
}
/** A release-notes list item, with `by @login` for a login from the API. */
function format_notesLine(entry, repoUrl) {
    const ref = referenceOf(entry, repoUrl);
    return `- ${format_entryText(entry)}${ref ? ` ${ref}` : ''}${creditAuthor(entry.author)}`;
}
/** Pull request numbers a hand-written line mentions: `#123`, `[#123]`, `/pull/123`. */
function format_prNumbersIn(text) {
    const out = [];
    for (const m of text.matchAll(/(?:^|[^\w&])#(\d+)\b|\/pull\/(\d+)\b/g))
        out.push(Number(m[1] ?? m[2]));
    return out;
}

;// CONCATENATED MODULE: ./actions/lib/changelog/templates.ts
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
const templates_NOTES_TEMPLATE = (/* unused pure expression or super */ null && (`## What's New in {tag}

{overview}

{sections}

{installation}

**Full Changelog**: {compare_url}
`));
/**
 * Category headings of the release notes, in the order they are rendered. The four the
 * process documents keep its order (features, fixes, documentation, breaking changes);
 * the other Keep a Changelog types sit after the fixes, where a reader still looks:
 * security first among them. Breaking changes also lead the overview.
 */
const templates_NOTES_HEADINGS = {
    features: '🎉 New Features',
    fixes: '🐛 Bug Fixes',
    security: '🔒 Security',
    changed: '🔧 Changes',
    deprecated: '⏳ Deprecations',
    removed: '🗑️ Removed',
    docs: '📖 Documentation',
    breaking: '⚠️ Breaking Changes',
    installation: '📦 Installation',
};
/**
 * The announcement, as the process's "Example announcement". Placeholders: `{project}`,
 * `{tag}`, `{version}`, `{highlights}` (a `- ` list), `{notes_url}`, `{install}` (one line).
 */
const templates_ANNOUNCEMENT_TEMPLATE = (/* unused pure expression or super */ null && (`🎉 {project} {tag} is now available!

Highlights:
{highlights}

📖 Full release notes: {notes_url}

📦 Install: {install}
`));
/** The head of a new CHANGELOG.md (used when the file is empty). */
const templates_CHANGELOG_HEADER = (/* unused pure expression or super */ null && (`# Changelog

All notable changes to this project will be documented in this file.

The format is based on [Keep a Changelog](https://keepachangelog.com/en/1.1.0/),
and this project adheres to [Semantic Versioning](https://semver.org/spec/v2.0.0.html).

## [Unreleased]
`));
/** Fills `{name}` placeholders; names without a value stay as written. */
function templates_fillTemplate(template, values) {
    return template.replace(/\{([a-z_]+)\}/g, (whole, name) => (Object.hasOwn(values, name) ? values[name] : whole));
}

;// CONCATENATED MODULE: ./actions/lib/changelog/update.ts







const update_isBlank = (s) => s === undefined || s.trim() === '';
const semverOf = (s) => (s.version !== null && semver.valid(s.version) ? s.version : null);
function inferStyle(doc) {
    const versions = doc.sections.filter((s) => s.kind === 'version');
    const bracketed = versions.length === 0 ? true : versions[0].bracketed;
    let spaced = false; // the process doc writes `### Added` directly followed by its list
    let marker = '-';
    outer: for (const s of doc.sections) {
        for (const sub of s.subsections) {
            const first = sub.items[0];
            if (!first)
                continue;
            spaced = first.line > sub.line + 1;
            const m = /^\s*([-*+])\s/.exec(first.lines[0]);
            if (m)
                marker = m[1];
            break outer;
        }
    }
    return { bracketed, spaced, marker };
}
function renderSection(heading, intro, groups, style) {
    const out = [heading];
    if (intro.length > 0) {
        out.push('');
        for (const item of intro)
            out.push(...item);
    }
    for (const g of groups) {
        if (g.items.length === 0)
            continue;
        out.push('', `### ${g.title}`);
        if (style.spaced)
            out.push('');
        for (const item of g.items)
            out.push(...item);
    }
    return out;
}
const itemKey = (lines) => lines.join(' ').replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '').replace(/\s+/g, ' ').trim();
/**
 * Writes the section for `version` into a Keep a Changelog document. Only the touched
 * regions change (the Unreleased section's body, the new section, the link definitions at
 * the bottom); every other byte, line endings included, stays.
 *
 * - The new section goes where SemVer order puts it, newest first: above the first older
 *   version (a backport 0.3.2 lands below 0.4.0), else after the last section.
 * - When `version` is newer than every version in the file, the hand-written lines under
 *   `## [Unreleased]` move into it and merge with the generated ones: same-named `###`
 *   subsections join (the six in Keep a Changelog order, any other title after them, kept),
 *   hand-written lines come first, and a generated line for a pull request a hand-written
 *   line already names is dropped (duplicates among the generated collapse too). The empty
 *   `## [Unreleased]` heading stays on top. A backport leaves Unreleased alone: those lines
 *   are for the next release, not for 0.3.2.
 * - Documentation entries are for the release notes only and never go in the file.
 * - Nothing generated and nothing hand-written still writes the dated heading, with no
 *   subsections: the release happened and the file should say so; `lintChangelog` warns
 *   about the empty section so a human can fill it in.
 * - A version that already has a section: nothing changes (idempotent), `changed: false`,
 *   `section` is the existing one. With `regenerate`, the section is rebuilt: lines in the
 *   exact shape this library writes (`- text ([#N](REPO/pull/N))`, or the commit link) are
 *   the generated part and are replaced by the new entries; every other line counts as
 *   hand-written and is kept (and wins over a generated line for its pull request). Unreleased
 *   is not touched by a regenerate.
 * - Links (with `repoUrl`): `[X.Y.Z]: REPO/compare/<previousTag>...<tagPrefix>X.Y.Z`
 *   (or `REPO/releases/tag/<tag>` for a first release) is added in SemVer order to the
 *   trailing block (or replaces the version's link there); `[Unreleased]` is pointed at
 *   `<tag>...HEAD` only when `version` is the newest. No block yet: one is appended.
 * - New text follows the file's style: bracketed or bare version headings, a blank line
 *   under `###` or not, the list marker.
 * - An empty file gets CHANGELOG_HEADER first. A file with no headings, or with a `## `
 *   heading that is neither Unreleased nor a version, is refused (FileError with the line).
 */
function updateChangelog(text, options) {
    const file = options.file ?? 'CHANGELOG.md';
    const version = parseVersion(options.version).version;
    if (!isIsoDate(options.date))
        throw new ActionError(`date ${JSON.stringify(options.date)} is not a calendar date YYYY-MM-DD`);
    const prefix = options.tagPrefix ?? 'v';
    const repoUrl = options.repoUrl ? normalizeRepoUrl(options.repoUrl) : null;
    const source = text.trim() === '' ? CHANGELOG_HEADER : text;
    const doc = parseChangelog(source, { file });
    const eol = doc.eol;
    const lines = doc.lines;
    const style = inferStyle(doc);
    if (doc.sections.length === 0 && doc.lines.some((l) => l.trim() !== '' && !/^# /.test(l))) {
        // Prose with no `## ` section gives no place that is surely the changelog's: refuse rather than
        // guess. A file that is only a title is a new changelog and gets its first section.
        throw new FileError(file, "has no '## [Unreleased]' or '## [X.Y.Z] - YYYY-MM-DD' section to place the new section beside: add a '## [Unreleased]' heading (Keep a Changelog)", 1);
    }
    const existing = doc.sections.find((s) => s.kind === 'version' && s.version !== null && sameVersion(s.version, version));
    if (existing && !options.regenerate) {
        return { text, changed: false, section: sectionLines(doc, existing).join('\n') };
    }
    const newest = doc.sections.every((s) => {
        const v = semverOf(s);
        return v === null || s === existing || compareVersions(v, version) < 0;
    });
    const unreleased = doc.sections.find((s) => s.kind === 'unreleased');
    // hand-written lines: Unreleased's when releasing the newest version (never for a backport),
    // or the existing section's own lines when regenerating it
    const from = existing ?? (newest ? unreleased : undefined);
    const handIntro = [];
    const handGroups = new Map();
    const addHand = (title, item) => {
        const list = handGroups.get(title) ?? [];
        list.push(item.lines);
        handGroups.set(title, list);
    };
    if (from) {
        // regenerating: lines in the exact shape this library writes are the generated part and
        // are rebuilt; any other line is hand-written and kept
        const machine = existing ? machineLine(repoUrl) : null;
        const keep = (item) => !machine || !machine.test(item.lines[0]);
        for (const item of from.intro)
            if (keep(item))
                handIntro.push(item.lines);
        for (const sub of from.subsections) {
            const title = canonicalSection(sub.title) ?? sub.title;
            for (const item of sub.items)
                if (keep(item))
                    addHand(title, item);
        }
    }
    // generated lines, grouped by section; breaking changes first within Changed
    const generated = new Map();
    const seenPr = new Set();
    const ordered = [...options.entries].sort((a, b) => Number(b.breaking) - Number(a.breaking));
    for (const e of ordered) {
        if (e.section === 'Documentation')
            continue;
        if (e.pr !== null) {
            if (seenPr.has(e.pr))
                continue;
            seenPr.add(e.pr);
        }
        const list = generated.get(e.section) ?? [];
        list.push({ line: changelogLine(e, repoUrl, style.marker), pr: e.pr });
        generated.set(e.section, list);
    }
    const allHand = [...handIntro, ...[...handGroups.values()].flat()];
    const handPrs = new Set(allHand.flatMap((item) => prNumbersIn(item.join(' '))));
    const handKeys = new Set(allHand.map(itemKey));
    const groups = [];
    const titles = [...CHANGE_SECTIONS, ...[...handGroups.keys()].filter((t) => !canonicalSection(t))];
    for (const title of titles) {
        const hand = handGroups.get(title) ?? [];
        let gen = generated.get(title) ?? [];
        // a hand-written line wins over the generated line for the same pull request
        if (allHand.length > 0)
            gen = gen.filter((g) => (g.pr === null || !handPrs.has(g.pr)) && !handKeys.has(itemKey(g.line.split('\n'))));
        groups.push({ title, items: [...hand, ...gen.map((g) => g.line.split('\n'))] });
    }
    const intro = handIntro;
    const bracketed = existing ? existing.bracketed : style.bracketed;
    const labelText = existing ? existing.label : version;
    const label = bracketed ? `[${labelText}]` : labelText;
    const heading = `## ${label} - ${options.date}`;
    const sectionText = renderSection(heading, intro, groups, style);
    const edits = [];
    let seq = 0;
    const withEol = (ls) => (eol === '\r\n' ? ls.map((l) => `${l}\r`) : ls);
    if (existing) {
        edits.push({ start: existing.start, deleteCount: existing.contentEnd - existing.start, lines: withEol(sectionText), seq: seq++ });
    }
    else {
        const older = doc.sections.find((s) => {
            const v = semverOf(s);
            return v !== null && compareVersions(v, version) < 0;
        });
        let at;
        if (older)
            at = older.start;
        else {
            at = doc.linkBlock ? doc.linkBlock.start : lines.length;
            const floor = doc.sections.length > 0 ? doc.sections[doc.sections.length - 1].start + 1 : 0;
            while (at > floor && update_isBlank(lines[at - 1]))
                at--;
        }
        const block = [...sectionText];
        if (at > 0 && !update_isBlank(lines[at - 1]))
            block.unshift('');
        if (at < lines.length && !update_isBlank(lines[at]))
            block.push('');
        edits.push({ start: at, deleteCount: 0, lines: withEol(block), seq: seq++ });
        if (from && from === unreleased && from.contentEnd > from.start + 1) {
            edits.push({ start: from.start + 1, deleteCount: from.contentEnd - from.start - 1, lines: [], seq: seq++ });
        }
    }
    if (repoUrl) {
        const linkEdit = linkEdits(doc, {
            version,
            label: bracketed ? labelText : null,
            url: options.previousTag
                ? `${repoUrl}/compare/${options.previousTag}...${prefix}${version}`
                : `${repoUrl}/releases/tag/${prefix}${version}`,
            unreleasedUrl: newest && unreleased ? `${repoUrl}/compare/${prefix}${version}...HEAD` : null,
            unreleasedBracketed: unreleased?.bracketed ?? false,
        });
        if (linkEdit)
            edits.push({ ...linkEdit, lines: withEol(linkEdit.lines), seq: seq++ });
    }
    const out = [...lines];
    edits.sort((a, b) => b.start - a.start || b.seq - a.seq);
    for (const e of edits)
        out.splice(e.start, e.deleteCount, ...e.lines);
    const result = out.join('\n');
    return { text: result, changed: result !== text, section: sectionText.join('\n') };
}
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A list item as `changelogLine` writes it: marker, optional BREAKING and scope, text, the reference. */
function machineLine(repoUrl) {
    const ref = repoUrl
        ? `\\((?:\\[#(\\d+)\\]\\(${escapeRe(repoUrl)}/pull/\\1\\)|\\[[0-9a-f]{7}\\]\\(${escapeRe(repoUrl)}/commit/[0-9a-f]{7,40}\\))\\)`
        : '\\((?:#\\d+|[0-9a-f]{7})\\)';
    return new RegExp(`^[-*+] (?:\\*\\*BREAKING\\*\\* )?(?:\\*\\*[^*]+:\\*\\* )?\\S.* ${ref}$`);
}
function sameVersion(a, b) {
    if (semver.valid(a) && semver.valid(b))
        return semver.eq(a, b);
    return a === b;
}
/**
 * One edit over the link definitions at the bottom: replaces the trailing block (or
 * appends one). Definitions elsewhere in the file are not touched (Keep a Changelog keeps
 * them at the bottom; the linter reports a wrong one).
 */
function linkEdits(doc, want) {
    const block = doc.linkBlock;
    const blockLines = block ? doc.lines.slice(block.start, block.end).map(withoutLineEnding) : [];
    const next = [...blockLines];
    const parse = (l) => {
        const m = /^ {0,3}\[([^\]]+)\]:[ \t]*<?([^\s>]+)>?/.exec(l);
        return m ? { label: m[1], url: m[2] } : null;
    };
    const find = (pred) => next.findIndex((l) => {
        const p = parse(l);
        return p !== null && pred(p.label);
    });
    if (want.unreleasedUrl) {
        const i = find((l) => /^unreleased$/i.test(l));
        if (i >= 0) {
            const p = parse(next[i]);
            next[i] = `[${p.label}]: ${want.unreleasedUrl}`;
        }
        else if (want.unreleasedBracketed) {
            next.unshift(`[Unreleased]: ${want.unreleasedUrl}`);
        }
    }
    if (want.label !== null) {
        const line = `[${want.label}]: ${want.url}`;
        // an existing definition for this version keeps its place
        const i = find((l) => sameVersion(l.replace(/^v/, ''), want.version));
        if (i >= 0)
            next[i] = line;
        else {
            const older = find((l) => {
                const v = l.replace(/^v/, '');
                return semver.valid(v) !== null && semver.lt(v, want.version);
            });
            if (older >= 0)
                next.splice(older, 0, line);
            else {
                let last = -1;
                next.forEach((l, k) => {
                    const p = parse(l);
                    if (p && (semver.valid(p.label.replace(/^v/, '')) || /^unreleased$/i.test(p.label)))
                        last = k;
                });
                next.splice(last >= 0 ? last + 1 : next.length, 0, line);
            }
        }
    }
    if (next.length === blockLines.length && next.every((l, k) => l === blockLines[k]))
        return null;
    if (block)
        return { start: block.start, deleteCount: block.end - block.start, lines: next };
    // no block yet: append one after the last non-blank line, separated by a blank line
    const lines = doc.lines;
    let at = lines.length;
    while (at > 0 && update_isBlank(lines[at - 1]))
        at--;
    const add = [...next];
    if (at > 0)
        add.unshift('');
    return { start: at, deleteCount: 0, lines: add };
}

;// CONCATENATED MODULE: ./actions/lib/changelog/extract.ts




function matches(section, wanted) {
    if (/^unreleased$/i.test(wanted))
        return section.kind === 'unreleased';
    if (section.kind !== 'version' || section.version === null)
        return false;
    const a = (0,version.stripV)(wanted);
    if (semver_default().valid(a) && semver_default().valid(section.version))
        return semver_default().eq(a, section.version);
    return a === section.version;
}
/**
 * The section of `version` (`0.5.0`, `v0.5.0` or `Unreleased`). A version without a
 * section is a FileError that lists the versions the file has.
 */
function extractSection(text, version, options = {}) {
    const file = options.file ?? 'CHANGELOG.md';
    const doc = document_parseChangelog(text, { file });
    const section = doc.sections.find((s) => matches(s, version));
    if (!section) {
        const have = doc.sections.filter((s) => s.kind !== 'unknown').map((s) => (s.kind === 'unreleased' ? 'Unreleased' : s.label));
        throw new errors/* FileError */.f6(file, `has no section for ${version}; it has ${have.length > 0 ? have.join(', ') : 'no version sections'}`);
    }
    const lines = document_sectionLines(doc, section);
    const body = lines.slice(1);
    while (body.length > 0 && body[0].trim() === '')
        body.shift();
    return {
        version: section.kind === 'unreleased' ? 'Unreleased' : section.version,
        date: section.date,
        line: section.line,
        heading: lines[0],
        body: body.join('\n'),
        text: lines.join('\n'),
    };
}
/**
 * The lines of a section's body that say something: not blank, not a `###` heading, not
 * a link definition. A release needs at least one — verify-release's `changelog-entry`
 * refuses a section without, and bump-version never writes one — so both ask this.
 */
function sectionContent(body) {
    return body.split('\n').filter((l) => l.trim() !== '' && !/^#{1,6}\s/.test(l.trim()) && !/^\[[^\]]+\]:\s/.test(l.trim()));
}

;// CONCATENATED MODULE: ./actions/lib/changelog/lint.ts



const REPO_OF_LINK = /^(https?:\/\/[^/\s]+\/[^/\s]+\/[^/\s]+?)\/(?:compare|releases\/tag|tree|commits?)\//;
/** The repository URL most of the file's links point into, or null. */
function inferRepoUrl(urls) {
    const counts = new Map();
    for (const url of urls) {
        const m = REPO_OF_LINK.exec(url);
        if (m)
            counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
    }
    let best = null;
    let n = 0;
    for (const [k, c] of counts)
        if (c > n)
            [best, n] = [k, c];
    return best;
}
function inferPrefix(links) {
    for (const l of links) {
        const v = l.label.replace(/^v/, '');
        if (!semver_default().valid(v))
            continue;
        for (const p of ['v', ''])
            if (l.url.endsWith(`...${p}${v}`) || l.url.endsWith(`/${p}${v}`))
                return p;
    }
    return null;
}
/** The version released just before `v` among `versions`: prereleases only count for a prerelease. */
function previousOf(versions, v) {
    const pre = semver_default().prerelease(v) !== null;
    const older = versions.filter((x) => semver_default().lt(x, v) && (pre || semver_default().prerelease(x) === null)).sort((semver_default()).rcompare);
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
function lintChangelog(text, options = {}) {
    const findings = [];
    const add = (severity, line, rule, message) => {
        findings.push({ severity, line, rule, message });
    };
    if (text.trim() === '') {
        add('error', 1, 'structure', "is empty: expected a '# Changelog' title and '## [X.Y.Z] - YYYY-MM-DD' sections");
        return findings;
    }
    const doc = document_parseChangelog(text, { file: options.file ?? 'CHANGELOG.md', lenient: true });
    for (const p of doc.problems)
        add('error', p.line, 'structure', p.message);
    const seen = new Map();
    let previous = null;
    let sawVersion = null;
    let unreleased = null;
    const versions = [];
    for (const s of doc.sections) {
        if (s.kind === 'unreleased') {
            if (unreleased)
                add('error', s.line, 'duplicate-version', `a second [Unreleased] section (the first is at line ${unreleased.line})`);
            else
                unreleased = s;
            if (sawVersion)
                add('error', s.line, 'version-order', `[Unreleased] comes after ${sawVersion.label} (line ${sawVersion.line}): it belongs on top`);
        }
        if (s.kind !== 'version')
            continue;
        sawVersion ??= s;
        const v = s.version;
        const valid = semver_default().valid(v) !== null;
        if (!valid)
            add('error', s.line, 'version-semver', `'${s.label}' is not a SemVer version (X.Y.Z)`);
        if (s.date === null)
            add('warning', s.line, 'date-missing', `${s.label} has no release date ('## [${s.label}] - YYYY-MM-DD')`);
        else if (!/^\d{4}-\d{2}-\d{2}$/.test(s.date))
            add('error', s.line, 'date-format', `date '${s.date}' of ${s.label} is not ISO 8601 YYYY-MM-DD`);
        else if (!format_isIsoDate(s.date))
            add('error', s.line, 'date-format', `date '${s.date}' of ${s.label} is not a calendar date`);
        if (valid) {
            const key = semver_default().clean(v);
            const first = seen.get(key);
            if (first)
                add('error', s.line, 'duplicate-version', `${s.label} already has a section at line ${first.line}`);
            else {
                seen.set(key, s);
                versions.push({ version: key, section: s });
            }
            if (previous && semver_default().gte(v, previous.version) && !first) {
                add('error', s.line, 'version-order', `${s.label} comes after ${previous.section.label} (line ${previous.section.line}): sections go newest first`);
            }
            if (!first)
                previous = { version: v, section: s };
        }
        for (const sub of s.subsections) {
            const canonical = document_canonicalSection(sub.title);
            if (!canonical) {
                add('error', sub.line, 'section-type', `'### ${sub.title}' is not a Keep a Changelog type (Added, Changed, Deprecated, Removed, Fixed, Security)`);
            }
            else if (canonical !== sub.title) {
                add('warning', sub.line, 'section-type', `write '### ${canonical}', not '### ${sub.title}'`);
            }
            if (sub.items.length === 0)
                add('warning', sub.line, 'empty-section', `'### ${sub.title}' of ${s.label} is empty`);
        }
        if (s.intro.length === 0 && s.subsections.length === 0) {
            add('warning', s.line, 'empty-section', `${s.label} is released with no changes listed`);
        }
    }
    // compare links
    const repo = options.repoUrl ? format_normalizeRepoUrl(options.repoUrl) : inferRepoUrl(doc.links.map((l) => l.url));
    if (repo) {
        const prefix = options.tagPrefix ?? inferPrefix(doc.links) ?? 'v';
        const byLabel = new Map();
        for (const l of doc.links)
            if (!byLabel.has(l.label.toLowerCase()))
                byLabel.set(l.label.toLowerCase(), l);
        const all = versions.map((x) => x.version);
        const tag = (v) => `${prefix}${v}`;
        for (const { version, section } of versions) {
            if (!section.bracketed)
                continue;
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
            const base = compare && compare[1].startsWith(prefix) ? semver_default().valid(compare[1].slice(prefix.length)) : null;
            const ok = (compare !== null && compare[2] === tag(version) && base !== null && semver_default().lt(base, version)) ||
                (!prev && [`${repo}/releases/tag/${tag(version)}`, `${repo}/tree/${tag(version)}`, `${repo}/commits/${tag(version)}`].includes(url));
            if (!ok)
                add('error', link.line, 'compare-link', `[${link.label}] points to ${link.url}; expected ${expected}`);
        }
        if (unreleased && unreleased.bracketed && all.length > 0) {
            const newest = [...all].sort((semver_default()).rcompare)[0];
            const expected = `${repo}/compare/${tag(newest)}...HEAD`;
            const link = byLabel.get('unreleased');
            if (!link)
                add('error', unreleased.line, 'compare-link', `[${unreleased.label}] has no link definition; expected '[${unreleased.label}]: ${expected}'`);
            else if (!link.url.startsWith(`${repo}/compare/${tag(newest)}...`)) {
                add('error', link.line, 'compare-link', `[${link.label}] points to ${link.url}; expected ${expected}`);
            }
        }
    }
    return findings.sort((a, b) => a.line - b.line);
}

;// CONCATENATED MODULE: ./actions/lib/changelog/notes.ts





/** Rendering order of the categories (see NOTES_HEADINGS for why). */
/** GitHub refuses a release body over 125 000 characters. */
const RELEASE_BODY_MAX = 125_000;
/** The longest notes announce publishes: the rest is room for a later rollback notice. */
const NOTES_MAX = RELEASE_BODY_MAX - 2_000;
const NOTES_ORDER = (/* unused pure expression or super */ null && (['features', 'fixes', 'security', 'changed', 'deprecated', 'removed', 'docs', 'breaking']));
const CATEGORY_OF = {
    Added: 'features',
    Fixed: 'fixes',
    Security: 'security',
    Changed: 'changed',
    Deprecated: 'deprecated',
    Removed: 'removed',
    Documentation: 'docs',
};
function notesCategory(entry) {
    return entry.breaking ? 'breaking' : CATEGORY_OF[entry.section];
}
const DNS_LABEL = /^[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?$/;
const CHART_NAME = /^[a-z0-9](?:[-a-z0-9._]{0,62}[a-z0-9])?$/;
const SAFE_URL = /^(?:https?|oci):\/\/[A-Za-z0-9._~:/%+-]+$/;
function checkChart(chart) {
    const bad = (what, value, expect) => {
        throw new ActionError(`chart ${what} ${JSON.stringify(value)} is not ${expect}`);
    };
    if (!SAFE_URL.test(chart.repoUrl))
        bad('repository URL', chart.repoUrl, 'an https:// or oci:// URL without spaces or shell characters');
    if (!chart.repoUrl.startsWith('oci://') && !CHART_NAME.test(chart.repoAlias))
        bad('repository alias', chart.repoAlias, 'a name like wva');
    if (!CHART_NAME.test(chart.chart))
        bad('name', chart.chart, 'a chart name (lower case, digits, -)');
    if (!DNS_LABEL.test(chart.release) || chart.release.length > 53)
        bad('release name', chart.release, 'a DNS label of at most 53 characters');
    if (!DNS_LABEL.test(chart.namespace))
        bad('namespace', chart.namespace, 'a DNS label');
}
/**
 * The helm commands that install `version` of the chart. Helm chart versions carry no
 * `v` (`--version 0.5.0`): the process document writes `--version v0.x.0`, which only
 * works because Helm retries with the prefix stripped; the suite writes the chart's real
 * version. `helm repo update <alias>` is added so that a machine that already has the
 * repository sees the new version.
 */
function installCommands(chart, version) {
    checkChart(chart);
    const v = parseVersion(version).version;
    const repo = normalizeRepoUrl(chart.repoUrl);
    const tail = [`  --version ${v} \\`, `  --namespace ${chart.namespace} \\`, '  --create-namespace'];
    if (repo.startsWith('oci://'))
        return [`helm install ${chart.release} ${repo}/${chart.chart} \\`, ...tail];
    return [
        `helm repo add ${chart.repoAlias} ${repo}`,
        `helm repo update ${chart.repoAlias}`,
        `helm install ${chart.release} ${chart.repoAlias}/${chart.chart} \\`,
        ...tail,
    ];
}
/** One line for an announcement: `helm install wva wva/chart --version 0.5.0`. */
function installOneLiner(chart, version) {
    checkChart(chart);
    const v = parseVersion(version).version;
    const repo = normalizeRepoUrl(chart.repoUrl);
    const ref = repo.startsWith('oci://') ? `${repo}/${chart.chart}` : `${chart.repoAlias}/${chart.chart}`;
    return `helm install ${chart.release} ${ref} --version ${v} --namespace ${chart.namespace} --create-namespace`;
}
const PRIORITY = { breaking: 0, features: 1, security: 2, fixes: 3, changed: 4, deprecated: 5, removed: 6, docs: 7 };
/** The `n` entries worth announcing: breaking changes, then features, security, fixes, other changes; never docs. */
function highlights(entries, n) {
    return entries
        .map((e, i) => ({ e, i, p: PRIORITY[notesCategory(e)] }))
        .filter((x) => x.p < PRIORITY.docs)
        .sort((a, b) => a.p - b.p || a.i - b.i)
        .slice(0, Math.max(0, n))
        .map((x) => x.e);
}
const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;
function joinWords(parts) {
    if (parts.length <= 1)
        return parts.join('');
    return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}
const LIST_MARKER = /^\s*(?:[-*+]|\d+[.)])\s+/;
/**
 * The generated overview: what the release brings, then its highlights. Hand-written
 * `extra` items count like entries (and come first among equals in the highlights), so the
 * overview agrees with the sections below it.
 */
function overviewOf(entries, n = 3, extra = []) {
    // one pass: the category of each entry is computed once, for the counts and the ranking
    const priorities = [];
    const counts = new Map();
    const tally = (c) => void counts.set(c, (counts.get(c) ?? 0) + 1);
    for (const e of entries) {
        const c = notesCategory(e);
        priorities.push(PRIORITY[c]);
        tally(c);
    }
    for (const x of extra)
        tally(x.category);
    const count = (c) => counts.get(c) ?? 0;
    const breaking = count('breaking');
    const parts = [];
    const features = count('features');
    const fixes = count('fixes');
    const security = count('security');
    const other = count('changed') + count('deprecated') + count('removed');
    const docs = count('docs');
    if (features)
        parts.push(plural(features, 'new feature', 'new features'));
    if (fixes)
        parts.push(plural(fixes, 'bug fix', 'bug fixes'));
    if (security)
        parts.push(plural(security, 'security fix', 'security fixes'));
    if (other)
        parts.push(plural(other, 'other change', 'other changes'));
    if (docs)
        parts.push(plural(docs, 'documentation update', 'documentation updates'));
    if (breaking)
        parts.unshift(plural(breaking, 'breaking change', 'breaking changes'));
    if (parts.length === 0)
        return 'This release contains no user-facing changes.';
    const lines = [`This release brings ${joinWords(parts)}.`];
    // the first n by priority, then by position (hand-written first); only those n are rendered
    const ranked = [];
    for (let p = 0; p < PRIORITY.docs && ranked.length < n; p++) {
        for (const x of extra) {
            if (ranked.length >= n)
                break;
            if (PRIORITY[x.category] === p)
                ranked.push(`${x.category === 'breaking' ? '⚠️ ' : ''}${escapeMarkdownInline(x.text.replace(LIST_MARKER, ''))}`);
        }
        for (let i = 0; i < entries.length && ranked.length < n; i++) {
            const e = entries[i];
            if (priorities[i] === p)
                ranked.push(`${e.breaking ? '⚠️ ' : ''}${entryText(e)}`);
        }
    }
    if (ranked.length > 0) {
        lines.push('', 'Highlights:');
        for (const text of ranked)
            lines.push(`- ${text}`);
    }
    return lines.join('\n');
}
/**
 * GitHub release notes in the process's shape: What's New, overview, the categories
 * present (empty ones left out), Installation, Full Changelog.
 */
function renderNotes(entries, options) {
    const version = parseVersion(options.version).version;
    const tag = `${options.tagPrefix ?? 'v'}${version}`;
    const repo = normalizeRepoUrl(options.repoUrl);
    const extra = options.extra ?? [];
    const extraPrs = new Set(extra.flatMap((x) => prNumbersIn(x.text)));
    const seen = new Set();
    const kept = [];
    for (const e of entries) {
        if (e.pr !== null) {
            if (seen.has(e.pr) || extraPrs.has(e.pr))
                continue;
            seen.add(e.pr);
        }
        kept.push(e);
    }
    const byCategory = new Map();
    const push = (c, line) => {
        const list = byCategory.get(c) ?? [];
        list.push(line);
        byCategory.set(c, list);
    };
    for (const x of extra)
        push(x.category, `- ${escapeMarkdownInline(x.text.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, ''))}`);
    for (const e of kept) {
        let line = notesLine(e, repo);
        if (e.breaking && e.breakingNote)
            line += `\n  ${escapeMarkdownInline(e.breakingNote)}`;
        push(notesCategory(e), line);
    }
    const sections = NOTES_ORDER.filter((c) => byCategory.has(c))
        .map((c) => `### ${NOTES_HEADINGS[c]}\n${byCategory.get(c).join('\n')}`)
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
function tidy(text) {
    return `${text.replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n').replace(/^\n+/, '').replace(/\n+$/, '')}\n`;
}
/**
 * The announcement text. Placeholders: `{project}`, `{version}` (0.5.0), `{tag}` (v0.5.0),
 * `{highlights}`, `{notes_url}`, `{install}`. Highlights are escaped for chat (`<!here>`,
 * `<@U123>` and `@mentions` neutralised).
 */
function renderAnnouncement(template, values) {
    const version = parseVersion(values.version).version;
    const lines = values.highlights.map((h) => {
        if (typeof h === 'string')
            return `- ${escapeChatText(h.replace(/^\s*[-*]\s+/, ''))}`;
        const scope = h.scope ? `${h.scope}: ` : '';
        return `- ${h.breaking ? '⚠️ ' : ''}${escapeChatText(scope + h.subject)}`;
    });
    let t = template ?? ANNOUNCEMENT_TEMPLATE;
    if (!values.project)
        t = t.replace(/\{project\}[ \t]*/g, '');
    return tidy(fillTemplate(t, {
        project: values.project ?? '',
        version,
        tag: `${values.tagPrefix ?? 'v'}${version}`,
        highlights: lines.length > 0 ? lines.join('\n') : '- No user-facing changes',
        notes_url: values.notes_url,
        install: values.install,
    }));
}

;// CONCATENATED MODULE: ./actions/lib/changelog/index.ts
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















/***/ })

};
