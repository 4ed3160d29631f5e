/**
 * The version checks: the files that declare the version must agree with each other and with the
 * newest release tag, and the references that follow it (values.yaml image tags) must hold it too,
 * or the release pull request leaves them behind. Pure.
 */
import { compareVersions, stripV } from '../../actions/lib/semver/version.js';
import type { Survey } from './detect.js';
import type { Finding } from './types.js';
import type { VersionReference } from './versions.js';

const at = (r: VersionReference): string => `${r.path}:${r.line} ${r.name} = ${r.value}${r.problem ? ` (${r.problem})` : ''}`;

/** `value` written in the style of `sample`: a `v` kept or left out; a chart `version` always bare. */
function styled(r: VersionReference, version: string): string {
  if (r.name === 'version' && r.path.endsWith('Chart.yaml')) return version;
  return r.value.startsWith('v') || (r.problem !== undefined && r.name === 'appVersion') ? `v${version}` : version;
}

/** The version the files should hold now: the newest release tag's, else the highest declared. */
function targetVersion(s: Survey): string | undefined {
  if (s.detected.newestTag) return stripV(s.detected.newestTag);
  const declared = s.versions.references.filter((r) => r.role === 'declares' && !r.problem).map((r) => stripV(r.value));
  return declared.sort((a, b) => compareVersions(b, a))[0];
}

function changeLines(refs: readonly VersionReference[], target: string): string {
  return refs
    .filter((r) => r.value !== styled(r, target))
    .map((r) => `${r.path}:${r.line} ${r.name}: ${r.value} → ${styled(r, target)}`)
    .join('; ');
}

function declaredFindings(s: Survey, target: string | undefined): Finding[] {
  const declared = s.versions.references.filter((r) => r.role === 'declares');
  if (declared.length === 0) return [];
  const distinct = new Set(declared.map((r) => (r.problem ? `!${r.value}` : stripV(r.value))));
  const tag = s.detected.newestTag;
  const versus = tag ? ` (the newest release tag is ${tag})` : ' (no release tag yet)';
  if (distinct.size > 1 || declared.some((r) => r.problem)) {
    return [
      {
        id: 'versions-disagree',
        severity: 'stop',
        problem: `the files that declare the version disagree${versus}: bump-version and the preflight refuse to start`,
        where: declared.map(at),
        fix: target ? `make every one hold ${target}: ${changeLines(declared, target)}` : 'make every one hold the same SemVer version X.Y.Z',
      },
    ];
  }
  const current = stripV(declared[0]!.value);
  if (!tag || current === stripV(tag)) return [];
  const behind = compareVersions(current, stripV(tag)) < 0;
  return [
    {
      id: behind ? 'versions-behind-tag' : 'versions-ahead-of-tag',
      severity: behind ? 'stop' : 'advice',
      problem: behind
        ? `the files hold ${current}, older than the newest release tag ${tag}: the next version would be computed from ${current} and can collide with a released one`
        : `the files hold ${current}, newer than the newest release tag ${tag}: the release pull request starts from ${current}, not ${stripV(tag)}`,
      where: declared.map(at),
      fix: behind ? `move them to ${stripV(tag)}: ${changeLines(declared, stripV(tag))}` : `nothing if ${current} is the next release; else set them back to ${stripV(tag)}`,
    },
  ];
}

function followingFindings(s: Survey, target: string | undefined): Finding[] {
  if (!target) return [];
  const stale = s.versions.references.filter((r) => r.role === 'follows' && !r.problem && stripV(r.value) !== target);
  if (stale.length === 0) return [];
  return [
    {
      id: 'image-tag-stale',
      severity: 'spoil',
      problem: `an image tag the chart deploys is not ${target}: the release pull request moves only the tags that hold the current version, so the released chart would still deploy the old image`,
      where: stale.map(at),
      fix: `set it to the release's version: ${changeLines(stale, target)}`,
    },
  ];
}

function makefileFindings(s: Survey): Finding[] {
  const literal = s.versions.references.find((r) => r.path === 'Makefile' && r.name === 'IMG_TAG');
  if (!literal || !s.versions.missingVariables.includes('VERSION')) return [];
  const version = stripV(literal.value);
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
    problem: p.message,
    where: [`${p.path}${p.line ? `:${p.line}` : ''}`],
    fix: /more than one|found \d+/.test(p.message) ? 'name the chart to release in .github/release-actions.yaml (`chart: charts/NAME`) and list its version-files' : 'correct the file at that line',
  }));
  const target = targetVersion(s);
  return [...problems, ...declaredFindings(s, target), ...followingFindings(s, target), ...makefileFindings(s)];
}
