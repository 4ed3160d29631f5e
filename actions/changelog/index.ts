import { Git } from '../lib/git/git.js';
import { runAction } from '../lib/runner/action.js';
import { workspaceOf } from '../lib/runner/context.js';
import { readChangelogInputs } from './inputs.js';
import { startLog } from './log.js';
import { startRefs } from './refs.js';

// Update and notes read the history: once the inputs are valid, its git processes start before
// the rest of the action loads (the configuration, the changelog library, yaml), so git and the
// module loading share the two cores instead of taking turns. A refusal of the inputs starts none.
void runAction('changelog', async () => {
  const inputs = readChangelogInputs();
  const git = new Git(workspaceOf());
  const gitLog = inputs.mode === 'update' || inputs.mode === 'notes' ? startLog(git, startRefs(git), { version: inputs.version, from: inputs.from, to: inputs.to }) : null;
  const { main } = await import('./run.js');
  await main(inputs, { gitLog });
});
