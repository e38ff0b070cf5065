import type { EntityManager } from 'typeorm';
import { IndicatorTarget } from '../indicator-target.entity.js';

/** Every query on indicator_target (an indicator's målvärden per period). */
export const indicatorTargetQueries = {
  ofIndicator: (m: EntityManager, indicatorId: string) => m.findBy(IndicatorTarget, { indicatorId }),

  /** Replaces the indicator's targets with the given set. */
  async replace(
    m: EntityManager,
    tenantId: string,
    indicatorId: string,
    targets: readonly { periodKey: string; targetValue: number }[],
  ): Promise<void> {
    await m.delete(IndicatorTarget, { indicatorId });
    if (targets.length > 0) {
      await m.insert(IndicatorTarget, targets.map((t) => ({ tenantId, indicatorId, periodKey: t.periodKey, targetValue: t.targetValue })));
    }
  },
};
