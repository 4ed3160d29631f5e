/** The GitHub emulator for tests; see README.md in this folder. */
import { createGitHubClient, type GitHubClient } from '../../../actions/lib/github/client.js';
import type { EmulatorOptions } from './server.js';
import { GitHubEmulator } from './server.js';

export type { CreateRepoOptions, EmulatorOptions, RequestArea, RequestLogEntry, Snapshot } from './server.js';
export type { ActiveFault, FaultKind, FaultSpec } from './faults.js';
export type { HoldSpec, RequestHold } from './holds.js';
export type { Violation } from './contract.js';
export type { Denial, Level, Need, Permission, PermissionSet, TokenGrant } from './permissions.js';
export { OPERATION_NEEDS, PERMISSIONS, apiPermission } from './permissions.js';
export type * from './state.js';
export { GitHubEmulator };

export function startGitHubEmulator(opts: EmulatorOptions = {}): Promise<GitHubEmulator> {
  return GitHubEmulator.start(opts);
}

/**
 * The test's own Octokit for setting up and reading the emulator, built like an action's:
 * GitHub's one-second spacing of writes, kept module-wide by the throttling plugin, would
 * otherwise make every fixture release a test creates cost a second.
 */
export function emulatorClient(gh: Pick<GitHubEmulator, 'apiUrl'>, token = 'test-token'): GitHubClient {
  return createGitHubClient({ token, baseUrl: gh.apiUrl, log: () => undefined, retryScale: 0.001 });
}
