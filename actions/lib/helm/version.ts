/**
 * Chart versions as Helm reads them: `semver.NewVersion` of Masterminds/semver v3, the parser
 * behind `Metadata.Validate` (so behind `helm package`, `helm push` and the repository index).
 * It is looser than SemVer 2: a leading `v` and a missing minor or patch (`1`, `v1.2`) are
 * accepted; leading zeros in numeric parts and in numeric pre-release identifiers are not.
 */
const NUM = '(?:0|[1-9]\\d*)';
const PRE_ID = '(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)';
const HELM_VERSION = new RegExp(
  `^v?${NUM}(?:\\.${NUM})?(?:\\.${NUM})?(?:-${PRE_ID}(?:\\.${PRE_ID})*)?(?:\\+[0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*)?$`,
);

/** Strict SemVer 2, no `v` (Masterminds' StrictNewVersion: Helm's lint warns when it fails). */
const STRICT = new RegExp(
  `^${NUM}\\.${NUM}\\.${NUM}(?:-${PRE_ID}(?:\\.${PRE_ID})*)?(?:\\+[0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*)?$`,
);

/** Whether Helm accepts `version` as a chart version. */
export function isHelmVersion(version: string): boolean {
  return HELM_VERSION.test(version);
}

/** Whether `version` is strict SemVer 2 (three numbers, no `v`); Helm's lint warns when it is not. */
export function isStrictSemver(version: string): boolean {
  return STRICT.test(version);
}

/** Why Helm refuses `version` as a chart version, or undefined. */
export function helmVersionProblem(version: string): string | undefined {
  if (isHelmVersion(version)) return undefined;
  if (/^\d+\.\d+\.\d+\.\d+/.test(version)) return `'${version}' has four numbers; a chart version is MAJOR.MINOR.PATCH (e.g. 1.2.3)`;
  if (/(^|[.-])0\d/.test(version.split('+')[0]!)) return `'${version}' has a number with a leading zero (write 1.2.3, not 01.2.3)`;
  return `'${version}' is not a SemVer version (MAJOR.MINOR.PATCH, optionally -prerelease and +build, e.g. 1.2.3 or v1.2.3-rc.1)`;
}

/** The OCI tag of a chart version: `+` is not allowed in tags, so Helm writes `_` for it. */
export function ociTagOf(version: string): string {
  return version.replaceAll('+', '_');
}
