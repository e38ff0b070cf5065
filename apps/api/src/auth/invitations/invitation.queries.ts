import type { EntityManager } from 'typeorm';
import { UserInvitation } from './user-invitation.entity.js';

/** The setting the invitation_lookup policy asks for before any kommun is known. */
export const INVITATION_TOKEN_SETTING = 'app.invitation_token_hash';

/** Every query on user_invitation. */
export const invitationQueries = {
  insert: (m: EntityManager, invitation: Pick<UserInvitation, 'tenantId' | 'userId' | 'tokenHash' | 'expiresAt'>) =>
    m.save(m.create(UserInvitation, { ...invitation, usedAt: null })),

  /** Needs app.invitation_token_hash = tokenHash (or the invitation's kommun set). */
  findByTokenHash: (m: EntityManager, tokenHash: string) => m.findOneBy(UserInvitation, { tokenHash }),

  /** Marks the invitation used unless it already was; true when this call used it. Needs the kommun set. */
  async use(m: EntityManager, id: string): Promise<boolean> {
    const result = await m.query(`UPDATE user_invitation SET used_at = now() WHERE id = $1 AND used_at IS NULL RETURNING id`, [id]);
    return (result[0] as unknown[]).length === 1;
  },

  /** When each user's open (unused, unexpired) invitation runs out, for the users that have one. */
  async openUntil(m: EntityManager, userIds: string[]): Promise<Map<string, Date>> {
    if (userIds.length === 0) return new Map();
    const rows = await m.query(
      `SELECT user_id, max(expires_at) AS expires_at FROM user_invitation
       WHERE user_id = ANY($1::uuid[]) AND used_at IS NULL AND expires_at > now() GROUP BY user_id`,
      [userIds],
    );
    return new Map((rows as { user_id: string; expires_at: Date }[]).map((row) => [row.user_id, new Date(row.expires_at)]));
  },

  /** Uses up every open invitation of the user (they signed in another way); the ids it used. Needs the kommun set. */
  async useOpenOf(m: EntityManager, userId: string): Promise<string[]> {
    const result = await m.query(`UPDATE user_invitation SET used_at = now() WHERE user_id = $1 AND used_at IS NULL AND expires_at > now() RETURNING id`, [userId]);
    return (result[0] as { id: string }[]).map((row) => row.id);
  },

  /** Earlier unused invitations of the user stop working when a new one is issued. */
  async expireOpenOf(m: EntityManager, userId: string): Promise<void> {
    await m.query(`UPDATE user_invitation SET expires_at = now() WHERE user_id = $1 AND used_at IS NULL AND expires_at > now()`, [userId]);
  },
};
