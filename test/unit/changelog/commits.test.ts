import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { CommitParser } from 'conventional-commits-parser';
import {
  PARSER_OPTIONS,
  cancelledByReverts,
  classifyCommit,
  classifyCommits,
  isSkipped,
  messageForParser,
  parseOneLine,
  parseReleaseConfig,
  type ClassifyOptions,
  type CommitRecord,
  type Entry,
} from '../../../actions/lib/changelog/index.js';
import { ODD_MESSAGES, generateMessages } from './corpus.js';

const SHA = 'a'.repeat(40);
const categories = parseReleaseConfig(readFileSync(new URL('../../fixtures/changelog/release.yml', import.meta.url), 'utf8'));

function one(subject: string, extra: Partial<CommitRecord> = {}, options: ClassifyOptions = {}): Entry | { reason: string } {
  const x = classifyCommit({ sha: SHA, subject, ...extra }, options);
  return isSkipped(x) ? { reason: x.reason } : x;
}

describe('classification by type', () => {
  it.each<[string, string, Partial<Entry>]>([
    ['feat → Added', 'feat: add queue scaling', { section: 'Added', type: 'feat', scope: null, subject: 'add queue scaling', breaking: false }],
    ['fix → Fixed', 'fix(controller): nil pointer on empty metrics', { section: 'Fixed', type: 'fix', scope: 'controller', subject: 'nil pointer on empty metrics' }],
    ['perf → Changed', 'perf: cache prometheus queries', { section: 'Changed', type: 'perf' }],
    ['refactor → Changed', 'refactor(api): split the reconciler', { section: 'Changed', type: 'refactor', scope: 'api' }],
    ['revert: → Removed (target outside the range)', 'revert: feat: add x', { section: 'Removed', type: 'revert', subject: 'feat: add x' }],
    ['git Revert "…" → Removed (target outside the range)', 'Revert "feat: add x"', { section: 'Removed', type: null, subject: 'Revert "feat: add x"' }],
    ['deprecate → Deprecated', 'deprecate: the --legacy flag', { section: 'Deprecated', type: 'deprecate' }],
    ['security type → Security', 'security: bump x/net for CVE-2025-1234', { section: 'Security', type: 'security' }],
    ['security scope → Security', 'fix(security): tighten RBAC', { section: 'Security', type: 'fix', scope: 'security' }],
    ['docs → Documentation', 'docs: install guide', { section: 'Documentation', type: 'docs' }],
    ['unknown type → Changed', 'update: something', { section: 'Changed', type: 'update' }],
    ['type case-insensitive', 'FEAT: shouting', { section: 'Added', type: 'feat' }],
    ['non-conventional → Changed', 'Update README.md', { section: 'Changed', type: null, scope: null, subject: 'Update README.md' }],
    ['no space after colon → non-conventional', 'feat:no space', { section: 'Changed', type: null, subject: 'feat:no space' }],
    ['empty type → non-conventional', ': nothing', { section: 'Changed', type: null }],
    ['fixup! → non-conventional', 'fixup! feat: x', { section: 'Changed', type: null }],
  ])('%s', (_name, subject, expected) => {
    expect(one(subject)).toMatchObject(expected);
  });

  it.each(['chore', 'ci', 'test', 'build', 'style'])('%s is left out by default', (type) => {
    expect(one(`${type}: housekeeping`)).toEqual({ reason: 'type' });
  });

  it('include brings a noise type back, under Changed', () => {
    expect(one('chore(deps): bump golang', {}, { include: ['chore'] })).toMatchObject({ section: 'Changed', type: 'chore', scope: 'deps' });
    expect(one('ci: cache', {}, { include: ['chore'] })).toEqual({ reason: 'type' });
  });

  it('typeSections overrides the map, noise types included', () => {
    expect(one('deps: bump', {}, { typeSections: { deps: 'Security' } })).toMatchObject({ section: 'Security' });
    expect(one('build: image', {}, { typeSections: { Build: 'Added' } })).toMatchObject({ section: 'Added' });
  });

  it('a type named like an Object property is just an unknown type', () => {
    expect(one('constructor: x')).toMatchObject({ section: 'Changed', type: 'constructor' });
    expect(one('__proto__: y')).toMatchObject({ section: 'Changed', type: '__proto__' });
  });

  it('an empty message is skipped', () => {
    expect(one('   ', { body: '' })).toEqual({ reason: 'empty' });
  });
});

