// npm run build            bundles every action into dist/<name>/, and the command line into dist/cli/
// npm run build -- NAME…   bundles only the named actions
import { join } from 'node:path';
import { actionNames, bundle, bundleExtras, root } from './bundle.mjs';

const only = process.argv.slice(2);
const all = await actionNames();
for (const name of only) if (!all.includes(name)) throw new Error(`no action named ${name} (actions: ${all.join(', ')})`);
const names = only.length > 0 ? only : all;
for (const name of names) await bundle(join(root, 'actions', name, 'index.ts'), join(root, 'dist', name));
console.log(`bundled ${names.length} action(s): ${names.join(', ') || '(none)'}`);
if (only.length === 0) {
  const extras = await bundleExtras(join(root, 'dist'));
  if (extras.length > 0) console.log(`bundled ${extras.join(', ')} (not an action)`);
}
