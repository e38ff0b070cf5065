import type { EntityManager } from 'typeorm';

/** A notification to record; `dedupeKey` is unique per kommun. */
export interface NotificationRowInput {
  dedupeKey: string;
  kind: string;
  recipientUserId: string | null;
  recipientEmail: string;
  subject: string;
  body: string;
  periodId: string | null;
}

export interface NotificationRow {
  id: string;
  kind: string;
  recipient_user_id: string | null;
  recipient_email: string;
  subject: string;
  body: string;
  channel: string;
  sent_at: Date | null;
  period_id: string | null;
  created_at: Date;
}

export interface NotificationFilter {
  /** Only this user's notifications; null for the whole kommun's outbox. */
  recipientUserId: string | null;
  periodId: string | null;
  kind: string | null;
}

/** Every query on notification, the outbox. */
export const notificationQueries = {
  /** Records the notifications, skipping dedupe keys already used; returns the ids of the new ones. One statement. */
  async insertNew(m: EntityManager, tenantId: string, channel: string, inputs: readonly NotificationRowInput[]): Promise<string[]> {
    if (inputs.length === 0) return [];
    const rows: { id: string }[] = await m.query(
      `INSERT INTO notification (tenant_id, dedupe_key, kind, recipient_user_id, recipient_email, subject, body, channel, period_id)
       SELECT $1, n."dedupeKey", n.kind, n."recipientUserId", n."recipientEmail", n.subject, n.body, $2, n."periodId"
       FROM jsonb_to_recordset($3::jsonb) AS n("dedupeKey" text, kind text, "recipientUserId" uuid, "recipientEmail" text,
                                             subject text, body text, "periodId" uuid)
       ON CONFLICT ON CONSTRAINT "UQ_notification_dedupe" DO NOTHING
       RETURNING id`,
      [tenantId, channel, JSON.stringify(inputs)],
    );
    return rows.map((row) => row.id);
  },

  /** Ids of e-mail notifications not yet sent, oldest first (at most `limit`). */
  async unsentEmailIds(m: EntityManager, limit: number): Promise<string[]> {
    const rows: { id: string }[] = await m.query(
      `SELECT id FROM notification WHERE channel = 'smtp' AND sent_at IS NULL ORDER BY created_at LIMIT ${limit}`,
    );
    return rows.map((row) => row.id);
  },

  /** What sending one notification needs. */
  async findForSending(
    m: EntityManager,
    id: string,
  ): Promise<{ recipient_email: string; subject: string; body: string; sent_at: Date | null; channel: string } | undefined> {
    const [mail] = await m.query(`SELECT recipient_email, subject, body, sent_at, channel FROM notification WHERE id = $1`, [id]);
    return mail;
  },

  async markSent(m: EntityManager, id: string): Promise<void> {
    await m.query(`UPDATE notification SET sent_at = now() WHERE id = $1 AND sent_at IS NULL`, [id]);
  },

  /** Newest first. */
  async page(m: EntityManager, filter: NotificationFilter, window: { skip: number; take: number }): Promise<{ rows: NotificationRow[]; total: number }> {
    const filters = [filter.recipientUserId, filter.periodId, filter.kind];
    const where = `($1::uuid IS NULL OR recipient_user_id = $1) AND ($2::uuid IS NULL OR period_id = $2) AND ($3::text IS NULL OR kind = $3)`;
    const rows: NotificationRow[] = await m.query(
      `SELECT id, kind, recipient_user_id, recipient_email, subject, body, channel, sent_at, period_id, created_at
       FROM notification WHERE ${where} ORDER BY created_at DESC, id OFFSET $4 LIMIT $5`,
      [...filters, window.skip, window.take],
    );
    const [count]: { n: string }[] = await m.query(`SELECT count(*) AS n FROM notification WHERE ${where}`, filters);
    return { rows, total: Number(count!.n) };
  },
};
