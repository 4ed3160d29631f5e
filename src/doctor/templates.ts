/**
 * The caller workflows `--write` adds: the suite's own `.github/workflows/ci-release.yaml` and
 * `prepare-release.yaml` below their header comment, without the line that keeps them from running in
 * release-actions itself, with this repository's chart and image. `test/doctor/templates.test.ts`
 * holds them to those files, so a change there fails until it is made here too.
 */

export const CI_RELEASE_HEADER = `# The release of this repository by llm-d/release-actions, written by \`release-actions doctor --write\`.
#
# - push of a tag v*: the whole release (preflight → image → chart → release → verify → announce).
# - workflow_dispatch: a release or hotfix of an existing tag by hand, or a rollback.
#
# Needs the repository secret RELEASE_ALLOWED_SIGNERS (the public keys that may sign release tags);
# SLACK_WEBHOOK_URL and RELEASE_DISPATCH_TOKEN are optional.
# See https://github.com/llm-d/release-actions/blob/v1/docs/workflows.md
`;

export const CI_RELEASE_BODY = `name: CI - Release

on:
  push:
    tags:
      - 'v*'
  workflow_dispatch:
    inputs:
      mode:
        description: 'release, hotfix (release an existing hotfix tag), or rollback'
        type: choice
        options:
          - release
          - hotfix
          - rollback
        default: release
      version:
        description: 'Version to release or roll back (0.5.0 or v0.5.0); its tag must exist'
        type: string
        required: true
      reason:
        description: 'rollback: the known issue (goes into the release notes and the announcement)'
        type: string
        required: false
        default: ''
      cherry-pick:
        description: 'hotfix: commit SHAs (space-separated) whose change the hotfix tag must carry'
        type: string
        required: false
        default: ''

permissions: {}

jobs:
  release:
    # The most any job of release.yaml asks for; each of its jobs gets only its own share.
    permissions:
      contents: write
      packages: write
      id-token: write
      attestations: write
      pull-requests: read
      pages: read
      issues: write
      discussions: write
    uses: llm-d/release-actions/.github/workflows/release.yaml@v1
    with:
      mode: \${{ inputs.mode || 'release' }}
      version: \${{ inputs.version || '' }}
      reason: \${{ inputs.reason || '' }}
      cherry-pick: \${{ inputs.cherry-pick || '' }}
      platforms: linux/amd64,linux/arm64
      native-arm64: true
      chart: {chart}
      image: {image}
    secrets:
      allowed-signers: \${{ secrets.RELEASE_ALLOWED_SIGNERS }}
      slack-webhook-url: \${{ secrets.SLACK_WEBHOOK_URL }}
      dispatch-token: \${{ secrets.RELEASE_DISPATCH_TOKEN }}
`;

export const PREPARE_RELEASE_HEADER = `# Steps 1 to 5 of the release process in one click (bump-version): the version moved in every file,
# the CHANGELOG section written, a signed-off commit on release-vX.Y.Z, and the release pull request.
# Written by \`release-actions doctor --write\`; see https://github.com/llm-d/release-actions/blob/v1/docs/workflows.md
`;

export const PREPARE_RELEASE_BODY = `name: Prepare release

on:
  workflow_dispatch:
    inputs:
      version:
        description: 'A version (0.5.0), or major, minor, patch, prerelease, or auto (from the conventional commits)'
        type: string
        required: true
        default: auto
      mode:
        description: 'release (from the default branch), hotfix (from the latest release tag of the line), backport (from an older line)'
        type: choice
        options:
          - release
          - hotfix
          - backport
        default: release
      cherry-pick:
        description: 'hotfix/backport: commit SHAs to cherry-pick, in order (separated by spaces or commas)'
        type: string
        required: false
        default: ''
      base:
        description: 'backport: the release line to start from (0.3, v0.3 or v0.3.1)'
        type: string
        required: false
        default: ''
      dry-run:
        description: 'Print the plan and the diff; change nothing'
        type: boolean
        required: false
        default: false

permissions: {}

concurrency:
  group: release-actions-prepare-\${{ github.repository }}
  cancel-in-progress: false

jobs:
  prepare:
    name: prepare \${{ inputs.mode }} \${{ inputs.version }}
    runs-on: ubuntu-24.04
    timeout-minutes: 15
    permissions:
      contents: write
      pull-requests: write
    steps:
      # bump-version pushes the branch with its own token input; no credential is left in .git/config.
      - name: Check out the default branch with history and tags
        uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
        with:
          fetch-depth: 0
          persist-credentials: false

      - name: Read the cherry-picks
        id: picks
        env:
          CHERRY_PICK: \${{ inputs.cherry-pick }}
        run: |
          set -euo pipefail
          mapfile -t shas < <(printf '%s\\n' "$CHERRY_PICK" | tr ', ' '\\n\\n' | sed '/^$/d')
          for sha in "\${shas[@]}"; do
            if [[ ! "$sha" =~ ^[0-9a-fA-F]{7,40}$ ]]; then
              echo "::error title=prepare-release::cherry-pick lists something that is not a commit SHA (expected 7 to 40 hex digits)"
              exit 1
            fi
          done
          {
            echo "list<<EOF_PICKS"
            printf '%s\\n' "\${shas[@]}"
            echo "EOF_PICKS"
          } >>"$GITHUB_OUTPUT"

      # RELEASE_PR_TOKEN (a GitHub App or fine-grained token with contents and pull-requests write)
      # makes the pull request start the CI checks; with the job token GitHub starts none.
      # changelog: true moves the Unreleased lines into the version's section; an empty Unreleased
      # (always so for a hotfix or backport, which starts from the tag) is filled from the commits.
      - name: Bump the version and open the release pull request
        uses: llm-d/release-actions/actions/bump-version@v1
        with:
          version: \${{ inputs.version }}
          mode: \${{ inputs.mode }}
          cherry-pick: \${{ steps.picks.outputs.list }}
          base: \${{ inputs.base }}
          changelog: true
          open-pr: true
          labels: \${{ inputs.mode }}
          dry-run: \${{ inputs.dry-run }}
          token: \${{ secrets.RELEASE_PR_TOKEN || github.token }}
`;
