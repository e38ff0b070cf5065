import type { MigrationInterface, QueryRunner } from 'typeorm';
import { unwatchDataChanges, watchDataChanges } from './support/data-version.js';

/**
 * A draft goal on remiss (goal_circulation) is read by the units below its owner (goals/draft-visibility.ts), so the
 * year's chain views cached per data version must be recomputed when a draft is sent: the table bumps the version.
 */
export class WatchGoalCirculation1796215200000 implements MigrationInterface {
  name = 'WatchGoalCirculation1796215200000';

  async up(q: QueryRunner): Promise<void> {
    await watchDataChanges(q, ['goal_circulation']);
  }

  async down(q: QueryRunner): Promise<void> {
    await unwatchDataChanges(q, ['goal_circulation']);
  }
}
