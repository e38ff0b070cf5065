import { jestPreset } from '../../jest.preset.js';

export default { ...jestPreset, displayName: 'contracts', rootDir: '.', testMatch: ['<rootDir>/src/**/*.spec.ts'] };
