import type { EntityManager } from 'typeorm';
import { SystemHeartbeat } from './system-heartbeat.entity.js';

/** Every query on system_heartbeat (one row per component, no kommun). */
export const heartbeatQueries = {
  /** Records one run of a component; a single upsert, so a retried job just counts again. */
  async beat(m: EntityManager, component: string, host: string): Promise<void> {
    await m.query(
      `INSERT INTO system_heartbeat (component, last_run_at, runs, host) VALUES ($1, now(), 1, $2)
       ON CONFLICT (component) DO UPDATE SET last_run_at = now(), runs = system_heartbeat.runs + 1, host = EXCLUDED.host`,
      [component, host],
    );
  },

  latest: (m: EntityManager, component: string) => m.findOneBy(SystemHeartbeat, { component }),
};
