import { jestPreset } from '../../jest.preset.js';

/**
 * Integration tests boot the real AppModule over HTTP against a real database and queue:
 * embedded PGlite by default, or PostgreSQL + Redis when TEST_DATABASE_URL / TEST_REDIS_URL are set.
 */
export default {
  ...jestPreset,
  displayName: process.env.TEST_DATABASE_URL ? 'api-integration-server' : 'api-integration-embedded',
  rootDir: '.',
  testMatch: ['<rootDir>/test/**/*.int-spec.ts'],
  setupFilesAfterEnv: ['<rootDir>/test/support/integration-setup.ts'],
  maxWorkers: 2,
};
