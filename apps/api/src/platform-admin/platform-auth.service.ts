import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { TenantDb } from '../platform/database/tenant/tenant-db.service.js';
import { dummyVerify, verifyPassword } from '../auth/password.js';
import { hashToken, newToken } from '../auth/session-token.js';
import type { OperatorContext } from './operator-context.js';
import { OPERATOR_SETTING, platformOperatorQueries as queries } from './platform-operator.queries.js';
import { PLATFORM_SESSION_TTL_MS } from './platform-session-cookies.js';
import type { PlatformSession } from './platform-session.entity.js';
import type { PlatformOperator } from './platform-operator.entity.js';

/**
 * Sign-in and sessions of platform operators. Every statement runs as the app role under row-level security: the
 * login sees one operator (by e-mail), a request one session (by token hash), and only then the operator's rows.
 */
@Injectable()
export class PlatformAuthService {
  constructor(private readonly db: TenantDb) {}

  /** Runs `work` as the given operator (the platform funnel: no kommun is set, so no kommun row is visible). */
  asOperator<T>(operatorId: string, work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.withSettings({ [OPERATOR_SETTING]: operatorId }, work);
  }

  async login(emailInput: string, password: string): Promise<{ token: string; operator: OperatorContext } | null> {
    const email = emailInput.trim().toLowerCase();
    const operator = await this.db.withSettings({ 'app.platform_login_email': email }, (m) => queries.findByEmail(m, email));
    if (!operator || !operator.active || !operator.passwordHash) {
      await dummyVerify(password);
      return null;
    }
    if (!(await verifyPassword(operator.passwordHash, password))) return null;
    const token = newToken();
    const session = await this.asOperator(operator.id, async (m) => {
      const created = await queries.insertSession(m, {
        operatorId: operator.id,
        tokenHash: hashToken(token),
        csrfToken: newToken(),
        expiresAt: new Date(Date.now() + PLATFORM_SESSION_TTL_MS),
      });
      await queries.recordEvent(m, { operatorId: operator.id, action: 'login', targetTenantId: null, details: null, requestId: null });
      return created;
    });
    return { token, operator: toContext(operator, session) };
  }

  /** The operator behind a platform session cookie, or null when unknown, expired or deactivated. */
  async resolve(token: string): Promise<OperatorContext | null> {
    const tokenHash = hashToken(token);
    return this.db.withSettings({ 'app.platform_session_token_hash': tokenHash }, async (m) => {
      const session = await queries.findSession(m, tokenHash);
      if (!session || session.expiresAt.getTime() <= Date.now()) return null;
      await queries.actAs(m, session.operatorId);
      const operator = await queries.findById(m, session.operatorId);
      if (!operator || !operator.active) return null;
      return toContext(operator, session);
    });
  }

  async logout(operator: OperatorContext): Promise<void> {
    await this.asOperator(operator.operatorId, (m) => queries.deleteSession(m, operator.sessionId));
  }
}

function toContext(operator: PlatformOperator, session: PlatformSession): OperatorContext {
  return {
    operatorId: operator.id,
    email: operator.email,
    displayName: operator.displayName,
    sessionId: session.id,
    csrfToken: session.csrfToken,
  };
}
