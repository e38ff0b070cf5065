import type { EntityManager } from 'typeorm';
import type { DialogueKind, DialogueParticipant, DialogueStatus, PeriodStatus } from '@resultatkedjan/contracts';

/** A dialogue with its node's, period's and convener's names. */
export interface DialogueRow {
  id: string;
  kind: DialogueKind;
  org_node_id: string;
  org_node_name: string;
  period_id: string;
  period_key: string;
  period_status: PeriodStatus;
  title: string;
  held_on: string;
  status: DialogueStatus;
  participants: DialogueParticipant[];
  convener_user_id: string | null;
  convener_name: string | null;
  version: number;
}

export interface DialogueFilter {
  periodId: string | null;
  orgNodeId: string | null;
  status: DialogueStatus | null;
}

export type DialogueFields = Pick<DialogueRow, 'title' | 'held_on' | 'participants'>;

const SELECT = `SELECT d.id, d.kind, d.org_node_id, n.name AS org_node_name, d.period_id, p.period_key, p.status AS period_status,
       d.title, to_char(d.held_on, 'YYYY-MM-DD') AS held_on, d.status, d.participants, d.convener_user_id,
       u.display_name AS convener_name, d.version
  FROM dialogue d JOIN org_node n ON n.id = d.org_node_id JOIN follow_up_period p ON p.id = d.period_id
  LEFT JOIN app_user u ON u.id = d.convener_user_id`;

const WHERE = `($1::uuid IS NULL OR d.period_id = $1) AND ($2::uuid IS NULL OR d.org_node_id = $2) AND ($3::text IS NULL OR d.status = $3)`;

/** Every query on dialogue. */
export const dialogueQueries = {
  /** Latest meeting first. */
  async page(m: EntityManager, filter: DialogueFilter, window: { skip: number; take: number }): Promise<{ rows: DialogueRow[]; total: number }> {
    const params = [filter.periodId, filter.orgNodeId, filter.status];
    const [{ n }]: { n: number }[] = await m.query(`SELECT count(*)::int AS n FROM dialogue d WHERE ${WHERE}`, params);
    const rows: DialogueRow[] = await m.query(
      `${SELECT} WHERE ${WHERE} ORDER BY d.held_on DESC, n.name, d.id LIMIT ${window.take} OFFSET ${window.skip}`,
      params,
    );
    return { rows, total: n };
  },

  async find(m: EntityManager, id: string): Promise<DialogueRow | undefined> {
    const [row]: DialogueRow[] = await m.query(`${SELECT} WHERE d.id = $1`, [id]);
    return row;
  },

  /** The dialogue, locked until the transaction ends. */
  async lock(m: EntityManager, id: string): Promise<DialogueRow | undefined> {
    const [row]: DialogueRow[] = await m.query(`${SELECT} WHERE d.id = $1 FOR UPDATE OF d`, [id]);
    return row;
  },

  async insert(
    m: EntityManager,
    tenantId: string,
    d: DialogueFields & Pick<DialogueRow, 'kind' | 'org_node_id' | 'period_id' | 'convener_user_id'>,
  ): Promise<string> {
    const [row]: { id: string }[] = await m.query(
      `INSERT INTO dialogue (tenant_id, org_node_id, period_id, kind, title, held_on, participants, convener_user_id, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 1) RETURNING id`,
      [tenantId, d.org_node_id, d.period_id, d.kind, d.title, d.held_on, JSON.stringify(d.participants), d.convener_user_id],
    );
    return row!.id;
  },

  async update(m: EntityManager, id: string, d: DialogueFields): Promise<void> {
    await m.query(
      `UPDATE dialogue SET title = $2, held_on = $3, participants = $4, version = version + 1, updated_at = now() WHERE id = $1`,
      [id, d.title, d.held_on, JSON.stringify(d.participants)],
    );
  },

  async setStatus(m: EntityManager, id: string, status: DialogueStatus): Promise<void> {
    await m.query(`UPDATE dialogue SET status = $2, version = version + 1, updated_at = now() WHERE id = $1`, [id, status]);
  },
};
