import type { EntityManager } from 'typeorm';
import { PlatformAuditEvent } from './platform-audit-event.entity.js';
import { PlatformOperator } from './platform-operator.entity.js';
import { PlatformSession } from './platform-session.entity.js';

/** The transaction setting the policies on the operator's own rows ask for. */
export const OPERATOR_SETTING = 'app.platform_operator_id';

/**
 * Every query on the platform tables (platform_operator, platform_session, platform_audit_event). The caller's
 * transaction must have set the settings the tables' policies ask for (see migration PlatformOperators).
 */
export const platformOperatorQueries = {
  /** Needs app.platform_login_email = email. */
  findByEmail: (m: EntityManager, email: string) => m.findOneBy(PlatformOperator, { email }),

  /** Needs app.platform_session_token_hash = tokenHash. */
  findSession: (m: EntityManager, tokenHash: string) => m.findOneBy(PlatformSession, { tokenHash }),

  /** From here to the end of the transaction, the operator's rows are visible (sets app.platform_operator_id). */
  async actAs(m: EntityManager, operatorId: string): Promise<void> {
    await m.query('SELECT set_config($1, $2, true)', [OPERATOR_SETTING, operatorId]);
  },

  /** Needs app.platform_operator_id. */
  findById: (m: EntityManager, id: string) => m.findOneBy(PlatformOperator, { id }),

  list: (m: EntityManager) => m.find(PlatformOperator, { order: { email: 'ASC' } }),

  insertOperator: (m: EntityManager, operator: { id: string; email: string; displayName: string; passwordHash: string | null }) =>
    m.save(m.create(PlatformOperator, { ...operator, active: true })),

  insertSession: (m: EntityManager, session: Pick<PlatformSession, 'operatorId' | 'tokenHash' | 'csrfToken' | 'expiresAt'>) =>
    m.save(m.create(PlatformSession, session)),

  deleteSession: (m: EntityManager, id: string) => m.delete(PlatformSession, { id }),

  recordEvent: (m: EntityManager, event: Pick<PlatformAuditEvent, 'operatorId' | 'action' | 'targetTenantId' | 'details' | 'requestId'>) =>
    m.save(m.create(PlatformAuditEvent, event)),

  listEvents: (m: EntityManager, limit: number) => m.find(PlatformAuditEvent, { order: { createdAt: 'DESC' }, take: limit }),
};
