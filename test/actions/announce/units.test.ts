/**
 * The pure parts of announce, without a runner: markers, the Slack message and its limits,
 * webhook URLs and signatures, highlights from notes, the mail bodies, the update-repos
 * rewriting, the next milestone and the rollback plan.
 */
import { describe, expect, it } from '@jest/globals';
import { mailContent } from '../../../actions/lib/announce/mail.js';
import { hasRollbackNotice, notesOf, parseMarkers, withMarkers, withoutMarkers, withRollbackNotice } from '../../../actions/lib/announce/markers.js';
import { highlightsFromNotes, markdownToPlain, projectName, rollbackNotice, type ReleaseFacts } from '../../../actions/lib/announce/message.js';
import { rewriteRelated, type RelatedRules } from '../../../actions/lib/announce/related.js';
import { fit, SLACK_LIMITS, slackMessage } from '../../../actions/lib/announce/slack.js';
import { hasCredentials, isLoopback, secretParts, urlLabel, webhookUrlProblem } from '../../../actions/lib/announce/urls.js';
import { signature, verifySignature, webhookPayload } from '../../../actions/lib/announce/webhook.js';
import { nextMilestoneTitle } from '../../../actions/announce/milestone.js';
import { planRollback } from '../../../actions/announce/rollback.js';
import type { Release } from '../../../actions/announce/release.js';
import { blockKitProblems, notifyingSequences } from '../../support/receivers/slack.js';

const facts = (over: Partial<ReleaseFacts> = {}): ReleaseFacts => ({
  kind: 'release',
  repository: 'llm-d-incubation/workload-variant-autoscaler',
  project: 'Workload-Variant-Autoscaler',
  version: '0.5.0',
  tag: 'v0.5.0',
  releaseId: 7,
  notesUrl: 'https://github.com/llm-d-incubation/workload-variant-autoscaler/releases/tag/v0.5.0',
  prerelease: false,
  highlights: ['queue-depth scale-out'],
  install: 'helm install wva wva/workload-variant-autoscaler --version 0.5.0',
  ...over,
});

describe('markers', () => {
  it('adds channel ids per kind, keeps what is there, and never duplicates', () => {
    let body = "## What's New\n\n- x";
    body = withMarkers(body, { release: ['slack:1a2b3c4d'] });
    body = withMarkers(body, { release: ['discussion', 'slack:1a2b3c4d'], rollback: ['dispatch:o/r'] });
    expect(body).toBe("## What's New\n\n- x\n\n<!-- release-actions:announced release=slack:1a2b3c4d,discussion rollback=dispatch:o/r -->");
    expect(parseMarkers(body)).toEqual({ release: ['slack:1a2b3c4d', 'discussion'], rollback: ['dispatch:o/r'] });
    expect(withoutMarkers(body)).toBe("## What's New\n\n- x");
    expect(parseMarkers('no marker')).toEqual({ release: [], rollback: [] });
    expect(() => withMarkers('', { release: ['bad id'] })).toThrow('cannot be kept in a release marker');
  });

  it('puts the rollback notice on top once, and reads the notes back without it', () => {
    const notice = rollbackNotice('crash <b>loop</b> @team', { tag: 'v0.4.1', url: 'https://x/v0.4.1' });
    expect(notice).toBe('> [!WARNING]\n> ⚠️ **Known issues: this release was rolled back.**\n>\n> Reason: crash &lt;b&gt;loop&lt;/b&gt; `@team`\n>\n> Use the previous stable release [v0.4.1](https://x/v0.4.1) instead.');
    const once = withRollbackNotice(withMarkers('notes', { release: ['discussion'] }), notice);
    expect(hasRollbackNotice(once)).toBe(true);
    expect(withRollbackNotice(once, 'another notice')).toBe(once);
    expect(notesOf(once)).toBe('notes');
  });
});

