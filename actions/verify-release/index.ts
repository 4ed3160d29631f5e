import { runAction } from '../lib/runner/action.js';
import { main } from './run.js';

void runAction('verify-release', main);
