// Bundling shared by `npm run build`, `npm run check-dist` and the tests that bundle fixture actions.
import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { readdir, readFile, rm, access, writeFile } from 'node:fs/promises';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const nccBin = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');

/** Every folder under actions/ with an action.yml and an index.ts is an action to bundle. */
export async function actionNames() {
  const names = [];
  for (const entry of await readdir(join(root, 'actions'), { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    try {
      await access(join(root, 'actions', entry.name, 'action.yml'));
      await access(join(root, 'actions', entry.name, 'index.ts'));
      names.push(entry.name);
    } catch {
      // not an action folder (shared domain code)
    }
  }
  return names.sort();
}

/** Bundles one entry into outDir: index.js, lazily loaded chunks, licenses.txt. */
export async function bundle(entry, outDir) {
  await rm(outDir, { recursive: true, force: true });
  // -t: type checking is `npm run typecheck`, done once for the whole tree.
  await run(process.execPath, [nccBin, 'build', entry, '-o', outDir, '-t', '-q', '--license', 'licenses.txt', '--target', 'es2022'], {
    cwd: root,
    maxBuffer: 64 * 1024 * 1024,
  });
  return outDir;
}

/**
 * Bundles that are not actions: the command line (`release-actions rehearse`, src/rehearse/),
 * into dist/cli/. Each is built only where its entry exists.
 */
export const extraBundles = [{ name: 'cli', entry: join('src', 'rehearse', 'main.ts') }];

export async function bundleExtras(distDir, baseDir = root) {
  const built = [];
  for (const b of extraBundles) {
    try {
      await access(join(baseDir, b.entry));
    } catch {
      continue;
    }
    await bundle(join(baseDir, b.entry), join(distDir, b.name));
    built.push(b.name);
  }
  return built;
}

export async function bundleAll(distDir) {
  const names = await actionNames();
  // Sequential: ncc is memory hungry and these machines have two cores.
  for (const name of names) await bundle(join(root, 'actions', name, 'index.ts'), join(distDir, name));
  await bundleExtras(distDir);
  await writeFile(join(distDir, SOURCES_FILE), `${await sourcesDigest()}\n`);
  return names;
}

/** dist/ records the digest of the sources it was built from, so a stale bundle is seen at once. */
export const SOURCES_FILE = 'sources.sha256';
const SOURCE_DIRS = ['actions', 'src', 'schema'];
const SOURCE_FILES = ['package-lock.json', 'tsconfig.json', join('scripts', 'bundle.mjs')];

/** sha256 over every file a bundle is made from: paths and bytes, in a fixed order. */
export async function sourcesDigest(baseDir = root) {
  const paths = [...SOURCE_FILES];
  const walk = async (dir) => {
    let entries;
    try {
      entries = await readdir(join(baseDir, dir), { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const rel = join(dir, e.name);
      if (e.isDirectory()) await walk(rel);
      else if (/\.(ts|mts|js|mjs|json)$/.test(e.name)) paths.push(rel);
    }
  };
  for (const d of SOURCE_DIRS) await walk(d);
  const hash = createHash('sha256');
  for (const rel of paths.sort()) {
    hash.update(`${rel.split('\\').join('/')}\0`);
    hash.update(await readFile(join(baseDir, rel)).catch(() => Buffer.alloc(0)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** The digest dist/ was built from, or undefined when none is recorded. */
export async function builtFromDigest(distDir = join(root, 'dist')) {
  try {
    return (await readFile(join(distDir, SOURCES_FILE), 'utf8')).trim();
  } catch {
    return undefined;
  }
}
