/**
 * Every check of doctor but the versions (`version-checks.ts`): each a pure function of the
 * survey returning findings with the exact fix. `runChecks` orders them stop, spoil, advice.
 */
import { lintChangelog } from '../../actions/lib/changelog/lint.js';
import { DEFAULT_CONFIG_PATH } from '../../actions/lib/config/config.js';
import type { Survey } from './detect.js';
import type { Finding, FindingId, Severity } from './types.js';
import { versionFindings } from './version-checks.js';

const CALLER = '.github/workflows/ci-release.yaml';
const PREPARE = '.github/workflows/prepare-release.yaml';

function chartFindings(s: Survey): Finding[] {
  const charts = s.facts.paths.filter((p) => /^charts\/[^/]+\/Chart\.yaml$/.test(p));
  const chart = s.facts.chart;
  const configured = s.facts.config?.data?.chart;
  if (!chart && configured) {
    return [{ id: 'chart-missing', severity: 'stop', problem: `the configuration names the chart ${configured}, and there is no such folder`, where: [`${DEFAULT_CONFIG_PATH} chart: ${configured}`], fix: `set \`chart:\` to the chart folder${charts.length > 0 ? ` (${charts.map((c) => c.replace(/\/Chart\.yaml$/, '')).join(', ')})` : ''}` }];
  }
  if (!chart) {
    return [
      charts.length > 1
        ? { id: 'chart-ambiguous', severity: 'stop', problem: `${charts.length} charts under charts/ and no configuration saying which one the release publishes`, where: charts, fix: `write \`chart: ${charts[0]!.replace(/\/Chart\.yaml$/, '')}\` (the one to release) in ${DEFAULT_CONFIG_PATH}` }
        : { id: 'chart-missing', severity: 'stop', problem: 'no Helm chart: the release publishes a chart from charts/NAME/Chart.yaml and there is none', where: [], fix: 'create it with `helm create charts/NAME`, or set `chart:` in the configuration to the chart folder' },
    ];
  }
  const one = (severity: Severity, id: FindingId, why: string) => (p: { file: string; line?: number; message: string; fix: string }): Finding => ({
    id,
    severity,
    problem: `${why}: ${p.message}`,
    where: [`${p.file}${p.line ? `:${p.line}` : ''}`],
    fix: p.fix,
  });
  return [
    ...chart.helm.map(one('stop', 'chart-invalid', 'Helm refuses the chart')),
    ...chart.suite.map(one('stop', 'chart-refused', 'publish-helm refuses the chart')),
    ...chart.notes.map(one('advice', 'chart-note', 'Helm accepts it, the suite wants it otherwise')),
  ];
}

function dockerfileFindings(s: Survey): Finding[] {
  const configured = s.workflows.callers.map((c) => c.with['dockerfile']).find((d) => d);
  const path = configured ?? 'Dockerfile';
  if (s.detected.chartOnly) return chartOnlyFindings(s, path);
  if (s.facts.paths.includes(path)) return [];
  return [{ id: 'dockerfile-missing', severity: 'stop', problem: `no ${path}: the image job builds the release image from it`, where: [], fix: `add ${path} at the repository's top (or pass \`dockerfile: PATH\` to release.yaml in ${CALLER})` }];
}

/** A chart-only repository: what still has to say so (the configuration's `images: []`, the caller's `image: none`). */
function chartOnlyFindings(s: Survey, dockerfile: string): Finding[] {
  const config = s.facts.config?.data;
  const missing = [
    ...(config?.images?.length === 0 ? [] : [`\`images: []\` in ${DEFAULT_CONFIG_PATH}`]),
    ...(s.workflows.callers.length > 0 && !s.workflows.callers.some((c) => c.with['image'] === 'none') ? [`\`image: none\` in the call of release.yaml (${s.workflows.callers.map((c) => c.path).join(', ')})`] : []),
  ];
  if (missing.length === 0) return [];
  return [
    {
      id: 'chart-only',
      severity: 'advice',
      problem: `no ${dockerfile} and no image configured: the release publishes the chart alone (no image built, scanned or tagged, and the chart's appVersion is left as it is)`,
      where: [],
      fix: `say so with ${missing.join(' and ')}; to release an image too, add ${dockerfile} and list the image under \`images:\``,
      writes: !config || s.workflows.callers.length === 0,
    },
  ];
}

