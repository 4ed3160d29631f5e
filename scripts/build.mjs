// npm run build            bundles every action into dist/<name>/, and the command line into dist/cli/
// npm run build -- NAME…   bundles only the named actions (`cli`: the command line)
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { actionNames, bundle, bundleExtras, root, SOURCES_FILE, sourcesDigest } from './bundle.mjs';
import { writeValidator } from './config-validator.mjs';

const only = process.argv.slice(2);
const all = await actionNames();
for (const name of only) if (name !== 'cli' && !all.includes(name)) throw new Error(`no action named ${name} (actions: ${all.join(', ')}; or cli)`);
const names = only.length > 0 ? only.filter((n) => n !== 'cli') : all;
// the configuration's validator is compiled here, not when an action starts
writeValidator();
for (const name of names) await bundle(join(root, 'actions', name, 'index.ts'), join(root, 'dist', name));
if (names.length > 0) console.log(`bundled ${names.length} action(s): ${names.join(', ')}`);
if (only.length === 0 || only.includes('cli')) {
  const extras = await bundleExtras(join(root, 'dist'));
  if (extras.length > 0) console.log(`bundled ${extras.join(', ')} (not an action)`);
}
// Only a whole build records the sources it was made from: after a partial one the record is
// left as it was, so the test run's freshness check still sees what was not rebuilt.
if (only.length === 0) writeFileSync(join(root, 'dist', SOURCES_FILE), `${await sourcesDigest()}\n`);
