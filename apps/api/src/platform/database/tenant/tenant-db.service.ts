import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_DB_ROLE } from '../app-role.js';

/**
 * The only way request code reaches tenant data: one transaction that sets the kommun (SET LOCAL via
 * set_config) and switches to the non-owner app role, so row-level security always applies.
 * Use only the given EntityManager inside `work` (on embedded PGlite another connection would wait
 * for this transaction and deadlock) and enqueue jobs after it returns.
 */
@Injectable()
export class TenantDb {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  run<T>(tenantId: string, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.withSettings({ 'app.tenant_id': tenantId }, work);
  }

  /** Runs `work` with the given transaction-local settings (e.g. a login lookup before the kommun is known). */
  async withSettings<T>(settings: Record<string, string>, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const entries = [...Object.entries(settings), ['role', APP_DB_ROLE]];
    // The settings and the role in one statement (set_config('role', …, true) is SET LOCAL ROLE): one round trip.
    const assignments = entries.map((_, i) => `set_config($${2 * i + 1}, $${2 * i + 2}, true)`).join(', ');
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT ${assignments}`, entries.flat());
      return work(manager);
    });
  }
}
