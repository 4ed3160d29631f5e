import { join } from 'node:path';
import { bundleAll, root } from './bundle.mjs';

const names = await bundleAll(join(root, 'dist'));
console.log(`bundled ${names.length} action(s): ${names.join(', ') || '(none)'}`);
