// conventional-changelog's CLI config (`-n`) for the changelog figure: the parser and writer
// settings of the `conventionalcommits` preset (which is not a dependency of this project), so the
// peer does the same kind of work as the changelog action: parse every commit (`!` and
// `BREAKING CHANGE` footers, reverts, `#N` references), keep the release-worthy types, group them
// by type and render one Markdown section.
const TYPES = {
  feat: 'Features',
  fix: 'Bug Fixes',
  perf: 'Performance Improvements',
  revert: 'Reverts',
  refactor: 'Code Refactoring',
  deprecate: 'Deprecations',
  security: 'Security',
};

export default {
  parser: {
    headerPattern: /^(\w*)(?:\((.*)\))?!?: (.*)$/,
    breakingHeaderPattern: /^(\w*)(?:\((.*)\))?!: (.*)$/,
    headerCorrespondence: ['type', 'scope', 'subject'],
    noteKeywords: ['BREAKING CHANGE', 'BREAKING-CHANGE'],
    revertPattern: /^(?:Revert|revert:)\s"?([\s\S]+?)"?\s*This reverts commit (\w*)\./i,
    revertCorrespondence: ['header', 'hash'],
    issuePrefixes: ['#'],
  },
  writer: {
    groupBy: 'type',
    commitGroupsSort: 'title',
    commitsSort: ['scope', 'subject'],
    noteGroupsSort: 'title',
    transform(commit) {
      const title = TYPES[commit.type];
      if (!title && commit.notes.length === 0) return null;
      return {
        type: title ?? 'Other',
        scope: commit.scope === '*' ? '' : commit.scope,
        hash: typeof commit.hash === 'string' ? commit.hash.slice(0, 7) : commit.hash,
        notes: commit.notes.map((note) => ({ ...note, title: 'BREAKING CHANGES' })),
      };
    },
  },
};
