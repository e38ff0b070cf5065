import { Injectable, UnauthorizedException } from '@nestjs/common';
import { Tenant } from '../tenancy/tenant.entity.js';
import { TenantDb } from '../platform/database/tenant/tenant-db.service.js';
import { AppUser } from './app-user.entity.js';
import { RoleGrant } from './role-grant.entity.js';
import { UserSession } from './user-session.entity.js';
import type { AuthContext, RoleGrantRef } from './auth-context.js';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { dummyVerify, verifyPassword } from './password.js';
import { SESSION_TTL_MS, hashToken, newToken } from './session-token.js';

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

  /** Returns a new session for valid credentials, null otherwise (never says which part was wrong). */
  async login(emailInput: string, password: string): Promise<LoginResult | null> {
    const email = emailInput.trim().toLowerCase();
    const user = await this.db.withSettings({ 'app.login_email': email }, (m) => m.findOneBy(AppUser, { email }));
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
      const tenant = await m.findOneBy(Tenant, { id: user.tenantId });
      if (!tenant?.active) throw new UnauthorizedException('Kommunen är inte aktiv i Resultatkedjan. Kontakta kommunens administratör.');
      const session = await m.save(
        m.create(UserSession, {
          tenantId: user.tenantId,
          userId: user.id,
          tokenHash: hashToken(token),
          csrfToken,
          expiresAt: new Date(Date.now() + SESSION_TTL_MS),
        }),
      );
      const grants = await m.find(RoleGrant, { where: { userId: user.id } });
      return { token, auth: toContext(user, session, grants) };
    });
  }

  /** Resolves a session cookie to who is calling, or null when unknown or expired: one statement, no transaction. */
  async resolve(token: string): Promise<AuthContext | null> {
    const [row]: ResolvedSessionRow[] = await this.dataSource.query('SELECT * FROM rk_resolve_session($1)', [hashToken(token)]);
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
  }

  async logout(auth: AuthContext): Promise<void> {
    await this.db.run(auth.tenantId, (m) => m.delete(UserSession, { id: auth.sessionId }));
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
