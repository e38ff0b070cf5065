import { Injectable, UnauthorizedException } from '@nestjs/common';
import { Tenant } from '../tenancy/tenant.entity.js';
import { TenantDb } from '../platform/database/tenant/tenant-db.service.js';
import { AppUser } from './app-user.entity.js';
import { RoleGrant } from './role-grant.entity.js';
import { UserSession } from './user-session.entity.js';
import type { AuthContext } from './auth-context.js';
import { dummyVerify, verifyPassword } from './password.js';
import { SESSION_TTL_MS, hashToken, newToken } from './session-token.js';

export interface LoginResult {
  token: string;
  auth: AuthContext;
}

@Injectable()
export class AuthService {
  constructor(private readonly db: TenantDb) {}

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

  /** Resolves a session cookie to who is calling, or null when unknown or expired. */
  async resolve(token: string): Promise<AuthContext | null> {
    const tokenHash = hashToken(token);
    return this.db.withSettings({ 'app.session_token_hash': tokenHash }, async (m) => {
      const session = await m.findOneBy(UserSession, { tokenHash });
      if (!session || session.expiresAt.getTime() <= Date.now()) return null;
      // Now the kommun is known: everything else is read under its row-level security.
      await m.query('SELECT set_config($1, $2, true)', ['app.tenant_id', session.tenantId]);
      const user = await m.findOneBy(AppUser, { id: session.userId });
      if (!user || !user.active) return null;
      const tenant = await m.findOneBy(Tenant, { id: session.tenantId });
      if (!tenant?.active) return null;
      const grants = await m.find(RoleGrant, { where: { userId: user.id } });
      return toContext(user, session, grants);
    });
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
