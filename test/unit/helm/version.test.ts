import { describe, expect, it } from '@jest/globals';
import { helmVersionProblem, isHelmVersion, isStrictSemver, ociTagOf } from '../../../actions/lib/helm/version.js';

describe('chart versions as Helm reads them (Masterminds semver.NewVersion)', () => {
  // lint/rules/chartfile_test.go TestValidateChartVersion: successTest and failTest.
  it.each(['0.0.1', '0.0.1+build', '0.0.1-beta'])('accepts %s (TestValidateChartVersion)', (v) => expect(isHelmVersion(v)).toBe(true));
  it.each(['', '1.2.3.4', 'waps', '-3'])('refuses %j (TestValidateChartVersion)', (v) => expect(isHelmVersion(v)).toBe(false));

  it.each(['v1.4.0', 'v1.3.10', '1.2', '1', 'v2', '1.0.0-rc.1+sha.5114f85', '1.2.3+01', '1.2.3-0a', '199.44.12345-Alpha.1+cafe009'])('accepts %s', (v) =>
    expect(isHelmVersion(v)).toBe(true),
  );
  it.each(['01.2.3', '1.02.3', '1.2.3-01', '1.2.3-', '1.2.3+', 'V1.2.3', 'v', '1.2.3 ', '7.2445e+06', 'latest'])('refuses %j', (v) => expect(isHelmVersion(v)).toBe(false));

  it('says why, with the fix', () => {
    expect(helmVersionProblem('1.2.3.4')).toContain('has four numbers');
    expect(helmVersionProblem('01.2.3')).toContain('leading zero');
    expect(helmVersionProblem('latest')).toContain('is not a SemVer version');
    expect(helmVersionProblem('v1.4.0')).toBeUndefined();
  });
});

describe('strict SemVer 2 (StrictNewVersion, TestValidateChartVersionStrictSemVerV2)', () => {
  it.each(['1.1.1', '0.0.1+build', '0.0.1-beta'])('%s is strict', (v) => expect(isStrictSemver(v)).toBe(true));
  it.each(['', '1', '1.1', 'v1.4.0'])('%j is not', (v) => expect(isStrictSemver(v)).toBe(false));
});

describe('OCI tags', () => {
  it("keeps the version as written, with '+' written '_' as helm push does", () => {
    expect(ociTagOf('v1.4.0')).toBe('v1.4.0');
    expect(ociTagOf('1.0.0-rc.1+sha.5114f85')).toBe('1.0.0-rc.1_sha.5114f85');
  });
});
