// `node --import ./test/support/workflows/register.mjs script.mjs` lets a plain Node script
// import @actions/workflow-parser (see ./json-hooks.mjs). Jest needs none of this.
import { register } from 'node:module';

register('./json-hooks.mjs', import.meta.url);
