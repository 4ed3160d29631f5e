// node scripts/build-cli.mjs   bundles only the command line (src/rehearse/main.ts) into dist/cli/
// (`npm run build` bundles it too, after the actions; `npm run check-dist` checks it with them.)
import { join } from 'node:path';
import { bundleExtras, root } from './bundle.mjs';

const built = await bundleExtras(join(root, 'dist'));
console.log(`bundled ${built.join(', ') || '(nothing: src/rehearse/main.ts is missing)'}`);
