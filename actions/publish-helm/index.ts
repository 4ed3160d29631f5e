import { runAction } from '../lib/runner/action.js';
import { main } from './run.js';

void runAction('publish-helm', main);
