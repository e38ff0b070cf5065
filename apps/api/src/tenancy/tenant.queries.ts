import type { EntityManager } from 'typeorm';
import { TenantPopulation } from './tenant-population.entity.js';
import { Tenant, type TenantSettings } from './tenant.entity.js';

/**
 * Every query on tenant and tenant_population. Row-level security shows only the kommun set on the transaction;
 * the directory functions go through rk_tenant_ids() / rk_tenant_active() (migration TenantDirectory), which
 * reveal ids and the active flag and nothing else, for the worker that runs before any kommun is set.
 */
export const tenantQueries = {
  find: (m: EntityManager, tenantId: string) => m.findOneBy(Tenant, { id: tenantId }),

  /** The kommun's row, locked until the transaction ends: serialises writes that must see each other. */
  lock: (m: EntityManager, tenantId: string) => m.findOne(Tenant, { where: { id: tenantId }, lock: { mode: 'pessimistic_write' } }),

  setSettings: (m: EntityManager, tenantId: string, settings: TenantSettings) => m.update(Tenant, { id: tenantId }, { settings }),

  /** One key of the settings document (e.g. reportingKinds, owned by another feature); null when unset. */
  async settingsKey<T>(m: EntityManager, tenantId: string, key: string): Promise<T | null> {
    const [row]: { value: T | null }[] = await m.query(`SELECT settings -> $2::text AS value FROM tenant WHERE id = $1`, [tenantId, key]);
    return row?.value ?? null;
  },

  /** Replaces one key of the settings document and leaves the others as they are. */
  async setSettingsKey(m: EntityManager, tenantId: string, key: string, value: unknown): Promise<void> {
    await m.query(`UPDATE tenant SET settings = jsonb_set(COALESCE(settings, '{}'::jsonb), ARRAY[$2::text], $3::jsonb) WHERE id = $1`, [
      tenantId,
      key,
      JSON.stringify(value),
    ]);
  },

  /** Every kommun's id, whatever kommun (if any) the transaction has set. */
  async allIds(m: EntityManager): Promise<string[]> {
    const rows: { id: string }[] = await m.query(`SELECT id FROM rk_tenant_ids() AS id`);
    return rows.map((row) => row.id);
  },

  /**
   * Every kommun's code, name, e-mail domains and whether it is active: the one read of the tenant table open before
   * sign-in. A deactivated kommun stays in it so that its users are told so (after a correct password) by the login.
   */
  async loginDirectory(m: EntityManager): Promise<KommunDirectoryEntry[]> {
    const rows: { id: string; kommunkod: string; name: string; email_domains: string[]; active: boolean }[] = await m.query(
      `SELECT id, kommunkod, name, email_domains, active FROM rk_kommun_directory()`,
    );
    return rows.map((r) => ({ tenantId: r.id, kommunkod: r.kommunkod, name: r.name, emailDomains: r.email_domains, active: r.active }));
  },

  setEmailDomains: (m: EntityManager, tenantId: string, emailDomains: string[]) => m.update(Tenant, { id: tenantId }, { emailDomains }),

  /** Whether the kommun exists and is active. */
  async isActive(m: EntityManager, tenantId: string): Promise<boolean> {
    const [row]: { active: boolean }[] = await m.query(`SELECT rk_tenant_active($1::uuid) AS active`, [tenantId]);
    return row?.active === true;
  },

  /** Population rows by ascending year, optionally within [fromYear, toYear]. */
  async populationPage(
    m: EntityManager,
    filter: { fromYear?: number; toYear?: number },
    window: { skip: number; take: number },
  ): Promise<{ rows: TenantPopulation[]; total: number }> {
    const qb = m.createQueryBuilder(TenantPopulation, 'p').orderBy('p.year', 'ASC').skip(window.skip).take(window.take);
    if (filter.fromYear !== undefined) qb.andWhere('p.year >= :fromYear', { fromYear: filter.fromYear });
    if (filter.toYear !== undefined) qb.andWhere('p.year <= :toYear', { toYear: filter.toYear });
    const [rows, total] = await qb.getManyAndCount();
    return { rows, total };
  },

  lockPopulation: (m: EntityManager, tenantId: string, year: number) =>
    m.findOne(TenantPopulation, { where: { tenantId, year }, lock: { mode: 'pessimistic_write' } }),

  /** Creates or replaces the year's row. */
  async savePopulation(m: EntityManager, population: Pick<TenantPopulation, 'tenantId' | 'year' | 'inhabitants' | 'ageGroups'>): Promise<TenantPopulation> {
    const row = m.create(TenantPopulation, population);
    await m.save(TenantPopulation, row);
    return row;
  },

  /** A new kommun; the transaction must have set app.tenant_id to `id`. */
  insert: (m: EntityManager, tenant: Pick<Tenant, 'id' | 'name' | 'kommunkod' | 'settings' | 'emailDomains'>) => m.insert(Tenant, { ...tenant, active: true }),

  /**
   * Every kommun, for the platform operator (needs app.platform_operator_id: policy tenant_operator_read).
   */
  directory: (m: EntityManager) => m.find(Tenant, { order: { kommunkod: 'ASC' } }),

  /** Is the kommunkod taken by any kommun? (as the operator) */
  kommunkodTaken: (m: EntityManager, kommunkod: string) => m.existsBy(Tenant, { kommunkod }),

  /** Deactivates or reactivates a kommun (as the operator: policy tenant_operator_update). */
  setActive: (m: EntityManager, tenantId: string, active: boolean) =>
    m.update(Tenant, { id: tenantId }, { active, deactivatedAt: active ? null : new Date() }),

  /** Deletes a deactivated kommun; every kommun row goes with it through the tenant_id foreign keys (ON DELETE CASCADE). */
  async deleteInactive(m: EntityManager, tenantId: string): Promise<boolean> {
    const [rows]: [unknown[], number] = await m.query(`DELETE FROM tenant WHERE id = $1 AND NOT active RETURNING id`, [tenantId]);
    return rows.length === 1;
  },
};

export interface KommunDirectoryEntry {
  tenantId: string;
  kommunkod: string;
  name: string;
  emailDomains: string[];
  active: boolean;
}

