import type { EntityManager } from 'typeorm';
import { createTargetScale, DEFAULT_LEVEL_NAMES, levelNamesOf, type LevelNames, type TargetScale } from '@resultatkedjan/domain';
import { tenantQueries } from '../../tenancy/tenant.queries.js';
import type { IndicatorLevelScale } from '../../chain/indicator.entity.js';

/** The kommun's måluppfyllelse scale: thresholds and level names from its settings, else DOMAIN.md 4.4's defaults. */
export async function kommunScale(m: EntityManager, tenantId: string): Promise<TargetScale> {
  const tenant = await tenantQueries.find(m, tenantId);
  const names = tenant?.settings?.levelNames ?? DEFAULT_LEVEL_NAMES;
  return scaleOf(tenant?.settings?.targetScale ?? null, names) ?? createTargetScale({}, names);
}

/** Thresholds as a scale with the given names; invalid thresholds are ignored (null) rather than failing a read. */
export function scaleOf(thresholds: IndicatorLevelScale | null, names: LevelNames = DEFAULT_LEVEL_NAMES): TargetScale | null {
  if (!thresholds) return null;
  try {
    return createTargetScale(thresholds, names);
  } catch {
    return null;
  }
}

/** An indicator's own thresholds win over the kommun's; the level names stay the kommun's. */
export function indicatorScale(own: IndicatorLevelScale | null, kommun: TargetScale): TargetScale {
  return scaleOf(own, levelNamesOf(kommun)) ?? kommun;
}

export function levelsOf(scale: TargetScale): { level: number; label: string }[] {
  return [...scale.levels.map(({ level, label }) => ({ level, label })), { level: 0, label: scale.notAssessedLabel }];
}
