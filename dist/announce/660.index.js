export const id = 660;
export const ids = [660];
export const modules = {

/***/ 7660:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ANNOUNCEMENT_TEMPLATE: () => (/* reexport */ templates/* ANNOUNCEMENT_TEMPLATE */.Vm),
  CHANGELOG_HEADER: () => (/* reexport */ templates/* CHANGELOG_HEADER */.fQ),
  CHANGE_SECTIONS: () => (/* reexport */ CHANGE_SECTIONS),
  Classification: () => (/* reexport */ Classification),
  Classifier: () => (/* reexport */ Classifier),
  MERGE_SUBJECT: () => (/* reexport */ MERGE_SUBJECT),
  NOISE_TYPES: () => (/* reexport */ NOISE_TYPES),
  NOTES_HEADINGS: () => (/* reexport */ templates/* NOTES_HEADINGS */.ox),
  NOTES_MAX: () => (/* reexport */ notes/* NOTES_MAX */.tJ),
  NOTES_ORDER: () => (/* reexport */ notes/* NOTES_ORDER */.Dz),
  NOTES_TEMPLATE: () => (/* reexport */ templates/* NOTES_TEMPLATE */.bP),
  PARSER_OPTIONS: () => (/* reexport */ PARSER_OPTIONS),
  PULL_MERGE: () => (/* reexport */ PULL_MERGE),
  RELEASE_BODY_MAX: () => (/* reexport */ notes/* RELEASE_BODY_MAX */.q9),
  TYPE_SECTIONS: () => (/* reexport */ TYPE_SECTIONS),
  cancelledByReverts: () => (/* reexport */ cancelledByReverts),
  canonicalSection: () => (/* reexport */ canonicalSection),
  categoryMatcher: () => (/* reexport */ categoryMatcher),
  changelogLine: () => (/* reexport */ format/* changelogLine */.H8),
  classifyCommit: () => (/* reexport */ classifyCommit),
  classifyCommits: () => (/* reexport */ classifyCommits),
  creditAuthor: () => (/* reexport */ changelog_escape/* creditAuthor */.ZV),
  entryText: () => (/* reexport */ format/* entryText */.u0),
  escapeChatText: () => (/* reexport */ changelog_escape/* escapeChatText */.Jh),
  escapeMarkdownInline: () => (/* reexport */ changelog_escape/* escapeMarkdownInline */.E4),
  extractSection: () => (/* reexport */ extractSection),
  fillTemplate: () => (/* reexport */ templates/* fillTemplate */.ou),
  highlights: () => (/* reexport */ notes/* highlights */.eq),
  inferRepoUrl: () => (/* reexport */ inferRepoUrl),
  installCommands: () => (/* reexport */ notes/* installCommands */._P),
  installOneLiner: () => (/* reexport */ notes/* installOneLiner */.G_),
  isIsoDate: () => (/* reexport */ format/* isIsoDate */.s6),
  isSkipped: () => (/* reexport */ isSkipped),
  kindMarker: () => (/* reexport */ kindMarker),
  lintChangelog: () => (/* reexport */ lintChangelog),
  messageForParser: () => (/* reexport */ messageForParser),
  normalizeRepoUrl: () => (/* reexport */ format/* normalizeRepoUrl */.Hx),
  notesCategory: () => (/* reexport */ notes/* notesCategory */.UC),
  notesLine: () => (/* reexport */ format/* notesLine */.Uh),
  overviewOf: () => (/* reexport */ notes/* overviewOf */.bq),
  parseChangelog: () => (/* reexport */ parseChangelog),
  parseHeadingText: () => (/* reexport */ parseHeadingText),
  parseOneLine: () => (/* reexport */ parseOneLine),
  parseReleaseConfig: () => (/* reexport */ parseReleaseConfig),
  prNumbersIn: () => (/* reexport */ format/* prNumbersIn */.gz),
  pullRequestRecords: () => (/* reexport */ pullRequestRecords),
  referenceOf: () => (/* reexport */ format/* referenceOf */.Bz),
  renderAnnouncement: () => (/* reexport */ notes/* renderAnnouncement */.M4),
  renderNotes: () => (/* reexport */ notes/* renderNotes */.IE),
  revertTarget: () => (/* reexport */ revertTarget),
  sectionContent: () => (/* reexport */ sectionContent),
  sectionForTitle: () => (/* reexport */ sectionForTitle),
  sectionLines: () => (/* reexport */ sectionLines),
  sectionOfVerb: () => (/* reexport */ sectionOfVerb),
  sentenceCase: () => (/* reexport */ format/* sentenceCase */.o3),
  updateChangelog: () => (/* reexport */ updateChangelog),
  versionSections: () => (/* reexport */ versionSections)
});

;// CONCATENATED MODULE: ./actions/lib/changelog/types.ts
/**
 * Data shapes shared by the changelog library. Everything here is plain data so that
 * the action can print it as JSON (`entries` output) and tests can compare it whole.
 */
