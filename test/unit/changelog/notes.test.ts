import { describe, expect, it } from '@jest/globals';
import {
  ANNOUNCEMENT_TEMPLATE,
  classifyCommits,
  highlights,
  installCommands,
  installOneLiner,
  renderAnnouncement,
  renderNotes,
  type ChartInstall,
  type CommitRecord,
  type Entry,
} from '../../../actions/lib/changelog/index.js';
import { expectGolden } from './golden.js';
import { ENTRIES, REPO, sha } from './wva-range.js';

const CHART: ChartInstall = {
  repoUrl: 'https://llm-d-incubation.github.io/workload-variant-autoscaler',
  repoAlias: 'wva',
  chart: 'workload-variant-autoscaler',
  release: 'workload-variant-autoscaler',
  namespace: 'workload-variant-autoscaler-system',
};
const entries = (records: CommitRecord[]): Entry[] => classifyCommits(records).entries;

describe('renderNotes', () => {
  it('renders the documented shape for v0.5.0 (golden)', () => {
    const notes = renderNotes(ENTRIES, { version: '0.5.0', repoUrl: REPO, previousTag: 'v0.4.1', chart: CHART });
    expectGolden('notes/v0.5.0.md', notes);
    const headings = notes.split('\n').filter((l) => l.startsWith('#'));
    expect(headings).toEqual([
      "## What's New in v0.5.0",
      '### 🎉 New Features',
      '### 🐛 Bug Fixes',
      '### 🔒 Security',
      '### 🔧 Changes',
      '### ⏳ Deprecations',
      '### 📖 Documentation',
      '### ⚠️ Breaking Changes',
      '### 📦 Installation',
    ]);
    expect(notes).toContain('  --version 0.5.0 \\\n');
    expect(notes).toContain(`**Full Changelog**: ${REPO}/compare/v0.4.1...v0.5.0\n`);
    expect(notes.endsWith('\n')).toBe(true);
    expect(notes).not.toMatch(/\n\n\n/);
  });

  it('first release: the Full Changelog lists the commits of the tag; without a chart there is no Installation', () => {
    const notes = renderNotes(entries([{ sha: sha(1), subject: 'feat: first (#1)', author: 'alice' }]), { version: 'v0.1.0', repoUrl: `${REPO}/` });
    expect(notes).toBe(
      [
        "## What's New in v0.1.0",
        '',
        'This release brings 1 new feature.',
        '',
        'Highlights:',
        '- first',
        '',
        '### 🎉 New Features',
        `- first ([#1](${REPO}/pull/1)) by @alice`,
        '',
        `**Full Changelog**: ${REPO}/commits/v0.1.0`,
        '',
      ].join('\n'),
    );
  });

  it('no entries: says so, and omits every category', () => {
    const notes = renderNotes([], { version: '0.5.1', repoUrl: REPO, previousTag: 'v0.5.0' });
    expect(notes).toBe(`## What's New in v0.5.1\n\nThis release contains no user-facing changes.\n\n**Full Changelog**: ${REPO}/compare/v0.5.0...v0.5.1\n`);
  });

  it('a supplied overview replaces the generated one', () => {
    const notes = renderNotes(ENTRIES, { version: '0.5.0', repoUrl: REPO, previousTag: 'v0.4.1', overview: 'Queue-based scaling is here.' });
    expect(notes).toContain("## What's New in v0.5.0\n\nQueue-based scaling is here.\n\n### 🎉 New Features");
    expect(notes).not.toContain('Highlights:');
  });

  it('a custom template gets the placeholders', () => {
    const notes = renderNotes(ENTRIES.slice(0, 1), {
      version: '0.5.0',
      repoUrl: REPO,
      previousTag: 'v0.4.1',
      chart: CHART,
      template: '# {tag} ({version}, after {previous_tag})\n\n{sections}\n\n```\n{install}\n```\n{compare_url} {unknown}\n',
    });
    expect(notes).toBe(
      [
        '# v0.5.0 (0.5.0, after v0.4.1)',
        '',
        '### ⚠️ Breaking Changes',
        `- **controller:** scale on queue depth by default ([#230](${REPO}/pull/230)) by @alice`,
        '  the `saturation` policy is no longer the default',
        '',
        '```',
        `helm repo add wva ${CHART.repoUrl}`,
        'helm repo update wva',
        'helm install workload-variant-autoscaler wva/workload-variant-autoscaler \\',
        '  --version 0.5.0 \\',
        '  --namespace workload-variant-autoscaler-system \\',
        '  --create-namespace',
        '```',
        `${REPO}/compare/v0.4.1...v0.5.0 {unknown}`,
        '',
      ].join('\n'),
    );
  });

  it('collapses duplicate pull requests and lets hand-written items win for their PR', () => {
    const list = entries([
      { sha: sha(1), subject: 'feat: a (#5)' },
      { sha: sha(2), subject: 'feat: a again (#5)' },
      { sha: sha(3), subject: 'fix: b (#6)' },
    ]);
    const notes = renderNotes(list, { version: '1.0.0', repoUrl: REPO, extra: [{ category: 'fixes', text: '- Hand-written fix for b (#6)' }] });
    expect(notes.match(/#5\b/g)).toHaveLength(1);
    expect(notes).toContain('### 🐛 Bug Fixes\n- Hand-written fix for b (#6)\n\n');
    expect(notes).not.toContain('- b (');
  });

  it('escapes what would ping or break rendering (golden)', () => {
    const list = entries([
      { sha: sha(1), subject: 'feat: thanks @alice and @llm-d/maintainers (#1)', author: 'alice' },
      { sha: sha(2), subject: 'fix: <!channel> <!here> <@U12345> please look (#2)', author: 'Bob Smith' },
      { sha: sha(3), subject: 'fix: strip <img src=x onerror=alert(1)> and </details> (#3)', author: 'dependabot[bot]' },
      { sha: sha(4), subject: '# not a heading', author: 'carol' },
      { sha: sha(5), subject: 'feat: `@inside-code` stays, mail me@example.com, unmatched ` tick @dave' },
      { sha: sha(6), subject: 'docs: &#64;eve encoded' },
      { sha: sha(7), subject: '- looks like a list' },
      { sha: sha(8), subject: '[ ] looks like a task' },
      { sha: sha(9), subject: '1. looks ordered' },
      { sha: sha(10), subject: 'feat(<b>scope</b>): scoped' },
    ]);
    const notes = renderNotes(list, { version: '0.6.0', repoUrl: REPO, previousTag: 'v0.5.0', overview: 'Escaping.' });
    expectGolden('notes/escaping.md', notes);
    expect(notes).not.toMatch(/<[!@a-z/]/i);
    // every @ outside a code span is gone: strip code spans and look
    const outsideCode = notes
      .replace(/ by @[\w-]+(?:\[bot\])?$/gm, '') // the API author credit is the one allowed @
      .replace(/\\`/g, '')
      .replace(/`[^`]*`/g, '');
    expect(outsideCode).toContain('me@example.com');
    expect(outsideCode).not.toMatch(/(^|[^\w])@\w/m);
    expect(notes).toContain('by @alice');
    expect(notes).toContain('by Bob Smith');
    expect(notes).toContain('by @dependabot[bot]');
    expect(notes).toContain('- \\# not a heading');
  });
});

describe('installation', () => {
  it('writes the chart version without v', () => {
    expect(installOneLiner(CHART, 'v0.5.0')).toBe(
      'helm install workload-variant-autoscaler wva/workload-variant-autoscaler --version 0.5.0 --namespace workload-variant-autoscaler-system --create-namespace',
    );
  });
  it('installs an OCI chart without repo add', () => {
    expect(installCommands({ ...CHART, repoUrl: 'oci://ghcr.io/llm-d-incubation/charts/' }, '0.5.0')).toEqual([
      'helm install workload-variant-autoscaler oci://ghcr.io/llm-d-incubation/charts/workload-variant-autoscaler \\',
      '  --version 0.5.0 \\',
      '  --namespace workload-variant-autoscaler-system \\',
      '  --create-namespace',
    ]);
  });
  it.each<[string, Partial<ChartInstall>, string]>([
    ['a URL with shell characters', { repoUrl: 'https://x.io/$(id)' }, 'repository URL'],
    ['a URL with a space', { repoUrl: 'https://x.io/a b' }, 'repository URL'],
    ['a namespace with upper case', { namespace: 'Prod' }, 'namespace'],
    ['a release name with ;', { release: 'wva;rm' }, 'release name'],
    ['a chart name with /', { chart: '../x' }, 'name'],
    ['an alias with a space', { repoAlias: 'w va' }, 'alias'],
  ])('refuses %s', (_name, change, message) => {
    expect(() => installCommands({ ...CHART, ...change }, '0.5.0')).toThrow(message);
  });
  it('refuses a version that is not one', () => {
    expect(() => installCommands(CHART, '0.5')).toThrow('SemVer');
  });
});

describe('highlights and the announcement', () => {
  it('orders breaking, features, security, fixes, other; never docs', () => {
    expect(highlights(ENTRIES, 10).map((e) => e.pr ?? e.subject)).toEqual([230, 210, 217, 227, 215, 216, 'Tidy up the e2e harness', 218]);
    expect(highlights(ENTRIES, 2).map((e) => e.pr)).toEqual([230, 210]);
    expect(highlights(ENTRIES, 0)).toEqual([]);
  });

  it('renders the documented announcement by default', () => {
    const text = renderAnnouncement(undefined, {
      project: 'Workload-Variant-Autoscaler',
      version: '0.5.0',
      highlights: highlights(ENTRIES, 3),
      notes_url: `${REPO}/releases/tag/v0.5.0`,
      install: installOneLiner({ ...CHART, release: 'wva' }, '0.5.0'),
    });
    expect(text).toBe(
      [
        '🎉 Workload-Variant-Autoscaler v0.5.0 is now available!',
        '',
        'Highlights:',
        '- ⚠️ controller: scale on queue depth by default',
        '- queue-depth based scale-out for vLLM backends',
        '- run the controller as non-root',
        '',
        `📖 Full release notes: ${REPO}/releases/tag/v0.5.0`,
        '',
        '📦 Install: helm install wva wva/workload-variant-autoscaler --version 0.5.0 --namespace workload-variant-autoscaler-system --create-namespace',
        '',
      ].join('\n'),
    );
    expect(ANNOUNCEMENT_TEMPLATE).toContain('{highlights}');
  });

  it('neutralises chat control sequences and mentions in highlights; takes a custom template', () => {
    const text = renderAnnouncement('{tag}|{version}|{project}|{highlights}|{install}', {
      version: 'v1.0.0',
      highlights: ['- <!channel> fix & go', 'thanks @alice <@U123>'],
      notes_url: 'u',
      install: 'i',
    });
    expect(text).toBe('v1.0.0|1.0.0||- &lt;!channel&gt; fix &amp; go\n- thanks `@alice` &lt;`@U123`&gt;|i\n');
  });

  it('without a project name the placeholder goes, and no highlights says so', () => {
    const text = renderAnnouncement(undefined, { version: '1.0.0', highlights: [], notes_url: 'u', install: 'i' });
    expect(text.split('\n').slice(0, 4)).toEqual(['🎉 v1.0.0 is now available!', '', 'Highlights:', '- No user-facing changes']);
  });
});
