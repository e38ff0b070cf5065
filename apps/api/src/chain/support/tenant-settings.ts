import type { EntityManager } from 'typeorm';
import type { TenantSettings } from '../../tenancy/tenant.entity.js';
import { tenantQueries } from '../../tenancy/tenant.queries.js';

/** Soft ceiling on indicators per goal when the kommun has not set one. */
export const DEFAULT_INDICATOR_CEILING = 6;

/** The caller's kommun settings (RLS shows only the current kommun). */
export async function tenantSettings(m: EntityManager, tenantId: string): Promise<TenantSettings> {
  return (await tenantQueries.find(m, tenantId))?.settings ?? {};
}

export function indicatorCeiling(settings: TenantSettings): number {
  const ceiling = settings.indicatorCeiling;
  return typeof ceiling === 'number' && Number.isFinite(ceiling) && ceiling > 0 ? ceiling : DEFAULT_INDICATOR_CEILING;
}
