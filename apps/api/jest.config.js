import { jestPreset } from '../../jest.preset.js';

/** Unit tests: fast, no database. */
export default { ...jestPreset, displayName: 'api', rootDir: '.', testMatch: ['<rootDir>/src/**/*.spec.ts'] };
