import type { EntityManager } from 'typeorm';

/** True when the follow-up period is locked: nothing in it may change until a controller reopens. */
export async function isPeriodLocked(m: EntityManager, periodId: string): Promise<boolean> {
  const [row]: { status: string }[] = await m.query(`SELECT status FROM follow_up_period WHERE id = $1`, [periodId]);
  return row?.status === 'last';
}
