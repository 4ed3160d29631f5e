#!/usr/bin/env node
// `npx release-actions rehearse …` / `npm run rehearse`, `npx release-actions doctor …`: the command line of release-actions.
// It runs the bundle dist/cli/index.js (Node 20 runs no TypeScript); `npm run build -- cli` makes it.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = new URL('../dist/cli/index.js', import.meta.url);
if (!existsSync(fileURLToPath(bundle))) {
  process.stderr.write('release-actions: dist/cli/index.js is missing; build it with `npm run build`\n');
  process.exit(2);
}
await import(bundle.href);