describe('breaking changes', () => {
  it.each<[string, string, string | undefined, Partial<Entry>]>([
    ['type!:', 'feat!: drop v1alpha1', undefined, { section: 'Changed', breaking: true, type: 'feat', breakingNote: null, subject: 'drop v1alpha1' }],
    ['type(scope)!:', 'feat(api)!: drop v1alpha1', undefined, { section: 'Changed', breaking: true, scope: 'api', subject: 'drop v1alpha1' }],
    ['BREAKING CHANGE: footer', 'feat: new metrics', 'Body.\n\nBREAKING CHANGE: metric names changed', { section: 'Changed', breaking: true, breakingNote: 'metric names changed' }],
    ['BREAKING-CHANGE: footer', 'fix: units', 'BREAKING-CHANGE: seconds, not ms', { section: 'Changed', breaking: true, breakingNote: 'seconds, not ms' }],
    ['the note stops at the trailers', 'feat: z', 'BREAKING CHANGE: first line\nsecond line\nFixes #12\nSigned-off-by: A <a@example.com>', { breakingNote: 'first line\nsecond line' }],
    ['! and a footer', 'refactor(api)!: rename', 'BREAKING CHANGE: field spec.x is spec.y', { breaking: true, breakingNote: 'field spec.x is spec.y' }],
    ['a breaking chore is never left out', 'chore!: drop Go 1.22', undefined, { section: 'Changed', breaking: true, type: 'chore' }],
    ['lower-case "breaking change" is prose, not a footer', 'fix: y', 'breaking change: none really', { section: 'Fixed', breaking: false }],
    ['a breaking security fix is still marked breaking', 'security!: rotate keys', undefined, { section: 'Changed', breaking: true }],
  ])('%s', (_name, subject, body, expected) => {
    expect(one(subject, body === undefined ? {} : { body })).toMatchObject(expected);
  });
});

describe('deprecations and security labels', () => {
  it('a DEPRECATED: footer → Deprecated', () => {
    expect(one('feat: new flag --queue', { body: 'DEPRECATED: --legacy-queue, removed in 0.6' })).toMatchObject({ section: 'Deprecated', type: 'feat' });
  });
  it('"Deprecated" in prose is not a footer', () => {
    expect(one('feat: x', { body: 'Deprecated the old thing in the docs.' })).toMatchObject({ section: 'Added' });
  });
  it('a security label → Security', () => {
    expect(one('fix: escape label values', { labels: ['Security'] })).toMatchObject({ section: 'Security', labels: ['Security'] });
  });
});

describe('pull requests, authors, merges', () => {
  it('a squash subject links the PR and loses the suffix', () => {
    expect(one('feat(chart): add values (#123)')).toMatchObject({ pr: 123, subject: 'add values', scope: 'chart' });
    expect(one('Non conventional squash (#77)')).toMatchObject({ pr: 77, subject: 'Non conventional squash', section: 'Changed' });
  });
  it('only the last (#n) is the squash suffix', () => {
    expect(one('fix: a (#12) with (#34)')).toMatchObject({ pr: 34, subject: 'a (#12) with' });
  });
  it('the API pull request wins over the subject', () => {
    expect(one('feat: x (#12)', { pr: 99 })).toMatchObject({ pr: 99, subject: 'x' });
  });
  it('author and labels pass through', () => {
    expect(one('feat: x', { author: 'octocat', labels: ['area/api'] })).toMatchObject({ author: 'octocat', labels: ['area/api'], sha: SHA });
  });
  it.each([
    'Merge pull request #42 from someone/feature',
    "Merge branch 'main' into feature",
    "Merge remote-tracking branch 'origin/main'",
    'Merge tag v0.4.0',
  ])('merge subject %j is skipped', (subject) => {
    expect(one(subject, { body: 'feat: merged work' })).toEqual({ reason: 'merge' });
  });
  it('a commit the caller marks as a merge is skipped', () => {
    expect(one('feat: looks normal', { merge: true })).toEqual({ reason: 'merge' });
  });
  it('"Merge" in a normal subject is not a merge', () => {
    expect(one('Merge sort for the queue')).toMatchObject({ section: 'Changed' });
  });
});

