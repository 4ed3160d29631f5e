import semver from 'semver';

export const x = semver.valid('1.2.3');
