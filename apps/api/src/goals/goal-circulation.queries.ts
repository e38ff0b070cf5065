import type { EntityManager } from 'typeorm';
import type { GoalCirculationDto, GoalCommentDto } from '@resultatkedjan/contracts';

interface CirculationRow { sent_at: Date; sent_by_name: string; due_on: string | null; message: string }
interface CommentRow { id: string; author_name: string; org_node_id: string; text: string; created_at: Date }

/** A comment without its unit's name (org/ owns org_node; the service adds it). */
export type StoredComment = Omit<GoalCommentDto, 'orgNodeName'>;

/** Every query on goal_circulation and goal_comment. */
export const goalCirculationQueries = {
  async circulationOf(m: EntityManager, goalId: string): Promise<GoalCirculationDto | null> {
    const [row]: CirculationRow[] = await m.query(
      `SELECT sent_at, sent_by_name, due_on::text AS due_on, message FROM goal_circulation WHERE goal_id = $1`,
      [goalId],
    );
    return row ? { sentAt: row.sent_at.toISOString(), sentByName: row.sent_by_name, dueOn: row.due_on, message: row.message } : null;
  },

  /** Sends the goal out, or (sent already) updates its due date and message and the time it was sent. */
  async upsertCirculation(
    m: EntityManager,
    row: { tenantId: string; goalId: string; sentBy: string; sentByName: string; dueOn: string | null; message: string },
  ): Promise<void> {
    await m.query(
      `INSERT INTO goal_circulation (tenant_id, goal_id, sent_by, sent_by_name, due_on, message) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT ON CONSTRAINT "UQ_goal_circulation_goal"
       DO UPDATE SET sent_by = EXCLUDED.sent_by, sent_by_name = EXCLUDED.sent_by_name, due_on = EXCLUDED.due_on,
                     message = EXCLUDED.message, sent_at = now()`,
      [row.tenantId, row.goalId, row.sentBy, row.sentByName, row.dueOn, row.message],
    );
  },

  /** The goal's comments, oldest first. */
  async commentsOf(m: EntityManager, goalId: string): Promise<StoredComment[]> {
    const rows: CommentRow[] = await m.query(
      `SELECT id, author_name, org_node_id, text, created_at FROM goal_comment WHERE goal_id = $1 ORDER BY created_at, id`,
      [goalId],
    );
    return rows.map((r) => ({ id: r.id, authorName: r.author_name, orgNodeId: r.org_node_id, text: r.text, createdAt: r.created_at.toISOString() }));
  },

  async insertComment(
    m: EntityManager,
    row: { tenantId: string; goalId: string; authorUserId: string; authorName: string; orgNodeId: string; text: string },
  ): Promise<string> {
    const [inserted]: { id: string }[] = await m.query(
      `INSERT INTO goal_comment (tenant_id, goal_id, author_user_id, author_name, org_node_id, text) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [row.tenantId, row.goalId, row.authorUserId, row.authorName, row.orgNodeId, row.text],
    );
    return inserted!.id;
  },
};
