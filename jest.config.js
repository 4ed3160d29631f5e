/** Jest runs in native ESM mode; ts-jest only transpiles (type checking is `npm run typecheck`). */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, diagnostics: false }],
  },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  // dist/ rebuilt first when the sources changed since it was built (test/support/global-setup.mjs)
  globalSetup: '<rootDir>/test/support/global-setup.mjs',
  // the real image build only where a test is about it (test/support/env-setup.mjs)
  setupFiles: ['<rootDir>/test/support/env-setup.mjs'],
  testTimeout: 60000,
  // three workers on CI's two cores: the tests wait on git, servers and child processes much of
  // the time (a clean-clone run: 674 s of tests with two workers, 597 s with three)
  maxWorkers: 3,
};
