import { hostname } from 'node:os';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { heartbeatQueries } from './heartbeat.queries.js';
import type { SystemHeartbeat } from './system-heartbeat.entity.js';

/** The worker's sign of life; system_heartbeat belongs to no kommun, so it is written outside TenantDb. */
@Injectable()
export class HeartbeatService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Records one run of a component; a single upsert, so a retried job just counts again. */
  beat(component: string): Promise<void> {
    return heartbeatQueries.beat(this.dataSource.manager, component, hostname());
  }

  latest(component: string): Promise<SystemHeartbeat | null> {
    return heartbeatQueries.latest(this.dataSource.manager, component);
  }
}
