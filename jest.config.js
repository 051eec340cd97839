/** Unit, rule, adapter and component tests. Browser tests have their own config (jest.browser.config.js). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/browser/'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  setupFilesAfterEnv: ['<rootDir>/test/setup.ts'],
  moduleNameMapper: {
    '\\.(css|png|svg)$': '<rootDir>/test/file-stub.js',
    // office-addin-mock → office-addin-manifest → strip-bom 5 (ESM only): a CommonJS twin (stack-notes trap 2).
    '^strip-bom$': '<rootDir>/test/stubs/strip-bom.js',
    // …and uuid 14 (ESM only) inside office-addin-manifest: the project's CommonJS uuid 8 has the same v4().
    '^uuid$': '<rootDir>/node_modules/uuid',
  },
};
