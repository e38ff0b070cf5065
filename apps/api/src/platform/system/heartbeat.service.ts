import { hostname } from 'node:os';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SystemHeartbeat } from './system-heartbeat.entity.js';

@Injectable()
export class HeartbeatService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Records one run of a component; a single upsert, so a retried job just counts again. */
  async beat(component: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO system_heartbeat (component, last_run_at, runs, host) VALUES ($1, now(), 1, $2)
       ON CONFLICT (component) DO UPDATE SET last_run_at = now(), runs = system_heartbeat.runs + 1, host = EXCLUDED.host`,
      [component, hostname()],
    );
  }

  async latest(component: string): Promise<SystemHeartbeat | null> {
    return this.dataSource.getRepository(SystemHeartbeat).findOneBy({ component });
  }
}
