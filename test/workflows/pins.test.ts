import { describe, expect, it } from '@jest/globals';
import { SELF_RELEASE_LEAVE_OUT } from '../../src/rehearse/flow.js';
import { ACTION_MODELS, REMOVED_ENV } from '../../src/rehearse/stand-ins/models.js';
import { classifyUses, loadWorkflow, workflowFiles } from '../support/workflows/model.js';
import { checkPin, checkPins, documentationFiles, isOwnWorkflow, markdownUsesLines, PIN_FLOORS, pinnedWorkflowFiles, read, rel, usesLines, type UsesLine } from '../support/workflows/pins.js';

/**
 * Every third-party pin is `owner/repo[/path]@<40 hex> # vX.Y.Z`, at or above the lowest
 * release allowed for its action, in every workflow file and every YAML snippet of the docs;
 * the rehearsal's stand-ins model exactly the pinned releases.
 */
const describeFindings = (fs: Array<{ file: string; line: number; uses: string; message: string }>): string => fs.map((f) => `${f.file}:${f.line}: ${f.uses}: ${f.message}`).join('\n');

describe('the pins of the workflows', () => {
  const files = pinnedWorkflowFiles();

  it('are read from .github/workflows and the examples', () => {
    expect(files.map(rel)).toEqual(expect.arrayContaining(['.github/workflows/release.yaml', '.github/workflows/ci.yaml', '.github/workflows/prepare-release.yaml', '.github/workflows/ci-release.yaml', '.github/workflows/charts-release.yaml']));
  });

  it('have the shape owner/repo@<sha> # vX.Y.Z, at or above the lowest release allowed', () => {
    const lines = files.map((f) => ({ file: rel(f), lines: usesLines(read(f)), ownWorkflow: isOwnWorkflow(f, read(f)) }));
    // the check saw real third-party pins, not only the suite's own references
    expect(lines.flatMap((f) => f.lines).filter((u) => /^[\w-]+\/[\w-]+@[0-9a-f]{40}$/.test(u.uses) && !u.uses.startsWith('llm-d/')).length).toBeGreaterThan(20);
    expect(describeFindings(lines.flatMap((f) => checkPins(f.file, f.lines, undefined, { ownWorkflow: f.ownWorkflow })))).toBe('');
  });

  it("name the suite's own actions by $/actions/<name> in release.yaml, and templates by the suite's release ref", () => {
    const release = files.find((f) => rel(f) === '.github/workflows/release.yaml')!;
    expect(isOwnWorkflow(release, read(release))).toBe(true);
    const own = usesLines(read(release)).filter((u) => /actions\/(announce|changelog|verify-release|publish-helm|bump-version)(@|$)/.test(u.uses));
    expect(own.length).toBeGreaterThanOrEqual(8);
    expect(own.filter((u) => !u.uses.startsWith('$/actions/'))).toEqual([]);
    // the templates are copied into callers, where $/ would name the caller's repository
    const template = files.find((f) => rel(f) === '.github/workflows/ci-release.yaml')!;
    expect(isOwnWorkflow(template, read(template))).toBe(false);
    expect(usesLines(read(template)).map((u) => u.uses)).toContain('llm-d/release-actions/.github/workflows/release.yaml@v1');
  });

  it('refuse a floating @v1 of the suite\'s own action put back into release.yaml', () => {
    const release = files.find((f) => rel(f) === '.github/workflows/release.yaml')!;
    const text = read(release).replace('uses: $/actions/changelog', 'uses: llm-d/release-actions/actions/changelog@v1');
    const findings = checkPins('.github/workflows/release.yaml', usesLines(text), undefined, { ownWorkflow: isOwnWorkflow(release, text) });
    expect(describeFindings(findings)).toMatch(/^\.github\/workflows\/release\.yaml:\d+: llm-d\/release-actions\/actions\/changelog@v1: .*floats apart .*write \$\/actions\/changelog$/);
    expect(findings).toHaveLength(1);
  });

  it('use every action of the table at exactly its listed release (a newer one means the table is behind)', () => {
    const used = new Map<string, Set<string>>();
    for (const f of files) {
      for (const u of usesLines(read(f))) {
        const ref = classifyUses(u.uses);
        if (ref.kind === 'third-party') used.set(ref.action, (used.get(ref.action) ?? new Set()).add(`${u.comment} ${ref.ref}`));
      }
    }
    for (const [action, floor] of Object.entries(PIN_FLOORS)) expect([action, [...(used.get(action) ?? [])]]).toEqual([action, [`${floor.version} ${floor.sha}`]]);
  });
});

