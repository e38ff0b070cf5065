import type { EntityManager } from 'typeorm';

/** What keeps a goal from being deleted: goals broken down from it and its chain. One query. */
export async function goalDeleteBlockers(m: EntityManager, goalId: string): Promise<string[]> {
  const [row]: { children: boolean; chain: boolean }[] = await m.query(
    `SELECT EXISTS (SELECT 1 FROM goal WHERE parent_goal_id = $1) AS children,
            EXISTS (SELECT 1 FROM chain_element WHERE goal_id = $1) AS chain`,
    [goalId],
  );
  return [...(row.children ? ['delmål'] : []), ...(row.chain ? ['en resultatkedja'] : [])];
}