describe('release.yml categories', () => {
  const opts = { categories };
  it('parses the fixture', () => {
    expect(categories.excludeLabels).toEqual(['ignore-for-release', 'skip-changelog']);
    expect(categories.excludeAuthors).toEqual(['renovate-bot']);
    expect(categories.categories.map((c) => [c.title, c.section, c.breaking])).toEqual([
      ['Breaking Changes 🛠', 'Changed', true],
      ['Exciting New Features 🎉', 'Added', false],
      ['Bug Fixes 🐛', 'Fixed', false],
      ['Documentation', 'Documentation', false],
      ['Deprecations', 'Deprecated', false],
      ['Other Changes', 'Changed', false],
    ]);
  });
  it.each<[string, string, string[], Partial<Entry> | { reason: string }]>([
    ['a label overrides fix → Added', 'fix: actually a feature', ['enhancement'], { section: 'Added', type: 'fix' }],
    ['a label overrides feat → Fixed', 'feat: actually a fix', ['bug'], { section: 'Fixed' }],
    ['labels compare case-insensitively', 'feat: y', ['BUG'], { section: 'Fixed' }],
    ['a documentation label', 'fix: typo', ['documentation'], { section: 'Documentation' }],
    ['a breaking category marks breaking', 'feat: z', ['breaking-change'], { section: 'Changed', breaking: true }],
    ['a label overrides a noise type', 'chore: deprecate old flag', ['deprecation'], { section: 'Deprecated' }],
    ['first matching category wins', 'fix: both', ['bug', 'enhancement'], { section: 'Added' }],
    ['a category exclude label skips that category', 'fix: wip feature', ['enhancement', 'wip'], { section: 'Fixed' }],
    ['the * wildcard does not override the type', 'feat: normal', ['something-else'], { section: 'Added' }],
    ['an excluded label drops the commit', 'feat: internal', ['skip-changelog'], { reason: 'excluded' }],
    ['security label beats a category', 'fix: cve', ['bug', 'security'], { section: 'Security' }],
  ])('%s', (_name, subject, labels, expected) => {
    expect(one(subject, { labels }, opts)).toMatchObject(expected);
  });
  it('an excluded author drops the commit', () => {
    expect(one('chore(deps): bump', { author: 'renovate-bot' }, opts)).toEqual({ reason: 'excluded' });
    expect(one('feat: x', { author: 'octocat' }, opts)).toMatchObject({ section: 'Added' });
  });
});

describe('revert pairs', () => {
  const sha = (c: string): string => c.repeat(40);
  const feat: CommitRecord = { sha: sha('1'), subject: 'feat: queue scaling (#10)' };
  const gitRevert = (target: string, s: string, subject: string): CommitRecord => ({ sha: s, subject, body: `This reverts commit ${target}.` });

  it('a git revert of a commit in the range cancels both', () => {
    const r = classifyCommits([gitRevert(feat.sha, sha('2'), 'Revert "feat: queue scaling (#10)"'), feat]);
    expect(r.entries).toEqual([]);
    expect(r.skipped).toEqual([
      { sha: sha('2'), reason: 'revert-pair' },
      { sha: sha('1'), reason: 'revert-pair' },
    ]);
  });
  it('a conventional revert: with an abbreviated sha cancels too', () => {
    const r = classifyCommits([gitRevert(feat.sha.slice(0, 7), sha('2'), 'revert: feat: queue scaling'), feat]);
    expect(r.entries).toEqual([]);
  });
  it('a revert of a commit outside the range stays, under Removed', () => {
    const r = classifyCommits([gitRevert(sha('9'), sha('2'), 'Revert "feat: older"'), feat]);
    expect(r.entries.map((e) => [e.sha, e.section])).toEqual([
      [sha('2'), 'Removed'],
      [sha('1'), 'Added'],
    ]);
  });
  it('a revert of a revert brings the original back', () => {
    const b = gitRevert(feat.sha, sha('2'), 'Revert "feat: queue scaling"');
    const c = gitRevert(b.sha, sha('3'), 'Revert "Revert "feat: queue scaling""');
    expect([...cancelledByReverts([c, b, feat])].sort()).toEqual([sha('2'), sha('3')]);
    expect(classifyCommits([c, b, feat]).entries.map((e) => e.sha)).toEqual([feat.sha]);
  });
  it('four in a chain cancel out completely', () => {
    const b = gitRevert(feat.sha, sha('2'), 'Revert "feat: queue scaling"');
    const c = gitRevert(b.sha, sha('3'), 'Revert "Revert "feat""');
    const d = gitRevert(c.sha, sha('4'), 'Revert "Revert "Revert "feat"""');
    expect(classifyCommits([d, c, b, feat]).entries).toEqual([]);
  });
  it('a body that mentions a revert without a revert subject is no revert', () => {
    const r = classifyCommits([{ sha: sha('2'), subject: 'fix: follow-up', body: `This reverts commit ${feat.sha} partially.` }, feat]);
    expect(r.entries.map((e) => e.section)).toEqual(['Fixed', 'Added']);
  });
  it('merges and noise are reported in skipped, entries keep the input order', () => {
    const r = classifyCommits([
      { sha: sha('5'), subject: 'Merge pull request #9 from a/b' },
      { sha: sha('6'), subject: 'fix: b (#9)' },
      { sha: sha('7'), subject: 'chore: c' },
      { sha: sha('8'), subject: 'feat: a (#8)' },
    ]);
    expect(r.entries.map((e) => e.pr)).toEqual([9, 8]);
    expect(r.skipped).toEqual([
      { sha: sha('5'), reason: 'merge' },
      { sha: sha('7'), reason: 'type' },
    ]);
  });
});

