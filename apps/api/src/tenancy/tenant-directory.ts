import { Injectable } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { TenantDb } from '../platform/database/tenant/tenant-db.service.js';
import { tenantQueries } from './tenant.queries.js';

/**
 * Every kommun's id, for the tick. Row-level security hides tenants while no kommun is set, so this goes through
 * rk_tenant_ids() (migration TenantDirectory), which returns ids and nothing else.
 */
@Injectable()
export class TenantDirectory {
  constructor(private readonly db: TenantDb) {}

  tenantIds(): Promise<string[]> {
    return this.db.withSettings({}, (m) => tenantQueries.allIds(m));
  }

  /** Whether the kommun exists and is active (rk_tenant_active(), which reveals nothing else). */
  isActive(tenantId: string): Promise<boolean> {
    return this.db.withSettings({}, (m) => tenantQueries.isActive(m, tenantId));
  }

  /**
   * Every job that names a kommun calls this first: a job added by hand (the queue board) or left over from a
   * deactivated or deleted kommun fails at once, without retries, and touches nothing.
   */
  async assertActive(tenantId: unknown): Promise<string> {
    if (typeof tenantId !== 'string' || !UUID.test(tenantId) || !(await this.isActive(tenantId))) {
      throw new UnrecoverableError(`Ingen aktiv kommun med id ${String(tenantId).slice(0, 64)}`);
    }
    return tenantId;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
