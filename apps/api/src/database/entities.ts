import { SystemHeartbeat } from '../system/system-heartbeat.entity.js';

/** Every TypeORM entity, listed explicitly (no globs: the build is ESM and explicit is easier to read). */
export const entities = [SystemHeartbeat];
