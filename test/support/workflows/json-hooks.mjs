// Module hooks for plain Node: @actions/workflow-parser imports its JSON schemas
// (`import WorkflowSchema from "../workflow-v1.0.min.json"`) without the `with { type: "json" }`
// attribute Node requires, so Node refuses to load it. This hook serves such a JSON file as an
// ES module whose default export is the parsed JSON, for packages under node_modules/@actions/
// only; every other import is left to Node. Registered by ./register.mjs.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export async function load(url, context, nextLoad) {
  const attributes = context.importAttributes ?? context.importAssertions ?? {};
  if (url.startsWith('file:') && url.endsWith('.json') && attributes.type !== 'json' && url.includes('/node_modules/@actions/')) {
    const text = await readFile(fileURLToPath(url), 'utf8');
    JSON.parse(text); // refuse a broken file here, with Node's own message
    return { format: 'module', source: `export default ${text};`, shortCircuit: true };
  }
  return nextLoad(url, context);
}
