/**
 * Unit and integration tests run against a real PostGIS database and the
 * real HTTP server that `test/support/global-setup.ts` starts; browser tests
 * drive Debian's Chromium against the same server.
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': 'ts-jest' },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 60_000,
};
