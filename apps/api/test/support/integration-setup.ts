import { jest } from '@jest/globals';

// Integration tests start databases, queues and processes; testTimeout in a multi-project run is
// global, so each integration file sets its own.
jest.setTimeout(90_000);
