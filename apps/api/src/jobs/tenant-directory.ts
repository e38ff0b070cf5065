import { Injectable } from '@nestjs/common';
import { TenantDb } from '../database/tenant/tenant-db.service.js';

/**
 * Every kommun's id, for the tick. Row-level security hides tenants while no kommun is set, so this goes through
 * rk_tenant_ids() (migration TenantDirectory), which returns ids and nothing else.
 */
@Injectable()
export class TenantDirectory {
  constructor(private readonly db: TenantDb) {}

  async tenantIds(): Promise<string[]> {
    const rows: { id: string }[] = await this.db.withSettings({}, (m) => m.query(`SELECT id FROM rk_tenant_ids() AS id`));
    return rows.map((row) => row.id);
  }
}
