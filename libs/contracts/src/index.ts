export type * from './error-response.js';
export type * from './health.js';
export * from './queues.js';
export * from './enums.js';
export * from './roles.js';
export * from './org.js';
export * from './goals.js';
export * from './chain.js';
export * from './values.js';
