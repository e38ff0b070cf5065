import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { roleAllows, type Action } from '@resultatkedjan/contracts';
import { IS_PUBLIC } from './public.decorator.js';
import { AUTHENTICATED_ONLY, REQUIRED_ACTION } from './require-permission.decorator.js';
import { AuthService } from '../../auth/auth.service.js';
import type { AuthContext } from '../../auth/auth-context.js';
import { CSRF_HEADER, SESSION_COOKIE } from '../../auth/session-token.js';
import type { OperatorContext } from '../../platform-admin/operator-context.js';
import { PlatformAuthService } from '../../platform-admin/platform-auth.service.js';
import { PLATFORM_SESSION_COOKIE } from '../../platform-admin/platform-session-cookies.js';
import { PLATFORM_OPERATOR_ONLY } from './platform-operator.decorator.js';

export type AuthedRequest = Request & { auth?: AuthContext; operator?: OperatorContext; id?: string };

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Deny by default. An endpoint is reachable only if it declares who may call it: @Public(),
 * @Authenticated() or @RequirePermission(action). Unsafe methods also need the session's CSRF token.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    private readonly platformAuth: PlatformAuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const request = context.switchToHttp().getRequest<AuthedRequest>();
    if (this.reflector.getAllAndOverride<boolean>(PLATFORM_OPERATOR_ONLY, targets)) return this.operatorOnly(request);
    const token = request.cookies?.[SESSION_COOKIE] as string | undefined;
    const auth = token ? await this.auth.resolve(token) : null;
    if (!auth) throw new UnauthorizedException('Du måste logga in.');
    if (!SAFE_METHODS.has(request.method) && request.get(CSRF_HEADER) !== auth.csrfToken) {
      throw new ForbiddenException('Begäran saknar giltig CSRF-token. Ladda om sidan och försök igen.');
    }
    request.auth = { ...auth, requestId: typeof request.id === 'string' ? request.id : undefined };

    if (this.reflector.getAllAndOverride<boolean>(AUTHENTICATED_ONLY, targets)) return true;
    const action = this.reflector.getAllAndOverride<Action | undefined>(REQUIRED_ACTION, targets);
    if (!action) throw new ForbiddenException('Åtkomst nekad.');
    if (!auth.grants.some((grant) => roleAllows(grant.role, action))) {
      throw new ForbiddenException('Du har inte behörighet till detta.');
    }
    return true;
  }

  /** Platform endpoints accept only the platform session; a kommun session, whatever its roles, does not count. */
  private async operatorOnly(request: AuthedRequest): Promise<boolean> {
    const token = request.cookies?.[PLATFORM_SESSION_COOKIE] as string | undefined;
    const operator = token ? await this.platformAuth.resolve(token) : null;
    if (!operator) throw new UnauthorizedException('Logga in som plattformsoperatör.');
    if (!SAFE_METHODS.has(request.method) && request.get(CSRF_HEADER) !== operator.csrfToken) {
      throw new ForbiddenException('Begäran saknar giltig CSRF-token. Ladda om sidan och försök igen.');
    }
    request.operator = { ...operator, requestId: typeof request.id === 'string' ? request.id : undefined };
    return true;
  }
}
