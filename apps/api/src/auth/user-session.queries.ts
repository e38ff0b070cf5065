import type { EntityManager } from 'typeorm';
import type { AuthContext, RoleGrantRef } from './auth-context.js';
import { UserSession } from './user-session.entity.js';

interface ResolvedSessionRow {
  session_id: string;
  tenant_id: string;
  user_id: string;
  csrf_token: string;
  email: string;
  display_name: string;
  grants: RoleGrantRef[];
  data_version: string;
}

/** Every query on user_session. */
export const userSessionQueries = {
  insert: (m: EntityManager, session: Pick<UserSession, 'tenantId' | 'userId' | 'tokenHash' | 'csrfToken' | 'expiresAt'>) =>
    m.save(m.create(UserSession, session)),

  /**
   * Who calls with the unexpired session of this token hash, or null: one statement through rk_resolve_session,
   * which finds the session before any kommun is known, so `m` need not be in a tenant transaction.
   */
  async resolve(m: EntityManager, tokenHash: string): Promise<AuthContext | null> {
    const [row]: ResolvedSessionRow[] = await m.query('SELECT * FROM rk_resolve_session($1)', [tokenHash]);
    if (!row) return null;
    return {
      userId: row.user_id,
      tenantId: row.tenant_id,
      email: row.email,
      displayName: row.display_name,
      grants: row.grants,
      sessionId: row.session_id,
      csrfToken: row.csrf_token,
      dataVersion: row.data_version,
    };
  },

  delete: (m: EntityManager, sessionId: string) => m.delete(UserSession, { id: sessionId }),

  /** Signs the user out everywhere (e.g. when the account is deactivated). */
  deleteAllOf: (m: EntityManager, userId: string) => m.delete(UserSession, { userId }),
};
