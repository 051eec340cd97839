/**
 * Browser tests: the production build of the pane in Debian's headless Chromium (playwright-core),
 * in preview mode. `npm run test:browser`. Screenshots go to test-results/ (gitignored).
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test/browser'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  // One build for the whole run (global setup), one browser per file, one file at a time: the machine is small.
  globalSetup: '<rootDir>/test/browser/global-setup.ts',
  globalTeardown: '<rootDir>/test/browser/global-teardown.ts',
  maxWorkers: 1,
  testTimeout: 240000,
};
