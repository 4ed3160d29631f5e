/**
 * publish-helm with `charts`, chart-releaser style, on a repository of five real charts of
 * prometheus-community (test/corpus/prometheus-community-charts): the first run releases them all;
 * after two version bumps only those two are packaged, their entries (and `generated`) are the
 * whole index diff, in one commit on gh-pages, and their annotated `<name>-<version>` tags are
 * pushed; a re-run writes nothing, from a full or a shallow checkout; plan-only writes nothing and
 * names what a release would do; every refusal leaves the pages branch and the tags as they were.
 * With asset-location release (chart-releaser's default, on a repository with immutable releases):
 * a release per chart holding its package, never "latest", the index URLs under the release tags;
 * a failure before the index push or after the tags is resumed by the re-run, nothing doubled.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { startGitHubEmulator, type GitHubEmulator } from '../../support/github/index.js';
import { git } from '../../support/git.js';
import { projectRoot, runAction, type ActionRun } from '../../support/harness.js';
import { buildRepo, cloneWorkspaceAsync, type SampleRepo } from '../../support/repos.js';
import { tempDir } from '../../support/tmp.js';
import { diff, expectRefusal, expectSuccess, FAST, gitOut, LONG, lsTree, show, tip } from './helpers.js';

const execFileAsync = promisify(execFile);
const REPO = 'prometheus-community/helm-charts';
const REPO_URL = 'https://prometheus-community.github.io/helm-charts';
const CORPUS = join(projectRoot, 'test', 'corpus', 'prometheus-community-charts', 'charts');
/** Five charts of the corpus without dependencies, at their versions of cf408a2. */
const CHARTS: Record<string, string> = {
  'prometheus-conntrack-stats-exporter': '0.5.39',
  'prometheus-druid-exporter': '1.2.0',
  'prometheus-nats-exporter': '2.23.2',
  'prometheus-pingdom-exporter': '3.4.4',
  'prometheus-to-sd': '0.5.1',
};
const NAMES = Object.keys(CHARTS);

let gh: GitHubEmulator;
let repo: SampleRepo;
let tmp: Awaited<ReturnType<typeof tempDir>>;
let workspace: string;
let bare: string;

beforeAll(async () => {
  gh = await startGitHubEmulator({ token: 'test-token' });
  tmp = await tempDir('publish-helm-charts-');
  repo = buildRepo({ history: [{ message: 'docs: readme', files: { 'README.md': '# charts\n' } }] });
  for (const name of NAMES) cpSync(join(CORPUS, name), join(repo.dir, 'charts', name), { recursive: true });
  git(repo.dir, ['add', '-A']);
  git(repo.dir, ['commit', '-q', '-m', 'feat: five charts of prometheus-community at cf408a2']);
  // immutable releases on, as more and more repositories have them: a release takes assets only as a draft
  await gh.createRepo(REPO, { fromDir: repo.dir, immutableReleases: true });
  bare = gh.repoPath(REPO);
  workspace = await cloneWorkspaceAsync(`${gh.serverUrl}/${REPO}.git`, join(tmp.path, 'workspace'), { env: gh.gitAuthEnv() });
}, LONG);
afterAll(async () => {
  try {
    gh?.assertNoViolations();
  } finally {
    await gh?.stop();
    await repo?.cleanup();
    await tmp?.cleanup();
  }
});

function publish(inputs: Record<string, string>, dir = workspace, token = 'test-token'): Promise<ActionRun> {
  return runAction({
    action: 'publish-helm',
    workspace: dir,
    repository: REPO,
    ref: 'refs/heads/main',
    sha: git(dir, ['rev-parse', 'HEAD']),
    token,
    serverUrl: gh.serverUrl,
    apiUrl: gh.apiUrl,
    inputs: { 'repo-url': REPO_URL, ...inputs },
    env: FAST,
  });
}

