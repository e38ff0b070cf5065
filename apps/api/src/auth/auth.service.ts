import { Injectable, UnauthorizedException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { TenantDb } from '../platform/database/tenant/tenant-db.service.js';
import { tenantQueries } from '../tenancy/tenant.queries.js';
import { userQueries } from '../users/user.queries.js';
import type { AppUser } from './app-user.entity.js';
import type { RoleGrant } from './role-grant.entity.js';
import type { UserSession } from './user-session.entity.js';
import { userSessionQueries } from './user-session.queries.js';
import type { AuthContext } from './auth-context.js';
import { dummyVerify, verifyPassword } from './password.js';
import { LOGIN_KOMMUN_MESSAGES, pickLoginKommun } from './login-kommun.js';
import { unprocessable } from '../common/errors/field-errors.js';
import { SESSION_TTL_MS, hashToken, newToken } from './session-token.js';

export interface LoginResult {
  token: string;
  auth: AuthContext;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly db: TenantDb,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /**
   * Returns a new session for valid credentials, null otherwise (never says which part was wrong). The kommun comes
   * first (login-kommun.ts): a 422 asks the user to choose one when the e-mail's domain does not tell.
   */
  async login(emailInput: string, password: string, kommunkod?: string): Promise<LoginResult | null> {
    const email = emailInput.trim().toLowerCase();
    const directory = await this.db.withSettings({}, (m) => tenantQueries.loginDirectory(m));
    const picked = pickLoginKommun(directory, { kommunkod, email });
    if ('problem' in picked) throw unprocessable({ kommunkod: [LOGIN_KOMMUN_MESSAGES[picked.problem]] }, LOGIN_KOMMUN_MESSAGES[picked.problem]);
    const user = await this.db.run(picked.tenantId, (m) => userQueries.findByEmail(m, email));
    if (!user || !user.active) {
      await dummyVerify(password);
      return null;
    }
    if (!(await verifyPassword(user.passwordHash, password))) return null;
    return this.startSession(user);
  }

  async startSession(user: AppUser): Promise<LoginResult> {
    const token = newToken();
    const csrfToken = newToken();
    return this.db.run(user.tenantId, async (m) => {
      const tenant = await tenantQueries.find(m, user.tenantId);
      if (!tenant?.active) throw new UnauthorizedException('Kommunen är inte aktiv i Resultatkedjan. Kontakta kommunens administratör.');
      const session = await userSessionQueries.insert(m, {
        tenantId: user.tenantId,
        userId: user.id,
        tokenHash: hashToken(token),
        csrfToken,
        expiresAt: new Date(Date.now() + SESSION_TTL_MS),
      });
      const grants = await userQueries.grantsOfUser(m, user.id);
      return { token, auth: toContext(user, session, grants) };
    });
  }

  /** Resolves a session cookie to who is calling, or null when unknown or expired: one statement, no transaction. */
  resolve(token: string): Promise<AuthContext | null> {
    return userSessionQueries.resolve(this.dataSource.manager, hashToken(token));
  }

  async logout(auth: AuthContext): Promise<void> {
    await this.db.run(auth.tenantId, (m) => userSessionQueries.delete(m, auth.sessionId));
  }
}

function toContext(user: AppUser, session: UserSession, grants: RoleGrant[]): AuthContext {
  return {
    userId: user.id,
    tenantId: user.tenantId,
    email: user.email,
    displayName: user.displayName,
    grants: grants.map((g) => ({ role: g.role, orgNodeId: g.orgNodeId })),
    sessionId: session.id,
    csrfToken: session.csrfToken,
  };
}
