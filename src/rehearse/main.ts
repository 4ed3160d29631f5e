/** The bundle entry of the command line (`dist/cli/index.js`, started by `bin/release-actions.js`). */
import { run } from './cli.js';

await run(process.argv.slice(2));
