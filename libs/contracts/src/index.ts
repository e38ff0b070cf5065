export type * from './error-response.js';
export type * from './health.js';
export * from './queues.js';
export * from './enums.js';
export * from './roles.js';
