import { jestPreset } from '../../jest.preset.js';

export default { ...jestPreset, displayName: 'domain', rootDir: '.', testMatch: ['<rootDir>/src/**/*.spec.ts'] };