describe('the workflow snippets of the documentation', () => {
  it('pin third-party actions the same way', () => {
    const docs = documentationFiles();
    expect(docs.map(rel)).toEqual(expect.arrayContaining(['README.md', 'docs/workflows.md', 'actions/publish-helm/README.md']));
    const findings = docs.flatMap((f) => checkPins(rel(f), markdownUsesLines(read(f))));
    expect(describeFindings(findings)).toBe('');
    // the snippets do show third-party actions: the check is not vacuous
    expect(docs.flatMap((f) => markdownUsesLines(read(f))).filter((u) => u.uses.startsWith('actions/checkout@')).length).toBeGreaterThan(0);
  });

  it('are found inside fenced yaml blocks only, with their line numbers', () => {
    const md = ['text uses: actions/checkout@v4', '```yaml', 'steps:', '  - uses: actions/checkout@v4', '```', '- uses: actions/checkout@v3'].join('\n');
    expect(markdownUsesLines(md)).toEqual([{ line: 4, uses: 'actions/checkout@v4' }]);
  });
});

const CHECKOUT = PIN_FLOORS['actions/checkout']!;
const line = (text: string): UsesLine => usesLines(text)[0]!;

describe('a pin', () => {
  it.each([
    ['a tag', 'uses: actions/checkout@v7', /not pinned to a full 40-hex commit SHA \(found @v7\)/],
    ['no ref at all', 'uses: actions/checkout', /not pinned to a full 40-hex commit SHA \(found @nothing\)/],
    ['a short SHA', 'uses: actions/checkout@3d3c42e # v7.0.1', /not pinned to a full 40-hex/],
    ['a branch', 'uses: actions/checkout@main # v7.0.1', /found @main/],
    ['no version comment', `uses: actions/checkout@${CHECKOUT.sha}`, /needs its release as a comment, `# vX.Y.Z` \(found none\)/],
    ['a major-only comment', `uses: actions/checkout@${CHECKOUT.sha} # v7`, /found `# v7`/],
    ['a comment without the v', `uses: actions/checkout@${CHECKOUT.sha} # 7.0.1`, /found `# 7.0.1`/],
    ['a Node 20 major', 'uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2', /v4.2.2 is below the lowest release allowed, v7.0.1 \(older majors of actions\/checkout run on node20\)/],
    ['the Trivy release that runs an unpinned installer', 'uses: aquasecurity/trivy-action@57a97c7e7821a5776cebc9bb87c984fa69cba8f1 # v0.35.0', /v0.35.0 is below the lowest release allowed, v0.36.0/],
    ['the listed release at another commit', 'uses: actions/checkout@0123456789abcdef0123456789abcdef01234567 # v7.0.1', new RegExp(`v7.0.1 of actions/checkout is commit ${CHECKOUT.sha}`)],
    ['the listed commit named as another release', `uses: actions/checkout@${CHECKOUT.sha} # v7.0.2`, /is v7.0.1 of actions\/checkout, not v7.0.2/],
    ['an action nobody checked', 'uses: someone/some-action@0123456789abcdef0123456789abcdef01234567 # v1.0.0', /someone\/some-action is not among the known actions/],
    ['an image by tag', 'uses: docker://alpine:3.20', /pinned to its digest/],
    ['a self-repository reference with a ref', 'uses: $/actions/changelog@v1', /takes no @ref .*write \$\/actions\/changelog$/],
    ['a self-repository reference out of the repository', 'uses: $/../other/action', /a path inside this repository/],
    ['a malformed target', 'uses: checkout@0123456789abcdef0123456789abcdef01234567 # v1.0.0', /expected owner\/repo/],
  ])('is refused when it is %s', (_what, text, message) => {
    expect(checkPin(line(text))).toMatch(message);
  });

  it.each([
    ['the listed release', `- uses: actions/checkout@${CHECKOUT.sha} # v7.0.1`],
    ['quoted', `  - uses: "actions/checkout@${CHECKOUT.sha}" # v7.0.1`],
    ['a newer release of the major (what Dependabot proposes)', 'uses: actions/checkout@0123456789abcdef0123456789abcdef01234567 # v7.1.0'],
    ['a path inside the repository', 'uses: actions/attest-build-provenance/predicate@0123456789abcdef0123456789abcdef01234567 # v4.2.0'],
    ['a local action', 'uses: ./actions/changelog'],
    ['the suite\'s action by self-repository reference', 'uses: $/actions/changelog'],
    ['a reusable workflow by self-repository reference', 'uses: $/.github/workflows/release.yaml'],
    ['the suite at its release tag', 'uses: llm-d/release-actions/actions/announce@v1'],
    ['the suite workflow', 'uses: llm-d/release-actions/.github/workflows/release.yaml@v1'],
    ['an image by digest', `uses: docker://alpine@sha256:${'a'.repeat(64)}`],
  ])('is accepted when it is %s', (_what, text) => {
    expect(checkPin(line(text))).toBeUndefined();
  });

  it('is reported with its file and line', () => {
    const text = ['jobs:', '  a:', '    steps:', `      - uses: actions/checkout@${CHECKOUT.sha} # v7.0.1`, '      - uses: docker/login-action@v4'].join('\n');
    expect(checkPins('in-memory.yaml', usesLines(text))).toEqual([{ file: 'in-memory.yaml', line: 5, uses: 'docker/login-action@v4', message: expect.stringMatching(/not pinned/) as unknown as string }]);
  });
});

