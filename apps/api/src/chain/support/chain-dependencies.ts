import type { EntityManager } from 'typeorm';

/** Whether any value (utfall) is stored for these indicators. One query. */
export async function anyValuesFor(m: EntityManager, indicatorIds: readonly string[]): Promise<boolean> {
  if (indicatorIds.length === 0) return false;
  const rows: unknown[] = await m.query(
    'SELECT 1 FROM indicator_value WHERE indicator_id = ANY($1::uuid[]) LIMIT 1',
    [indicatorIds],
  );
  return rows.length > 0;
}

/**
 * Indicators outside `indicatorIds` that use one of them as numerator, denominator or weight. Deleting the
 * referenced indicator would silently break them (the foreign key sets null), so callers refuse with 409.
 */
export async function dependentIndicatorKeys(m: EntityManager, indicatorIds: readonly string[]): Promise<string[]> {
  if (indicatorIds.length === 0) return [];
  const rows: { key: string }[] = await m.query(
    `SELECT key FROM indicator
      WHERE NOT (id = ANY($1::uuid[]))
        AND (numerator_indicator_id = ANY($1::uuid[]) OR denominator_indicator_id = ANY($1::uuid[])
             OR weight_indicator_id = ANY($1::uuid[]))
      ORDER BY key`,
    [indicatorIds],
  );
  return rows.map((r) => r.key);
}
