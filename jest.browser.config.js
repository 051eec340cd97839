/**
 * Browser tests: the production build of the pane in Debian's headless Chromium (playwright-core),
 * in preview mode. `npm run test:browser`. Screenshots go to test-results/ (gitignored).
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test/browser'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  // One build and one browser for the whole run; the machine is small.
  maxWorkers: 1,
  testTimeout: 240000,
};