function changelogFindings(s: Survey): Finding[] {
  const path = s.facts.config?.data?.changelog ?? 'CHANGELOG.md';
  const text = s.facts.files.get(path) ?? (s.facts.paths.includes(path) ? '' : undefined);
  if (text === undefined) {
    return [{ id: 'changelog-missing', severity: 'spoil', problem: `no ${path}: the release notes have nothing to start from, and the preflight's changelog-entry check refuses a tag not prepared by bump-version`, where: [], fix: `add ${path} with the Keep a Changelog header and an empty \`## [Unreleased]\` section`, writes: true }];
  }
  const errors = lintChangelog(text, { file: path, tagPrefix: s.detected.tagPrefix, ...(s.facts.repository ? { repoUrl: `https://github.com/${s.facts.repository}` } : {}) }).filter((f) => f.severity === 'error');
  if (errors.length > 0) {
    return [{ id: 'changelog-invalid', severity: 'spoil', problem: `${path} breaks Keep a Changelog in ${errors.length} place${errors.length > 1 ? 's' : ''}: the release notes are cut from it, and the changelog action refuses what it cannot read`, where: errors.map((e) => `${path}:${e.line} ${e.message} (${e.rule})`), fix: 'correct each line as its message says (the changelog action with mode: lint checks it again)' }];
  }
  if (/^## \[Unreleased\]/im.test(text)) return [];
  return [{ id: 'changelog-no-unreleased', severity: 'advice', problem: `${path} has no \`## [Unreleased]\` section: changes merged between releases have nowhere to be written down`, where: [path], fix: 'add `## [Unreleased]` above the newest version section' }];
}

function imageFindings(s: Survey): Finding[] {
  const chosen = s.detected.image;
  if (!chosen) return [];
  const differ = s.images.filter((r) => r.image !== chosen);
  if (differ.length === 0) return [];
  return [
    {
      id: 'image-names-disagree',
      severity: 'spoil',
      problem: `the image names disagree: ${/values\.yaml:/.test(s.detected.imageSource ?? '') ? 'the chart deploys' : 'the release is for'} ${chosen} (${s.detected.imageSource}) but ${differ.length === 1 ? 'another place names' : 'other places name'} ${[...new Set(differ.map((d) => d.image))].join(', ')}; the release would push one image and the chart pull another`,
      where: s.images.map((r) => `${r.path}:${r.line} ${r.name}: ${r.image}${r.image.includes('${{') ? ' (computed when the workflow runs)' : ''}`),
      fix: `use ${chosen} everywhere: \`images: [${chosen}]\` in ${DEFAULT_CONFIG_PATH} and \`image: ${chosen}\` in the call of release.yaml; ${differ.map((d) => `${d.path}:${d.line}`).join(', ')} to ${chosen} or removed`,
      writes: s.workflows.callers.length === 0,
    },
  ];
}

function signingFindings(s: Survey): Finding[] {
  const out: Finding[] = [];
  const callers = s.workflows.callers;
  const unchecked = callers.filter((c) => c.with['require-signed-tag'] !== 'false' && (c.secrets === 'inherit' || !c.secrets['allowed-signers']));
  if (callers.length === 0 || unchecked.length > 0) {
    out.push({
      id: 'signing-not-configured',
      severity: 'stop',
      problem: 'signing is not configured: release.yaml refuses a tag unless the `allowed-signers` secret holds the keys that may sign it, and no call passes it',
      where: unchecked.map((c) => `${c.path}:${c.line} job ${c.job}${c.secrets === 'inherit' ? ' (secrets: inherit cannot pass a name with a dash)' : ''}`),
      fix: `pass \`allowed-signers: \${{ secrets.RELEASE_ALLOWED_SIGNERS }}\` under \`secrets:\` of the call, and create the secret: \`gpg --armor --export KEYID | gh secret set RELEASE_ALLOWED_SIGNERS\``,
      writes: callers.length === 0,
    });
  }
  for (const c of callers.filter((x) => x.with['require-signed-tag'] === 'false')) {
    out.push({ id: 'signing-off', severity: 'advice', problem: 'the release does not check who signed the tag (require-signed-tag: false): anyone who can push a v* tag publishes a release', where: [`${c.path}:${c.line} job ${c.job}`], fix: 'remove `require-signed-tag: false` and pass `allowed-signers: ${{ secrets.RELEASE_ALLOWED_SIGNERS }}` under `secrets:`' });
  }
  const newest = s.facts.tags.find((t) => t.name === s.detected.newestTag);
  if (newest && !newest.signed) {
    out.push({ id: 'tag-unsigned', severity: 'advice', problem: `the newest release tag ${newest.name} is ${newest.annotated ? 'annotated but not signed' : 'lightweight'}; the next one must be annotated and signed or the preflight refuses it`, where: [`refs/tags/${newest.name}`], fix: 'tag releases with `git tag -s vX.Y.Z -m "Release vX.Y.Z"`' });
  }
  if (!s.facts.signingKey) {
    out.push({ id: 'no-signing-key', severity: 'advice', problem: 'git has no signing key configured here, so `git tag -s` would fail or pick a default', where: ['git config user.signingkey'], fix: 'git config user.signingkey KEYID (or `git config gpg.format ssh` and the path of your SSH public key)' });
  }
  return out;
}

function configFindings(s: Survey): Finding[] {
  const c = s.facts.config;
  if (!c) {
    return [{ id: 'config-missing', severity: 'advice', problem: `no ${DEFAULT_CONFIG_PATH}: every action guesses the chart, the image and the version files from the layout`, where: [], fix: `write what doctor detected into ${DEFAULT_CONFIG_PATH} (chart, images, version-files)`, writes: true }];
  }
  if (!c.error) return [];
  return [{ id: 'config-invalid', severity: 'stop', problem: `every action refuses ${c.path}: ${c.error.message}`, where: [`${c.path}${c.error.line ? `:${c.error.line}` : ''}`], fix: 'correct that key (schema/release-actions.schema.json lists every key and its form)' }];
}

function workflowFindings(s: Survey): Finding[] {
  const w = s.workflows;
  const out: Finding[] = w.unreadable.map((u) => ({ id: 'workflow-unreadable', severity: 'stop' as const, problem: `not valid YAML: ${u.message}`, where: [`${u.path}${u.line ? `:${u.line}` : ''}`], fix: 'correct the file at that line' }));
  if (w.callers.length === 0) {
    const own = w.tagPublishers.some((p) => p.path === CALLER) ? ', which builds and pushes the image itself' : '';
    const replaced = s.facts.files.has(CALLER) ? ` (replacing the current ${CALLER}${own})` : '';
    out.push({ id: 'no-release-caller', severity: 'stop', problem: 'no workflow calls the reusable release workflow, so a pushed tag releases nothing', where: [], fix: `add ${CALLER} with a job \`uses: llm-d/release-actions/.github/workflows/release.yaml@v1\`${replaced}`, writes: true });
  }
  if (w.preparers.length === 0) {
    out.push({ id: 'no-prepare-release', severity: 'advice', problem: 'no workflow runs bump-version, so the version bump, CHANGELOG section and release pull request are made by hand', where: [], fix: `add ${PREPARE} (a workflow_dispatch running llm-d/release-actions/actions/bump-version@v1)`, writes: true });
  }
  for (const p of w.tagPublishers) {
    const replaced = w.callers.length === 0 && p.path === CALLER;
    if (replaced) continue;
    out.push({ id: 'second-tag-publisher', severity: 'spoil', problem: 'another workflow also builds and pushes an image when a tag is pushed: two runs would race to publish the same version', where: [`${p.path}:${p.line}`], fix: `remove the tag trigger from ${p.path} (or the file): release.yaml publishes the image` });
  }
  return out;
}

/** Whether the repository has the pages branch, locally or as a remote-tracking branch. */
export function hasPagesBranch(s: Survey): boolean {
  const branch = s.detected.pagesBranch;
  return s.facts.branches.some((b) => b === branch || b.endsWith(`/${branch}`));
}

function pagesFindings(s: Survey): Finding[] {
  const branch = s.detected.pagesBranch;
  if (hasPagesBranch(s)) return [];
  return [
    {
      id: 'no-pages-branch',
      severity: 'spoil',
      problem: `no ${branch} branch: the Helm repository index lives there, and GitHub Pages can only be enabled from a branch that exists; the release stops in preflight (pages-served) until Pages serves it`,
      where: [],
      fix: `create the orphan branch (--write; or git switch --orphan ${branch} && git commit --allow-empty -m "Helm repository" && git switch -), git push origin ${branch}, then Settings → Pages → Deploy from a branch → ${branch} / (root)`,
      writes: true,
    },
  ];
}

const ORDER: Record<Severity, number> = { stop: 0, spoil: 1, advice: 2 };

export function runChecks(s: Survey): Finding[] {
  const all = [
    ...versionFindings(s),
    ...chartFindings(s),
    ...dockerfileFindings(s),
    ...changelogFindings(s),
    ...imageFindings(s),
    ...signingFindings(s),
    ...configFindings(s),
    ...workflowFindings(s),
    ...pagesFindings(s),
  ];
  return all.sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
}
