import type { EntityManager } from 'typeorm';
import { TenantSso } from './tenant-sso.entity.js';

/** Every query on tenant_sso; row-level security limits them to the kommun set on the transaction. */
export const tenantSsoQueries = {
  find: (m: EntityManager) => m.findOneBy(TenantSso, {}),

  async save(m: EntityManager, tenantId: string, values: Omit<TenantSso, 'id' | 'tenantId' | 'createdAt' | 'updatedAt'>): Promise<void> {
    const existing = await m.findOne(TenantSso, { where: {}, lock: { mode: 'pessimistic_write' } });
    if (existing) await m.update(TenantSso, { id: existing.id }, values);
    else await m.insert(TenantSso, { ...values, tenantId });
  },

  remove: (m: EntityManager) => m.createQueryBuilder().delete().from(TenantSso).execute(),
};
