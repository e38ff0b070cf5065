import { jestPreset } from '../jest.preset.js';

/** Browser tests: Debian's Chromium driven by playwright-core against the app started as `npm start` does. */
export default {
  ...jestPreset,
  displayName: 'e2e',
  rootDir: '.',
  testMatch: ['<rootDir>/**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/support/global-setup.mjs',
  globalTeardown: '<rootDir>/support/global-teardown.mjs',
  setupFilesAfterEnv: ['<rootDir>/support/e2e-setup.ts'],
  maxWorkers: 1,
};
