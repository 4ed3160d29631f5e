/**
 * A deterministic generator of real-shaped commit messages (the shape of helm/helm's and
 * WVA's history): conventional and non-conventional subjects, squash `(#123)` suffixes,
 * merge subjects, git and conventional reverts, multi-paragraph bodies with URLs,
 * references and mentions, and footers (Signed-off-by, Co-authored-by, Fixes #, BREAKING
 * CHANGE, BREAKING-CHANGE, DEPRECATED). Used by the throughput and differential tests.
 */
import type { CommitRecord } from '../../../actions/lib/changelog/index.js';

export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

const WORDS = (
  'the a chart controller reconcile scaling variant autoscaler metrics prometheus helm values deployment replicas ' +
  'queue latency saturation model server inference pod node cache config flag default timeout error handling nil ' +
  'pointer panic update upgrade bump dependency golang version test e2e docs readme api crd webhook status condition ' +
  'leader election'
).split(' ');
const TYPES = ['feat', 'fix', 'fix', 'feat', 'chore', 'docs', 'refactor', 'perf', 'test', 'ci', 'build', 'style', 'revert', 'deprecate', 'security', 'Feat', 'FIX'];
const SCOPES = ['chart', 'controller', 'api', 'metrics', 'deps', 'e2e', 'helm', 'docs', 'security', 'collector/prom', 'v1alpha1', 'ci/cd', 'a b', ''];

/** Odd messages written by hand: every header shape the parsers must agree on. */
export const ODD_MESSAGES: string[] = [
  'feat: plain',
  'feat(chart): scoped',
  'feat(chart)!: breaking with scope',
  'feat!: breaking without scope',
  'fix(api)!: breaking\n\nBREAKING CHANGE: the v1alpha1 API is gone',
  'refactor: x\n\nBREAKING-CHANGE: hyphenated footer',
  'feat: x\n\nSome body.\n\nBREAKING CHANGE: multi\nline note\n\nSigned-off-by: A <a@example.com>',
  'fix: y\n\nbreaking change: lower case is not a footer',
  'chore: z\n\nDEPRECATED: the --old flag',
  'Update README',
  'Initial commit',
  'fixup! feat: something',
  'squash! fix(chart): other',
  'feat:no space after colon',
  'feat (chart): space before scope',
  'feat(): empty scope',
  'feat(a)(b): two scopes',
  'feat(scope with (parens)): nested',
  ': no type',
  'FEAT: upper case type',
  'feat: subject with trailing pr (#123)',
  'feat: subject (#12) with (#34)',
  'Revert "feat: add queue scaling"\n\nThis reverts commit 0123456789abcdef0123456789abcdef01234567.',
  'revert: feat: add queue scaling\n\nThis reverts commit 0123456789abcdef0123456789abcdef01234567.',
  'Revert "Revert "feat: twice""\n\nThis reverts commit abcdef0123456789abcdef0123456789abcdef01.',
  'Merge pull request #42 from someone/feature\n\nfeat: merged branch',
  "Merge branch 'main' into feature",
  "Merge remote-tracking branch 'origin/main'",
  'feat: mentions @alice and <!channel> and <b>html</b>',
  'fix: closes #12, fixes #13\n\nFixes #14\nCloses owner/repo#15',
  '# heading-like subject',
  'feat(chart): with body\n\n* BREAKING CHANGE: in a bullet',
  'docs: see https://github.com/o/r/issues/1#issuecomment-2',
  'feat: emoji ✨ subject',
  'perf(metrics)!: faster\n\nBREAKING CHANGE: different units\nCo-authored-by: B <b@example.com>',
];

export function generateMessages(n: number, seed = 42): string[] {
  const r = rng(seed);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)]!;
  const sentence = (k: number): string => Array.from({ length: k }, () => pick(WORDS)).join(' ');
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const x = r();
    let subject: string;
    if (x < 0.06) subject = `Merge pull request #${1000 + i} from someone/branch-${i}`;
    else if (x < 0.08) subject = `Merge branch 'main' into feature-${i}`;
    else if (x < 0.22) subject = sentence(4 + Math.floor(r() * 8)).replace(/^./, (c) => c.toUpperCase());
    else if (x < 0.25) subject = `Revert "${pick(TYPES)}: ${sentence(5)}"`;
    else {
      const scope = r() < 0.5 ? `(${pick(SCOPES)})` : '';
      const bang = r() < 0.05 ? '!' : '';
      subject = `${pick(TYPES)}${scope}${bang}: ${sentence(3 + Math.floor(r() * 9))}`;
    }
    if (r() < 0.6) subject += ` (#${100 + Math.floor(r() * 3000)})`;
    const body: string[] = [];
    const paragraphs = Math.floor(r() * 4);
    for (let p = 0; p < paragraphs; p++) {
      const lines: string[] = [];
      const count = 1 + Math.floor(r() * 4);
      for (let l = 0; l < count; l++) {
        let s = sentence(6 + Math.floor(r() * 8));
        if (r() < 0.1) s += ` see https://github.com/llm-d/wva/issues/${Math.floor(r() * 900)}`;
        if (r() < 0.1) s = `* ${s}`;
        if (r() < 0.05) s += ' thanks @alice';
        if (r() < 0.05) s += ` related to #${Math.floor(r() * 900)}`;
        lines.push(s);
      }
      body.push(lines.join('\n'));
    }
    if (subject.startsWith('Revert') || subject.startsWith('revert')) {
      body.push(`This reverts commit ${(Math.floor(r() * 1e15).toString(16) + '0'.repeat(40)).slice(0, 40)}.`);
    }
    const footers: string[] = [];
    if (r() < 0.05) footers.push(`BREAKING CHANGE: ${sentence(8)}`);
    if (r() < 0.02) footers.push(`BREAKING-CHANGE: ${sentence(6)}`);
    if (r() < 0.03) footers.push(`DEPRECATED: ${sentence(6)}`);
    if (r() < 0.2) footers.push(`Fixes #${Math.floor(r() * 900)}`);
    if (r() < 0.1) footers.push(`Closes llm-d/wva#${Math.floor(r() * 900)}`);
    if (r() < 0.2) footers.push('Co-authored-by: Bob Builder <bob@example.com>');
    if (r() < 0.7) footers.push(`Signed-off-by: Some Developer <dev${i % 50}@example.com>`);
    if (footers.length > 0) body.push(footers.join('\n'));
    out.push(body.length > 0 ? `${subject}\n\n${body.join('\n\n')}` : subject);
  }
  return out;
}

/** Messages as commit records (subject / body split the way `git log` gives them). */
export function toRecords(messages: readonly string[]): CommitRecord[] {
  return messages.map((m, i) => {
    const nl = m.indexOf('\n');
    const subject = nl === -1 ? m : m.slice(0, nl);
    const body = nl === -1 ? '' : m.slice(nl + 1).replace(/^\n+/, '');
    return { sha: (i.toString(16) + 'f'.repeat(40)).slice(0, 40), subject, body };
  });
}
