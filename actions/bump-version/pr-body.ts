/**
 * The release pull request's body: WVA's "Release Checklist Template"
 * (from WVA's release process document), preceded by the lines of its step 5
 * ("Release v0.x.0 / See CHANGELOG.md for full details."). The same text ships as
 * `release-checklist.md` beside this file (a test keeps the two equal); it is a
 * constant here because the bundle carries code, not text files.
 *
 * A repository overrides it with the `pr-template` key of its configuration (a path in
 * the repository). Placeholders: `{tag}` (v0.5.0), `{version}` (0.5.0),
 * `{previous_tag}`, `{previous_version}`, `{branch}`, `{base}`, `{changelog}` (its
 * path), `{title}`; an unknown `{name}` is left as written. A template copied from
 * the process document works as it is: its `v0.x.0` and `0.x.0` are filled in too.
 */
export const RELEASE_CHECKLIST = `Release {tag}

See {changelog} for full details.

## Release {tag} Checklist

### Pre-Release
- [ ] All tests passing on main
- [ ] No blocking issues in milestone
- [ ] Documentation reviewed and updated
- [ ] Breaking changes documented
- [ ] Migration guide created (if needed)

### Release Preparation
- [ ] Release branch created
- [ ] Version numbers updated (Chart.yaml, Makefile, etc.)
- [ ] {changelog} updated
- [ ] Release PR created and reviewed
- [ ] PR merged to main

### Release Execution
- [ ] Git tag created and pushed
- [ ] CI/CD pipeline completed successfully
- [ ] Docker images published
- [ ] Helm chart published
- [ ] GitHub release created

### Post-Release
- [ ] Release verified on clean cluster
- [ ] GitHub release notes updated
- [ ] Announcement posted to community
- [ ] Documentation site updated
- [ ] Next milestone created

### Issues During Release
- [ ] No issues / Document any issues here
`;

export interface PullBodyValues {
  tag: string;
  version: string;
  previous_tag: string;
  previous_version: string;
  branch: string;
  base: string;
  changelog: string;
  title: string;
}

export function fillPullBody(template: string, values: PullBodyValues): string {
  const table = values as unknown as Readonly<Record<string, string>>;
  return template
    .replace(/\{([a-z_]+)\}/g, (whole, name: string) => (Object.hasOwn(table, name) ? (table[name] as string) : whole))
    .replace(/(?<![\w.])v0\.x\.0(?![\w.])/g, values.tag)
    .replace(/(?<![\w.])0\.x\.0(?![\w.])/g, values.version);
}
