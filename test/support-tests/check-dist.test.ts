import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from '../support/harness.js';
import { tempDir } from '../support/tmp.js';

const exec = promisify(execFile);
let tmp: Awaited<ReturnType<typeof tempDir>>;

/** Runs an npm script of the copy with node directly (as `npm run` would) and returns its exit code. */
async function script(name: 'build' | 'check-dist'): Promise<{ code: number; out: string }> {
  try {
    const r = await exec(process.execPath, [join(tmp.path, 'scripts', `${name}.mjs`)], { cwd: tmp.path });
    return { code: 0, out: r.stdout + r.stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, out: err.stdout + err.stderr };
  }
}

beforeAll(async () => {
  tmp = await tempDir('check-dist-');
  // A copy of the package with one small action in it, so the test bundles one action, not all.
  for (const f of ['package.json', 'tsconfig.json']) cpSync(join(projectRoot, f), join(tmp.path, f));
  cpSync(join(projectRoot, 'scripts'), join(tmp.path, 'scripts'), { recursive: true });
  cpSync(join(projectRoot, 'actions', 'lib', 'runner'), join(tmp.path, 'actions', 'lib', 'runner'), { recursive: true });
  // the build compiles the configuration's validator from the published schema first
  cpSync(join(projectRoot, 'schema'), join(tmp.path, 'schema'), { recursive: true });
  cpSync(join(projectRoot, 'actions', 'lib', 'config'), join(tmp.path, 'actions', 'lib', 'config'), { recursive: true });
  mkdirSync(join(tmp.path, 'actions', 'echo'), { recursive: true });
  const fixture = join(projectRoot, 'test', 'fixtures', 'actions', 'echo');
  writeFileSync(join(tmp.path, 'actions', 'echo', 'action.yml'), readFileSync(join(fixture, 'action.yml'), 'utf8').replace(/main: .*/, 'main: ../../dist/echo/index.js'));
  writeFileSync(join(tmp.path, 'actions', 'echo', 'index.ts'), readFileSync(join(fixture, 'index.ts'), 'utf8').replaceAll('../../../../actions/lib/', '../lib/'));
  symlinkSync(join(projectRoot, 'node_modules'), join(tmp.path, 'node_modules'));
}, 60_000);
afterAll(async () => tmp.cleanup());

describe('npm run check-dist', () => {
  it('passes after a build, fails after a one-line source change, passes again after a rebuild', async () => {
    expect((await script('build')).out).toContain('bundled 1 action(s): echo');
    const fresh = await script('check-dist');
    expect(fresh).toEqual({ code: 0, out: expect.stringContaining('dist/ is up to date') });

    const src = join(tmp.path, 'actions', 'lib', 'runner', 'summary.ts');
    const before = readFileSync(src, 'utf8');
    const after = before.replace("'<br>'", "'<br/>'");
    expect(after).not.toBe(before);
    writeFileSync(src, after);
    const stale = await script('check-dist');
    expect(stale.code).toBe(1);
    expect(stale.out).toContain('differs from a fresh build: dist/echo/index.js');
    expect(stale.out).toContain('run `npm run build` and commit dist/');

    await script('build');
    expect((await script('check-dist')).code).toBe(0);
  }, 600_000);

  it('dist/ records the sources it was built from: a source edit is seen without building, a README edit is not', async () => {
    const digests = async (): Promise<{ want: string; have: string }> => {
      const code = "const m = await import('./scripts/bundle.mjs'); console.log(JSON.stringify({ want: await m.sourcesDigest(), have: await m.builtFromDigest() }))";
      return JSON.parse((await exec(process.execPath, ['--input-type=module', '-e', code], { cwd: tmp.path })).stdout) as { want: string; have: string };
    };
    await script('build');
    const built = await digests();
    expect(built.want).toMatch(/^[0-9a-f]{64}$/);
    expect(built.have).toBe(built.want);
    writeFileSync(join(tmp.path, 'actions', 'echo', 'README.md'), '# echo\n');
    expect(await digests()).toEqual(built);
    const src = join(tmp.path, 'actions', 'echo', 'index.ts');
    writeFileSync(src, `${readFileSync(src, 'utf8')}\n// an edit\n`);
    const edited = await digests();
    expect(edited.have).toBe(built.have);
    expect(edited.want).not.toBe(built.want);
  }, 600_000);
});
