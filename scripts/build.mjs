// npm run build            bundles every action into dist/<name>/, and the command line into dist/cli/
// npm run build -- NAME…   bundles only the named actions (`cli`: the command line)
import { join } from 'node:path';
import { actionNames, bundle, bundleExtras, root } from './bundle.mjs';

const only = process.argv.slice(2);
const all = await actionNames();
for (const name of only) if (name !== 'cli' && !all.includes(name)) throw new Error(`no action named ${name} (actions: ${all.join(', ')}; or cli)`);
const names = only.length > 0 ? only.filter((n) => n !== 'cli') : all;
for (const name of names) await bundle(join(root, 'actions', name, 'index.ts'), join(root, 'dist', name));
if (names.length > 0) console.log(`bundled ${names.length} action(s): ${names.join(', ')}`);
if (only.length === 0 || only.includes('cli')) {
  const extras = await bundleExtras(join(root, 'dist'));
  if (extras.length > 0) console.log(`bundled ${extras.join(', ')} (not an action)`);
}
