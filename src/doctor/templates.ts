/**
 * The caller workflows `--write` adds: the suite's own `.github/workflows/ci-release.yaml` and
 * `prepare-release.yaml`, read from the suite's checkout as they are (so they cannot drift from
 * what the suite runs and tests), below a header of doctor's own, without the lines that keep
 * them from running in release-actions itself, and with this repository's chart and image.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CI_RELEASE_HEADER = `# The release of this repository by llm-d/release-actions, written by \`release-actions doctor --write\`.
#
# - push of a tag v*: the whole release (preflight → image → chart → release → verify → announce).
# - workflow_dispatch: a release or hotfix of an existing tag by hand, or a rollback.
#
# Needs the repository secret RELEASE_ALLOWED_SIGNERS (the public keys that may sign release tags);
# SLACK_WEBHOOK_URL and RELEASE_DISPATCH_TOKEN are optional.
# See https://github.com/llm-d/release-actions/blob/v1/docs/workflows.md
`;

export const PREPARE_RELEASE_HEADER = `# Steps 1 to 5 of the release process in one click (bump-version): the version moved in every file,
# the CHANGELOG section written, a signed-off commit on release-vX.Y.Z, and the release pull request.
# Written by \`release-actions doctor --write\`; see https://github.com/llm-d/release-actions/blob/v1/docs/workflows.md
`;

/** The lines that keep a template from running in release-actions itself. */
const OWN_ONLY = /^ {4}(?:# release-actions ships this file as a template.*|if: github\.repository != 'llm-d\/release-actions')$/;

/** The suite's checkout: the folder whose package.json is release-actions', above this module (sources or bundle). */
export function suiteRoot(from: string = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from, i = 0; i < 8; i++, dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (!existsSync(pkg)) continue;
    try {
      if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'release-actions') return dir;
    } catch {
      // another package's manifest, unreadable: keep looking
    }
  }
  throw new Error(`release-actions doctor: cannot find the suite's checkout (a package.json named release-actions) above ${from}`);
}

/** A suite workflow from its `name:` line on, without the lines that only make sense in the suite. */
export function workflowBody(text: string, file: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.startsWith('name:'));
  if (start < 0) throw new Error(`${file}: no top-level name: line to start the template at`);
  return lines
    .slice(start)
    .filter((l) => !OWN_ONLY.test(l))
    .join('\n');
}

function suiteWorkflow(name: string, root: string): string {
  const file = join(root, '.github', 'workflows', name);
  return workflowBody(readFileSync(file, 'utf8'), `.github/workflows/${name}`);
}

/** ci-release.yaml's body with this repository's `chart:` and `image:` in place of WVA's (each left out when not given). */
export function ciReleaseBody(settings: { chart?: string; image?: string }, root = suiteRoot()): string {
  const body = suiteWorkflow('ci-release.yaml', root);
  const chartLine = /^ {6}chart: .*\n/m;
  if (!chartLine.test(body)) throw new Error('.github/workflows/ci-release.yaml: no `chart:` input in the call of release.yaml to put this repository\'s chart in');
  const lines = [...(settings.chart ? [`      chart: ${settings.chart}\n`] : []), ...(settings.image ? [`      image: ${settings.image}\n`] : [])];
  return body.replace(/^ {6}image: .*\n/m, '').replace(chartLine, lines.join(''));
}

export function prepareReleaseBody(root = suiteRoot()): string {
  return suiteWorkflow('prepare-release.yaml', root);
}