/** The six Keep a Changelog section types, in the order the format lists them. */
const CHANGE_SECTIONS = ['Added', 'Changed', 'Deprecated', 'Removed', 'Fixed', 'Security'];

// EXTERNAL MODULE: ./node_modules/conventional-commits-parser/dist/index.js + 5 modules
var dist = __webpack_require__(4674);
// EXTERNAL MODULE: ./actions/lib/semver/version.ts
var semver_version = __webpack_require__(5731);
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
function isReleaseCommit(subject) {
    const trimmed = subject.trim();
    // every text above starts so (a squash suffix is only ever cut from the end): the rest of a long history is passed over
    if (!RELEASE_START.test(trimmed))
        return false;
    const text = trimmed.replace(SQUASH_SUFFIX, '');
    const version = PULL_TITLE.exec(text)?.[1] ?? (text.startsWith(`${BUMP_PREFIX}v`) ? text.slice(BUMP_PREFIX.length + 1) : undefined);
    return version !== undefined && (0,semver_version/* isVersion */.lF)(version) && !version.startsWith('v');
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./actions/lib/runner/errors.ts
var errors = __webpack_require__(7378);
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
    const lineCounter = new yaml_dist.LineCounter();
    const doc = (0,yaml_dist.parseDocument)(text, { lineCounter, prettyErrors: false });
    const first = doc.errors[0];
    if (first) {
        const at = first.linePos?.[0]?.line ?? lineCounter.linePos(first.pos[0]).line;
        throw new errors/* FileError */.f6(file, `not valid YAML: ${first.message.split('\n')[0]}`, at);
    }
    const lineOf = (path) => {
        const node = doc.getIn(path, true);
        return node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
    };
    const result = { categories: [], excludeLabels: [], excludeAuthors: [] };
    if (doc.contents === null)
        return result;
    if (!(0,yaml_dist.isMap)(doc.contents))
        throw new errors/* FileError */.f6(file, 'expected a mapping at the top level', lineOf([]) ?? 1);
    const changelog = doc.get('changelog', true);
    if (changelog === undefined || changelog === null)
        return result;
    if (!(0,yaml_dist.isMap)(changelog))
        throw new errors/* FileError */.f6(file, "expected 'changelog' to be a mapping", lineOf(['changelog']));
    const js = doc.toJS();
    const exclude = js.changelog.exclude;
    if (exclude !== undefined && exclude !== null && (typeof exclude !== 'object' || Array.isArray(exclude))) {
        throw new errors/* FileError */.f6(file, "expected 'changelog.exclude' to be a mapping with 'labels' and 'authors'", lineOf(['changelog', 'exclude']));
    }
    result.excludeLabels = strings(exclude?.labels);
    result.excludeAuthors = strings(exclude?.authors);
    const categoriesNode = changelog.get('categories', true);
    if (categoriesNode === undefined || categoriesNode === null)
        return result;
    if (!(0,yaml_dist.isSeq)(categoriesNode))
        throw new errors/* FileError */.f6(file, "expected 'changelog.categories' to be a list", lineOf(['changelog', 'categories']));
    const categories = js.changelog.categories;
    categories.forEach((raw, i) => {
        const at = lineOf(['changelog', 'categories', i]);
        if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
            throw new errors/* FileError */.f6(file, `expected category ${i + 1} to be a mapping with 'title' and 'labels'`, at);
        }
        const c = raw;
        if (typeof c.title !== 'string' || c.title.trim() === '') {
            throw new errors/* FileError */.f6(file, `category ${i + 1} has no 'title'`, at);
        }
        const labels = strings(c.labels);
        if (labels.length === 0)
            throw new errors/* FileError */.f6(file, `category '${c.title}' has no 'labels'`, at);
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
function categoryMatcher(config) {
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
class HistoryIndex {
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
    const index = new HistoryIndex();
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
function pullRequestRecords(commits, index = indexHistory(commits)) {
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

;// CONCATENATED MODULE: ./actions/lib/changelog/subjects.ts
/**
 * A subject that is not conventional (a merge-commit workflow's pull request title, "Add
 * metrics validation", "Fixing tolerance function") says what it is by its first word.
 */
const VERB_SECTIONS = [
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
function kindMarker(subject) {
    const m = KIND_MARKER.exec(subject);
    if (!m || m[0].length === subject.length)
        return null;
    const type = m[2] ? 'feat' : m[3] ? 'fix' : m[4] ? 'docs' : null;
    return { type, breaking: m[1] !== undefined, rest: subject.slice(m[0].length) };
}
/** The section of a non-conventional subject: by its verb, else Changed. */
function sectionOfVerb(subject) {
    const text = subject.trim();
    return VERB_SECTIONS.find(([re]) => re.test(text))?.[1] ?? 'Changed';
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
    parser = new dist/* CommitParser */.Jf(PARSER_OPTIONS);
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
function canonicalSection(title) {
    const t = title.trim().toLowerCase();
    return CHANGE_SECTIONS.find((s) => s.toLowerCase() === t) ?? null;
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
function parseChangelog(text, options = {}) {
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
                version: kind === 'version' ? (0,semver_version/* stripV */.tQ)(parts.label) : null,
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
function sectionLines(doc, section) {
    return doc.lines.slice(section.start, section.contentEnd).map(clean);
}
/** The version sections (kind `version`). */
function versionSections(doc) {
    return doc.sections.filter((s) => s.kind === 'version');
}


// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./actions/lib/changelog/format.ts
var format = __webpack_require__(9496);
// EXTERNAL MODULE: ./actions/lib/changelog/templates.ts
var templates = __webpack_require__(9500);
;// CONCATENATED MODULE: ./actions/lib/changelog/update.ts







const update_isBlank = (s) => s === undefined || s.trim() === '';
const semverOf = (s) => (s.version !== null && semver_default().valid(s.version) ? s.version : null);
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
    const version = (0,semver_version/* parseVersion */.ot)(options.version).version;
    if (!(0,format/* isIsoDate */.s6)(options.date))
        throw new errors/* ActionError */.lZ(`date ${JSON.stringify(options.date)} is not a calendar date YYYY-MM-DD`);
    const prefix = options.tagPrefix ?? 'v';
    const repoUrl = options.repoUrl ? (0,format/* normalizeRepoUrl */.Hx)(options.repoUrl) : null;
    const source = text.trim() === '' ? templates/* CHANGELOG_HEADER */.fQ : text;
    const doc = parseChangelog(source, { file });
    const eol = doc.eol;
    const lines = doc.lines;
    const style = inferStyle(doc);
    if (doc.sections.length === 0 && doc.lines.some((l) => l.trim() !== '' && !/^# /.test(l))) {
        // Prose with no `## ` section gives no place that is surely the changelog's: refuse rather than
        // guess. A file that is only a title is a new changelog and gets its first section.
        throw new errors/* FileError */.f6(file, "has no '## [Unreleased]' or '## [X.Y.Z] - YYYY-MM-DD' section to place the new section beside: add a '## [Unreleased]' heading (Keep a Changelog)", 1);
    }
    const existing = doc.sections.find((s) => s.kind === 'version' && s.version !== null && sameVersion(s.version, version));
    if (existing && !options.regenerate) {
        return { text, changed: false, section: sectionLines(doc, existing).join('\n') };
    }
    const newest = doc.sections.every((s) => {
        const v = semverOf(s);
        return v === null || s === existing || (0,semver_version/* compareVersions */.Zy)(v, version) < 0;
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
        list.push({ line: (0,format/* changelogLine */.H8)(e, repoUrl, style.marker), pr: e.pr });
        generated.set(e.section, list);
    }
    const allHand = [...handIntro, ...[...handGroups.values()].flat()];
    const handPrs = new Set(allHand.flatMap((item) => (0,format/* prNumbersIn */.gz)(item.join(' '))));
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
            return v !== null && (0,semver_version/* compareVersions */.Zy)(v, version) < 0;
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
    if (semver_default().valid(a) && semver_default().valid(b))
        return semver_default().eq(a, b);
    return a === b;
}
/**
 * One edit over the link definitions at the bottom: replaces the trailing block (or
 * appends one). Definitions elsewhere in the file are not touched (Keep a Changelog keeps
 * them at the bottom; the linter reports a wrong one).
 */
function linkEdits(doc, want) {
    const block = doc.linkBlock;
    const blockLines = block ? doc.lines.slice(block.start, block.end).map(clean) : [];
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
                return semver_default().valid(v) !== null && semver_default().lt(v, want.version);
            });
            if (older >= 0)
                next.splice(older, 0, line);
            else {
                let last = -1;
                next.forEach((l, k) => {
                    const p = parse(l);
                    if (p && (semver_default().valid(p.label.replace(/^v/, '')) || /^unreleased$/i.test(p.label)))
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
    const a = (0,semver_version/* stripV */.tQ)(wanted);
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
    const doc = parseChangelog(text, { file });
    const section = doc.sections.find((s) => matches(s, version));
    if (!section) {
        const have = doc.sections.filter((s) => s.kind !== 'unknown').map((s) => (s.kind === 'unreleased' ? 'Unreleased' : s.label));
        throw new errors/* FileError */.f6(file, `has no section for ${version}; it has ${have.length > 0 ? have.join(', ') : 'no version sections'}`);
    }
    const lines = sectionLines(doc, section);
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
    const doc = parseChangelog(text, { file: options.file ?? 'CHANGELOG.md', lenient: true });
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
        else if (!(0,format/* isIsoDate */.s6)(s.date))
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
            const canonical = canonicalSection(sub.title);
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
    const repo = options.repoUrl ? (0,format/* normalizeRepoUrl */.Hx)(options.repoUrl) : inferRepoUrl(doc.links.map((l) => l.url));
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

// EXTERNAL MODULE: ./actions/lib/changelog/notes.ts
var notes = __webpack_require__(1342);
// EXTERNAL MODULE: ./actions/lib/changelog/escape.ts
var changelog_escape = __webpack_require__(5500);
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
