/**
 * Which GitHub repository a local clone is, for a rehearsal of a clone whose origin is not
 * GitHub (a clone of a git bundle, a mirror, no origin at all). In order: `--github
 * OWNER/REPO`, the origin URL when it is GitHub's, the CHANGELOG's compare and release links,
 * Chart.yaml `sources` then `home`, and last the Go module path of an operator's `go.mod`
 * (`module github.com/OWNER/REPO`, what kubebuilder scaffolds). Pure: the caller reads the texts.
 */
import { parse as parseYaml } from 'yaml';

/** GitHub's rules: an owner is 1–39 letters, digits and single inner hyphens; a repository 1–100 of letters, digits, `.`, `-`, `_`. */
const OWNER = /^(?=.{1,39}$)[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/;
const REPO = /^[A-Za-z0-9._-]{1,100}$/;

/** Why `value` is not OWNER/REPO as GitHub names them, or undefined. */
export function githubArgumentProblem(value: string, flag = '--github'): string | undefined {
  const [owner = '', repo, extra] = value.split('/');
  const problem =
    repo === undefined || extra !== undefined
      ? 'expected OWNER/REPO'
      : !OWNER.test(owner)
        ? `the owner '${owner}' is not a GitHub account name (letters, digits and single inner hyphens, at most 39)`
        : !REPO.test(repo) || repo === '.' || repo === '..'
          ? `the repository '${repo}' is not a GitHub repository name (letters, digits, '.', '-' and '_', at most 100)`
          : undefined;
  return problem ? `${flag} must be OWNER/REPO as on GitHub (e.g. llm-d-incubation/workload-variant-autoscaler): ${problem}; got '${value}'` : undefined;
}

function named(owner: string | undefined, repo: string | undefined): string | undefined {
  const name = `${owner ?? ''}/${(repo ?? '').replace(/\.git$/, '')}`;
  return githubArgumentProblem(name) ? undefined : name;
}

/** OWNER/REPO of a GitHub remote URL (https, ssh://, git://, scp-like `git@github.com:`), else undefined. */
export function githubNameOfUrl(url: string): string | undefined {
  const text = url.trim();
  const scp = /^(?:[^@/\s]+@)?github\.com:\/?([^/\s]+)\/([^/\s]+?)\/?$/i.exec(text);
  if (scp) return named(scp[1], scp[2]);
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    return undefined;
  }
  if (!['https:', 'http:', 'ssh:', 'git:', 'git+ssh:'].includes(parsed.protocol) || !/^(?:www\.)?github\.com$/i.test(parsed.hostname)) return undefined;
  const parts = parsed.pathname.split('/').filter(Boolean);
  return parts.length === 2 ? named(parts[0], parts[1]) : undefined;
}

const LINK = /https?:\/\/(?:www\.)?github\.com\/([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+?)\/(?:compare|releases)\//gi;

/** The most linked repository in `text` (first seen on a tie). */
function mostLinked(text: string): string | undefined {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(LINK)) {
    const name = named(m[1], m[2]);
    if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [name, n] of counts) if (!best || n > (counts.get(best) ?? 0)) best = name;
  return best;
}

/**
 * The repository the changelog's compare and release links name: its link reference
 * definitions first (Keep a Changelog's `[0.5.0]: …/compare/v0.4.1...v0.5.0`), else any such
 * link in the text (an entry may link another project's release; the most linked wins).
 */
export function githubNameOfChangelog(text: string): string | undefined {
  const definitions = text.split('\n').filter((l) => /^ {0,3}\[[^\]]+\]:\s*\S/.test(l)).join('\n');
  return mostLinked(definitions) ?? mostLinked(text);
}

