/**
 * `release-actions doctor [--repo PATH] [--write] [--json]`: what would stop or spoil a release
 * of the repository, each with its fix; `--write` makes the fixes it can on a new branch.
 * Exit status: 0 nothing would stop a release, 1 something would, 2 a usage error or a
 * repository doctor cannot look at (nothing written).
 */
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { applyWrites, type WriteOutcome } from './apply.js';
import { runChecks } from './checks.js';
import { survey } from './detect.js';
import { DoctorInputError, gatherFacts, repositoryRoot } from './facts.js';
import { renderPagesBranch, writePagesBranch, type PagesBranchOutcome } from './pages-branch.js';
import { renderJson, renderText, renderWrite } from './render.js';
import type { DoctorReport } from './types.js';
import { planWrites } from './write.js';

export const DOCTOR_USAGE = `Usage: release-actions doctor [--repo PATH] [--write] [--json]

Lists everything that would stop or spoil a release of the repository, grouped by severity,
each with its exact fix: versions that disagree (file:line against the newest release tag), the
chart as Helm and publish-helm see it, image names, the Dockerfile, the CHANGELOG, signing, the
configuration, the caller workflows and the gh-pages branch. Reads only; nothing is written
without --write.

Options:
  --repo PATH   the repository (default: the current folder)
  --write       commit the fixes it can make (.github/release-actions.yaml, ci-release.yaml,
                prepare-release.yaml, CHANGELOG.md) on the branch release-actions/adopt, each
                file printed, and create the orphan gh-pages branch (a README) when there is
                none; the current branch is not touched. Refused on a dirty work tree.
  --json        one JSON document on stdout
  -h, --help    this text

Exit status: 0 nothing would stop a release, 1 something would, 2 usage error or not a repository.
`;

export interface DoctorArgs {
  repo: string;
  write: boolean;
  json: boolean;
}

export function parseDoctorArgs(argv: readonly string[]): DoctorArgs | 'help' {
  const out: DoctorArgs = { repo: '.', write: false, json: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '-h' || arg === '--help') return 'help';
    if (arg === '--write') out.write = true;
    else if (arg === '--json') out.json = true;
    else if (arg === '--repo' || arg.startsWith('--repo=')) {
      const value = arg === '--repo' ? argv[++i] : arg.slice('--repo='.length);
      if (value === undefined || value === '' || value.startsWith('--')) throw new DoctorInputError('--repo needs a path');
      out.repo = value;
    } else throw new DoctorInputError(`unknown option '${arg}'`);
  }
  return out;
}

export interface DoctorIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

/** Runs doctor; returns the exit status. */
export async function doctorMain(argv: readonly string[], io: DoctorIo): Promise<number> {
  try {
    const args = parseDoctorArgs(argv);
    if (args === 'help') {
      io.out(DOCTOR_USAGE);
      return 0;
    }
    return await doctor(args, io);
  } catch (error) {
    if (!(error instanceof DoctorInputError)) throw error;
    io.err(`release-actions doctor: ${error.message}\n`);
    return 2;
  }
}

async function doctor(args: DoctorArgs, io: DoctorIo): Promise<number> {
  const root = await repositoryRoot(args.repo);
  const s = survey(await gatherFacts(root));
  const findings = runChecks(s);
  const report: DoctorReport = { root, detected: s.detected, findings, exitCode: findings.some((f) => f.severity === 'stop') ? 1 : 0 };
  const planned = await planWrites(s, { validate: args.write });
  let outcome: WriteOutcome | undefined;
  let pages: PagesBranchOutcome | undefined;
  if (args.write) {
    outcome = await applyWrites(root, planned);
    pages = await writePagesBranch(root, s);
  }
  if (args.json) io.out(renderJson(report, outcome, planned, pages));
  else {
    if (realpathSync(resolve(args.repo)) !== realpathSync(root)) io.out(`(${args.repo} is inside the repository ${root}: doctor checks the whole repository)\n`);
    io.out(renderText(report));
    if (outcome) io.out(renderWrite(outcome));
    if (pages) io.out(renderPagesBranch(pages, s.facts.repository));
  }
  return report.exitCode;
}
