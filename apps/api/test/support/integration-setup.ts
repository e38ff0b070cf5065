import { jest } from '@jest/globals';

// Integration tests start databases, queues and processes (and seed the demo kommun, over a minute on a busy
// 2-core machine); testTimeout in a multi-project run is
// global, so each integration file sets its own.
jest.setTimeout(180_000);
