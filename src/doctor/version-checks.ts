/**
 * The version checks. The newest release tag is the version a repository is at; every reference
 * the release owns that holds another value is drift the first release pull request repairs
 * (bump-version moves each one whatever it held), so drift is advice with the exact moves, not a
 * stop. What stops a release is a version file the release cannot read at all. Pure.
 */
import type { Survey } from './detect.js';
import type { Finding } from './types.js';
import type { VersionReference, VersionRepair } from './versions.js';

const at = (r: VersionReference): string => `${r.path}:${r.line} ${r.name} = ${r.value}`;
const moves = (repairs: readonly VersionRepair[]): string => repairs.map((r) => `${r.path}:${r.line} ${r.name}: ${r.value} → ${r.to}`).join('; ');

function versus(s: Survey): string {
  return s.detected.newestTag ? ` (the newest release tag is ${s.detected.newestTag})` : ' (no release tag yet: the chart version is the current one)';
}

const REPAIRED =
  'the release pull request (prepare-release) moves every one to the new version, so nothing stops a release; a tag pushed without that pull request fails the preflight\'s versions-consistent';

function declaredFindings(s: Survey, current: string): Finding[] {
  const repairs = s.versions.repairs.filter((r) => r.role === 'declares');
  if (repairs.length === 0) return [];
  return [
    {
      id: 'versions-disagree',
      severity: 'advice',
      problem: `the files that declare the version do not all hold ${current}${versus(s)}: ${REPAIRED}`,
      where: s.versions.references.filter((r) => r.role === 'declares').map(at),
      fix: `nothing before the first release pull request; to have them agree now, make every one hold ${current}: ${moves(repairs)}`,
    },
  ];
}

function followingFindings(s: Survey, current: string): Finding[] {
  const repairs = s.versions.repairs.filter((r) => r.role === 'follows');
  if (repairs.length === 0) return [];
  return [
    {
      id: 'image-tag-stale',
      severity: 'advice',
      problem: `image tags or install examples of the release hold another version than ${current}: ${REPAIRED}`,
      where: repairs.map(at),
      fix: `nothing before the first release pull request; to repair them now: ${moves(repairs)}`,
    },
  ];
}

function makefileFindings(s: Survey): Finding[] {
  const literal = s.versions.references.find((r) => r.path === 'Makefile' && r.name === 'IMG_TAG');
  if (!literal || !s.versions.missingVariables.includes('VERSION')) return [];
  const version = literal.value.replace(/^v/, '');
  return [
    {
      id: 'makefile-no-version',
      severity: 'advice',
      problem: `the Makefile writes the version only inside IMG_TAG (${literal.value}), with no VERSION variable for the build and the release to share`,
      where: [at(literal)],
      fix: `add \`VERSION ?= ${version}\` above line ${literal.line} and write \`IMG_TAG ?= ${literal.value.startsWith('v') ? 'v' : ''}$(VERSION)\``,
    },
  ];
}

export function versionFindings(s: Survey): Finding[] {
  const problems: Finding[] = s.versions.problems.map((p) => ({
    id: 'version-files-unreadable',
    severity: 'stop',
    problem: `bump-version and the preflight cannot read the version files: ${p.message}`,
    where: [`${p.path}${p.line ? `:${p.line}` : ''}`],
    fix: /more than one|found \d+/.test(p.message) ? 'name the chart to release in .github/release-actions.yaml (`chart: charts/NAME`) and list its version-files' : 'correct the file at that line',
  }));
  const current = s.versions.current;
  if (current === undefined) return [...problems, ...makefileFindings(s)];
  return [...problems, ...declaredFindings(s, current), ...followingFindings(s, current), ...makefileFindings(s)];
}
