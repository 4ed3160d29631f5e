/**
 * The pages branch through the GitHub emulator's git over HTTP: the first publish creates the
 * orphan branch with the index and the package; the next version is merged with a minimal
 * diff; a re-run is unchanged and pushes nothing; another digest for a published version
 * fails naming both, with the branch as it was; a dry run writes nothing; the package is the
 * same bytes from any checkout.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { readIndex } from '../../../actions/lib/helm/index.js';
import {
  CHART,
  CHART_NAME,
  diff,
  expectRefusal,
  expectSuccess,
  gitOut,
  LONG,
  lsTree,
  publish,
  pushes,
  REPO_URL,
  RFC3339,
  setChartVersion,
  SHA256_HEX,
  show,
  showBytes,
  tip,
  world,
  type World,
} from './helpers.js';

const execFileAsync = promisify(execFile);

let w: World | undefined;
afterEach(async () => {
  await w?.stop();
  w = undefined;
});

const sha256 = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

interface IndexDoc {
  apiVersion: string;
  generated: string;
  entries: Record<string, Array<Record<string, unknown>>>;
}

/** The members of a .tgz with their modes and times, as GNU tar lists them. */
async function tarListing(bytes: Buffer, dir: string): Promise<string[]> {
  const file = join(dir, `listing-${Date.now()}.tgz`);
  writeFileSync(file, bytes);
  const { stdout } = await execFileAsync('tar', ['--numeric-owner', '--full-time', '-tvzf', file]);
  return stdout.trimEnd().split('\n');
}

