/**
 * git over HTTP in the fault matrix. git's HTTP client reads neither GitHub's rate-limit
 * headers nor a 403's body: to git a rate-limited request is one more HTTP error status, so
 * the status faults below stand for it (see na-github.ts).
 */
import type { Fault } from './matrix.js';

/** The faults a git transfer (fetch or push) is tried under. */
export const GIT_TRANSFER_FAULTS: readonly Fault[] = ['500', '502', '503', '429', 'stall', 'reset'];
