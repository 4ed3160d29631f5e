import { runAction } from '../lib/runner/action.js';
import { main } from './run.js';

void runAction('announce', main);