/** The repository of Chart.yaml's `sources` (first GitHub one), else its `home`. */
export function githubNameOfChart(text: string): string | undefined {
  let chart: { sources?: unknown; home?: unknown } | null;
  try {
    chart = parseYaml(text) as typeof chart;
  } catch {
    return undefined;
  }
  const sources = Array.isArray(chart?.sources) ? chart.sources : [];
  const urls = [...sources, chart?.home].filter((u): u is string => typeof u === 'string');
  for (const url of urls) {
    const name = githubNameOfUrl(url) ?? githubNameOfUrl(url.replace(/^(https?:\/\/(?:www\.)?github\.com\/[^/]+\/[^/#?]+).*$/i, '$1'));
    if (name) return name;
  }
  return undefined;
}

/** OWNER/REPO of a `go.mod` whose module path is on github.com (a `/v2` or sub-package suffix is not part of it). */
export function githubNameOfGoModule(text: string): string | undefined {
  const m = /^module\s+"?github\.com\/([^/\s"]+)\/([^/\s"]+)/m.exec(text);
  return m ? named(m[1], m[2]) : undefined;
}

export interface RepositorySources {
  /** `--github`, already checked with githubArgumentProblem. */
  flag?: string;
  originUrl?: string;
  /** [path, text] of the changelog at the rehearsed commit. */
  changelog?: [string, string];
  /** Where the changelog was looked for, found or not. */
  changelogPath?: string;
  /** [path, text] of the chart's Chart.yaml at the rehearsed commit. */
  chart?: [string, string];
  /** The text of go.mod at the rehearsed commit. */
  goMod?: string;
}

export type Detection = { repository: string; from: string } | { problem: string };

/** The first source that names a GitHub repository, and which one it was. */
export function detectGithubRepository(s: RepositorySources): Detection {
  if (s.flag) return { repository: s.flag, from: '--github' };
  const origin = s.originUrl ? githubNameOfUrl(s.originUrl) : undefined;
  if (origin) return { repository: origin, from: `the origin ${s.originUrl}` };
  const log = s.changelog ? githubNameOfChangelog(s.changelog[1]) : undefined;
  if (log) return { repository: log, from: `the links of ${s.changelog?.[0]}` };
  const chart = s.chart ? githubNameOfChart(s.chart[1]) : undefined;
  if (chart) return { repository: chart, from: `sources/home of ${s.chart?.[0]}` };
  const goModule = s.goMod ? githubNameOfGoModule(s.goMod) : undefined;
  if (goModule) return { repository: goModule, from: 'the module path of go.mod' };
  const looked = [
    s.originUrl ? `the origin ${s.originUrl} is not a GitHub URL` : 'there is no origin remote',
    s.changelog ? `${s.changelog[0]} has no github.com compare or release link` : `there is no ${s.changelogPath ?? 'changelog'}`,
    s.chart ? `${s.chart[0]} has no github.com sources or home` : 'there is no chart',
    ...(s.goMod !== undefined ? ['go.mod names no github.com module'] : []),
  ];
  return { problem: `cannot tell which GitHub repository this is (${looked.join('; ')}): give it with --github OWNER/REPO` };
}

/** Reads a file of the rehearsed commit (undefined when absent), and lists a folder of it. */
export interface CommitReader {
  show(path: string): Promise<string | undefined>;
  list(dir: string): Promise<string[]>;
}

/** The changelog and Chart.yaml where the actions will look: `.github/release-actions.yaml` first, else the defaults. */
export async function readRepositorySources(read: CommitReader, originUrl: string | undefined): Promise<RepositorySources> {
  let config: { changelog?: unknown; chart?: unknown } = {};
  for (const name of ['.github/release-actions.yaml', '.github/release-actions.yml']) {
    const text = await read.show(name);
    if (text === undefined) continue;
    try {
      config = (parseYaml(text) as typeof config | null) ?? {};
    } catch {
      // verify-release names what is wrong with it
    }
    break;
  }
  const changelogPath = typeof config.changelog === 'string' ? config.changelog : 'CHANGELOG.md';
  const charts = typeof config.chart === 'string' ? [config.chart] : (await read.list('charts')).map((c) => `charts/${c}`);
  const out: RepositorySources = { ...(originUrl ? { originUrl } : {}), changelogPath };
  const changelog = await read.show(changelogPath);
  if (changelog !== undefined) out.changelog = [changelogPath, changelog];
  for (const dir of charts) {
    const chart = await read.show(`${dir}/Chart.yaml`);
    if (chart !== undefined) {
      out.chart = [`${dir}/Chart.yaml`, chart];
      break;
    }
  }
  const goMod = await read.show('go.mod');
  if (goMod !== undefined) out.goMod = goMod;
  return out;
}
