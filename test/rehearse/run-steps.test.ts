/**
 * `run:` steps run for real, as the runner runs them: the shell GitHub's table gives, the
 * step's environment over the job's and the workflow's, the runner's variables, the file
 * commands read back (the `name<<DELIMITER` form included) and GITHUB_ENV / GITHUB_PATH carried
 * to the later steps; a failing script fails its step with its exit code; a script calling a
 * program the rehearsal does not run gets its stand-in, counted as one.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RehearsalEngine, type RehearsalEvent } from '../../src/rehearse/engine.js';
import { FileCommandError, parseFileCommand, pathWith, prependPath } from '../../src/rehearse/file-commands.js';
import { outsideCommands, shellCommand } from '../../src/rehearse/shell.js';
import type { JobRun } from '../../src/rehearse/types.js';
import { loadWorkflow } from '../../src/rehearse/workflow.js';
import { projectRoot } from '../support/harness.js';

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'rehearse-run-steps-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const engine = (): RehearsalEngine =>
  new RehearsalEngine({
    suiteRoot: projectRoot,
    repository: 'acme/operator',
    github: { serverUrl: 'http://127.0.0.1:9', apiUrl: 'http://127.0.0.1:9/api/v3', graphqlUrl: 'http://127.0.0.1:9/api/graphql', token: 'ghs_rehearsalTestToken', barePath: join(work, 'none.git') },
    workDir: join(work, 'runs'),
  });

const push: RehearsalEvent = { name: 'push', ref: 'refs/tags/v0.5.0', sha: 'b'.repeat(40), payload: { repository: { default_branch: 'main' } } };

async function runText(text: string, secrets: Record<string, string> = {}): Promise<Record<string, JobRun>> {
  const model = await loadWorkflow('steps.yaml', text, () => undefined);
  const run = await engine().run(model, push, { secrets });
  return Object.fromEntries(run.jobs.map((j) => [j.key, j]));
}

describe('file commands as the runner reads them', () => {
  it('reads NAME=VALUE and NAME<<DELIMITER, whichever comes first, empty lines skipped', () => {
    expect(parseFileCommand('a=1\n\nnotes<<EOF\nline 1\n\nline 3\nEOF\nb=x<<y\nc<<E=F\nv\nE=F\n', 'GITHUB_OUTPUT')).toEqual([
      ['a', '1'],
      ['notes', 'line 1\n\nline 3'],
      ['b', 'x<<y'],
      ['c', 'v'],
    ]);
    // an empty block, and a value that keeps its carriage return (CRLF is Windows-only in the runner)
    expect(parseFileCommand('e<<X\nX\nr=1\r\n', 'GITHUB_ENV')).toEqual([
      ['e', ''],
      ['r', '1\r'],
    ]);
  });

  it('refuses what the runner refuses, naming the file', () => {
    expect(() => parseFileCommand('list<<EOF\na\nb\n', 'GITHUB_OUTPUT')).toThrow(new FileCommandError("GITHUB_OUTPUT: matching delimiter not found 'EOF' (the block of list is not closed)"));
    expect(() => parseFileCommand('just text\n', 'GITHUB_ENV')).toThrow(/GITHUB_ENV: invalid format 'just text'/);
    expect(() => parseFileCommand('<<EOF\nEOF\n', 'GITHUB_ENV')).toThrow(/the name and the delimiter must not be empty/);
  });

  it('puts GITHUB_PATH folders in front of PATH newest first, a repeated one moved', () => {
    const list = prependPath(prependPath([], ['/a', '/b']), ['/a']);
    expect(list).toEqual(['/b', '/a']);
    expect(pathWith(list, '/usr/bin')).toBe('/a:/b:/usr/bin');
  });
});

describe('shells and outside programs', () => {
  it('starts each shell: as GitHub documents it for Linux', () => {
    expect(shellCommand(undefined).argv).toEqual(['bash', '-e', '{0}']);
    expect(shellCommand(undefined, '/nowhere').argv).toEqual(['sh', '-e', '{0}']);
    expect(shellCommand('bash').argv).toEqual(['bash', '--noprofile', '--norc', '-eo', 'pipefail', '{0}']);
    expect(shellCommand('sh').argv).toEqual(['sh', '-e', '{0}']);
    expect(shellCommand('python')).toEqual({ argv: ['python', '{0}'], ext: '.py' });
    expect(shellCommand('perl -w {0}').argv).toEqual(['perl', '-w', '{0}']);
  });

  it('finds gh and docker at command positions only, not in comments, quoted text or words', () => {
    const found = outsideCommands(
      ['# gh is not called here', "echo 'gh api'", 'if ! gh release view "$TAG"; then exit 1; fi', 'x="$(docker buildx imagetools inspect a)"', 'echo "a kind of tag"', 'ghost=1'].join('\n'),
      '/nowhere',
    );
    expect(found).toEqual([
      { command: 'gh', reason: 'gh CLI not installed' },
      { command: 'docker', reason: 'docker CLI not installed (a container engine and buildx are needed)' },
    ]);
    expect(outsideCommands('set -euo pipefail\nsha256sum -c SHA256SUMS\njq -r .tags[] <<<"$J"')).toEqual([]);
  });
});

describe('run: steps through the engine', () => {
  const workflow = `name: steps
on:
  push:
    tags: ['v*']
env:
  LEVEL: workflow
  KEEP: from-workflow
defaults:
  run:
    shell: bash
jobs:
  build:
    runs-on: ubuntu-24.04
    env:
      LEVEL: job
    outputs:
      notes: \${{ steps.write.outputs.notes }}
      seen: \${{ steps.read.outputs.seen }}
    steps:
      - name: Write through the files
        id: write
        env:
          LEVEL: step
          TITLE: \${{ github.ref_name }}
        run: |
          set -euo pipefail
          mkdir -p "$RUNNER_TEMP/bin"
          printf '#!/bin/sh\\necho tool-ran\\n' >"$RUNNER_TEMP/bin/mytool"
          chmod +x "$RUNNER_TEMP/bin/mytool"
          echo "$RUNNER_TEMP/bin" >>"$GITHUB_PATH"
          {
            echo "level=$LEVEL"
            echo "notes<<EOF_NOTES"
            echo "release $TITLE"
            echo ""
            echo "of $GITHUB_REPOSITORY at $GITHUB_SHA"
            echo "EOF_NOTES"
          } >>"$GITHUB_OUTPUT"
          echo "FROM_STEP=set by the first step" >>"$GITHUB_ENV"
          echo "### $TITLE from $GITHUB_SERVER_URL ($GITHUB_API_URL)" >>"$GITHUB_STEP_SUMMARY"
          echo "::notice title=build::wrote the files"
      - name: Read them in a later step
        id: read
        working-directory: sub
        shell: sh
        run: |
          echo "seen=$FROM_STEP|$LEVEL|$KEEP|$(mytool)|$(basename "$PWD")|$GITHUB_EVENT_NAME|$GITHUB_WORKSPACE" >>"$GITHUB_OUTPUT"
      - name: Fail with exit 3
        id: fail
        continue-on-error: true
        run: |
          echo "::error title=build::the check did not hold"
          exit 3
      - name: A broken output file
        id: broken
        continue-on-error: true
        run: printf 'list<<EOF\\nno end\\n' >>"$GITHUB_OUTPUT"
  guard:
    runs-on: ubuntu-24.04
    steps:
      - name: Check the dispatch
        id: dispatch
        env:
          EVENT: \${{ github.event_name }}
        run: |
          if [[ "$EVENT" != workflow_dispatch ]]; then exit 0; fi
          gh api "repos/$GH_REPO/git/ref/tags/v1" --silent
`;

  it('runs them with their shell, env, working directory and the runner variables, and reads the files back', async () => {
    mkdirSync(join(work, 'runs'), { recursive: true });
    const text = workflow.replace('working-directory: sub', 'working-directory: .');
    const jobs = await runText(text);
    const build = jobs['build']!;
    const [write, read, fail, broken] = build.steps;
    expect(write).toMatchObject({ kind: 'script', status: 'passed', outputs: { level: 'step', notes: 'release v0.5.0\n\nof acme/operator at ' + 'b'.repeat(40) } });
    expect(write!.notes).toEqual(expect.arrayContaining(['ran with bash --noprofile --norc -eo pipefail {0}', 'notice: build: wrote the files']));
    expect(build.outputs['seen']).toBe(`set by the first step|job|from-workflow|tool-ran|workspace|push|${build.workspace}`);
    expect(read!.notes[0]).toBe('ran with sh -e {0}');
    // the failing script: its ::error:: and its exit code; continue-on-error lets the job go on
    expect(fail).toMatchObject({ status: 'passed', reason: 'build: the check did not hold (process completed with exit code 3)', errors: ['build: the check did not hold'] });
    expect(fail!.notes).toContain('continue-on-error: the job goes on');
    expect(broken!.reason).toBe("unable to process file command: GITHUB_OUTPUT: matching delimiter not found 'EOF' (the block of list is not closed)");
    const summary = readFileSync(join(build.workspace!, '..', 'temp', 'step-summary.md'), 'utf8');
    expect(summary).toBe('### v0.5.0 from http://127.0.0.1:9 (http://127.0.0.1:9/api/v3)\n');
    // the guard calls gh: its stand-in, counted as one, with the reason and what it did not do
    const guard = jobs['guard']!.steps[0]!;
    expect(guard).toMatchObject({ kind: 'script-stand-in', status: 'passed' });
    expect(guard.standIn?.instead).toBe('gh');
    expect(guard.standIn?.didNot).toMatch(/gh did not run/);
  }, 60_000);

  it('fails the step and the job with the script\'s exit code, and a missing working-directory with its path', async () => {
    const text = workflow.replace('        continue-on-error: true\n        run: |\n          echo "::error', '        run: |\n          echo "::error');
    const jobs = await runText(text);
    const build = jobs['build']!;
    expect(build.steps[1]).toMatchObject({ status: 'failed' });
    expect(build.steps[1]!.reason).toMatch(/working-directory .*\/workspace\/sub does not exist/);
    const fixed = await runText(text.replace('working-directory: sub', 'working-directory: .'));
    expect(fixed['build']).toMatchObject({ status: 'failed', reason: 'Fail with exit 3: build: the check did not hold (process completed with exit code 3)' });
    expect(fixed['build']!.steps.map((s) => s.status)).toEqual(['passed', 'passed', 'failed', 'not-run']);
  }, 60_000);

  it('masks secrets and ::add-mask:: values in the log, the summary and the errors, as the runner does', async () => {
    const text = `name: masks
on:
  push:
    tags: ['v*']
jobs:
  leak:
    runs-on: ubuntu-24.04
    steps:
      - id: echo
        env:
          SECRET: \${{ secrets.SMTP_URL }}
        run: |
          echo "::add-mask::derived-value"
          echo "url $SECRET and derived-value"
          echo "summary $SECRET" >>"$GITHUB_STEP_SUMMARY"
          echo "::error::failed with $SECRET"
          exit 1
`;
    const jobs = await runText(text, { SMTP_URL: 'smtp://user:hunter2@127.0.0.1:25' });
    const step = jobs['leak']!.steps[0]!;
    expect(step.errors).toEqual(['failed with ***']);
    const temp = join(jobs['leak']!.workspace!, '..', 'temp');
    expect(readFileSync(join(temp, 'echo.log'), 'utf8')).toContain('url *** and ***\n');
    expect(readFileSync(join(temp, 'step-summary.md'), 'utf8')).toBe('summary ***\n');
  }, 60_000);

  it('ends a step at its timeout-minutes, with what it started', async () => {
    const text = `name: slow
on:
  push:
    tags: ['v*']
jobs:
  slow:
    runs-on: ubuntu-24.04
    steps:
      - id: sleep
        timeout-minutes: 0.02
        run: sleep 30
`;
    const t0 = performance.now();
    const jobs = await runText(text);
    expect(jobs['slow']!.steps[0]).toMatchObject({ status: 'failed', reason: 'the step has timed out after 0.02 minute(s) (timeout-minutes)' });
    expect(performance.now() - t0).toBeLessThan(20_000);
  }, 60_000);
});
