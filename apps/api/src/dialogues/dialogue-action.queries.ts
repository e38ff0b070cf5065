import type { EntityManager } from 'typeorm';
import type { ActionStatus } from '@resultatkedjan/contracts';

export interface DialogueActionRow {
  id: string;
  dialogue_id: string;
  dialogue_title: string;
  title: string;
  owner_node_id: string;
  owner_node_name: string;
  owner_user_id: string | null;
  owner_user_name: string | null;
  due_on: string;
  goal_id: string | null;
  indicator_id: string | null;
  status: ActionStatus;
  closed_at: Date | null;
  version: number;
  dialogue_period_id: string;
  convener_user_id: string | null;
}

export type ActionFields = Pick<DialogueActionRow, 'title' | 'owner_node_id' | 'owner_user_id' | 'due_on' | 'goal_id' | 'indicator_id'>;

const SELECT = `SELECT a.id, a.dialogue_id, d.title AS dialogue_title, a.title, a.owner_node_id, n.name AS owner_node_name,
       a.owner_user_id, u.display_name AS owner_user_name, to_char(a.due_on, 'YYYY-MM-DD') AS due_on, a.goal_id, a.indicator_id,
       a.status, a.closed_at, a.version, d.period_id AS dialogue_period_id, d.convener_user_id
  FROM dialogue_action a JOIN dialogue d ON d.id = a.dialogue_id JOIN org_node n ON n.id = a.owner_node_id
  LEFT JOIN app_user u ON u.id = a.owner_user_id`;

/** Every query on dialogue_action. */
export const dialogueActionQueries = {
  /** The dialogue's actions, by due date. */
  ofDialogue(m: EntityManager, dialogueId: string): Promise<DialogueActionRow[]> {
    return m.query(`${SELECT} WHERE a.dialogue_id = $1 ORDER BY a.due_on, a.title, a.id`, [dialogueId]);
  },

  /** Open actions of earlier dialogues owned within the given nodes (the next dialogue's agenda). */
  openOwnedWithin(m: EntityManager, nodeIds: readonly string[], exceptDialogueId: string): Promise<DialogueActionRow[]> {
    return m.query(
      `${SELECT} WHERE a.status = 'oppen' AND a.owner_node_id = ANY($1::uuid[]) AND a.dialogue_id <> $2 ORDER BY a.due_on, a.title, a.id`,
      [nodeIds, exceptDialogueId],
    );
  },

  /** Open actions owned by the node (the owner's next report). */
  openOwnedBy(m: EntityManager, nodeId: string): Promise<DialogueActionRow[]> {
    return m.query(`${SELECT} WHERE a.status = 'oppen' AND a.owner_node_id = $1 ORDER BY a.due_on, a.title, a.id`, [nodeId]);
  },

  /** Open actions due on or before `date` (the follow-up run's reminders and overdue notices). */
  openDueBy(m: EntityManager, date: string): Promise<DialogueActionRow[]> {
    return m.query(`${SELECT} WHERE a.status = 'oppen' AND a.due_on <= $1 ORDER BY a.due_on, a.id`, [date]);
  },

  async find(m: EntityManager, id: string): Promise<DialogueActionRow | undefined> {
    const [row]: DialogueActionRow[] = await m.query(`${SELECT} WHERE a.id = $1`, [id]);
    return row;
  },

  async lock(m: EntityManager, id: string, dialogueId: string): Promise<DialogueActionRow | undefined> {
    const [row]: DialogueActionRow[] = await m.query(`${SELECT} WHERE a.id = $1 AND a.dialogue_id = $2 FOR UPDATE OF a`, [id, dialogueId]);
    return row;
  },

  async insert(m: EntityManager, tenantId: string, dialogueId: string, f: ActionFields): Promise<string> {
    const [row]: { id: string }[] = await m.query(
      `INSERT INTO dialogue_action (tenant_id, dialogue_id, title, owner_node_id, owner_user_id, due_on, goal_id, indicator_id, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 1) RETURNING id`,
      [tenantId, dialogueId, f.title, f.owner_node_id, f.owner_user_id, f.due_on, f.goal_id, f.indicator_id],
    );
    return row!.id;
  },

  async update(m: EntityManager, id: string, f: Pick<DialogueActionRow, 'title' | 'due_on' | 'owner_user_id' | 'status'>): Promise<void> {
    await m.query(
      `UPDATE dialogue_action SET title = $2, due_on = $3, owner_user_id = $4, status = $5,
         closed_at = CASE WHEN $5 = 'stangd' THEN coalesce(closed_at, now()) ELSE NULL END, version = version + 1, updated_at = now()
       WHERE id = $1`,
      [id, f.title, f.due_on, f.owner_user_id, f.status],
    );
  },
};
