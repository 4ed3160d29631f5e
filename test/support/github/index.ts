/** The GitHub emulator for tests; see README.md in this folder. */
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