describe('publish-helm on the pages branch', () => {
  it('dry run writes nothing; the first publish creates the orphan branch; the next version merges with a minimal diff; a re-run pushes nothing', async () => {
    w = await world();
    const { bare } = w;
    const tgz = `${CHART_NAME}-0.5.0.tgz`;

    // ---- dry run: the index it would write in the summary, nothing pushed, no branch
    const dry = await publish(w, { chart: CHART, version: '0.5.0', 'dry-run': 'true' });
    expectSuccess(dry);
    expect(dry.outputs.status).toBe('dry-run');
    expect(dry.outputs.digest).toMatch(SHA256_HEX);
    expect(dry.outputs['chart-url']).toBe(`${REPO_URL}/${tgz}`);
    expect(dry.summary).toContain('dry run, nothing written');
    expect(dry.summary).toContain('+apiVersion: v1');
    expect(await tip(bare, 'gh-pages')).toBeUndefined();
    expect(pushes(w)).toBe(0);

    // ---- first publish: an orphan gh-pages with index.yaml and the package
    const first = await publish(w, { chart: CHART, version: 'v0.5.0' });
    expectSuccess(first);
    expect(first.outputs).toMatchObject({
      status: 'published',
      digest: dry.outputs.digest,
      'chart-url': `${REPO_URL}/${tgz}`,
      'index-url': `${REPO_URL}/index.yaml`,
    });
    expect(first.outputs['package-path']).toMatch(new RegExp(`/publish-helm-packages/${tgz}$`));
    expect(first.outputs['oci-ref']).toBeUndefined();
    const tip1 = (await tip(bare, 'gh-pages'))!;
    expect(tip1).toBeDefined();
    expect(await gitOut(bare, ['--git-dir', bare, 'rev-list', '--count', 'gh-pages'])).toBe('1'); // orphan: no parent
    expect(await gitOut(bare, ['--git-dir', bare, 'log', '-1', '--format=%an%n%s', 'gh-pages'])).toBe(`github-actions[bot]\nchore(helm): publish ${CHART_NAME} 0.5.0`);
    expect((await lsTree(bare, 'gh-pages')).sort()).toEqual(['index.yaml', tgz]);
    expect(pushes(w)).toBe(1);

    const pkg = (await showBytes(bare, 'gh-pages', tgz))!;
    expect(sha256(pkg)).toBe(first.outputs.digest);
    const firstIndexText = (await show(bare, 'gh-pages', 'index.yaml'))!;
    // one entry: every line below `entries:` but the chart's key
    const entryLines = firstIndexText.split('\n').filter((l) => l.startsWith('  ')).length - 1;
    const index1 = parse(firstIndexText) as IndexDoc;
    expect(index1.apiVersion).toBe('v1');
    expect(index1.generated).toMatch(RFC3339);
    expect(Object.keys(index1.entries)).toEqual([CHART_NAME]);
    const e1 = index1.entries[CHART_NAME]![0]!;
    expect(e1).toMatchObject({
      name: CHART_NAME,
      version: '0.5.0',
      appVersion: 'v0.5.0',
      apiVersion: 'v2',
      type: 'application',
      kubeVersion: '>=1.29.0-0',
      digest: first.outputs.digest,
      urls: [`${REPO_URL}/${tgz}`],
      dependencies: [{ name: 'wva-common', version: '0.1.0', repository: 'file://../wva-common' }],
    });
    expect(e1.created).toMatch(RFC3339);
    // Chart.yaml's comments are not metadata; the annotations are, with their exact text
    expect((e1.annotations as Record<string, string>)['artifacthub.io/prerelease']).toBe('false');

    // the package: one top folder, .helmignore honoured (negation, directory-only, anchored patterns)
    const listing = await tarListing(pkg, w.root);
    const names = listing.map((l) => l.split(/\s+/).pop()!);
    expect(new Set(names.map((n) => n.split('/')[0]))).toEqual(new Set([CHART_NAME]));
    for (const present of ['Chart.yaml', 'values.yaml', 'values.schema.json', 'README.md', 'LICENSE', 'crds/llmd.ai_variantautoscalings.yaml', 'charts/wva-common/Chart.yaml', 'templates/deployment.yaml', 'templates/tests/test-connection.yaml']) {
      expect(names).toContain(`${CHART_NAME}/${present}`);
    }
    for (const absent of ['CHANGELOG.md', 'notes.bak', 'templates/deployment.yaml.swp', 'docs/', 'ci/', 'ci/test-values.yaml']) {
      expect(names).not.toContain(`${CHART_NAME}/${absent}`);
    }
    // fixed owner, modes and times: nothing from the machine that built it
    for (const line of listing) expect(line).toMatch(/^(-rw-r--r--|drwxr-xr-x) 0\/0 +\d+ 1970-01-01 00:00:00 /);
    // the summary shows the index change
    expect(first.summary).toContain('Status: **published**');
    expect(first.summary).toContain(`+    digest: ${first.outputs.digest}`);

    // ---- the next version: only its lines and `generated` change
    setChartVersion(w.workspace, '0.5.1');
    const second = await publish(w, { chart: CHART, version: '0.5.1' });
    expectSuccess(second);
    expect(second.outputs.status).toBe('published');
    expect(second.outputs.digest).not.toBe(first.outputs.digest);
    const tip2 = (await tip(bare, 'gh-pages'))!;
    expect(await gitOut(bare, ['--git-dir', bare, 'rev-parse', `${tip2}^`])).toBe(tip1);
    expect((await lsTree(bare, 'gh-pages')).sort()).toEqual(['index.yaml', tgz, `${CHART_NAME}-0.5.1.tgz`]);
    const d = await diff(bare, tip1, tip2, 'index.yaml');
    const removed = d.split('\n').filter((l) => l.startsWith('-') && !l.startsWith('---'));
    const added = d.split('\n').filter((l) => l.startsWith('+') && !l.startsWith('+++'));
    expect(removed).toEqual([`-generated: "${index1.generated}"`]);
    expect(added.filter((l) => l.startsWith('+generated: '))).toHaveLength(1);
    expect(added.filter((l) => !l.startsWith('+generated: ')).join('\n')).toContain('+    version: 0.5.1');
    expect(added.some((l) => /version: 0\.5\.0$|0\.5\.0\.tgz/.test(l))).toBe(false);
    expect(added.filter((l) => !l.startsWith('+generated: ')).length).toBe(entryLines);
    const index2 = parse((await show(bare, 'gh-pages', 'index.yaml'))!) as IndexDoc;
    expect(index2.entries[CHART_NAME]!.map((e) => e.version)).toEqual(['0.5.1', '0.5.0']); // newest first
    expect(index2.entries[CHART_NAME]![1]).toEqual(e1); // the published entry, byte for byte the same value
    expect(second.summary).toContain('+    version: 0.5.1');
    expect(pushes(w)).toBe(2);

    // ---- a re-run: unchanged, nothing pushed
    const again = await publish(w, { chart: CHART, version: '0.5.1' });
    expectSuccess(again);
    expect(again.outputs.status).toBe('unchanged');
    expect(again.outputs.digest).toBe(second.outputs.digest);
    expect(await tip(bare, 'gh-pages')).toBe(tip2);
    expect(pushes(w)).toBe(2);
    expect(again.summary).toContain('Status: **unchanged**');
  }, LONG);

  it('refuses another digest for a published version, naming both digests, with the branch as it was', async () => {
    w = await world();
    const first = await publish(w, { chart: CHART });
    expectSuccess(first);
    const before = await w.gh.snapshot();
    const pushed = pushes(w);

    // the same version with a changed template: another package
    const file = join(w.workspace, CHART, 'templates', 'configmap.yaml');
    writeFileSync(file, `${readFileSync(file, 'utf8')}# changed after the release\n`);
    const run = await publish(w, { chart: CHART });
    expectRefusal(run, first.outputs.digest!);
    const message = run.errors[0]!.message;
    const other = /the new package has digest ([a-f0-9]{64})/.exec(message)?.[1];
    expect(other).toMatch(SHA256_HEX);
    expect(other).not.toBe(first.outputs.digest);
    expect(message).toContain('never overwritten');
    expect(message).toContain('nothing was written');
    expect(pushes(w)).toBe(pushed);
    expect(await w.gh.snapshot()).toEqual(before);
  }, LONG);

  it('packages the same bytes from any checkout (other mtimes and modes), and puts packages in packages-dir', async () => {
    w = await world();
    const other = await w.clone('second-checkout');
    // another machine: other times and permissions on every file of the chart
    for (const f of ['Chart.yaml', 'values.yaml', 'templates/deployment.yaml', 'crds/llmd.ai_variantautoscalings.yaml']) {
      const p = join(other, CHART, f);
      utimesSync(p, new Date('2031-05-06T07:08:09Z'), new Date('2031-05-06T07:08:09Z'));
      chmodSync(p, 0o600);
    }
    const a = await publish(w, { chart: CHART, 'dry-run': 'true' });
    const b = await publish(w, { chart: CHART, 'dry-run': 'true' }, { workspace: other });
    expectSuccess(a);
    expectSuccess(b);
    expect(b.outputs.digest).toBe(a.outputs.digest);

    const run = await publish(w, { chart: CHART, 'packages-dir': 'packages/' });
    expectSuccess(run);
    expect(run.outputs.digest).toBe(a.outputs.digest);
    expect(run.outputs['chart-url']).toBe(`${REPO_URL}/packages/${CHART_NAME}-0.5.0.tgz`);
    expect((await lsTree(w.bare, 'gh-pages')).sort()).toEqual(['index.yaml', `packages/${CHART_NAME}-0.5.0.tgz`]);
    const summary = readIndex((await showBytes(w.bare, 'gh-pages', 'index.yaml'))!);
    expect(summary.charts.map((c) => [c.name, c.versions.map((v) => v.digest)])).toEqual([[CHART_NAME, [a.outputs.digest]]]);
    expect(await show(w.bare, 'gh-pages', 'index.yaml')).toContain(`- ${REPO_URL}/packages/${CHART_NAME}-0.5.0.tgz`);
  }, LONG);
});