/** Bumps a chart's version (and a value, as a pull request would), commits and pushes to main. */
async function bump(name: string, version: string): Promise<void> {
  const file = join(workspace, 'charts', name, 'Chart.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^version: .*$/m, `version: ${version}`));
  const values = join(workspace, 'charts', name, 'values.yaml');
  writeFileSync(values, `${readFileSync(values, 'utf8')}# ${version}\n`);
  await commitAndPush(`feat(${name}): ${version}`);
}

/** The push goes to the emulator this very process serves: never a synchronous git. */
async function commitAndPush(message: string): Promise<void> {
  git(workspace, ['add', '-A']);
  git(workspace, ['commit', '-q', '-m', message]);
  await execFileAsync('git', ['-C', workspace, 'push', '-q', 'origin', 'HEAD:refs/heads/main'], { env: { ...process.env, ...gh.gitAuthEnv() } });
}

/** The remote's tags: name → the commit it names. */
async function remoteTags(): Promise<Record<string, string>> {
  const out = await gitOut(bare, ['--git-dir', bare, 'for-each-ref', '--format=%(refname:strip=2) %(*objectname)%(objectname)', 'refs/tags']);
  return Object.fromEntries(
    out
      .split('\n')
      .filter(Boolean)
      .map((l) => {
        const [name, ids] = l.split(' ') as [string, string];
        return [name, ids.slice(0, 40)];
      }),
  );
}

interface Row {
  name: string;
  folder: string;
  version: string;
  tag: string;
  action: string;
  digest: string;
}
const rows = (run: ActionRun, output = 'charts'): Row[] => JSON.parse(run.outputs[output]!) as Row[];
const byAction = (run: ActionRun, action: string): string[] => rows(run).filter((r) => r.action === action).map((r) => r.tag);

describe('publish-helm charts: changed', () => {
  let firstTip: string;
  let secondTip: string;

  it('releases every chart the first time: one commit with five entries and five packages, five annotated tags', async () => {
    const run = await publish({ charts: 'changed' });
    expectSuccess(run);
    expect(run.outputs).toMatchObject({ status: 'published', 'released-count': '5', 'index-url': `${REPO_URL}/index.yaml` });
    expect(byAction(run, 'released')).toEqual(NAMES.map((n) => `${n}-${CHARTS[n]}`));
    expect(rows(run).every((r) => /^[a-f0-9]{64}$/.test(r.digest))).toBe(true);
    firstTip = (await tip(bare, 'gh-pages'))!;
    expect(await gitOut(bare, ['--git-dir', bare, 'rev-list', '--count', 'gh-pages'])).toBe('1');
    expect((await lsTree(bare, 'gh-pages')).sort()).toEqual(['index.yaml', ...NAMES.map((n) => `${n}-${CHARTS[n]}.tgz`)].sort());
    const index = parse((await show(bare, 'gh-pages', 'index.yaml'))!) as { entries: Record<string, Array<{ version: string; digest: string; urls: string[] }>> };
    expect(Object.keys(index.entries).sort()).toEqual(NAMES);
    for (const r of rows(run)) expect(index.entries[r.name]).toEqual([expect.objectContaining({ version: r.version, digest: r.digest, urls: [`${REPO_URL}/${r.name}-${r.version}.tgz`] })]);
    const tags = await remoteTags();
    expect(Object.keys(tags).sort()).toEqual(NAMES.map((n) => `${n}-${CHARTS[n]}`).sort());
    const head = git(workspace, ['rev-parse', 'HEAD']);
    expect(Object.values(tags)).toEqual(NAMES.map(() => head));
    // annotated, the message naming the chart, the folder and the package digest
    const message = await gitOut(bare, ['--git-dir', bare, 'cat-file', 'tag', 'refs/tags/prometheus-to-sd-0.5.1']);
    expect(message).toContain('Helm chart prometheus-to-sd 0.5.1\n\nThe chart in charts/prometheus-to-sd, released on its own by publish-helm.');
    expect(message).toContain(`Package sha256 ${rows(run).find((r) => r.name === 'prometheus-to-sd')!.digest}`);
    // the checkout got no tag: the remote holds them
    expect(git(workspace, ['tag', '--list'])).toBe('');
    expect(run.summary).toContain('| prometheus-to-sd | `charts/prometheus-to-sd` | 0.5.1 | `prometheus-to-sd-0.5.1` | released |');
  }, LONG);

  it('after two bumps packages those two only: one commit whose index diff is their entries and generated, two tags', async () => {
    await bump('prometheus-to-sd', '0.5.2');
    await bump('prometheus-nats-exporter', '2.23.3');
    const tagsBefore = await remoteTags();
    const pushed = pushes();
    const run = await publish({ charts: 'changed' });
    expectSuccess(run);
    expect(run.outputs).toMatchObject({ status: 'published', 'released-count': '2' });
    expect(rows(run, 'released-charts').map((r) => r.tag)).toEqual(['prometheus-nats-exporter-2.23.3', 'prometheus-to-sd-0.5.2']);
    expect(byAction(run, 'unchanged')).toEqual(['prometheus-conntrack-stats-exporter-0.5.39', 'prometheus-druid-exporter-1.2.0', 'prometheus-pingdom-exporter-3.4.4']);
    expect(run.stdout.match(/^packaged /gm)).toHaveLength(2);

    secondTip = (await tip(bare, 'gh-pages'))!;
    expect(await gitOut(bare, ['--git-dir', bare, 'rev-list', '--count', `${firstTip}..${secondTip}`])).toBe('1');
    expect(await gitOut(bare, ['--git-dir', bare, 'diff', '--name-only', firstTip, secondTip])).toBe(['index.yaml', 'prometheus-nats-exporter-2.23.3.tgz', 'prometheus-to-sd-0.5.2.tgz'].join('\n'));
    const d = await diff(bare, firstTip, secondTip, 'index.yaml');
    const removed = d.split('\n').filter((l) => l.startsWith('-') && !l.startsWith('---'));
    const added = d.split('\n').filter((l) => l.startsWith('+') && !l.startsWith('+++'));
    expect(removed).toEqual([expect.stringMatching(/^-generated: "?\d{4}-/)]);
    expect(added.filter((l) => /^\+generated: /.test(l))).toHaveLength(1);
    expect(added.filter((l) => /^\+ {4}version: /.test(l))).toEqual(['+    version: 2.23.3', '+    version: 0.5.2']);
    expect(added.filter((l) => /^\+ {4}digest: /.test(l)).map((l) => l.slice('+    digest: '.length))).toEqual(rows(run, 'released-charts').map((r) => r.digest));
    expect(added.filter((l) => /^\+ {2}- /.test(l))).toHaveLength(2);

    const tags = await remoteTags();
    const head = git(workspace, ['rev-parse', 'HEAD']);
    expect(tags).toEqual({ ...tagsBefore, 'prometheus-nats-exporter-2.23.3': head, 'prometheus-to-sd-0.5.2': head });
    expect(pushes() - pushed).toBe(2); // the index commit and the tags, one push each
    expect(run.summary).toContain('index.yaml on gh-pages');
  }, LONG);

  it('a re-run writes nothing and reports every chart unchanged, also from a shallow checkout without tags', async () => {
    const before = await gh.snapshot();
    const pushed = pushes();
    const again = await publish({ charts: 'changed' });
    expectSuccess(again);
    expect(again.outputs).toMatchObject({ status: 'unchanged', 'released-count': '0', 'released-charts': '[]' });
    expect(rows(again).map((r) => r.action)).toEqual(NAMES.map(() => 'unchanged'));

    const shallow = join(tmp.path, 'shallow');
    git(tmp.path, ['clone', '-q', '--depth=1', '--no-tags', '--', `file://${bare}`, shallow]);
    expect(git(shallow, ['rev-parse', '--is-shallow-repository'])).toBe('true');
    git(shallow, ['remote', 'set-url', 'origin', `${gh.serverUrl}/${REPO}.git`]);
    const fromShallow = await publish({ charts: 'changed' }, shallow);
    expectSuccess(fromShallow);
    expect(fromShallow.outputs).toMatchObject({ status: 'unchanged', 'released-count': '0' });
    expect(pushes()).toBe(pushed);
    expect(await tip(bare, 'gh-pages')).toBe(secondTip);
    expect(await gh.snapshot()).toEqual(before);
  }, LONG);

  it('plan-only names what a release would do, for a matrix, and writes nothing', async () => {
    await bump('prometheus-pingdom-exporter', '3.4.5');
    const before = await gh.snapshot();
    const tagsBefore = await remoteTags();
    const run = await publish({ charts: 'changed', 'plan-only': 'true' });
    expectSuccess(run);
    expect(run.outputs).toMatchObject({ status: 'plan', 'released-count': '1' });
    expect(rows(run, 'released-charts')).toEqual([{ name: 'prometheus-pingdom-exporter', folder: 'charts/prometheus-pingdom-exporter', version: '3.4.5', tag: 'prometheus-pingdom-exporter-3.4.5', action: 'release', digest: '' }]);
    expect(run.stdout).not.toMatch(/^packaged /m);
    expect(run.summary).toContain('plan only, nothing written');
    expect(await gh.snapshot()).toEqual(before);
    expect(await remoteTags()).toEqual(tagsBefore);
  }, LONG);

  it('a list of folders releases those only', async () => {
    const run = await publish({ charts: 'charts/prometheus-pingdom-exporter,\ncharts/prometheus-to-sd/', 'dry-run': 'true' });
    expectSuccess(run);
    expect(run.outputs).toMatchObject({ status: 'dry-run', 'released-count': '1' });
    expect(rows(run).map((r) => [r.tag, r.action])).toEqual([
      ['prometheus-pingdom-exporter-3.4.5', 'release'],
      ['prometheus-to-sd-0.5.2', 'unchanged'],
    ]);
    expect(run.summary).toContain('+    version: 3.4.5');
  }, LONG);
});

describe('publish-helm charts: refusals write nothing', () => {
  /** Runs and expects a refusal with the pages branch, the tags and the emulator as they were. */
  async function refused(inputs: Record<string, string>, message: RegExp | string): Promise<ActionRun> {
    const before = await gh.snapshot();
    const pagesTip = await tip(bare, 'gh-pages');
    const tags = await remoteTags();
    const pushed = pushes();
    const run = await publish(inputs);
    expectRefusal(run, message);
    expect(pushes()).toBe(pushed);
    expect(await tip(bare, 'gh-pages')).toBe(pagesTip);
    expect(await remoteTags()).toEqual(tags);
    expect(await gh.snapshot()).toEqual(before);
    return run;
  }

  it.each([
    ['chart and charts', { chart: 'charts/prometheus-to-sd', charts: 'changed' }, "input 'chart': chart publishes one chart and charts several"],
    ['a version with charts', { charts: 'changed', version: '1.0.0' }, "input 'version': each chart is released at the version its Chart.yaml says"],
    ['a rollback with charts', { charts: 'changed', rollback: '0.5.1' }, "input 'rollback': rollback takes back one version of one chart"],
    ['plan-only alone', { 'plan-only': 'true', chart: 'charts/prometheus-to-sd' }, "input 'plan-only': plan-only decides which of several charts to release: give charts too"],
    ['changed in a list', { charts: 'changed\ncharts/prometheus-to-sd' }, "input 'charts': changed is the whole value"],
    ['a path out of the repository', { charts: '../elsewhere' }, "input 'charts': expected a path without '..'"],
    ['a folder without Chart.yaml', { charts: 'charts/prometheus-to-sd\ncharts/none' }, "input 'charts': charts/none is not a chart folder (no charts/none/Chart.yaml)"],
  ])('refuses %s', async (_name, inputs, message) => {
    await refused(inputs, message);
  }, LONG);

  it('refuses two charts with one name, naming both folders and the tag', async () => {
    const copy = join(workspace, 'charts', 'to-sd-copy');
    mkdirSync(copy);
    cpSync(join(workspace, 'charts', 'prometheus-to-sd'), copy, { recursive: true });
    try {
      await refused(
        { charts: 'charts/prometheus-to-sd\ncharts/to-sd-copy' },
        '2 charts cannot be released: charts/prometheus-to-sd (prometheus-to-sd-0.5.2): charts/prometheus-to-sd and charts/to-sd-copy are both named prometheus-to-sd',
      );
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  }, LONG);

  it('refuses a chart changed without a version bump, naming the chart and its tag, and releases none of the others', async () => {
    const file = join(workspace, 'charts', 'prometheus-druid-exporter', 'values.yaml');
    writeFileSync(file, `${readFileSync(file, 'utf8')}# changed without a bump\n`);
    await commitAndPush('fix(druid): a value, no bump');
    const run = await refused(
      { charts: 'changed' },
      'a chart cannot be released: charts/prometheus-druid-exporter (prometheus-druid-exporter-1.2.0): tag prometheus-druid-exporter-1.2.0 exists with other content in charts/prometheus-druid-exporter: the chart changed without a version bump; raise version in charts/prometheus-druid-exporter/Chart.yaml. Nothing was written.',
    );
    // the pending bump of prometheus-pingdom-exporter is not released either
    expect(run.stdout).not.toMatch(/^packaged /m);
  }, LONG);
});

function pushes(): number {
  return gh.requests.filter((r) => r.area === 'git' && r.method === 'POST' && r.path.endsWith('/git-receive-pack')).length;
}

describe('publish-helm charts: a failure half way resumes', () => {
  it('a tag push that fails after the index commit: the re-run finds the entry in place, commits nothing and creates the tag', async () => {
    const folder = 'charts/prometheus-pingdom-exporter';
    const pagesBefore = (await tip(bare, 'gh-pages'))!;
    // the moment the index push is answered, every later push fails (the tags' push, retried)
    const record = gh.requests.push.bind(gh.requests);
    gh.requests.push = (...entries) => {
      for (const e of entries) {
        if (e.method === 'POST' && e.path.endsWith('/git-receive-pack')) {
          let status: number | undefined;
          Object.defineProperty(e, 'status', {
            get: () => status,
            set: (v: number) => {
              status = v;
              gh.injectFault({ kind: 'status', status: 500, method: 'POST', path: /\/git-receive-pack$/, times: 10 });
            },
            configurable: true,
          });
          gh.requests.push = record;
        }
      }
      return record(...entries);
    };
    let failed: ActionRun;
    try {
      failed = await publish({ charts: folder });
    } finally {
      gh.requests.push = record;
      gh.clearFaults();
    }
    expect(failed.exitCode).toBe(1);
    expect(failed.errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/^cannot push the tags prometheus-pingdom-exporter-3\.4\.5 to .*The index and OCI are published already; a re-run creates the missing tags/),
    ]);
    const pagesAfterFailure = (await tip(bare, 'gh-pages'))!;
    expect(await gitOut(bare, ['--git-dir', bare, 'rev-list', '--count', `${pagesBefore}..${pagesAfterFailure}`])).toBe('1');
    expect(Object.keys(await remoteTags())).not.toContain('prometheus-pingdom-exporter-3.4.5');

    const resumed = await publish({ charts: folder });
    expectSuccess(resumed);
    expect(rows(resumed)).toEqual([expect.objectContaining({ tag: 'prometheus-pingdom-exporter-3.4.5', action: 'released' })]);
    expect(await tip(bare, 'gh-pages')).toBe(pagesAfterFailure);
    expect((await remoteTags())['prometheus-pingdom-exporter-3.4.5']).toBe(git(workspace, ['rev-parse', 'HEAD']));

    const after = await publish({ charts: folder });
    expectSuccess(after);
    expect(after.outputs).toMatchObject({ status: 'unchanged', 'released-count': '0' });
  }, LONG);
});

describe('publish-helm charts: asset-location release, as chart-releaser releases charts', () => {
  const RELEASE = { charts: 'changed', 'asset-location': 'release' };
  /** The publish job's token: contents write, this repository only. */
  const token = (): string => gh.issueToken({ name: 'charts / publish', permissions: { contents: 'write' }, repositories: [REPO] });
  const releasesOf = (tag: string) => gh.repo(REPO).releases.filter((r) => r.tagName === tag);
  const downloadUrl = (tag: string) => `${gh.serverUrl}/${REPO}/releases/download/${tag}/${tag}.tgz`;
  const calls = (operationId: string) => gh.requests.filter((r) => r.operationId === operationId && r.status < 400).length;
  const description = (name: string) => (parse(readFileSync(join(workspace, 'charts', name, 'Chart.yaml'), 'utf8')) as { description: string }).description;
  let appRelease: number;

  beforeAll(async () => {
    // the application's own release, which a chart's release must never take "latest" from
    const res = await fetch(`${gh.apiUrl}/repos/${REPO}/releases`, { method: 'POST', headers: { authorization: 'token test-token', 'content-type': 'application/json' }, body: JSON.stringify({ tag_name: 'v1.0.0', target_commitish: 'main', body: 'The application.' }) });
    appRelease = ((await res.json()) as { id: number }).id;
    expect(gh.repo(REPO).latestReleaseId).toBe(appRelease);
  });

  /** Each tag's one published release, named after it, its notes the chart's description, its one asset the package. */
  function expectReleased(name: string, version: string, digest: string): void {
    const tag = `${name}-${version}`;
    expect(releasesOf(tag)).toEqual([
      expect.objectContaining({ name: tag, body: description(name), draft: false, prerelease: false, makeLatest: 'false', immutable: true, assets: [expect.objectContaining({ name: `${tag}.tgz`, contentType: 'application/gzip', sha256: digest })] }),
    ]);
  }

  it('makes a GitHub release per chart with its package, the index URLs under the release tags, "latest" left to the application, a lost answer not doubled', async () => {
    // druid had a change without a bump (refused above): the bump makes it releasable
    await bump('prometheus-druid-exporter', '1.2.1');
    await bump('prometheus-to-sd', '0.5.3');
    const pagesBefore = (await tip(bare, 'gh-pages'))!;
    // a dry run shows the index change with the release URLs and creates no release
    const before = await gh.snapshot();
    const dry = await publish({ ...RELEASE, 'dry-run': 'true' }, workspace, token());
    expectSuccess(dry);
    expect(dry.summary).toContain(`+    - ${downloadUrl('prometheus-to-sd-0.5.3')}`);
    expect(await gh.snapshot()).toEqual(before);
    // the answer to the first release created is lost: the run finds that draft, creates no second
    const lost = gh.injectFault({ kind: 'after-write', method: 'POST', path: `/repos/${REPO}/releases`, times: 1 });
    const run = await publish(RELEASE, workspace, token());
    expect(lost.hits).toBe(1);
    expectSuccess(run);
    expect(rows(run, 'released-charts').map((r) => r.tag)).toEqual(['prometheus-druid-exporter-1.2.1', 'prometheus-to-sd-0.5.3']);
    const index = parse((await show(bare, 'gh-pages', 'index.yaml'))!) as { entries: Record<string, Array<{ version: string; digest: string; urls: string[] }>> };
    for (const r of rows(run, 'released-charts')) {
      expectReleased(r.name, r.version, r.digest);
      expect(index.entries[r.name]!.find((e) => e.version === r.version)).toMatchObject({ digest: r.digest, urls: [downloadUrl(r.tag)] });
      // the URL serves the package, with no token
      const res = await fetch(downloadUrl(r.tag));
      expect([res.status, createHash('sha256').update(Buffer.from(await res.arrayBuffer())).digest('hex')]).toEqual([200, r.digest]);
    }
    // the packages are release assets only: the pages commit changes the index alone
    expect(await gitOut(bare, ['--git-dir', bare, 'diff', '--name-only', pagesBefore, 'gh-pages'])).toBe('index.yaml');
    expect(Object.keys(await remoteTags())).toEqual(expect.arrayContaining(['prometheus-druid-exporter-1.2.1', 'prometheus-to-sd-0.5.3']));
    expect(gh.repo(REPO).latestReleaseId).toBe(appRelease);
    const html = (tag: string) => `\`${tag}\` ${gh.serverUrl}/${REPO}/releases/tag/${tag}`;
    expect(run.summary).toContain(`GitHub releases (never "latest"): ${html('prometheus-druid-exporter-1.2.1')}, ${html('prometheus-to-sd-0.5.3')}`);
  }, LONG);

  it('a re-run writes nothing, and reads the releases with one listing', async () => {
    const before = await gh.snapshot();
    const pushed = pushes();
    const requests = gh.requests.length;
    const again = await publish(RELEASE, workspace, token());
    expectSuccess(again);
    expect(gh.requests.slice(requests).filter((r) => r.area === 'rest').map((r) => `${r.method} ${r.operationId}`)).toEqual(['GET repos/list-releases']);
    expect(again.outputs).toMatchObject({ status: 'unchanged', 'released-count': '0' });
    expect(pushes()).toBe(pushed);
    expect(await gh.snapshot()).toEqual(before);
  }, LONG);

  it('an index push refused after the drafts: the re-run adopts the drafts and their assets, no release or asset doubled', async () => {
    await bump('prometheus-conntrack-stats-exporter', '0.5.40');
    await bump('prometheus-nats-exporter', '2.23.4');
    const tags = ['prometheus-conntrack-stats-exporter-0.5.40', 'prometheus-nats-exporter-2.23.4'];
    const pagesBefore = await tip(bare, 'gh-pages');
    gh.injectFault({ kind: 'status', status: 500, method: 'POST', path: /\/git-receive-pack$/, times: 20 });
    let failed: ActionRun;
    try {
      failed = await publish(RELEASE, workspace, token());
    } finally {
      gh.clearFaults();
    }
    expect(failed.exitCode).toBe(1);
    // the drafts hold the packages; no tag, no index entry, nothing published
    for (const tag of tags) expect(releasesOf(tag)).toEqual([expect.objectContaining({ draft: true, assets: [expect.objectContaining({ name: `${tag}.tgz` })] })]);
    expect(await tip(bare, 'gh-pages')).toBe(pagesBefore);
    expect(Object.keys(await remoteTags())).not.toEqual(expect.arrayContaining([tags[0]]));

    // skip-existing false names what the failed run left, and writes nothing
    const kept = await publish({ ...RELEASE, 'skip-existing': 'false' }, workspace, token());
    expectRefusal(kept, `published already (${tags[0]}.tgz on release ${tags[0]}, ${tags[1]}.tgz on release ${tags[1]}) and skip-existing is false. Nothing was written.`);

    const [created, uploaded] = [calls('repos/create-release'), calls('repos/upload-release-asset')];
    const requests = gh.requests.length;
    const resumed = await publish(RELEASE, workspace, token());
    // one listing, then each draft published; the assets read from the listing's digests
    expect(gh.requests.slice(requests).filter((r) => r.area === 'rest').map((r) => `${r.method} ${r.operationId}`)).toEqual(['GET repos/list-releases', 'PATCH repos/update-release', 'PATCH repos/update-release']);
    expectSuccess(resumed);
    expect(rows(resumed, 'released-charts').map((r) => r.tag)).toEqual(tags);
    expect([calls('repos/create-release'), calls('repos/upload-release-asset')]).toEqual([created, uploaded]);
    for (const r of rows(resumed, 'released-charts')) expectReleased(r.name, r.version, r.digest);
    expect(gh.repo(REPO).latestReleaseId).toBe(appRelease);
  }, LONG);

  it('a failure publishing the drafts after the tags: the re-run publishes them and lists their charts as released', async () => {
    await bump('prometheus-pingdom-exporter', '3.4.6');
    const tag = 'prometheus-pingdom-exporter-3.4.6';
    gh.injectFault({ kind: 'status', status: 500, method: 'PATCH', path: /\/releases\/\d+$/, times: 20 });
    let failed: ActionRun;
    try {
      failed = await publish(RELEASE, workspace, token());
    } finally {
      gh.clearFaults();
    }
    expect(failed.exitCode).toBe(1);
    expect(failed.errors.map((e) => e.message)).toEqual([expect.stringContaining(`publishing the draft release ${tag} failed (HTTP 500)`)]);
    expect(Object.keys(await remoteTags())).toContain(tag);
    expect(releasesOf(tag)).toEqual([expect.objectContaining({ draft: true })]);

    const pagesTip = await tip(bare, 'gh-pages');
    const resumed = await publish(RELEASE, workspace, token());
    expectSuccess(resumed);
    expect(rows(resumed, 'released-charts')).toEqual([expect.objectContaining({ tag, action: 'released', digest: releasesOf(tag)[0]!.assets[0]!.sha256 })]);
    expectReleased('prometheus-pingdom-exporter', '3.4.6', releasesOf(tag)[0]!.assets[0]!.sha256);
    expect(await tip(bare, 'gh-pages')).toBe(pagesTip);

    const after = await publish(RELEASE, workspace, token());
    expect(after.outputs).toMatchObject({ status: 'unchanged', 'released-count': '0' });
  }, LONG);

  it('refuses an asset of the same name with other bytes, naming it, before anything is written', async () => {
    await bump('prometheus-to-sd', '0.5.4');
    const tag = 'prometheus-to-sd-0.5.4';
    const api = (path: string, init: RequestInit) => fetch(`${gh.apiUrl}${path}`, { ...init, headers: { authorization: 'token test-token', ...init.headers } });
    const draft = (await (await api(`/repos/${REPO}/releases`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ tag_name: tag, draft: true }) })).json()) as { id: number };
    await fetch(`${gh.serverUrl}/api/uploads/repos/${REPO}/releases/${draft.id}/assets?name=${tag}.tgz`, { method: 'POST', headers: { authorization: 'token test-token', 'content-type': 'application/gzip' }, body: 'not this chart' });
    const before = await gh.snapshot();
    const pagesTip = await tip(bare, 'gh-pages');
    const run = await publish(RELEASE, workspace, token());
    expectRefusal(run, new RegExp(`release ${tag} already has an asset ${tag}\\.tgz with sha256 [0-9a-f]{64}; this package has sha256 [0-9a-f]{64}\\. A published chart is never replaced: bump the chart version\\. Nothing was written\\.`));
    expect(await gh.snapshot()).toEqual(before);
    expect(await tip(bare, 'gh-pages')).toBe(pagesTip);
  }, LONG);
});
