export type * from './error-response.js';
export type * from './health.js';
export * from './queues.js';
