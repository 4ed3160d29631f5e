/**
 * Which charts of a repository to release, for charts versioned on their own as
 * chart-releaser versions them: each release is tagged `<name>-<version>`, and a chart is
 * released when no tag names its current version. Content is compared by git tree id: a
 * chart whose folder is the tree its tag holds is released already; one whose tag holds another
 * tree changed without a version bump, which is refused (the tag cannot name two contents).
 * Pure: the charts, the tags and the tree ids in; a decision per chart out. `treeRequests`
 * says which `<ref>:<folder>` ids to read (one `git cat-file --batch-check` answers them all).
 */
import * as semver from 'semver';

export interface ChartAtHead {
  /** `charts/kube-prometheus-stack`. */
  folder: string;
  name: string;
  /** As Chart.yaml writes it (`v1.4.0` keeps its v). */
  version: string;
}

export type ChartAction = 'release' | 'released' | 'refused';

export interface ChartDecision {
  chart: ChartAtHead;
  /** `<name>-<version>`. */
  tag: string;
  action: ChartAction;
  why: string;
}

export const releaseTag = (c: Pick<ChartAtHead, 'name' | 'version'>): string => `${c.name}-${c.version}`;

/** The newest `<name>-<version>` tag of a chart other than `except`, by SemVer. */
function lastTag(name: string, tags: readonly string[], except: string): string | undefined {
  const prefix = `${name}-`;
  return tags
    .filter((t) => t.startsWith(prefix) && t !== except)
    .map((tag) => ({ tag, v: tag.slice(prefix.length).replace(/^v/, '') }))
    .filter((x) => semver.valid(x.v) !== null)
    .sort((a, b) => semver.rcompare(a.v, b.v))[0]?.tag;
}

/** The `<ref>:<folder>` tree ids the decision needs: each chart at HEAD and at its own release tag. */
export function treeRequests(charts: readonly ChartAtHead[], tags: readonly string[]): string[] {
  const have = new Set(tags);
  return charts.flatMap((c) => [`HEAD:${c.folder}`, ...(have.has(releaseTag(c)) ? [`refs/tags/${releaseTag(c)}:${c.folder}`] : [])]);
}

/** One decision per chart, in the order given; two charts with one name are both refused. */
export function planChartReleases(charts: readonly ChartAtHead[], tags: readonly string[], trees: ReadonlyMap<string, string | undefined>): ChartDecision[] {
  const have = new Set(tags);
  const byName = new Map<string, string[]>();
  for (const c of charts) byName.set(c.name, [...(byName.get(c.name) ?? []), c.folder]);
  return charts.map((chart) => {
    const tag = releaseTag(chart);
    const folders = byName.get(chart.name) ?? [];
    if (folders.length > 1) return { chart, tag, action: 'refused', why: `${folders.join(' and ')} are both named ${chart.name}: a Helm repository holds one chart of a name; rename one in its Chart.yaml` };
    if (!have.has(tag)) {
      const last = lastTag(chart.name, tags, tag);
      return { chart, tag, action: 'release', why: last ? `version ${chart.version} has no tag yet (last release ${last})` : 'its first release' };
    }
    const head = trees.get(`HEAD:${chart.folder}`);
    const tagged = trees.get(`refs/tags/${tag}:${chart.folder}`);
    if (head !== undefined && head === tagged) return { chart, tag, action: 'released', why: `tag ${tag} holds this content` };
    return {
      chart,
      tag,
      action: 'refused',
      why: `tag ${tag} exists with other content in ${chart.folder}${tagged ? '' : ' (the folder is not in the tag)'}: the chart changed without a version bump; raise version in ${chart.folder}/Chart.yaml`,
    };
  });
}
