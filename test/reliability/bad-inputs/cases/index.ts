/** The whole bad-input corpus. */
import type { BadInputCase } from '../types.js';
import { ANNOUNCE } from './announce.js';
import { BUMP_VERSION } from './bump-version.js';
import { CHANGELOG } from './changelog.js';
import { PUBLISH_HELM } from './publish-helm.js';
import { VERIFY_RELEASE } from './verify-release.js';

export const CASES: BadInputCase[] = [...BUMP_VERSION, ...CHANGELOG, ...VERIFY_RELEASE, ...ANNOUNCE, ...PUBLISH_HELM];
