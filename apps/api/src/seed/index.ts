export { seedDemoKommun, type SeedOptions, type SeedResult } from './seed-demo-kommun.js';
export { DEMO_PASSWORD, DEMO_USERS } from './users.js';
export { DEMO_TENANT, DEMO_TENANT_ID } from './tenant.js';
export type { DemoUser } from './types.js';
export { DEMO_OPERATOR, seedDemoOperator } from './demo-operator.js';
