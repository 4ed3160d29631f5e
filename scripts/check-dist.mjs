// Fails when the committed dist/ is not what `npm run build` makes from the current sources.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { bundleAll, root } from './bundle.mjs';

async function files(dir) {
  const out = new Map();
  async function walk(d) {
    let entries;
    try {
      entries = await readdir(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else out.set(relative(dir, p), await readFile(p));
    }
  }
  await walk(dir);
  return out;
}

const tmp = await mkdtemp(join(tmpdir(), 'check-dist-'));
try {
  await bundleAll(tmp);
  const fresh = await files(tmp);
  const committed = await files(join(root, 'dist'));
  const problems = [];
  for (const [name, bytes] of fresh) {
    const old = committed.get(name);
    if (!old) problems.push(`missing in dist/: ${name}`);
    else if (!old.equals(bytes)) problems.push(`differs from a fresh build: dist/${name}`);
  }
  for (const name of committed.keys()) if (!fresh.has(name)) problems.push(`stale file in dist/: ${name}`);
  if (problems.length > 0) {
    console.error(problems.join('\n'));
    console.error(`dist/ is out of date (${problems.length} file(s)): run \`npm run build\` and commit dist/.`);
    process.exitCode = 1;
  } else {
    console.log(`dist/ is up to date (${fresh.size} files)`);
  }
} finally {
  await rm(tmp, { recursive: true, force: true });
}
