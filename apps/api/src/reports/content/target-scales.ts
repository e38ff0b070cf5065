import type { EntityManager } from 'typeorm';
import { createTargetScale, DEFAULT_TARGET_SCALE, type TargetScale } from '@resultatkedjan/domain';
import { tenantQueries } from '../../tenancy/tenant.queries.js';
import type { IndicatorLevelScale } from '../../chain/indicator.entity.js';

/** The kommun's måluppfyllelse scale (thresholds from its settings, else DOMAIN.md 4.4's defaults). */
export async function kommunScale(m: EntityManager, tenantId: string): Promise<TargetScale> {
  const tenant = await tenantQueries.find(m, tenantId);
  return scaleOf(tenant?.settings?.targetScale ?? null) ?? DEFAULT_TARGET_SCALE;
}

/** An indicator's own thresholds win over the kommun's; invalid thresholds are ignored rather than failing a read. */
export function scaleOf(thresholds: IndicatorLevelScale | null): TargetScale | null {
  if (!thresholds) return null;
  try {
    return createTargetScale(thresholds);
  } catch {
    return null;
  }
}

export function levelsOf(scale: TargetScale): { level: number; label: string }[] {
  return [...scale.levels.map(({ level, label }) => ({ level, label })), { level: 0, label: scale.notAssessedLabel }];
}