describe('Slack message', () => {
  it('fits texts at line ends, never inside an entity or a surrogate pair', () => {
    expect(fit('short', 10)).toBe('short');
    expect(fit('line one\nline two is long', 15)).toBe('line one…');
    expect(fit('aaaa &amp; bbbb', 8)).toBe('aaaa…');
    expect(fit('ab🎉cd', 4)).toBe('ab…');
    expect(fit('x'.repeat(5000), 3000)).toHaveLength(3000);
  });

  it('stays within Block Kit limits for any highlights, and carries no mention', () => {
    const hostile = ['<!channel> now', '@here look', `${'<@U123> '.repeat(1000)}`, 'x'.repeat(10_000)];
    for (const kind of ['release', 'rollback'] as const) {
      const msg = slackMessage(facts({ kind, highlights: hostile, project: 'P'.repeat(400), reason: '<!everyone> '.repeat(500), previous: { tag: 'v0.4.1', url: 'https://x/v0.4.1' } }), 'text <!here>');
      expect(blockKitProblems(msg)).toEqual([]);
      expect(notifyingSequences(msg.blocks)).toEqual([]);
      expect(msg.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
      expect(msg.blocks[0]).toMatchObject({ type: 'header' });
      expect((msg.blocks[0] as { text: { text: string } }).text.text.length).toBeLessThanOrEqual(150);
    }
  });
});

describe('webhook URLs and signatures', () => {
  it.each([
    ['https://hooks.example.org/x', undefined],
    ['http://127.0.0.1:8080/x', undefined],
    ['http://localhost/x', undefined],
    ['http://[::1]:9/x', undefined],
    ['http://10.0.0.1/x', 'expected an https:// URL (plain http:// only to a loopback address), got http://10.0.0.1/…'],
    ['file:///etc/passwd', 'expected an https:// URL, got a file: URL'],
    ['hooks.example.org', 'expected an https:// URL, got something that is not a URL'],
  ])('%s', (url, problem) => {
    expect(webhookUrlProblem(url)).toBe(problem);
  });

  it('knows URLs with credentials and the parts to mask', () => {
    expect(hasCredentials('https://u:p@h/x')).toBe(true);
    expect(hasCredentials('https://h/x?api_key=1234')).toBe(true);
    expect(hasCredentials('https://h/x?page=2')).toBe(false);
    expect(secretParts('https://u:pa%24s-word@h/x?token=abcd1234')).toEqual(['https://u:pa%24s-word@h/x?token=abcd1234', 'pa%24s-word', 'pa$s-word', 'abcd1234']);
    expect(urlLabel('https://u:p@hooks.example.org/x')).toMatch(/^hooks\.example\.org#[0-9a-f]{8}$/);
    expect(isLoopback('127.1.2.3')).toBe(true);
    expect(isLoopback('127.example.org')).toBe(false);
  });

  it('signs the exact body and verifies in constant time', () => {
    const body = JSON.stringify(webhookPayload(facts(), 'text'));
    const sig = signature(body, 's3cret');
    expect(sig).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(verifySignature(body, 's3cret', sig)).toBe(true);
    expect(verifySignature(`${body} `, 's3cret', sig)).toBe(false);
    expect(verifySignature(body, 'other', sig)).toBe(false);
    expect(verifySignature(body, 's3cret', 'sha1=abc')).toBe(false);
  });
});

describe('highlights and texts', () => {
  it('takes the overview highlights, else the first change items, as plain text', () => {
    expect(highlightsFromNotes("## What's New\n\nHighlights:\n- ⚠️ **controller:** scale on queue depth\n- fix \\#12 &lt;b&gt;\n\n### 🎉 New Features\n- other")).toEqual(['⚠️ controller: scale on queue depth', 'fix #12 <b>']);
    expect(highlightsFromNotes('### 📦 Installation\n- helm\n### 🐛 Bug Fixes\n- fix one ([#1](https://x/pull/1)) by @bob\n- fix two\n```\n- not an item\n```\n- fix three\n- fix four')).toEqual(['fix one (#1)', 'fix two', 'fix three']);
    expect(markdownToPlain('- [link](https://x) and `code` __b__')).toBe('link and `code` b');
    expect(projectName('workload-variant-autoscaler')).toBe('Workload-Variant-Autoscaler');
  });

  it('escapes every value of the HTML mail', () => {
    const m = mailContent(facts({ highlights: ['<script>alert(1)</script> & "q"'] }), 'plain &lt;text&gt;', 'example.org');
    expect(m.html).toContain('<li>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot;</li>');
    expect(m.html).not.toContain('<script>');
    expect(m.text).toBe('plain <text>');
    expect(m.messageId).toBe('<release-7.v0.5.0.llm-d-incubation.workload-variant-autoscaler@example.org>');
  });
});

describe('update-repos rewriting', () => {
  const rules: RelatedRules = { previous: '0.4.1', next: '0.5.0', images: ['ghcr.io/llm-d-incubation/workload-variant-autoscaler'], charts: ['workload-variant-autoscaler', 'wva'] };

  it('moves only this project’s references, in every YAML document, keeping styles and comments', () => {
    const text = `# kustomization and a helmfile in one stream
images:
  - name: ghcr.io/llm-d-incubation/workload-variant-autoscaler
    newTag: v0.4.1 # pinned
  - name: ghcr.io/other/thing
    newTag: v0.4.1
---
releases:
  - name: autoscaler
    chart: wva/workload-variant-autoscaler
    version: '0.4.1'
  - name: other
    chart: other/chart
    version: 0.4.1
---
image: ghcr.io/llm-d-incubation/workload-variant-autoscaler:v0.4.1@sha256:${'a'.repeat(64)}
also: ghcr.io/llm-d-incubation/workload-variant-autoscaler:v0.4.10
`;
    const edit = rewriteRelated('deploy/all.yaml', text, rules)!;
    expect(edit.after).toBe(text.replace('newTag: v0.4.1 # pinned', 'newTag: v0.5.0 # pinned').replace("version: '0.4.1'", "version: '0.5.0'"));
    expect(edit.changes.map((c) => [c.line, c.name, c.old, c.new])).toEqual([
      [4, 'kustomize newTag', 'v0.4.1', 'v0.5.0'],
      [11, 'chart version', '0.4.1', '0.5.0'],
    ]);
  });

  it('leaves a file without a reference alone', () => {
    expect(rewriteRelated('README.md', 'helm install x other/chart --version 0.4.1\n', rules)).toBeUndefined();
    expect(rewriteRelated('values.yaml', 'image:\n  repository: ghcr.io/llm-d-incubation/workload-variant-autoscaler\n  tag: v0.4.2\n', rules)).toBeUndefined();
  });
});

describe('next milestone and rollback plan', () => {
  it('names the next minor', () => {
    expect(nextMilestoneTitle('0.5.0')).toBe('v0.6.0');
    expect(nextMilestoneTitle('0.4.2')).toBe('v0.5.0');
    expect(nextMilestoneTitle('1.0.0-rc.1')).toBe('v1.1.0');
  });

  const rel = (id: number, tag: string, over: Partial<Release> = {}): Release => ({ id, tag_name: tag, draft: false, prerelease: false, body: '', html_url: `https://x/${tag}`, ...over }) as Release;

  it('points a rollback at the newest stable release below it, and makes the newest other stable release latest', () => {
    const releases = [rel(1, 'v0.4.0'), rel(2, 'v0.4.1'), rel(3, 'v0.5.0'), rel(4, 'v0.5.1-rc.1', { prerelease: true }), rel(5, 'v0.6.0', { draft: true })];
    const plan = planRollback(releases, 'v0.5.0', false);
    expect([plan.target.id, plan.previous?.tag_name, plan.newLatest?.tag_name, plan.alreadyRolledBack]).toEqual([3, 'v0.4.1', 'v0.4.1', false]);
    const older = planRollback(releases, 'v0.4.1', false);
    expect([older.previous?.tag_name, older.newLatest?.tag_name]).toEqual(['v0.4.0', 'v0.5.0']);
    // a release rolled back before is not a candidate
    const again = planRollback([rel(1, 'v0.4.0', { prerelease: true, body: '<!-- release-actions:rollback -->x<!-- /release-actions:rollback -->' }), rel(2, 'v0.4.1')], 'v0.4.1', true);
    expect([again.previous, again.newLatest]).toEqual([undefined, undefined]);
    expect(() => planRollback(releases, 'v0.3.0', false)).toThrow('v0.3.0 has no release');
  });
});
