import type { EntityManager } from 'typeorm';

/** Rows of an UPDATE or DELETE … RETURNING (TypeORM answers those with [rows, rowCount]). */
export async function changedRows<T>(m: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  const result: [T[], number] = await m.query(sql, params);
  return result[0];
}