describe('parser configuration (differential)', () => {
  // The classifier's parser differs from a default-shaped one only in what makes it fast:
  // no reference regex (issuePrefixes, referenceActions), no meta fields (fieldPattern), and
  // the body left out when it has no note keyword and no revert line (messageForParser).
  // Everything the classifier reads must come out the same as with all of that switched on.
  const withReferences = new CommitParser({
    ...PARSER_OPTIONS,
    issuePrefixes: ['#'],
    referenceActions: ['close', 'closes', 'closed', 'fix', 'fixes', 'fixed', 'resolve', 'resolves', 'resolved'],
    fieldPattern: /^-(.*?)-$/,
  });
  const cheap = new CommitParser(PARSER_OPTIONS);
  const corpus = [...ODD_MESSAGES, ...generateMessages(3000, 7)];
  const split = (m: string): [string, string] => {
    const nl = m.indexOf('\n');
    return nl === -1 ? [m, ''] : [m.slice(0, nl), m.slice(nl + 1).replace(/^\n+/, '')];
  };

  it(`type, scope, subject, header, note titles and revert agree on ${corpus.length} messages`, () => {
    let compared = 0;
    let shortened = 0;
    for (const m of corpus) {
      const [subject, body] = split(m);
      const reduced = messageForParser(subject, body);
      if (reduced !== m) shortened++;
      const a = cheap.parse(reduced);
      const b = withReferences.parse(m);
      expect([a.type, a.scope, a.subject, a.header, a.notes.map((n) => n.title), a.revert]).toEqual([
        b.type,
        b.scope,
        b.subject,
        b.header,
        b.notes.map((n) => n.title),
        b.revert,
      ]);
      compared++;
    }
    expect(compared).toBe(corpus.length);
    expect(shortened).toBeGreaterThan(1000);
  });

  it('classification of the corpus does not depend on the shortcut', () => {
    const records = corpus.map((m, i) => {
      const [subject, body] = split(m);
      return { sha: (i.toString(16) + 'e'.repeat(40)).slice(0, 40), subject, body };
    });
    const fast = classifyCommits(records).entries;
    expect(fast.length).toBeGreaterThan(2000);
    // the same records with a body the shortcut cannot drop (a keyword in a harmless line on top)
    const padded = records.map((r) => ({ ...r, body: r.body ? `mentions breaking in prose\n${r.body}` : r.body }));
    const slow = classifyCommits(padded).entries;
    expect(slow).toEqual(fast);
  });

  it('a one-line message read without the parser comes out as the parser reads it', () => {
    const lines = [
      ...corpus.map((m) => split(m)[0]),
      'gpg: Signature made',
      '  gpg: indented',
      ' feat: leading space',
      'feat: trailing space ',
      'feat(a)(b): nested scope',
      'feat(): empty scope',
      'feat:no space',
      'feat!:no space',
      'feat!: ',
      'feat(x)!:  two spaces',
      '!: no type',
      'a (b): spaced scope',
      'feat:\ttab',
      'ünï(ü): unicode',
      'feat(chart)!: breaking (#12)',
      'Revert "feat: x" This reverts commit 0123abc.',
      'fix: mentions reverts commit in the subject',
      'Merge pull request #3 from a/b',
      'fixup! feat: something',
    ];
    let fast = 0;
    for (const line of lines) {
      const quick = parseOneLine(line);
      const full = cheap.parse(line);
      const want = { header: full.header, type: full['type'] ?? null, scope: full['scope'] ?? null, subject: full['subject'] ?? null, notes: full.notes, revert: full.revert };
      if (quick === null) {
        expect({ line, guarded: /^\s*gpg:|[\r\n]|reverts commit/i.test(line) || line.trim() === '' }).toEqual({ line, guarded: true });
        continue;
      }
      expect({ line, ...quick }).toEqual({ line, ...want });
      fast++;
    }
    expect(fast).toBeGreaterThan(lines.length - 10);
  });

  it('the default reference regex would have found references the classifier does not need', () => {
    const b = withReferences.parse('fix: closes #12\n\nFixes #14');
    expect(b.references.map((r) => r.issue)).toEqual(['12', '14']);
    expect(cheap.parse('fix: closes #12\n\nFixes #14').references).toEqual([]);
  });
});
