/** All Jest projects in one run (one summary): unit tests of every project plus the integration suite. */
const unit = ['<rootDir>/libs/domain/jest.config.js', '<rootDir>/libs/contracts/jest.config.js', '<rootDir>/apps/api/jest.config.js'];
const integration = ['<rootDir>/apps/api/jest.integration.config.js'];

export default {
  projects: process.env.JEST_SCOPE === 'integration' ? integration : [...unit, ...integration],
  // Jest's default on 2 cores is a single worker; the integration files wait on I/O a good part of the time.
  maxWorkers: 2,
};