describe('the stand-ins of the rehearsal', () => {
  const rehearsed = workflowFiles()
    .filter((f) => !f.endsWith('ci.yaml'))
    .map(loadWorkflow);
  // the jobs a rehearsal leaves out run no stand-in
  const leftOut = (file: string, job: string): boolean => file === '.github/workflows/self-release.yaml' && job in SELF_RELEASE_LEAVE_OUT;
  const steps = rehearsed.flatMap((wf) => wf.jobs.filter((j) => !leftOut(wf.file, j.id)).flatMap((j) => j.steps.map((s) => ({ wf, s, ref: s.uses ? classifyUses(s.uses) : undefined }))));
  const thirdParty = steps.flatMap(({ wf, s, ref }) => (ref?.kind === 'third-party' ? [{ file: wf.file, s, action: ref.action, sha: ref.ref }] : []));

  it('model the release each rehearsed workflow pins', () => {
    expect(thirdParty.length).toBeGreaterThan(20);
    for (const t of thirdParty) {
      const model = ACTION_MODELS[t.action];
      expect([t.action, model?.version, model?.sha]).toEqual([t.action, t.s.usesComment, t.sha]);
    }
  });

  it('read every input the workflows give them, and no workflow gives an input or env its major removed', () => {
    for (const t of thirdParty) {
      const model = ACTION_MODELS[t.action]!;
      const where = `${t.file}:${t.s.line} ${t.action}`;
      expect([where, Object.keys(t.s.with).filter((k) => !model.inputs.includes(k))]).toEqual([where, []]);
      expect([where, Object.keys(t.s.with).filter((k) => model.removed?.includes(k))]).toEqual([where, []]);
      const env = Object.keys((t.s.raw['env'] as Record<string, unknown> | undefined) ?? {});
      expect([where, env.filter((k) => REMOVED_ENV[t.action]?.includes(k))]).toEqual([where, []]);
    }
  });
});

describe('the Trivy step pins what runs', () => {
  const trivySteps = workflowFiles()
    .map(loadWorkflow)
    .flatMap((wf) => wf.jobs.flatMap((j) => j.steps.filter((s) => s.uses?.startsWith('aquasecurity/trivy-action@')).map((s) => ({ wf, j, s }))));

  it('exists in release.yaml', () => {
    expect(trivySteps.map((t) => t.wf.file)).toEqual(['.github/workflows/release.yaml']);
  });

  it('installs an exact Trivy release, not the compromised v0.69.4, and restores no cache in a job that can push', () => {
    for (const { j, s } of trivySteps) {
      expect(s.with['version']).toMatch(/^v\d+\.\d+\.\d+$/);
      expect(s.with['version']).not.toBe('v0.69.4');
      // setup-trivy and the action restore the binary and the database with actions/cache unless told not to
      const permissions = (j.raw['permissions'] ?? {}) as Record<string, string>;
      expect(Object.values(permissions)).toContain('write');
      expect(s.with['cache']).toBe('false');
    }
  });
});
